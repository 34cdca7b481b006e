// Focus is never hidden and the page never jumps, in Chromium on the demo clinic page (issue #9): tabbing
// with the banner open, deciding by mouse and by keyboard, the "saved" message, and the dialog at 400 % zoom.
// Needs `npm run build` first (npm test does it): it serves the real dist/ files.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './helpers/browser';
import { animationsDone, demoConfig, startDemo } from './helpers/demo';
import type { TestServer } from './helpers/server';

const NON_MODAL = [
  ['box', 'bottom'],
  ['bar', 'bottom'],
  ['box', 'top'],
  ['bar', 'top'],
] as const;
const SIZES = [
  [1280, 800],
  [375, 667],
] as const;

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const pages: Record<string, unknown> = { '/index.html': demoConfig() };
  for (const [layout, position] of NON_MODAL) pages[`/${layout}-${position}.html`] = { ...demoConfig(), ui: { layout, position } };
  server = await startDemo(pages);
  browser = await launchBrowser();
  context = await browser.newContext();
  page = context.pages()[0] ?? (await context.newPage());
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
// One browser profile for all: forgetting the stored decision brings the banner back.
beforeEach(() => context.clearCookies());

async function open(path: string, width = 1280, height = 800) {
  await page.setViewportSize({ width, height });
  await page.goto(server.origin + path);
  await page.locator('[data-part=banner]').waitFor();
  await animationsDone(page);
}

/** Where focus is: its text, whether it is in the banner, and how much of it the banner and the status cover. */
const focusState = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const r = el.getBoundingClientRect();
    const covered = (part: string) => {
      const box = document.querySelector(`[data-part=${part}]`)?.getBoundingClientRect();
      if (!box || !r.width || !r.height) return 0;
      const w = Math.max(0, Math.min(r.right, box.right) - Math.max(r.left, box.left));
      const h = Math.max(0, Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top));
      return (w * h) / (r.width * r.height);
    };
    const labelledBy = el.getAttribute('aria-labelledby')?.split(' ')[0];
    return {
      name: el.getAttribute('aria-label') ?? (labelledBy ? document.getElementById(labelledBy)!.textContent! : el.textContent!.trim().slice(0, 40)),
      tag: el.tagName,
      part: el.getAttribute('data-part'),
      inBanner: !!el.closest('[data-part=banner]'),
      // Within a pixel: the browser aligns elements to fractional positions.
      inView: r.top > -1 && r.bottom < innerHeight + 1 && r.left > -1 && r.right < innerWidth + 1,
      underBanner: covered('banner'),
      underStatus: covered('status'),
    };
  });

const scrollY = () => page.evaluate(() => Math.round(window.scrollY));

describe.each(NON_MODAL)('tabbing through the page with a non-modal %s banner at the %s', { timeout: 60_000 }, (layout, position) => {
  it.each(SIZES)('never leaves the focused element covered by the banner, the last links included, at %ix%i (R-A11Y-10)', async (w, h) => {
    await open(`/${layout}-${position}.html`, w, h);
    const seen: Awaited<ReturnType<typeof focusState>>[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await focusState();
      if (f.tag == 'BODY') break;
      if (!f.inBanner) seen.push(f);
    }
    expect(seen.map((f) => f.name)).toContain('Cookie settings'); // the page's last link was reached
    expect(seen.filter((f) => f.underBanner > 0 || !f.inView)).toEqual([]);
  });
});

describe('a decision by mouse', { timeout: 60_000 }, () => {
  const decide = {
    'Accept all': () => page.locator('[data-part=banner] [data-action=accept-all]').click(),
    'Reject all': () => page.locator('[data-part=banner] [data-action=reject-all]').click(),
    'Save preferences in the dialog': async () => {
      await page.locator('[data-action=manage]').click();
      await page.locator('[data-part=dialog] [data-action=save]').click();
    },
  };
  const at = {
    'in the middle of the page': () => page.evaluate(() => window.scrollTo(0, 300)),
    'at the end of the page': () => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight)),
  };

  describe.each(Object.keys(decide) as (keyof typeof decide)[])('with %s', (how) => {
    it.each(Object.keys(at) as (keyof typeof at)[])('leaves the page where it was, %s', async (where) => {
      await open('/index.html', 1280, 800);
      await at[where]();
      const before = await scrollY();
      expect(before).toBeGreaterThan(0);
      await decide[how]();
      await page.waitForTimeout(300);
      expect(await scrollY()).toBe(before);
    });
  });
});

