// Google Consent Mode, Microsoft UET and Microsoft Clarity from the JSON config of a script-tag site, in real
// Chromium: the order in which each vendor hears the consent state, relative to its own commands, the gated
// tags and withdrawal clean-up (R-INT-1..3, R-INT-8, R-INT-11, R-INT-13, R-GDPR-18). Needs `npm run build`
// first (npm test does it): it serves the real dist/ files.
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './helpers/browser';
import { scriptTagFiles } from './helpers/dist';
import { startServer, type TestServer } from './helpers/server';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const TAG = '/t/gtag.js';
const SEVEN = [
  'ad_personalization',
  'ad_storage',
  'ad_user_data',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

/** One thing the page did, and the cookies that existed at that moment. */
interface Step {
  /**
   * `page` (a document starts), `consent default`, `consent update`, `js`, `config`, `event`, `set`, `object`,
   * `uet consent default`, `uet consent update`, `uet <command>`, `clarity consentv2`, `tag` (values.src: which), `pagehide`
   */
  what: string;
  values?: Record<string, string>;
  cookies: string[];
}

// Runs before the page's scripts on every load. It records, in sessionStorage so the log survives the reload
// a withdrawal causes: each dataLayer entry, each call on the UET queue and on Clarity, the gated tags' runs
// (the fake tags push to window.__runs), and the page going away. Like the vendors' snippets, it leaves an
// existing dataLayer, uetq or clarity in place.
function recordTimeline() {
  const log: unknown[] = JSON.parse(sessionStorage.getItem('timeline') ?? '[]');
  const note = (what: string, values?: unknown) => {
    log.push({ what, values, cookies: document.cookie.split(/; */).filter(Boolean).map((pair) => pair.split('=')[0]) });
    sessionStorage.setItem('timeline', JSON.stringify(log));
  };
  const w = window as unknown as {
    dataLayer: unknown[];
    uetq: unknown[];
    clarity: { (...args: unknown[]): void; q?: unknown[] };
    __runs: string[];
  };
  const watch = <T>(list: T[], describe: (item: T) => [string, unknown?]) => {
    const push = list.push;
    list.push = function (...items: T[]) {
      for (const item of items) note(...describe(item));
      return push.apply(this, items);
    };
    return list;
  };
  note('page');
  w.dataLayer = watch<unknown>([], (e) => {
    const args = e as ArrayLike<unknown>;
    if (typeof args.length != 'number') return ['object'];
    return args[0] == 'consent' ? [`consent ${args[1]}`, args[2]] : [String(args[0])];
  });
  // UET's queue is flat: one call pushes the command, its action and its values.
  const uetq: unknown[] = [];
  for (const method of ['push', 'unshift'] as const) {
    const original = uetq[method];
    uetq[method] = function (...args: unknown[]) {
      note(args[0] == 'consent' ? `uet consent ${args[1]}` : `uet ${args[0]}`, args[0] == 'consent' ? args[2] : undefined);
      return original.apply(this, args);
    };
  }
  w.uetq = uetq;
  // Clarity's queue stub, recording each call.
  w.clarity = function (...args: unknown[]) {
    note(`clarity ${args[0]}`, args[1]);
    (w.clarity.q ??= []).push(args);
  };
  w.__runs = watch<string>([], (src) => ['tag', { src }]);
  addEventListener('pagehide', () => note('pagehide'));
}

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const files = scriptTagFiles();
  server = await startServer({ root: fixtures, files });
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  await context.addInitScript(recordTimeline);
  page = context.pages()[0] ?? (await context.newPage());
  server.reset();
});
afterEach(() => context.close());

const open = async (path = '/integrations.html') => {
  await page.goto(server.origin + path);
  await page.waitForLoadState('networkidle');
};
/** The steps of each document loaded in this tab so far, oldest first. */
const documents = async (): Promise<Step[][]> => {
  const log: Step[] = await page.evaluate(() => JSON.parse(sessionStorage.getItem('timeline') ?? '[]'));
  return log.reduce<Step[][]>((docs, step) => (step.what == 'page' ? docs.push([]) : docs.at(-1)!.push(step), docs), []);
};
const whats = (steps: Step[]) => steps.map((s) => s.what);
/** What Google sees, in order: consent commands, its own commands, and its tag running. */
const sequence = (steps: Step[]) => whats(steps).filter((w) => /^(consent |js$|config$|event$|tag$)/.test(w));
const GOOGLE_AFTER_CONSENT = ['js', 'config', 'event', 'tag'];
const updates = (steps: Step[]) => steps.filter((s) => s.what == 'consent update');
/** Waits until the gated snippet and tag have run in the current document. */
const tagRan = () => page.waitForFunction(() => (window as unknown as { __runs: string[] }).__runs.length > 0);
const acceptInBanner = async () => {
  await page.locator('[data-part=banner]').getByRole('button', { name: 'Accept all' }).click();
  await tagRan();
};

