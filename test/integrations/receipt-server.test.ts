import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReceiptServer, openReceiptStore, type Receipt } from '../../examples/receipt-server/index.js';

// Needs the example's own dependencies: npm ci --prefix examples/receipt-server

const receipt = (over: Record<string, unknown> = {}): Receipt =>
  ({
    consentId: 'k3j2a-9x8c-1a2b-77qq',
    timestamp: '2026-11-25T09:00:00.000Z',
    revision: 3,
    action: 'save_custom',
    layer: 'dialog',
    categories: { essential: true, analytics: true, marketing: false },
    services: { 'meta-pixel': false },
    language: 'de',
    gpc: false,
    textHash: 'a'.repeat(64),
    expiresAt: '2027-05-26T09:00:00.000Z',
    ...over,
  }) as Receipt;

let dir: string;
let base: string;
let server: ReturnType<typeof createReceiptServer>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'receipts-'));
  server = createReceiptServer({ store: openReceiptStore(join(dir, 'receipts.sqlite')) });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/receipts`;
});

const stop = () => new Promise((done) => (server.listening ? server.close(done) : done(undefined)));
afterEach(async () => {
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: unknown, type = 'application/json', headers: Record<string, string> = {}) =>
  fetch(base, { method: 'POST', headers: { 'content-type': type, ...headers }, body: typeof body == 'string' ? body : JSON.stringify(body) });
const exported = async (consentId: string) => (await (await fetch(`${base}?consentId=${consentId}`)).json()) as { receipts: unknown[] };
const issues = async (res: Response) => ((await res.json()) as { issues: { path: string }[] }).issues.map((i) => i.path);

describe('receipt server (R-GDPR-20)', () => {
  it('stores a valid receipt', async () => {
    const res = await post(receipt());
    expect(res.status).toBe(201);
    expect((await exported('k3j2a-9x8c-1a2b-77qq')).receipts).toEqual([{ ...receipt(), receivedAt: expect.any(String) }]);
  });

  it('accepts the text/plain body that navigator.sendBeacon sends', async () => {
    expect((await post(receipt(), 'text/plain;charset=UTF-8')).status).toBe(201);
  });

  it("stores a separate consent's own grant and withdrawal records (R-HEALTH)", async () => {
    for (const action of ['separate_grant', 'separate_withdraw']) expect((await post(receipt({ action, consentId: 'sep-' + action }))).status).toBe(201);
  });

  it('stores a receipt delivered twice only once', async () => {
    await post(receipt());
    expect((await post(receipt())).status).toBe(200);
    expect((await exported('k3j2a-9x8c-1a2b-77qq')).receipts).toHaveLength(1);
  });

  it("exports one visitor's receipts, oldest first, and no one else's", async () => {
    await post(receipt({ action: 'withdraw', timestamp: '2026-11-26T09:00:00.000Z', categories: { essential: true, analytics: false, marketing: false } }));
    await post(receipt());
    await post(receipt({ consentId: 'another-visitor-1' }));
    const { receipts } = await exported('k3j2a-9x8c-1a2b-77qq');
    expect(receipts.map((r) => (r as Receipt).action)).toEqual(['save_custom', 'withdraw']);
  });

  it('rejects an unknown key, naming it', async () => {
    const res = await post(receipt({ email: 'patient@example.com' }));
    expect(res.status).toBe(400);
    expect(await issues(res)).toEqual(['email']);
  });

  it.each([
    ['revision', { revision: '3' }],
    ['timestamp', { timestamp: '2026-02-30T09:00:00.000Z' }],
    ['action', { action: 'accept' }],
    ['layer', { layer: 'panel' }],
    ['gpc', { gpc: 'false' }],
    ['textHash', { textHash: 'abc' }],
    ['categories.analytics', { categories: { analytics: 'yes' } }],
    ['services.Meta Pixel', { services: { 'Meta Pixel': true } }],
    ['expiresAt', { expiresAt: '2026-11-24T09:00:00.000Z' }],
    ['consentId', { consentId: undefined }],
  ])('rejects a receipt with a bad %s, naming the field', async (path, over) => {
    const res = await post(receipt(over));
    expect(res.status).toBe(400);
    expect(await issues(res)).toEqual([path]);
  });

  it('rejects a body that is not JSON', async () => {
    const res = await post('{"consentId":', 'text/plain');
    expect(res.status).toBe(400);
    expect(await issues(res)).toEqual(['']);
  });

  it('refuses a body over 32 KB', async () => {
    const res = await post(receipt({ language: 'x'.repeat(32 * 1024) }));
    expect(res.status).toBe(413);
  });

  it('stores a receipt of a config with more than 100 categories and 100 services', async () => {
    const many = (prefix: string) => Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`${prefix}-${i}`, i % 2 == 0]));
    expect((await post(receipt({ categories: many('category'), services: many('service') }))).status).toBe(201);
  });

  it('rejects categories and services whose ids would not fit in one consent cookie, naming the body', async () => {
    const ids = (prefix: string) => Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`${prefix}-${i}`.padEnd(32, 'x'), false]));
    const res = await post(receipt({ categories: ids('c'), services: ids('s') }));
    expect(res.status).toBe(400);
    expect(await issues(res)).toEqual(['']);
  });

  it('stores a receipt without a language ("" when the page names none)', async () => {
    expect((await post(receipt({ language: '' }))).status).toBe(201);
  });

  it.each([
    ['written with "_" (the core sends en-US)', 'en_US'],
    ['over 35 characters', 'en' + '-abcdefgh'.repeat(4)],
  ])('rejects a language %s, naming the field', async (_, language) => {
    const res = await post(receipt({ language }));
    expect(res.status).toBe(400);
    expect(await issues(res)).toEqual(['language']);
  });

  it('refuses another content type', async () => {
    expect((await post(receipt(), 'application/x-www-form-urlencoded')).status).toBe(415);
  });

  it('rejects an export without a valid consentId', async () => {
    const res = await fetch(`${base}?consentId=x`);
    expect(res.status).toBe(400);
    expect(await issues(res)).toEqual(['consentId']);
  });

  it("never stores the client's address, even when a proxy header names it", async () => {
    await post(receipt(), 'application/json', { 'x-forwarded-for': '203.0.113.77', 'x-real-ip': '203.0.113.78' });
    await stop();
    const files = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'latin1')).join('');
    expect(files).toContain('k3j2a-9x8c-1a2b-77qq');
    expect(files).not.toMatch(/203\.0\.113\.7|127\.0\.0\.1/);
  });
});
