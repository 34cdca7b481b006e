// Proof of consent end to end (R-GDPR-19, R-GDPR-20): the real banner of the script-tag build in Chromium,
// posting to the example receipt server (examples/receipt-server) with a temporary SQLite file. Needs
// `npm run build` and `npm ci --prefix examples/receipt-server` first (.ci/run does both).
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReceiptServer, openReceiptStore, type Receipt } from '../../examples/receipt-server/index.js';
import { launchBrowser, type Browser } from './helpers/browser';
import { scriptTagFiles } from './helpers/dist';
import { startServer, type TestServer } from './helpers/server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
// The example's own dependency, installed in its own node_modules.
const Database = createRequire(root + 'examples/receipt-server/package.json')('better-sqlite3');

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
const close = (server: Server | undefined) => new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));

/**
 * The site's web server: `/receipts` proxied to the receipt server, everything else to the page server, so the
 * page posts its receipts to its own origin (the example's README set-up). Counts the receipt POSTs.
 */
function frontServer(pagesPort: number, receiptsPort: number) {
  let posts = 0;
  const server = createServer((req, res) => {
    const toReceipts = new URL(req.url ?? '/', 'http://x').pathname == '/receipts';
    if (toReceipts && req.method == 'POST') posts++;
    const out = request({ host: '127.0.0.1', port: toReceipts ? receiptsPort : pagesPort, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  return { server, posts: () => posts };
}

let dir: string;
let database: string;
let pages: TestServer;
let receipts: Server;
let front: ReturnType<typeof frontServer>;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'consentry-receipts-'));
  database = join(dir, 'receipts.sqlite');
  receipts = createReceiptServer({ store: openReceiptStore(database) });
  const files = scriptTagFiles();
  pages = await startServer({ root: fixtures, files });
  front = frontServer(pages.port, await listen(receipts));
  origin = `http://127.0.0.1:${await listen(front.server)}`;
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await close(front?.server);
  // Closing the receipt server closes its database.
  await close(receipts);
  await pages?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  context = await browser.newContext();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(origin + '/receipts.html');
});
afterEach(() => context.close());

const consentId = () =>
  page.evaluate(() => (window as unknown as { Consentry: { consent: { getState(): { record: { consentId: string } } } } }).Consentry.consent.getState().record.consentId);
/** The server's export of one visitor's receipts (`GET /receipts?consentId=`), through the site's origin. */
const exported = async (id: string): Promise<Receipt[]> => (await (await fetch(`${origin}/receipts?consentId=${encodeURIComponent(id)}`)).json()).receipts;
const acceptInBanner = () => page.locator('[data-part=banner]').getByRole('button', { name: 'Accept all' }).click();

describe('consent receipts on the example server, from Chromium', { timeout: 60_000 }, () => {
  it('stores the receipt of "Accept all" in the banner: action accept_all, layer banner (R-GDPR-19, R-GDPR-20)', async () => {
    await acceptInBanner();
    const id = await consentId();
    await expect.poll(() => exported(id)).toHaveLength(1);
    const [receipt] = await exported(id);
    expect(receipt).toMatchObject({
      consentId: id,
      action: 'accept_all',
      layer: 'banner',
      revision: 1,
      categories: { essential: true, analytics: true, marketing: true },
      services: { 'meta-pixel': true },
      language: 'en',
      gpc: false,
    });
    // 127.0.0.1 is a secure context, so the page has Web Crypto and hashes what the visitor saw.
    expect(receipt!.textHash).toMatch(/^[\da-f]{64}$/);
  });

  it('keeps the receipt in the SQLite file with no column for, and no trace of, the address or the browser (R-GDPR-19)', async () => {
    await acceptInBanner();
    const id = await consentId();
    await expect.poll(() => exported(id)).toHaveLength(1);
    const db = new Database(database, { readonly: true });
    try {
      const columns: string[] = db.prepare('SELECT name FROM pragma_table_info(?)').all('receipts').map((c: { name: string }) => c.name);
      expect(columns.filter((c) => /ip|addr|agent|header|host|referer/i.test(c))).toEqual([]);
      const rows = db.prepare('SELECT * FROM receipts WHERE consent_id = ?').all(id);
      expect(rows).toEqual([expect.objectContaining({ action: 'accept_all', layer: 'banner' })]);
      const userAgent = await page.evaluate(() => navigator.userAgent);
      expect(JSON.stringify(rows)).not.toMatch(new RegExp(`127\\.0\\.0\\.1|${userAgent.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
    } finally {
      db.close();
    }
  });

  it('posts one receipt per decision: a later "Reject all" in the dialog adds reject_all, layer dialog (R-GDPR-20)', async () => {
    const before = front.posts();
    await acceptInBanner();
    const id = await consentId();
    await page.evaluate(() => (window as unknown as { Consentry: { openPreferences(): void } }).Consentry.openPreferences());
    await page.getByRole('dialog', { name: 'Manage your cookie preferences' }).getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(async () => (await exported(id)).map((r) => `${r.action} ${r.layer}`)).toEqual(['accept_all banner', 'reject_all dialog']);
    expect(front.posts() - before).toBe(2);
  });
});