describe('Google Consent Mode from the JSON config in Chromium', { timeout: 60_000 }, () => {
  it('sends consent default first, before any Google command, and requests no gated tag before a choice (R-INT-1, R-INT-3)', async () => {
    await open();
    const [steps] = await documents();
    expect(steps![0]).toMatchObject({ what: 'consent default', values: { analytics_storage: 'denied', security_storage: 'granted' } });
    expect(sequence(steps!)).toEqual(['consent default']);
    expect(server.hits(TAG)).toBe(0);
  });

  it('after "Accept all", sends exactly one update with all seven types before the tag runs, and runs the tag once (R-INT-2, R-INT-11)', async () => {
    await open();
    await acceptInBanner();
    const [steps] = await documents();
    const [update, ...more] = updates(steps!);
    expect(more).toEqual([]);
    expect(Object.keys(update!.values!).sort()).toEqual(SEVEN);
    expect(update!.values).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted', functionality_storage: 'denied' });
    expect(sequence(steps!)).toEqual(['consent default', 'consent update', ...GOOGLE_AFTER_CONSENT]);
    expect(server.hits(TAG)).toBe(1);
  });

  it('on each later page load, sends the stored decision as exactly one update, after the default and before the tag (R-INT-1, R-INT-11)', async () => {
    await open();
    await acceptInBanner();
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await tagRan();
    }
    const [, ...later] = await documents();
    expect(later).toHaveLength(2);
    for (const steps of later) {
      expect(sequence(steps)).toEqual(['consent default', 'consent update', ...GOOGLE_AFTER_CONSENT]);
      expect(updates(steps)[0]!.values).toMatchObject({ analytics_storage: 'granted' });
    }
    expect(server.hits(TAG)).toBe(3);
  });

  it('on withdrawal, sends analytics_storage denied while the _ga cookie still exists, then deletes it and reloads (R-GDPR-18, R-INT-11)', async () => {
    await open();
    await acceptInBanner();
    expect((await context.cookies()).map((c) => c.name)).toContain('_ga_test');

    await page.evaluate(() => (window as unknown as { Consentry: { openPreferences(): void } }).Consentry.openPreferences());
    const dialog = page.getByRole('dialog', { name: 'Manage your cookie preferences' });
    await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'Reject all' }).click()]);
    await page.waitForLoadState('networkidle');

    const [withdrawn, reloaded] = await documents();
    const denied = withdrawn!.findIndex((s) => s.what == 'consent update' && s.values?.analytics_storage == 'denied');
    const gone = withdrawn!.findIndex((s) => s.what == 'pagehide');
    expect(denied).toBeGreaterThan(-1);
    expect(withdrawn![denied]!.cookies).toContain('_ga_test');
    expect(gone).toBeGreaterThan(denied);
    expect(withdrawn![gone]!.cookies).not.toContain('_ga_test');
    expect((await context.cookies()).map((c) => c.name)).not.toContain('_ga_test');
    // The reloaded page tells Google the stored refusal, and the tag stays off.
    expect(updates(reloaded!).map((s) => s.values?.analytics_storage)).toEqual(['denied']);
    expect(whats(reloaded!)).not.toContain('tag');
    expect(server.hits(TAG)).toBe(1);
  });
});

