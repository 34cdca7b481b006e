// Chromium proofs of issue #8: config changes never bring back a withdrawn grant, stored records that are no
// visitor decision grant nothing, the largest valid config keeps its decision, and two instances on one page
// keep document order (R-GDPR-1, R-GDPR-18, R-CK-2).
import { describe, expect, it } from 'vitest';
import type { ConsentConfig } from '../../src';
import { recordFits } from '../../src/core/limits';
import { bundle } from './helpers/bundle';
import { startServer } from './helpers/server';
import { browserSession } from './helpers/session';

const base = (extra: Partial<ConsentConfig> = {}): ConsentConfig => ({
  revision: 1,
  links: { cookiePolicy: '/cookie-policy', privacyPolicy: '/privacy-policy' },
  categories: [
    { id: 'essential', required: true, title: 'Essential', description: 'Needed.' },
    { id: 'analytics', title: 'Analytics', description: 'Counts visits.' },
    { id: 'marketing', title: 'Marketing', description: 'Ads.', services: [{ id: 'meta-pixel', title: 'Meta Pixel' }] },
  ],
  ...extra,
});

const files: Record<string, string> = {};
/** The page every test opens: the config inline, `entries` copies of the core, then the gated elements. */
const serve = (config: ConsentConfig, { entries = 1, body = '' } = {}) => {
  files['/page.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,">
<script type="application/json" id="consent-config">${JSON.stringify(config)}</script>
${'<script src="/consentry.js"></script>'.repeat(entries)}
<script type="text/plain" data-category="analytics" src="/t/analytics.js"></script>
<script type="text/plain" data-category="marketing" data-service="meta-pixel" src="/t/pixel.js"></script>
</head><body><main><h1>Clinic</h1>${body}</main></body></html>`;
};

const s = browserSession(
  async () => {
    files['/consentry.js'] = await bundle(new URL('./fixtures/hardening-entry.ts', import.meta.url).pathname);
    return startServer({ root: new URL('./fixtures/', import.meta.url).pathname, files });
  },
  // www.clinic.test and its parent clinic.test, both this machine: a cookie can be set on either.
  { args: ['--host-resolver-rules=MAP www.clinic.test 127.0.0.1, MAP clinic.test 127.0.0.1'] },
);
const host = () => `http://www.clinic.test:${s.server.port}`;

type Win = { consent: { acceptAll(): void; rejectAll(): void; needsDecision(): boolean; isGranted(id: string): boolean }; __runs?: string[]; __errors?: string[] };
const act = (call: 'acceptAll' | 'rejectAll') => s.page.evaluate((c) => (window as unknown as Win).consent[c](), call);
const ask = <T>(fn: (w: Win) => T) => s.page.evaluate(`(${fn})(window)`) as Promise<T>;
/** "Reject all" on a page where granted scripts ran: the gate reloads it, since code cannot be unloaded. */
const withdraw = async () => {
  const reloaded = s.page.waitForEvent('load');
  await act('rejectAll').catch(() => {});
  await reloaded;
};
const open = async () => {
  await s.page.goto(host() + '/page.html');
  // Time for any wrongly ungated request to arrive.
  await s.page.waitForTimeout(300);
};
const settle = () => s.page.waitForTimeout(300);


describe('config changes never bring back a withdrawn grant', { timeout: 60_000 }, () => {
  const withDomain = base({ cookie: { domain: 'clinic.test' } });

  it('a refusal after the site adds cookie.domain sticks: nothing optional runs afterwards', async () => {
    serve(base());
    await open();
    await act('acceptAll');
    await settle();
    serve(withDomain);
    await open();
    await withdraw();
    s.server.reset();
    await open();
    expect(s.server.trackerLog()).toEqual([]);
    expect(await ask((w) => w.consent.needsDecision())).toBe(false);
    expect(await ask((w) => w.__errors ?? [])).toEqual([]);
  });

  it('a refusal after the site removes cookie.domain sticks: nothing optional runs afterwards', async () => {
    serve(withDomain);
    await open();
    await act('acceptAll');
    await settle();
    serve(base());
    await open();
    await withdraw();
    s.server.reset();
    await open();
    expect(s.server.trackerLog()).toEqual([]);
    expect(await ask((w) => w.__errors ?? [])).toEqual([]);
    expect((await s.context.cookies()).filter((c) => c.name == 'consentry')).toHaveLength(1);
  });

  it('a domain change with a revision bump asks once, and the answer sticks', async () => {
    serve(base());
    await open();
    await act('acceptAll');
    await settle();
    serve(base({ revision: 2, cookie: { domain: 'clinic.test' } }));
    await open();
    expect(await ask((w) => w.consent.needsDecision())).toBe(true);
    await act('rejectAll');
    await open();
    expect(await ask((w) => w.consent.needsDecision())).toBe(false);
  });

  it('a refusal under a new cookie name sticks when the site goes back to the old name', async () => {
    serve(base());
    await open();
    await act('acceptAll');
    await settle();
    serve(base({ cookie: { name: 'clinic_consent' } }));
    await open();
    await act('rejectAll');
    serve(base());
    s.server.reset();
    await open();
    expect(s.server.trackerLog()).toEqual([]);
  });
});

describe('stored records that are no visitor decision', { timeout: 60_000 }, () => {
  const stored = async (value: string) => {
    await s.context.addCookies([{ name: 'consentry', value, url: host() }]);
    await open();
  };
  const t = Date.now().toString(36);

  it('a Global Privacy Control record read by an opt-in config runs nothing and shows the question', async () => {
    serve(base());
    await stored(`1~abcdefgh~${t}~${t}~1~g~essential.analytics~`);
    expect(s.server.trackerLog()).toEqual([]);
    expect(await ask((w) => w.consent.needsDecision())).toBe(true);
  });

  it('a record granting a service without its category loads neither', async () => {
    serve(base());
    await stored(`1~abcdefgh~${t}~${t}~1~a~essential.analytics~meta-pixel`);
    expect(s.server.trackerLog()).toEqual([]);
  });
});

describe('the largest config the validator accepts', { timeout: 60_000 }, () => {
  it('keeps its decision in the cookie from page to page', async () => {
    const categories = base().categories.slice(0, 1);
    const id = (i: number) => 'c' + String(i).padStart(31, '0');
    while (recordFits('consentry', [...categories.map((c) => c.id), id(categories.length)])) {
      categories.push({ id: id(categories.length), title: 'T', description: '' });
    }
    serve(base({ categories }));
    await open();
    await act('acceptAll');
    await open();
    expect(await ask((w) => w.consent.needsDecision())).toBe(false);
    expect(await ask((w) => w.__errors ?? [])).toEqual([]);
    const cookie = (await s.context.cookies()).find((c) => c.name == 'consentry')!;
    expect(cookie.name.length + cookie.value.length).toBeGreaterThan(4000);
  });
});

describe('two instances of the core on one page', { timeout: 60_000 }, () => {
  const ordered = `<script type="text/plain" data-category="analytics" src="/t/slow.js?delay=400"></script>
<script type="text/plain" data-category="analytics">(window.__runs = window.__runs || []).push('inline-after-slow')</script>
<iframe data-category="marketing" data-src="/t/embed.html" width="300" height="150" title="Map"></iframe>`;

  it('keeps document order: the inline script waits for the external one above it', async () => {
    serve(base(), { entries: 2, body: ordered });
    await open();
    await act('acceptAll');
    await s.page.waitForFunction(() => ((window as unknown as Win).__runs ?? []).includes('inline-after-slow'));
    await settle();
    expect(await ask((w) => w.__runs)).toEqual(['/t/analytics.js', '/t/pixel.js', '/t/slow.js', 'inline-after-slow']);
  });

  it('puts one placeholder on each blocked embed', async () => {
    serve(base(), { entries: 2, body: ordered });
    await open();
    expect(await s.page.locator('[data-part="placeholder"]').count()).toBe(1);
  });

  it('runs what the second instance grants, through the first one\'s gate, once', async () => {
    serve(base(), { entries: 2, body: ordered });
    await open();
    // window.consent is the second instance: the first one gates.
    await act('acceptAll');
    await s.page.waitForFunction(() => ((window as unknown as Win).__runs ?? []).length >= 4);
    await settle();
    expect(s.server.hits('/t/slow.js')).toBe(1);
    expect(await ask((w) => w.__errors)).toEqual(['gate']);
  });
});
