// Common tracking cookies and tracker hosts, written by this project from the vendors' public documentation
// (each entry names its page), shared by `consentry check` and `consentry audit`.
//
// Sources checked on 2026-12-01 by searching stored copies of public pages (no live fetch): each URL was found
// and its text compared with the cookie names and hosts claimed; wrong or missing pages were replaced. Where a
// page says less than its entry, or only a copy of it was found, the entry says so.

/** The category a site would normally put a vendor's cookies under. */
export type SuggestedCategory = 'analytics' | 'marketing';

export interface CatalogueEntry {
  /** Who sets the cookies or serves the host, e.g. "Google Analytics". */
  readonly provider: string;
  readonly category: SuggestedCategory;
  /** Records clicks, typing and pages seen (R-HEALTH-5). */
  readonly sessionReplay: boolean;
  /** How a config would name the vendor (its id or title), for session-replay vendors. */
  readonly named?: RegExp;
  /** Its cookie names, and names a `pattern` declaration would be meant to cover. */
  readonly cookies?: RegExp;
  /** Its localStorage and sessionStorage keys, for the vendors whose page lists them. */
  readonly storage?: RegExp;
  readonly samples: readonly string[];
  /** Registrable domains it loads from; a host matches its domain and every subdomain. */
  readonly hosts: readonly string[];
  /** The vendor's page this entry was written from. */
  readonly source: string;
}

const entry = (e: Omit<CatalogueEntry, 'sessionReplay' | 'samples'> & Partial<Pick<CatalogueEntry, 'sessionReplay' | 'samples'>>): CatalogueEntry => ({
  sessionReplay: false,
  samples: [],
  ...e,
});

