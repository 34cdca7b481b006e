// The opt-in report's numbers against a seeded database, on each backend: counts only, per site, revision and day.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/receipts/report';
import { renderReportHtml } from '../../src/receipts/report-html';
import { createReceiptServer } from '../../src/receipts/server';
import type { ReceiptStore } from '../../src/receipts/types';
import { backends, freshStore, receipt } from './backends';

const TOKEN = 'a-report-token-of-more-than-32-characters';
const day1 = new Date('2026-11-24T10:00:00.000Z');
const day2 = new Date('2026-11-25T23:59:59.999Z');
const all = { essential: true, analytics: true, marketing: true };
const none = { essential: true, analytics: false, marketing: false };

/** The seed: site north, revision 3 on two days and revision 4 on one; site south, one receipt. */
async function seed(store: ReceiptStore) {
  const add = (site: string, over: Parameters<typeof receipt>[0], at: Date) => store.add(site, receipt(over), at);
  for (let i = 0; i < 3; i++) await add('north', { action: 'accept_all', layer: 'banner', categories: all }, day1);
  await add('north', { action: 'reject_all', layer: 'banner', categories: none }, day1);
  await add('north', { action: 'save_custom', layer: 'dialog', categories: { essential: true, analytics: true, marketing: false } }, day1);
  await add('north', { action: 'withdraw', layer: 'dialog', categories: none }, day2);
  await add('north', { action: 'gpc_optout', layer: 'api', categories: { essential: true, analytics: true, marketing: false }, gpc: true }, day2);
  await add('north', { revision: 4, action: 'reject_all', layer: 'dialog', categories: none }, day2);
  await add('south', { action: 'accept_all', layer: 'banner', categories: { essential: true, stats: true } }, day1);
  // Receipts delivered twice count once.
  const twice = receipt({ action: 'reject_all', layer: 'banner', categories: none });
  await store.add('north', twice, day1);
  await store.add('north', twice, day1);
}

const zero = { accept_all: 0, reject_all: 0, save_custom: 0, withdraw: 0, gpc_optout: 0, separate_grant: 0, separate_withdraw: 0 };

describe.each(backends)('report on $name', (backend) => {
  let store: ReceiptStore;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await freshStore(backend));
    await seed(store);
  });
  afterAll(() => close());

  it('counts decisions by action and layer, and grant rates per category, per site, revision and day', async () => {
    const report = await buildReport(store);
    expect(report.sites).toEqual([
      {
        site: 'north',
        days: [
          {
            revision: 3,
            day: '2026-11-24',
            receipts: 6,
            actions: { ...zero, accept_all: 3, reject_all: 2, save_custom: 1 },
            layers: { banner: 5, dialog: 1, api: 0 },
            categories: {
              essential: { granted: 6, total: 6, rate: 1 },
              analytics: { granted: 4, total: 6, rate: 0.6667 },
              marketing: { granted: 3, total: 6, rate: 0.5 },
            },
          },
          {
            revision: 3,
            day: '2026-11-25',
            receipts: 2,
            actions: { ...zero, withdraw: 1, gpc_optout: 1 },
            layers: { banner: 0, dialog: 1, api: 1 },
            categories: {
              essential: { granted: 2, total: 2, rate: 1 },
              analytics: { granted: 1, total: 2, rate: 0.5 },
              marketing: { granted: 0, total: 2, rate: 0 },
            },
          },
          {
            revision: 4,
            day: '2026-11-25',
            receipts: 1,
            actions: { ...zero, reject_all: 1 },
            layers: { banner: 0, dialog: 1, api: 0 },
            categories: { essential: { granted: 1, total: 1, rate: 1 }, analytics: { granted: 0, total: 1, rate: 0 }, marketing: { granted: 0, total: 1, rate: 0 } },
          },
        ],
      },
      {
        site: 'south',
        days: [
          {
            revision: 3,
            day: '2026-11-24',
            receipts: 1,
            actions: { ...zero, accept_all: 1 },
            layers: { banner: 1, dialog: 0, api: 0 },
            categories: { essential: { granted: 1, total: 1, rate: 1 }, stats: { granted: 1, total: 1, rate: 1 } },
          },
        ],
      },
    ]);
  });

  it('reports only the sites asked for', async () => {
    expect((await buildReport(store, ['south'])).sites.map((s) => s.site)).toEqual(['south']);
  });

  it('holds nothing per visitor: no consent id, no text hash, no time finer than the day', async () => {
    const { generatedAt, sites } = await buildReport(store);
    expect(generatedAt).toMatch(/Z$/);
    expect(JSON.stringify(sites)).not.toMatch(/visitor-|a{64}|T\d\d:/);
  });

  it('serves the same report at GET /report with the token, as JSON and as HTML', async () => {
    const server = createReceiptServer({ store: { ...store, close: async () => {} }, sites: ['north', 'south'], token: TOKEN });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const headers = { authorization: `Bearer ${TOKEN}` };
    try {
      const json = await (await fetch(`${origin}/report?site=north`, { headers })).json();
      expect(json.sites).toEqual((await buildReport(store, ['north'])).sites);
      const html = await fetch(`${origin}/report?format=html`, { headers });
      expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(html.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
      expect(await html.text()).toContain('<h2>Site north</h2>');
      expect((await fetch(`${origin}/report?site=west`, { headers })).status).toBe(404);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});

describe('the HTML report', () => {
  const report = {
    generatedAt: '2026-11-26T00:00:00.000Z',
    sites: [
      {
        site: 'north',
        days: [
          {
            revision: 3,
            day: '2026-11-24',
            receipts: 4,
            actions: { ...zero, accept_all: 3, reject_all: 1 },
            layers: { banner: 4, dialog: 0, api: 0 },
            categories: { analytics: { granted: 3, total: 4, rate: 0.75 } },
          },
        ],
      },
    ],
  };

  it('says each chart in words: every bar has its label and its number as text', () => {
    const html = renderReportHtml(report);
    expect(html).toContain('<figcaption>Decisions by action, site north, revision 3</figcaption>');
    expect(html).toMatch(/<li><span>Accept all<\/span><span class="bar"><span class="track" aria-hidden="true"><span style="width: [\d.]+%"><\/span><\/span><span>3<\/span>/);
    expect(html).toMatch(/<li><span>analytics<\/span>.*<span>75\.0 % \(3 of 4\)<\/span>/);
  });

  it('loads nothing: no script, no external URL', () => {
    const html = renderReportHtml(report);
    expect(html).not.toMatch(/<script|src=|href=|url\(/i);
  });

  it('escapes a category id as text', () => {
    const html = renderReportHtml({ ...report, sites: [{ ...report.sites[0]!, days: [{ ...report.sites[0]!.days[0]!, categories: { '<b>x</b>': { granted: 1, total: 1, rate: 1 } } }] }] });
    expect(html).not.toContain('<b>x</b>');
    expect(html).toContain('&#60;b&#62;x&#60;/b&#62;');
  });
});
