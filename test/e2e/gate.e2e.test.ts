// End-to-end proof, in real Chromium, that the gate keeps vendors off the network until consent
// (R-GDPR-1, R-INT-3, R-INT-10), honours stored choices, and cleans up on withdrawal (R-GDPR-18, R-CK-4).
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './helpers/browser';
import { bundle } from './helpers/bundle';
import { startServer, type TestServer } from './helpers/server';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const GATED = ['/t/a.js', '/t/c.js', '/t/embed.html', '/t/pixel.gif', '/t/late.js'];

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let url: string;

type Win = { consent: { acceptAll(): void; rejectAll(): void; save(c: Record<string, boolean>): void }; __runs?: string[] };
const runs = () => page.evaluate(() => (window as unknown as Win).__runs ?? []);
const hits = () => Object.fromEntries(GATED.map((p) => [p, server.hits(p)]));
const none = Object.fromEntries(GATED.map((p) => [p, 0]));
const consentDo = (body: string) => page.evaluate(`window.consent.${body}`);
const waitForRuns = (n: number) => page.waitForFunction((n) => ((window as unknown as Win).__runs ?? []).length >= n, n);
const open = async (query = '') => {
  await page.goto(url + query);
  // Give any wrongly ungated request time to arrive.
  await page.waitForTimeout(300);
};

beforeAll(async () => {
  const js = await bundle(fixtures + 'gate-entry.ts');
  server = await startServer({ root: fixtures, files: { '/consentry.js': js } });
  // www.clinic.test lets the tests set and delete cookies on a parent domain (clinic.test).
  browser = await launchBrowser(['--host-resolver-rules=MAP www.clinic.test 127.0.0.1, MAP clinic.test 127.0.0.1']);
  url = `http://www.clinic.test:${server.port}/gate.html`;
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  page = context.pages()[0] ?? (await context.newPage());
  server.reset();
});
afterEach(async () => {
  await context.close();
});

describe('gate in Chromium', { timeout: 60_000 }, () => {
  it('requests no gated URL before consent (R-GDPR-1, R-INT-3)', async () => {
    await open();
    await page.waitForTimeout(500);
    expect(hits()).toEqual(none);
    expect(await runs()).toEqual([]);
  });

  it('loads each gated URL exactly once, scripts in document order, after a grant (R-INT-10)', async () => {
    await open();
    await consentDo('acceptAll()');
    await waitForRuns(3);
    await page.waitForTimeout(300);
    expect(await runs()).toEqual(['/t/a.js', 'inline-b', '/t/c.js']);
    expect(hits()).toEqual({ ...none, '/t/a.js': 1, '/t/c.js': 1, '/t/embed.html': 1, '/t/pixel.gif': 1 });
  });

  it('loads the granted URLs with no click after a reload, once each', async () => {
    await open();
    await consentDo('acceptAll()');
    await waitForRuns(3);
    server.reset();
    await page.reload();
    await waitForRuns(3);
    await page.waitForTimeout(300);
    expect(await runs()).toEqual(['/t/a.js', 'inline-b', '/t/c.js']);
    expect(hits()).toEqual({ ...none, '/t/a.js': 1, '/t/c.js': 1, '/t/embed.html': 1, '/t/pixel.gif': 1 });
  });

  it('loads nothing gated after Reject all, also after a reload (R-GDPR-1)', async () => {
    await open();
    await consentDo('rejectAll()');
    await page.waitForTimeout(500);
    await page.reload();
    await page.waitForTimeout(800);
    expect(hits()).toEqual(none);
    expect(await runs()).toEqual([]);
  });

  it('holds a gated script inserted 2 s after load, then runs it on grant', async () => {
    await open('?late');
    await page.waitForFunction(() => (window as unknown as { __lateInserted?: boolean }).__lateInserted === true);
    await page.waitForTimeout(300);
    expect(server.hits('/t/late.js')).toBe(0);
    await consentDo("save({ analytics: true })");
    await waitForRuns(4);
    expect((await runs()).at(-1)).toBe('/t/late.js');
    expect(server.hits('/t/late.js')).toBe(1);
  });

  it('on withdrawal deletes declared cookies, also on the parent domain, and reloads (R-GDPR-18, R-CK-4)', async () => {
    await open();
    await consentDo("save({ analytics: true, marketing: true })");
    await waitForRuns(3);
    const origin = `http://www.clinic.test:${server.port}`;
    await context.addCookies([
      { name: '_ga_XYZ', value: '1', url: origin },
      { name: '_fbp', value: '1', domain: '.clinic.test', path: '/' },
      { name: 'visits', value: '1', domain: 'www.clinic.test', path: '/area' },
      { name: 'unrelated', value: '1', url: origin },
    ]);
    await page.evaluate(() => localStorage.setItem('analytics_id', '1'));
    const names = async () => (await context.cookies()).map((c) => `${c.name}@${c.domain}`).sort();
    expect(await names()).toContain('_ga@.clinic.test');

    const reloaded = page.waitForEvent('load');
    await consentDo("save({ analytics: false, marketing: false })").catch(() => {});
    await reloaded;
    await page.waitForTimeout(500);

    expect(await names()).toEqual(['consentry@www.clinic.test', 'unrelated@www.clinic.test']);
    expect(await page.evaluate(() => localStorage.getItem('analytics_id'))).toBeNull();
    // The reloaded page starts denied: nothing gated loads again.
    expect(server.hits('/t/a.js')).toBe(1);
    expect(await runs()).toEqual([]);
  });

  it('"Load this once" loads only that embed, stores nothing, and asks again after a reload', async () => {
    await open();
    await page.getByRole('group', { name: 'Video Host' }).getByRole('button', { name: 'Load this once' }).click();
    await expect.poll(() => server.hits('/t/embed.html')).toBe(1);
    expect(await page.evaluate(() => document.querySelector('iframe')!.src)).toMatch(/\/t\/embed\.html$/);
    expect(server.hits('/t/pixel.gif')).toBe(0);
    expect((await context.cookies()).map((c) => c.name)).toEqual([]);
    await page.reload();
    await page.waitForTimeout(300);
    expect(server.hits('/t/embed.html')).toBe(1);
    expect(await page.getByRole('button', { name: 'Allow Marketing' }).count()).toBe(1);
  });

  it('"Allow Marketing" grants the category: the embed and the pixel load, also after a reload', async () => {
    await open();
    const allow = page.getByRole('button', { name: 'Allow Marketing' });
    await allow.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => server.hits('/t/embed.html')).toBe(1);
    await expect.poll(() => server.hits('/t/pixel.gif')).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { consent: { isGranted(id: string): boolean } }).consent.isGranted('marketing'))).toBe(true);
    expect(server.hits('/t/a.js')).toBe(0);
    await page.reload();
    await expect.poll(() => server.hits('/t/embed.html')).toBe(2);
    expect(await page.getByRole('group', { name: 'Video Host' }).count()).toBe(0);
  });
});
