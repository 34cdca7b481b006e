// examples/node-ssr: a plain Node server whose page carries only the granted tags (issue #10, R-US-6).
// Runs against the built package (npm run build), as a site would.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeRecord, type ConsentRecord } from '../../src';
import { createSsrServer } from '../../examples/node-ssr/app.js';

const server = createSsrServer();
let base: string;
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((done) => server.close(done)));

const decision = (method: ConsentRecord['method'], categories: string[], services: string[]) =>
  'consentry=' +
  encodeRecord({ version: 1, consentId: 'visitor-0001', decidedAt: Date.now(), updatedAt: Date.now(), revision: 1, method, categories, services });
const accepted = decision('accept-all', ['essential', 'analytics', 'marketing'], ['meta-pixel']);
const refused = decision('reject-all', ['essential'], []);

/** The tags on the page for a request with these headers. */
async function tagsFor(headers: Record<string, string> = {}) {
  const html = await (await fetch(base + '/', { headers })).text();
  return [...html.matchAll(/data-tag="([\w-]+)"/g)].map((m) => m[1]);
}

describe('node-ssr example', () => {
  it('sends no optional tag to a visitor without a decision', async () => {
    expect(await tagsFor()).toEqual([]);
  });

  it('sends the granted tags after "Accept all"', async () => {
    expect(await tagsFor({ cookie: `_ga=GA1.2.3; ${accepted}` })).toEqual(['analytics', 'meta-pixel']);
  });

  it('sends no optional tag after "Reject all"', async () => {
    expect(await tagsFor({ cookie: refused })).toEqual([]);
  });

  it('drops the marketing tag with Sec-GPC: 1 over an "Accept all" cookie (R-US-1, R-US-6)', async () => {
    expect(await tagsFor({ cookie: accepted, 'sec-gpc': '1' })).toEqual(['analytics']);
  });

  it('sends no optional tag with Sec-GPC: 1 and no decision', async () => {
    expect(await tagsFor({ 'sec-gpc': '1' })).toEqual([]);
  });

  it('marks the page as varying by Cookie and Sec-GPC, and private', async () => {
    const response = await fetch(base + '/');
    expect(response.headers.get('vary')).toBe('Cookie, Sec-GPC');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('serves the banner\'s built files and nothing else from dist/', async () => {
    expect((await fetch(base + '/consentry/consentry.global.js')).status).toBe(200);
    expect((await fetch(base + '/consentry/..%2F..%2Fpackage.json')).status).toBe(404);
  });
});