describe('Microsoft UET and Clarity from the JSON config in Chromium', { timeout: 60_000 }, () => {
  const BAT = '/t/bat.js';
  const CLARITY = '/t/clarity.js';
  const CLARITY_COOKIES = ['_clck', '_clsk'];
  /** What Microsoft hears, in order: UET and Clarity calls, and each tag running (`tag /t/bat.js`). */
  const microsoft = (steps: Step[]) =>
    steps.filter((s) => /^(uet |clarity |tag$)/.test(s.what)).map((s) => (s.what == 'tag' ? `tag ${s.values!.src}` : s.what));
  /** The consent calls alone, each with what it sends. */
  const consentCalls = (steps: Step[]) =>
    steps.filter((s) => /^(uet consent|clarity consentv2)/.test(s.what)).map((s) => [s.what, s.values]);
  const bothTagsRan = () => page.waitForFunction(() => (window as unknown as { __runs: string[] }).__runs.length >= 2);
  const DENIED = { ad_Storage: 'denied', analytics_Storage: 'denied' };
  const GRANTED = { ad_Storage: 'granted', analytics_Storage: 'granted' };

  const acceptAll = async () => {
    await open('/microsoft.html');
    await page.locator('[data-part=banner]').getByRole('button', { name: 'Accept all' }).click();
    await bothTagsRan();
  };

  it('on a first visit, sends the UET default and Clarity its denied state, and requests no tag before a choice (R-INT-8, R-INT-13)', async () => {
    await open('/microsoft.html');
    const [steps] = await documents();
    expect(consentCalls(steps!)).toEqual([
      ['uet consent default', { ad_storage: 'denied' }],
      ['clarity consentv2', DENIED],
    ]);
    expect(microsoft(steps!)).toEqual(['uet consent default', 'clarity consentv2']);
    expect([server.hits(BAT), server.hits(CLARITY)]).toEqual([0, 0]);
  });

  it('after "Accept all", sends one UET update and one consentv2, each granted before its tag runs (R-INT-11)', async () => {
    await acceptAll();
    const [steps] = await documents();
    expect(consentCalls(steps!)).toEqual([
      ['uet consent default', { ad_storage: 'denied' }],
      ['clarity consentv2', DENIED],
      ['uet consent update', { ad_storage: 'granted' }],
      ['clarity consentv2', GRANTED],
    ]);
    const order = microsoft(steps!);
    const granted = order.lastIndexOf('clarity consentv2');
    for (const later of ['uet pageLoad', `tag ${BAT}`, `tag ${CLARITY}`]) expect(order.indexOf(later)).toBeGreaterThan(granted);
    // The queue bat.js takes over: the default first, then the update, then the tag's own command.
    expect(await page.evaluate(() => (window as unknown as { uetq: unknown[] }).uetq)).toEqual([
      'consent', 'default', { ad_storage: 'denied' },
      'consent', 'update', { ad_storage: 'granted' },
      'pageLoad',
    ]);
    expect([server.hits(BAT), server.hits(CLARITY)]).toEqual([1, 1]);
  });

  it('on a later page load, sends the stored decision to both, after the UET default and before the tags (R-INT-8, R-INT-13)', async () => {
    await acceptAll();
    await page.reload();
    await bothTagsRan();
    const [, later] = await documents();
    expect(consentCalls(later!)).toEqual([
      ['uet consent default', { ad_storage: 'denied' }],
      ['uet consent update', { ad_storage: 'granted' }],
      ['clarity consentv2', GRANTED],
    ]);
    const order = microsoft(later!);
    for (const tag of [`tag ${BAT}`, `tag ${CLARITY}`]) expect(order.indexOf(tag)).toBeGreaterThan(order.indexOf('clarity consentv2'));
  });

  it("on withdrawal, tells both denied while Clarity's cookies still exist, then deletes them, though no category declares them (R-INT-11, R-INT-13)", async () => {
    await acceptAll();
    expect((await context.cookies()).map((c) => c.name)).toEqual(expect.arrayContaining(CLARITY_COOKIES));

    await page.evaluate(() => (window as unknown as { Consentry: { openPreferences(): void } }).Consentry.openPreferences());
    const dialog = page.getByRole('dialog', { name: 'Manage your cookie preferences' });
    await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'Reject all' }).click()]);
    await page.waitForLoadState('networkidle');

    const [withdrawn, reloaded] = await documents();
    // Calls after the grant: the first visit's denied state came before it.
    const after = (from: number, what: string, values: object) =>
      withdrawn!.findIndex((s, i) => i > from && s.what == what && JSON.stringify(s.values) == JSON.stringify(values));
    const grant = after(-1, 'clarity consentv2', GRANTED);
    const uet = after(grant, 'uet consent update', { ad_storage: 'denied' });
    const clarity = after(grant, 'clarity consentv2', DENIED);
    const gone = withdrawn!.findIndex((s) => s.what == 'pagehide');
    expect(uet).toBeGreaterThan(-1);
    expect(clarity).toBeGreaterThan(-1);
    expect(withdrawn![clarity]!.cookies).toEqual(expect.arrayContaining(CLARITY_COOKIES));
    expect(gone).toBeGreaterThan(clarity);
    for (const name of CLARITY_COOKIES) expect(withdrawn![gone]!.cookies).not.toContain(name);
    const left = (await context.cookies()).map((c) => c.name);
    for (const name of CLARITY_COOKIES) expect(left).not.toContain(name);
    // The reloaded page tells both the stored refusal, and the tags stay off.
    expect(consentCalls(reloaded!)).toEqual([
      ['uet consent default', { ad_storage: 'denied' }],
      ['uet consent update', { ad_storage: 'denied' }],
      ['clarity consentv2', DENIED],
    ]);
    expect(whats(reloaded!)).not.toContain('tag');
    expect([server.hits(BAT), server.hits(CLARITY)]).toEqual([1, 1]);
  });
});