// Order matters: the first entry matching a cookie or a host names it.
export const CATALOGUE: readonly CatalogueEntry[] = [
  entry({
    provider: 'Google Analytics',
    category: 'analytics',
    cookies: /^(_ga(_.*)?|_gid|_gat(_.*)?|__utm[abcz])$/,
    samples: ['_ga', '_ga_ABC123XYZ', '_gid', '_gat', '__utma'],
    hosts: ['google-analytics.com', 'analytics.google.com'],
    // The GA4 page lists _ga and _ga_<container-id>; _gid, _gat and __utm* are the older libraries' (their
    // page: developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage).
    source: 'https://support.google.com/analytics/answer/11397207',
  }),
  entry({
    provider: 'Google Ads',
    category: 'marketing',
    cookies: /^(_gcl_.*|_gac_.*)$/,
    samples: ['_gcl_au', '_gcl_aw', '_gac_UA-123456-1'],
    hosts: ['googleadservices.com', 'googlesyndication.com'],
    source: 'https://support.google.com/analytics/answer/7519794',
  }),
  entry({
    provider: 'DoubleClick (Google)',
    category: 'marketing',
    // The page names IDE as Google's advertising cookie on doubleclick.net; test_cookie and DSID were not in the copy seen.
    cookies: /^(IDE|DSID|test_cookie)$/,
    samples: ['IDE', 'DSID'],
    hosts: ['doubleclick.net'],
    source: 'https://policies.google.com/technologies/cookies',
  }),
  // "Install Google Tag Manager for web pages", its snippet loading www.googletagmanager.com: found as quoted elsewhere.
  entry({ provider: 'Google Tag Manager', category: 'analytics', hosts: ['googletagmanager.com'], source: 'https://developers.google.com/tag-platform/tag-manager/web' }),
  entry({ provider: 'YouTube', category: 'marketing', hosts: ['youtube.com', 'ytimg.com'], source: 'https://policies.google.com/technologies/cookies' }),
  entry({
    provider: 'Meta',
    category: 'marketing',
    cookies: /^(_fb[pc]|fr)$/,
    samples: ['_fbp', '_fbc'],
    hosts: ['facebook.com', 'facebook.net'],
    // _fbp and _fbc; fr is on Meta's cookies policy, www.facebook.com/privacy/policies/cookies/.
    source: 'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/',
  }),
  entry({
    provider: 'Microsoft Advertising',
    category: 'marketing',
    cookies: /^(_uet.*|MUID)$/,
    samples: ['_uetsid', '_uetvid', 'MUID'],
    hosts: ['bat.bing.com'],
    // The FAQ says UET collects "the Microsoft cookie"; the _uet* and MUID names were not in the copy seen.
    source: 'https://help.ads.microsoft.com/apex/index/3/en/53056',
  }),
  entry({
    provider: 'Microsoft Clarity',
    category: 'analytics',
    sessionReplay: true,
    named: /clarity/i,
    cookies: /^_cl(ck|sk)$/,
    samples: ['_clck', '_clsk'],
    hosts: ['clarity.ms'],
    source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
  }),
  entry({
    provider: 'Hotjar',
    category: 'analytics',
    sessionReplay: true,
    named: /hotjar/i,
    cookies: /^_hj.*/,
    storage: /^(_hj|hj[A-Z])/,
    samples: ['_hjSessionUser_123', '_hjSession_123', '_hjid'],
    hosts: ['hotjar.com', 'hotjar.io'],
    // Its list ("cookies, local and session storage items") was found only as quoted on sites that use Hotjar.
    source: 'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code',
  }),
  entry({
    provider: 'Matomo',
    category: 'analytics',
    cookies: /^_pk_(id|ses|ref|cvar|hsr|testcookie)(\..*)?$/,
    samples: ['_pk_id.1.abcd', '_pk_ses.1.abcd', '_pk_ref.1.abcd'],
    hosts: ['matomo.cloud'],
    source: 'https://matomo.org/faq/general/faq_146/',
  }),
  entry({
    provider: 'TikTok',
    category: 'marketing',
    cookies: /^(_ttp|_tt_enable_cookie)$/,
    samples: ['_ttp'],
    hosts: ['analytics.tiktok.com'],
    // The page describes the pixel's first- and third-party cookies without naming them.
    source: 'https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel',
  }),
  entry({
    provider: 'LinkedIn',
    category: 'marketing',
    cookies: /^(li_sugr|bcookie|lidc|_li_.*|li_.*)$/,
    samples: ['li_sugr', 'bcookie'],
    hosts: ['px.ads.linkedin.com', 'snap.licdn.com'],
    source: 'https://www.linkedin.com/legal/l/cookie-table',
  }),
  entry({
    provider: 'Pinterest',
    category: 'marketing',
    cookies: /^(_pin_unauth|_pinterest_.*|_(derived_)?epik)$/,
    samples: ['_pin_unauth', '_pinterest_ct_ua', '_epik'],
    hosts: ['ct.pinterest.com'],
    source: 'https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies',
  }),
  entry({
    provider: 'FullStory',
    category: 'analytics',
    sessionReplay: true,
    named: /full ?story/i,
    cookies: /^fs_(uid|lua|cid)$/,
    samples: ['fs_uid'],
    hosts: ['fullstory.com'],
    source: 'https://help.fullstory.com/hc/en-us/articles/360020829513-Why-Fullstory-uses-First-Party-Cookies',
  }),
  entry({
    provider: 'LogRocket',
    category: 'analytics',
    sessionReplay: true,
    named: /log ?rocket/i,
    cookies: /^_lr_.*/,
    samples: ['_lr_tabs_abc', '_lr_hb_abc'],
    hosts: ['logrocket.io', 'logrocket.com', 'lr-ingest.io'],
    source: 'https://docs.logrocket.com/docs/cookies',
  }),
  entry({
    provider: 'Mouseflow',
    category: 'analytics',
    sessionReplay: true,
    named: /mouseflow/i,
    cookies: /^mf_.*/,
    samples: ['mf_user', 'mf_abc123'],
    hosts: ['mouseflow.com'],
    source: 'https://help.mouseflow.com/en/articles/4282966-what-is-your-cookie-policy',
  }),
  entry({
    provider: 'Quantum Metric',
    category: 'analytics',
    sessionReplay: true,
    named: /quantum ?metric/i,
    cookies: /^QuantumMetric.*/,
    samples: ['QuantumMetricUserID'],
    hosts: ['quantummetric.com'],
    // Not found among the stored pages: unchecked.
    source: 'https://www.quantummetric.com/legal/cookie-policy',
  }),
];

/** The entry naming a cookie, if any. */
export const cookieEntry = (name: string): CatalogueEntry | undefined => CATALOGUE.find((e) => e.cookies?.test(name));

/** The entry naming a localStorage or sessionStorage key, if any. */
export const storageEntry = (key: string): CatalogueEntry | undefined => CATALOGUE.find((e) => e.storage?.test(key));

/** The entry whose domains include `host` (a domain or any subdomain of it), if any. */
export const hostEntry = (host: string): CatalogueEntry | undefined => {
  const h = host.toLowerCase().replace(/\.$/, '');
  return CATALOGUE.find((e) => e.hosts.some((d) => h == d || h.endsWith('.' + d)));
};
