// The receipts HTTP API on each backend: what it stores, and every bad input it refuses (R-GDPR-19, R-GDPR-20).
import type { Server } from 'node:http';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReceiptServer } from '../../src/receipts/server';
import type { ReceiptStore } from '../../src/receipts/types';
import { backends, freshStore, receipt, type TestDatabase } from './backends';

const TOKEN = 'correct-horse-battery-staple-0123456789';

describe.each(backends)('receipts HTTP API on $name', (backend) => {
  let db: TestDatabase;
  let store: ReceiptStore;
  let drop: () => Promise<void>;
  let server: Server;
  let origin: string;
  const start = async (options: { token?: string; rateLimit?: number } = { token: TOKEN }) => {
    server = createReceiptServer({ store, sites: ['north', 'south'], ...options });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  beforeEach(async () => {
    ({ db, store } = await freshStore(backend));
    drop = () => db.drop();
  });
  // Closing the server closes the store.
  afterEach(async () => {
    await new Promise((done) => (server?.listening ? server.close(done) : store.close().then(done)));
    await drop();
  });

  const post = (body: unknown, { path = '/receipts/north', type = 'application/json', headers = {} }: { path?: string; type?: string; headers?: Record<string, string> } = {}) =>
    fetch(origin + path, { method: 'POST', headers: { 'content-type': type, ...headers }, body: typeof body == 'string' ? body : JSON.stringify(body) });
  const auth = { authorization: `Bearer ${TOKEN}` };
  const exported = async (consentId: string, site = 'north') =>
    ((await (await fetch(`${origin}/receipts/${site}?consentId=${consentId}`, { headers: auth })).json()) as { receipts: { action: string }[] }).receipts;
  const issues = async (res: Response) => ((await res.json()) as { issues: { path: string }[] }).issues.map((i) => i.path);
  const count = async () => Number((await db.sql<{ n: number }>('SELECT count(*) AS n FROM receipts'))[0]!.n);

  describe('storing', () => {
    beforeEach(() => start());

    it('stores a valid receipt with 201 and exports it with the bearer token', async () => {
      const r = receipt();
      expect((await post(r)).status).toBe(201);
      expect(await exported(r.consentId)).toEqual([{ ...r, receivedAt: expect.any(String) }]);
    });

    it('accepts the text/plain body that fetch and navigator.sendBeacon send', async () => {
      expect((await post(receipt(), { type: 'text/plain;charset=UTF-8' })).status).toBe(201);
    });

    it('stores POST /receipts under the first site', async () => {
      const r = receipt();
      await post(r, { path: '/receipts' });
      expect(await exported(r.consentId, 'north')).toHaveLength(1);
    });

    it("stores a separate consent's own grant and withdrawal records (R-HEALTH)", async () => {
      for (const action of ['separate_grant', 'separate_withdraw']) expect((await post(receipt({ action }))).status).toBe(201);
    });

    it('answers a receipt delivered twice with 200 and stores it once', async () => {
      const r = receipt();
      await post(r);
      const again = await post(r);
      expect([again.status, await again.json()]).toEqual([200, { stored: false }]);
      expect(await exported(r.consentId)).toHaveLength(1);
    });

    it("exports one visitor's receipts of one site, oldest first, and no one else's", async () => {
      const r = receipt();
      await post({ ...r, action: 'withdraw', timestamp: '2026-11-26T09:00:00.000Z' });
      await post(r);
      await post(r, { path: '/receipts/south' });
      await post(receipt());
      expect((await exported(r.consentId)).map((x) => x.action)).toEqual(['save_custom', 'withdraw']);
    });

    it('stores a receipt of a config with more than 100 categories and 100 services', async () => {
      const many = (prefix: string) => Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`${prefix}-${i}`, i % 2 == 0]));
      expect((await post(receipt({ categories: many('category'), services: many('service') }))).status).toBe(201);
    });

    it('stores a receipt without a language ("" when the page names none)', async () => {
      expect((await post(receipt({ language: '' }))).status).toBe(201);
    });

    it("never stores the client's address, even when a proxy header names it", async () => {
      const r = receipt();
      await post(r, { headers: { 'x-forwarded-for': '203.0.113.77', 'x-real-ip': '203.0.113.78' } });
      const rows = JSON.stringify(await db.sql('SELECT * FROM receipts'));
      expect(rows).toContain(r.consentId);
      expect(rows).not.toMatch(/203\.0\.113\.7|127\.0\.0\.1/);
    });
  });

  describe('bad input', () => {
    beforeEach(() => start());

    it('rejects an unknown key, naming it', async () => {
      const res = await post({ ...receipt(), email: 'patient@example.com' });
      expect([res.status, await issues(res)]).toEqual([400, ['email']]);
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
      ['categories', { categories: ['analytics'] }],
    ])('rejects a receipt with a wrong %s, naming the field', async (path, over) => {
      const res = await post(receipt(over));
      expect([res.status, await issues(res)]).toEqual([400, [path]]);
    });

    it.each(['{"consentId":', '', 'null', '[]', '"a receipt"'])('rejects the body %j, naming the body', async (body) => {
      const res = await post(body, { type: 'text/plain' });
      expect([res.status, await issues(res)]).toEqual([400, ['']]);
    });

    it('refuses a body over 32 KB with 413', async () => {
      expect((await post(receipt({ language: 'x'.repeat(32 * 1024) }))).status).toBe(413);
    });

    it('refuses a body over 32 KB sent without a length (chunked) with 413', async () => {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(`${origin}/receipts/north`, { method: 'POST', headers: { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' } }, (res) => resolve(res.statusCode!));
        req.on('error', reject);
        for (let i = 0; i < 40; i++) req.write('x'.repeat(1024));
        req.end();
      });
      expect(status).toBe(413);
    });

    it('refuses JSON nested deeper than 8 levels before parsing it, naming the body', async () => {
      const res = await post(`{"categories":{"a":${'['.repeat(5000)}${']'.repeat(5000)}}}`, { type: 'text/plain' });
      expect([res.status, await issues(res)]).toEqual([400, ['']]);
    });

    it('rejects categories and services whose ids would not fit in one consent cookie, naming the body', async () => {
      const ids = (prefix: string) => Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`${prefix}-${i}`.padEnd(32, 'x'), false]));
      const res = await post(receipt({ categories: ids('c'), services: ids('s') }));
      expect([res.status, await issues(res)]).toEqual([400, ['']]);
    });

    it.each([
      ['written with "_" (the core sends en-US)', 'en_US'],
      ['over 35 characters', 'en' + '-abcdefgh'.repeat(4)],
    ])('rejects a language %s, naming the field', async (_, language) => {
      const res = await post(receipt({ language }));
      expect([res.status, await issues(res)]).toEqual([400, ['language']]);
    });

    it('refuses another content type with 415', async () => {
      expect((await post(receipt(), { type: 'application/x-www-form-urlencoded' })).status).toBe(415);
    });

    it.each(['//', '//a:b@', '//:99999'])('answers the request target %j, which is no URL, with 404 and goes on serving', async (path) => {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: Number(new URL(origin).port), path, method: 'GET' }, (res) => (res.resume(), resolve(res.statusCode!)));
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(404);
      expect((await post(receipt())).status).toBe(201);
    });

    it('refuses a site it does not keep with 404', async () => {
      expect((await post(receipt(), { path: '/receipts/west' })).status).toBe(404);
    });

    const INJECTION = "x'); DROP TABLE receipts; --";
    it.each(['consentId', 'timestamp', 'revision', 'action', 'layer', 'categories', 'services', 'language', 'gpc', 'textHash', 'expiresAt'])(
      'rejects SQL in %s, naming the field, and the table stays whole',
      async (field) => {
        await post(receipt());
        const res = await post(receipt({ [field]: INJECTION }));
        expect([res.status, await issues(res)]).toEqual([400, [field]]);
        expect(await count()).toBe(1);
      },
    );

    it.each(['categories', 'services'])('rejects SQL as an id in %s, naming it', async (field) => {
      const res = await post(receipt({ [field]: { [INJECTION]: true } }));
      expect([res.status, await issues(res)]).toEqual([400, [`${field}.${INJECTION}`]]);
    });

    it('rejects SQL as a key, as a site and in the export query, and the table stays whole', async () => {
      await post(receipt());
      expect((await post({ ...receipt(), [INJECTION]: 1 })).status).toBe(400);
      expect((await post(receipt(), { path: `/receipts/${encodeURIComponent(INJECTION)}` })).status).toBe(404);
      expect((await fetch(`${origin}/receipts/north?consentId=${encodeURIComponent(INJECTION)}`, { headers: auth })).status).toBe(400);
      expect(await count()).toBe(1);
    });

    it('stores the SQL-like characters a valid receipt may hold ("--" in ids) verbatim', async () => {
      const r = receipt({ consentId: 'a--b--c--d', categories: { 'a--b': true }, services: { 'c--d': false } });
      expect((await post(r)).status).toBe(201);
      expect(await exported('a--b--c--d')).toEqual([{ ...r, receivedAt: expect.any(String) }]);
    });
  });

  describe('access', () => {
    it('turns the export and the report off without a token', async () => {
      await start({});
      expect((await fetch(`${origin}/receipts/north?consentId=visitor-000001`)).status).toBe(404);
      expect((await fetch(`${origin}/report`)).status).toBe(404);
    });

    it.each([
      ['no Authorization header', {}],
      ['a Basic Authorization header', { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }],
    ])('answers an export with %s with 401 and a Bearer challenge', async (_, headers) => {
      await start();
      const res = await fetch(`${origin}/receipts/north?consentId=visitor-000001`, { headers });
      expect([res.status, res.headers.get('www-authenticate')]).toEqual([401, 'Bearer']);
    });

    it.each(['/receipts/north?consentId=visitor-000001', '/report'])('answers %s with a wrong token with 401', async (path) => {
      await start();
      for (const token of [TOKEN.slice(0, -1), TOKEN + 'x', 'x'.repeat(TOKEN.length)]) {
        expect((await fetch(origin + path, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
      }
    });

    it('rejects an export without a valid consentId', async () => {
      await start();
      const res = await fetch(`${origin}/receipts/north?consentId=x`, { headers: auth });
      expect([res.status, await issues(res)]).toEqual([400, ['consentId']]);
    });

    it('keeps POST open to browsers: it needs no token', async () => {
      await start();
      expect((await post(receipt())).status).toBe(201);
    });

    it('answers 429 past the rate of one connection, and stores nothing of it', async () => {
      await start({ rateLimit: 1 });
      // One kept-alive connection for all the posts.
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const sockets = new Set<unknown>();
      const postOnAgent = (body: string) =>
        new Promise<number>((resolve, reject) => {
          const req = request(`${origin}/receipts/north`, { agent, method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
            sockets.add(res.socket);
            res.resume().on('end', () => resolve(res.statusCode!));
          });
          req.on('error', reject);
          req.end(body);
        });
      const statuses: number[] = [];
      try {
        for (let i = 0; i < 20; i++) statuses.push(await postOnAgent(JSON.stringify(receipt())));
      } finally {
        agent.destroy();
      }
      expect(sockets.size).toBe(1);
      // A burst of twice the rate, then refused; the few let through later are what the rate refilled meanwhile.
      expect(statuses.slice(0, 3)).toEqual([201, 201, 429]);
      expect(await count()).toBe(statuses.filter((s) => s == 201).length);
    });

    it('refuses other methods with 405', async () => {
      await start();
      expect((await fetch(`${origin}/receipts/north`, { method: 'DELETE', headers: auth })).status).toBe(405);
    });
  });
});
