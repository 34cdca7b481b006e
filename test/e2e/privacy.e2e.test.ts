// Global Privacy Control and tab sync in real Chromium (R-US-1..3, R-CK-8), watching the network.
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './helpers/browser';
import { bundle } from './helpers/bundle';
import { startServer, type TestServer } from './helpers/server';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let url: string;

// Runs before the page's own scripts, the way a browser with the setting on exposes it.
const SEND_GPC = () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });

const call = (page: Page, body: string) => page.evaluate(`window.consent.${body}`);
const runs = (page: Page) => page.evaluate(() => (window as unknown as { __runs?: string[] }).__runs ?? []);
const marketingHits = () => server.hits('/t/pixel.gif') + server.hits('/t/embed.html');
const settle = (page: Page) => page.waitForTimeout(400);

beforeAll(async () => {
  server = await startServer({ root: fixtures, files: { '/consentry.js': await bundle(fixtures + 'gate-entry.ts') } });
  browser = await launchBrowser();
  url = `http://127.0.0.1:${server.port}/gate.html`;
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  server.reset();
});
afterEach(async () => {
  await context.close();
});

describe('Global Privacy Control in Chromium', { timeout: 60_000 }, () => {
  it('keeps marketing off the network after "Accept all" while the browser sends the signal (R-US-1)', async () => {
    await context.addInitScript(SEND_GPC);
    const page = await context.newPage();
    await page.goto(url);
    await call(page, 'acceptAll()');
    await page.waitForFunction(() => ((window as unknown as { __runs?: string[] }).__runs ?? []).length >= 3);
    await settle(page);
    expect(await call(page, 'getState().gpc')).toBe(true);
    expect(server.hits('/t/a.js')).toBe(1);
    expect(marketingHits()).toBe(0);
  });

  it('overrides a stored marketing grant, and keeps it off on a later visit without the signal (R-US-2, R-US-3)', async () => {
    const first = await context.newPage();
    await first.goto(url);
    await call(first, 'acceptAll()');
    await settle(first);
    expect(marketingHits()).toBe(2);
    await first.close();

    server.reset();
    const withSignal = await context.newPage();
    await withSignal.addInitScript(SEND_GPC);
    await withSignal.goto(url);
    await settle(withSignal);
    expect(marketingHits()).toBe(0);
    await withSignal.close();

    const later = await context.newPage();
    await later.goto(url);
    await settle(later);
    expect(await call(later, "isGranted('marketing')")).toBe(false);
    expect(marketingHits()).toBe(0);
  });
});

describe('two tabs of one site in Chromium (R-CK-8)', { timeout: 60_000 }, () => {
  it('runs the gated scripts in the other tab within a second of a grant', async () => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(url);
    await b.goto(url);
    await call(a, 'acceptAll()');
    await b.waitForFunction(() => ((window as unknown as { __runs?: string[] }).__runs ?? []).length >= 3, undefined, { timeout: 1000 });
    expect(await runs(b)).toEqual(['/t/a.js', 'inline-b', '/t/c.js']);
  });

  it('applies a withdrawal in the other tab without reloading it', async () => {
    const a = await context.newPage();
    await a.goto(url);
    await call(a, 'acceptAll()');
    const b = await context.newPage();
    await b.goto(url);
    await b.waitForFunction(() => ((window as unknown as { __runs?: string[] }).__runs ?? []).length >= 3);
    await b.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    // The tab that withdraws reloads itself (its scripts ran); the other must not.
    await Promise.all([a.waitForEvent('load'), call(a, 'rejectAll()')]);
    await b.waitForFunction(() => !(window as unknown as { consent: { isGranted(id: string): boolean } }).consent.isGranted('analytics'), undefined, {
      timeout: 1000,
    });
    expect(await b.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });
});
