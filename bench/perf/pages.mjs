// The pages `npm run bench` loads: one small clinic page, the same for both libraries but for the lines that
// load and configure the library, and the same page with 200 gated inline scripts. Each library gets the
// three categories (essential, analytics, marketing), opt-in, and a banner with Accept all, Reject all and
// Manage preferences, configured as its documentation shows for a script-tag site. The page also comes
// without any library, its trackers ungated, as the floor both are measured against.

import { stampConfig } from '../../dist/server.js';

export const CATEGORIES = [
  { id: 'essential', title: 'Essential', description: 'Needed for the site to work, for example to remember your cookie choice.' },
  { id: 'analytics', title: 'Analytics', description: 'Counts visits, in aggregate, so we can improve the site.' },
  { id: 'marketing', title: 'Marketing', description: 'Measures our adverts and shows relevant ones on other sites.' },
];
const LINKS = { cookiePolicy: '/cookie-policy', privacyPolicy: '/privacy-policy' };

const consentryConfig = {
  links: LINKS,
  categories: CATEGORIES.map((c, i) => (i == 0 ? { ...c, required: true } : c)),
};

// vanilla-cookieconsent 3 wants its texts in the config; these are consentry's English ones, so both banners
// say the same. hideFromBots is off because it hides the banner from headless Chromium (navigator.webdriver).
const vanillaConfig = {
  hideFromBots: false,
  mode: 'opt-in',
  guiOptions: { consentModal: { layout: 'box', position: 'bottom center' }, preferencesModal: { layout: 'box' } },
  categories: { essential: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Cookies on this website',
          description:
            'We use cookies and similar technologies to run this site and, if you agree, for Analytics and Marketing. Change or withdraw consent at any time in “Cookie settings”.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage preferences',
          footer: `<a href="${LINKS.cookiePolicy}">Cookie Policy</a> <a href="${LINKS.privacyPolicy}">Privacy Policy</a>`,
        },
        preferencesModal: {
          title: 'Manage your cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save preferences',
          closeIconLabel: 'Close without saving',
          sections: [
            {
              description:
                'Choose which optional cookies we may use. Nothing is saved until you press a button below. You can change or withdraw your choice here at any time.',
            },
            ...CATEGORIES.map((c) => ({ title: c.title, description: c.description, linkedCategory: c.id })),
          ],
        },
      },
    },
  },
};

// The JSON goes into a <script> element: "<" is escaped so no text can close it.
const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
const consentryJson = json(consentryConfig);

/** Per library: where its files are served from, its banner and its Accept all button, and its <head> lines. */
export const LIBRARIES = {
  consentry: {
    name: 'consentry',
    files: '/lib/consentry/',
    banner: '[data-scope=consent][data-part=banner]',
    acceptAll: '[data-scope=consent][data-part=banner] [data-action=accept-all]',
    // With the config stamp the README's script-tag set-up gives it (`consentry check`, or stampConfig on the
    // server): a first visit then downloads no validator. `npm run bench -- --no-stamp` measures the page
    // without it, as a site that skipped that step serves it.
    head: `<script type="application/json" id="consentry-config">${consentryJson}</script>
<script src="/lib/consentry/consentry.global.js" data-config-stamp="${stampConfig(consentryJson)}" defer></script>`,
    headWithoutStamp: `<script type="application/json" id="consentry-config">${consentryJson}</script>
<script src="/lib/consentry/consentry.global.js" defer></script>`,
  },
  vanilla: {
    name: 'vanilla-cookieconsent',
    files: '/lib/vanilla/',
    banner: '#cc-main .cm',
    acceptAll: '#cc-main .cm [data-role=all]',
    head: `<link rel="stylesheet" href="/lib/vanilla/cookieconsent.css">
<script src="/lib/vanilla/cookieconsent.umd.js" defer></script>
<script>addEventListener('DOMContentLoaded', () => CookieConsent.run(${json(vanillaConfig)}));</script>`,
  },
  // No banner to wait for: its "banner" is the page's own heading, so its time to banner is when the page
  // first paints its content by the same measure, the floor for both libraries.
  none: {
    name: 'no library',
    files: '/lib/none/',
    banner: 'article h1',
    acceptAll: null,
    head: '',
  },
};

/**
 * The clinic page; `inlineScripts` gated inline scripts each push to `window.__ran` when they run; `stamp`
 * false leaves consentry's config stamp off its script tag.
 */
export function clinicPage(library, { inlineScripts = 0, stamp = true } = {}) {
  const { head, headWithoutStamp } = LIBRARIES[library];
  // Without a library the trackers load as a site would load them ungated: async, not holding up the page.
  const gate = (category) => (library == 'none' ? ' async' : ` type="text/plain" data-category="${category}"`);
  const gated = Array.from(
    { length: inlineScripts },
    (_, i) => `<script type="text/plain" data-category="analytics">(window.__ran = window.__ran || []).push(${i});</script>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Knee pain: when to see a physiotherapist – Riverside Clinic</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/site.css">
${stamp ? head : (headWithoutStamp ?? head)}
<script${gate('analytics')} src="/t/analytics.js"></script>
<script${gate('marketing')} src="/t/marketing.js"></script>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Riverside Clinic</a>
  <nav aria-label="Main"><a href="/">Treatments</a> <a href="/">Our team</a> <a href="/">Book an appointment</a></nav>
</header>
<main>
  <article>
    <h1>Knee pain: when to see a physiotherapist</h1>
    <p class="meta">Reviewed by our physiotherapy team · 5 min read</p>
    <p>Most knee pain gets better on its own within a few weeks with rest, gentle movement and simple pain relief.
      Sometimes, though, it is a sign that the joint needs a closer look.</p>
    <h2>Signs you should book an assessment</h2>
    <ul>
      <li>The pain has lasted longer than three weeks.</li>
      <li>The knee gives way, locks or clicks painfully.</li>
      <li>You cannot put weight on the leg, or the knee is hot and swollen.</li>
    </ul>
    <p>A physiotherapist examines how your knee moves, finds what is straining it and builds an exercise plan
      with you. Most people need between three and six sessions.</p>
    <p>Riverside Clinic, 12 River Street. Step-free entrance, parking at the rear.</p>
  </article>
</main>
${gated}
<footer class="site-footer">
  <p>© Riverside Clinic</p>
  <nav aria-label="Legal"><a href="/cookie-policy">Cookie Policy</a> <a href="/privacy-policy">Privacy Policy</a></nav>
</footer>
</body>
</html>
`;
}
