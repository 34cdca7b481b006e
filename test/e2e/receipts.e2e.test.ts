// Proof of consent end to end (R-GDPR-19, R-GDPR-20): the real banner of the script-tag build in Chromium,
// posting to the receipts server, once with SQLite and once with PostgreSQL (when CONSENTRY_TEST_DATABASE_URL
// names one; CI always does). Needs `npm run build` first.
import { readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openReceiptStore } from '../../src/receipts/open-store';
import { createReceiptServer } from '../../src/receipts/server';
import type { StoredReceipt } from '../../src/receipts/types';
import { backends, type TestDatabase } from '../receipts/backends';
import { launchBrowser, type Browser } from './helpers/browser';
import { scriptTagFiles } from './helpers/dist';
import { startServer, type TestServer } from './helpers/server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const TOKEN = 'an-export-token-of-at-least-32-characters';
const SITE = 'clinic-north';

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
const close = (server: Server | undefined) => new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));

/**
 * The site's web server: `/receipts/…` and `/report` proxied to the receipts server, everything else to the page
 * server, so the page posts its receipts to its own origin (the README's set-up). Counts the receipt POSTs.
 */
function frontServer(pagesPort: number, receiptsPort: number) {
  let posts = 0;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const toReceipts = /^\/(receipts(\/|$)|report$)/.test(path);
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

let pages: TestServer;
let browser: Browser;
beforeAll(async () => {
  pages = await startServer({ root: fixtures, files: scriptTagFiles() });
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await pages?.close();
});

describe.each(backends)('consent receipts on the receipts server with $name, from Chromium', { timeout: 60_000 }, (backend) => {
  let db: TestDatabase;
  let receipts: Server;
  let front: ReturnType<typeof frontServer>;
  let origin: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    db = await backend.create();
    receipts = createReceiptServer({ store: await openReceiptStore(db.database), sites: [SITE], token: TOKEN });
    front = frontServer(pages.port, await listen(receipts));
    origin = `http://127.0.0.1:${await listen(front.server)}`;
  });
  afterAll(async () => {
    await close(front?.server);
    // Closing the receipts server closes its store.
    await close(receipts);
    await db?.drop();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(origin + '/receipts.html');
  });
  afterEach(() => context.close());

  const consentId = () =>
    page.evaluate(() => (window as unknown as { Consentry: { consent: { getState(): { record: { consentId: string } } } } }).Consentry.consent.getState().record.consentId);
  const auth = { authorization: `Bearer ${TOKEN}` };
  /** The server's export of one visitor's receipts (`GET /receipts/<site>?consentId=`), through the site's origin. */
  const exported = async (id: string): Promise<StoredReceipt[]> =>
    (await (await fetch(`${origin}/receipts/${SITE}?consentId=${encodeURIComponent(id)}`, { headers: auth })).json()).receipts;
  const acceptInBanner = () => page.locator('[data-part=banner]').getByRole('button', { name: 'Accept all' }).click();

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

  it('keeps the receipt in the database under its site, chained, with no column for or trace of the address or the browser (R-GDPR-19)', async () => {
    await acceptInBanner();
    const id = await consentId();
    await expect.poll(() => exported(id)).toHaveLength(1);
    const rows = await db.sql('SELECT * FROM receipts WHERE consent_id = ?', [id]);
    expect(rows).toEqual([expect.objectContaining({ site: SITE, action: 'accept_all', layer: 'banner', hash: expect.stringMatching(/^[\da-f]{64}$/) })]);
    expect(Object.keys(rows[0]!).filter((c) => /ip|addr|agent|header|host|referer/i.test(c))).toEqual([]);
    const userAgent = await page.evaluate(() => navigator.userAgent);
    expect(JSON.stringify(rows)).not.toMatch(new RegExp(`127\\.0\\.0\\.1|${userAgent.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
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

  it('serves an HTML report of those decisions that loads nothing and passes axe (WCAG 2.2 AA)', async () => {
    await acceptInBanner();
    const id = await consentId();
    await expect.poll(() => exported(id)).toHaveLength(1);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await context.setExtraHTTPHeaders(auth);
    await page.goto(`${origin}/report?format=html`);
    expect(requests).toEqual([`${origin}/report?format=html`]);
    // Each chart is a figure named by its caption, its bars' labels and numbers as text.
    const actions = page.getByRole('figure', { name: 'Decisions by action, site clinic-north, revision 1' });
    await expect.poll(() => actions.getByRole('listitem').filter({ hasText: /^Accept all\s*[1-9]/ }).count()).toBe(1);
    // Evaluated, not added as a script tag: the report's Content-Security-Policy allows no script.
    await page.evaluate(readFileSync(root + 'node_modules/axe-core/axe.min.js', 'utf8'));
    const result = await page.evaluate(() => (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }));
    expect(result.violations.map((v: any) => v.id)).toEqual([]);
  });
});