describe('a decision by keyboard', { timeout: 60_000 }, () => {
  async function rejectByKeyboard() {
    for (let i = 0; i < 10 && (await focusState()).name != 'Reject all'; i++) await page.keyboard.press('Tab');
    expect((await focusState()).name).toBe('Reject all');
    await page.keyboard.press('Enter');
  }

  it('puts focus where the UI sits in the page, without scrolling and without a ring around anything (R-A11Y-5)', async () => {
    await open('/index.html', 1280, 800);
    await page.evaluate(() => window.scrollTo(0, 300));
    await rejectByKeyboard();
    expect(await focusState()).toMatchObject({ part: 'root' });
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('none');
    expect(await scrollY()).toBe(300);
  });

  it('lets the next Tab go on to the first link of the page (R-A11Y-5)', async () => {
    await open('/index.html', 1280, 800);
    await rejectByKeyboard();
    await page.keyboard.press('Tab');
    expect((await focusState()).name).toBe('Riverside Clinic');
  });
});

describe('the "saved" message', { timeout: 60_000 }, () => {
  it.each(SIZES)('never covers the focused element, even the footer link focus returns to, at %ix%i (R-A11Y-16, R-A11Y-10)', async (w, h) => {
    await open('/index.html', w, h);
    await page.locator('[data-part=banner] [data-action=reject-all]').click();
    const settings = page.locator('footer').getByRole('link', { name: 'Cookie settings' });
    await settings.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-part=dialog]').waitFor();
    await animationsDone(page);
    for (let i = 0; i < 40 && (await focusState()).name != 'Save preferences'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Your cookie preferences have been saved.');
    expect(await focusState()).toMatchObject({ name: 'Cookie settings', inView: true, underStatus: 0 });
  });
});

describe('at 320x256 (1280 px at 400 % zoom)', { timeout: 60_000 }, () => {
  /** Tabs through `scope` until focus leaves it or comes back to a control seen before, noting each control not fully in view. */
  async function tabThrough(scope: string) {
    const hidden: string[] = [];
    const names: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const again = await page.evaluate((s) => {
        const el = document.activeElement as HTMLElement & { seen?: boolean };
        const stop = !el.closest(s) || !!el.seen;
        el.seen = true;
        return stop;
      }, scope);
      if (again) break;
      const f = await focusState();
      names.push(f.name);
      if (!f.inView) hidden.push(f.name);
    }
    return { names, hidden };
  }

  it('lets every control of the unfolded dialog be reached and seen by keyboard, Reject all included (WCAG 1.4.10)', async () => {
    await open('/index.html', 320, 256);
    await page.locator('[data-action=manage]').click();
    // The dialog's code arrives after the click.
    await page.locator('[data-part=dialog]').waitFor();
    await page.locator('[data-part=dialog] details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await animationsDone(page);
    const { names, hidden } = await tabThrough('[data-part=dialog]');
    expect(names).toEqual(expect.arrayContaining(['Matomo', 'Accept all', 'Reject all', 'Save preferences', 'Close without saving']));
    expect(hidden).toEqual([]);
  });

  it('lets every control of the banner be reached and seen by keyboard (WCAG 1.4.10)', async () => {
    await open('/index.html', 320, 256);
    const { names, hidden } = await tabThrough('[data-part=banner]');
    expect(names).toEqual(['Cookie Policy', 'Privacy Policy', 'Accept all', 'Reject all', 'Manage preferences']);
    expect(hidden).toEqual([]);
  });
});
