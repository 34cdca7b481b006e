// Google Consent Mode from the JSON config of a script-tag site, in real Chromium: the order in which Google
// hears the consent state, relative to its own commands, the gated tag and withdrawal clean-up (R-INT-1..3,
// R-INT-11, R-GDPR-18). Needs `npm run build` first (npm test does it): it serves the real dist/ files.
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

/** One thing the page did, and whether the tag's `_ga_test` cookie existed at that moment. */
interface Step {
  /** `page` (a document starts), `consent default`, `consent update`, `js`, `config`, `event`, `set`, `object`, `tag`, `pagehide` */
  what: string;
  values?: Record<string, string>;
  cookie: boolean;
}

// Runs before the page's scripts on every load. It records, in sessionStorage so the log survives the reload
// a withdrawal causes: each dataLayer entry, the gated tag's run (the fake tag pushes to window.__runs), and
// the page going away. Like Google's snippet, it leaves an existing dataLayer in place.
function recordTimeline() {
  const log: unknown[] = JSON.parse(sessionStorage.getItem('timeline') ?? '[]');
  const note = (what: string, values?: unknown) => {
    log.push({ what, values, cookie: /(^|; )_ga_test=/.test(document.cookie) });
    sessionStorage.setItem('timeline', JSON.stringify(log));
  };
  const w = window as unknown as { dataLayer: unknown[]; __runs: string[] };
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
  w.__runs = watch<string>([], () => ['tag']);
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

const open = async () => {
  await page.goto(server.origin + '/integrations.html');
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
    expect(withdrawn![denied]!.cookie).toBe(true);
    expect(gone).toBeGreaterThan(denied);
    expect(withdrawn![gone]!.cookie).toBe(false);
    expect((await context.cookies()).map((c) => c.name)).not.toContain('_ga_test');
    // The reloaded page tells Google the stored refusal, and the tag stays off.
    expect(updates(reloaded!).map((s) => s.values?.analytics_storage)).toEqual(['denied']);
    expect(whats(reloaded!)).not.toContain('tag');
    expect(server.hits(TAG)).toBe(1);
  });
});
