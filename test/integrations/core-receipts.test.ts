// The receipts consentry's core sends, checked by the receipts server (issue #8, R-GDPR-19, R-GDPR-20): every
// receipt a valid config can produce is accepted, over HTTP too, and a refusal or a failed post reaches the page
// as an `error` event.
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createConsent,
  memoryStorage,
  type ConsentConfig,
  type ConsentProof,
  type DecisionContext,
  type ErrorEvent,
  type ReceiptError,
} from '../../src';
import { MAX_LANGUAGE_LENGTH, recordFits } from '../../src/core/limits';
import { openReceiptStore } from '../../src/receipts/open-store';
import { createReceiptServer } from '../../src/receipts/server';
import { validateReceipt } from '../../src/receipts/validate-receipt';
import { arbitraryConfig, idsOf } from '../helpers/arbitrary-config';

const TOKEN = 'a-token-of-at-least-thirty-two-characters';
let dir: string;
let base: string;
let server: ReturnType<typeof createReceiptServer>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'core-receipts-'));
  server = createReceiptServer({ store: await openReceiptStore(join(dir, 'receipts.sqlite')), token: TOKEN });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/receipts`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => vi.unstubAllGlobals());

const DEFAULT_COOKIE = 'consentry';
const post = (receipt: ConsentProof) => fetch(base, { method: 'POST', body: JSON.stringify(receipt) });
const exported = async (consentId: string) =>
  ((await (await fetch(`${base}?consentId=${consentId}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { receipts: ConsentProof[] }).receipts;

/** A consent on `config` whose records and error events are collected. */
function observe(config: ConsentConfig, gpc = false) {
  const consent = createConsent(config, { storage: memoryStorage(), gate: false, gpc });
  const records: ConsentProof[] = [];
  const errors: ErrorEvent[] = [];
  consent.on('record', (r) => records.push(r));
  consent.on('error', (e) => errors.push(e));
  return { consent, records, errors };
}

type Step = { kind: 'acceptAll' | 'rejectAll' } | { kind: 'save'; choices: Record<string, boolean> };

const context: fc.Arbitrary<DecisionContext> = fc.record(
  {
    layer: fc.constantFrom('banner' as const, 'dialog' as const, 'api' as const),
    // What `<html lang>` may hold: tags, tags written with "_", and anything else.
    language: fc.oneof(fc.constantFrom('', 'de', 'en_US', 'pt_BR', 'zh-Hant-TW', 'x'), fc.stringMatching(/^[a-zA-Z]{2,3}([-_][a-zA-Z\d]{2,8}){0,6}$/), fc.string()),
  },
  { requiredKeys: [] },
);

const steps = (ids: string[]): fc.Arbitrary<[Step, DecisionContext][]> =>
  fc.array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom<Step>({ kind: 'acceptAll' }, { kind: 'rejectAll' }),
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.boolean())).map((pairs): Step => ({ kind: 'save', choices: Object.fromEntries(pairs) })),
      ),
      context,
    ),
    { minLength: 1, maxLength: 4 },
  );

// The config validator refuses a config whose record with every id granted would not fit in its cookie.
const validConfig = () => arbitraryConfig({ categories: 40, services: 9 }).filter((config) => recordFits(DEFAULT_COOKIE, idsOf(config)));

const decide = ({ consent }: ReturnType<typeof observe>, [step, how]: [Step, DecisionContext]) =>
  step.kind == 'save' ? consent.save(step.choices, how) : consent[step.kind](how);

/** Ids from the shortest up ("a" to "z", then "a0", "a1", …), as many as fit in one cookie named `cookieName`. */
function idsFilling(cookieName: string): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const ids: string[] = [];
  for (let level = [...letters]; ; level = level.flatMap((id) => [...`${letters}0123456789_-`].map((c) => id + c))) {
    for (const id of level) {
      if (!recordFits(cookieName, [...ids, id])) return ids;
      ids.push(id);
    }
  }
}

/** A config of `ids`: the first the required category, the others in categories of ten ids each. */
function configOf([required, ...rest]: string[], overrides: Partial<ConsentConfig> = {}): ConsentConfig {
  const groups = Array.from({ length: Math.ceil(rest.length / 10) }, (_, i) => rest.slice(i * 10, i * 10 + 10));
  return {
    links: { cookiePolicy: '/cookies', privacyPolicy: '/privacy' },
    categories: [
      { id: required!, required: true, title: 'Essential', description: '' },
      ...groups.map(([id, ...services]) => ({ id: id!, title: 'T', description: '', services: services.map((s) => ({ id: s, title: 'S' })) })),
    ],
    ...overrides,
  };
}

describe('receipts of the core on the receipts server (R-GDPR-19, R-GDPR-20)', () => {
  it('every receipt of any valid config and any decisions passes the server\'s check, and the largest is stored', async () => {
    // Arrays up to their given maxima, so configs with hundreds of ids appear (fast-check otherwise keeps them
    // short). Arbitraries read this when built.
    const previous = fc.readConfigureGlobal();
    fc.configureGlobal({ ...previous, defaultSizeToMaxWhenMaxSpecified: true });
    let largest: ConsentProof | undefined;
    let mostIds = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          validConfig().chain((config) => fc.tuple(fc.constant(config), fc.boolean(), steps(idsOf(config)))),
          async ([config, gpc, plan]) => {
            const observed = observe(config, gpc);
            // One record per decision, but none for a save that only changes separate consents, and one more
            // for each separate consent given or withdrawn (after the signal's opt-out record, if any).
            const separate = config.categories.filter((c) => c.separate).map((c) => c.id);
            let expected = 0;
            for (const step of plan) {
              const before = observed.consent.getState();
              decide(observed, step);
              const after = observed.consent.getState();
              const flipped = Object.keys(after.choices).filter((id) => before.choices[id] !== after.choices[id]);
              const own = config.categories.filter((c) => separate.includes(c.id)).flatMap((c) => [c.id, ...(c.services ?? []).map((s) => s.id)]);
              const onlySeparate = step[0].kind == 'save' && before.decided && flipped[0] && flipped.every((id) => own.includes(id));
              const ownersFlipped = config.categories.filter((c) => c.separate && [c.id, ...(c.services ?? []).map((s) => s.id)].some((id) => flipped.includes(id)));
              expected += (onlySeparate ? 0 : 1) + ownersFlipped.length;
            }
            const decided = () => observed.records.filter((r) => r.action != 'gpc_optout');
            await vi.waitFor(() => expect(decided().length).toBe(expected), { interval: 1 });
            for (const proof of observed.records) {
              const sent = JSON.parse(JSON.stringify(proof));
              expect(validateReceipt(sent)).toEqual({ ok: true, receipt: sent });
              if (JSON.stringify(proof).length > JSON.stringify(largest ?? {}).length) largest = proof;
            }
            mostIds = Math.max(mostIds, idsOf(config).length);
          },
        ),
      );
    } finally {
      fc.configureGlobal(previous);
    }
    expect(mostIds).toBeGreaterThan(100);
    expect((await post(largest!)).status).toBe(201);
    // Bounded by fast-check's 100 runs; a busy machine needs more than the default 20 s.
  }, 60_000);

  it('stores the largest receipt a valid config can produce: one- to three-letter ids filling the cookie', async () => {
    const ids = idsFilling('c');
    // Not even one more one-letter id would fit.
    expect(recordFits('c', [...ids, 'a'])).toBe(false);
    const { consent, records, errors } = observe(configOf(ids, { cookie: { name: 'c' }, revision: 1e9, receiptEndpoint: base }));
    // The longest of every field: all false, "save_custom", the longest language tag a receipt carries.
    consent.save({}, { layer: 'dialog', language: 'abc-abcdefgh-abcdefgh-abcdefgh-abcd' });
    await vi.waitFor(() => expect(records).toHaveLength(1));
    const [receipt] = records;
    expect(receipt!.language).toHaveLength(MAX_LANGUAGE_LENGTH);
    expect(JSON.stringify(receipt).length).toBeGreaterThan(14_000);
    await vi.waitFor(async () => expect(await exported(receipt!.consentId)).toEqual([{ ...receipt, receivedAt: expect.any(String) }]));
    expect(errors).toEqual([]);
  });

  it('stores the receipt of a config with the longest ids that fit the default cookie', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `id-${i}`.padEnd(32, 'x')).filter((_, i, all) => recordFits(DEFAULT_COOKIE, all.slice(0, i + 1)));
    expect(ids.length).toBeGreaterThan(100);
    const { consent, records, errors } = observe(configOf(ids, { receiptEndpoint: base }));
    consent.acceptAll({ layer: 'banner', language: 'de' });
    await vi.waitFor(() => expect(records).toHaveLength(1));
    await vi.waitFor(async () => expect(await exported(records[0]!.consentId)).toHaveLength(1));
    expect(errors).toEqual([]);
  });
});

describe('receipts the server does not store reach the page as error events (R-GDPR-20)', () => {
  it('a refused receipt is an error event "receipt" with the status and the server\'s issues', async () => {
    const realFetch = globalThis.fetch;
    // Altered on the way, as a broken proxy might: the server refuses the unknown key and names it.
    vi.stubGlobal('fetch', (url: string, init: RequestInit) =>
      realFetch(url, { ...init, body: String(init.body).replace('{', '{"email":"patient@example.com",') }));
    const { consent, errors } = observe(configOf(['essential', 'analytics'], { receiptEndpoint: base }));
    consent.acceptAll();
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    const [{ operation, error }] = errors as [ErrorEvent & { error: ReceiptError }];
    expect(operation).toBe('receipt');
    expect(error).toMatchObject({ status: 400, body: { error: 'invalid receipt', issues: [{ path: 'email', message: expect.stringContaining('unknown key') }] } });
    expect(error.message).toMatch(/^Receipt refused: 400 \{"error":"invalid receipt"/);
  });

  it('a post to an endpoint that does not answer is an error event "receipt"', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise((done) => closed.close(done));
    const { consent, errors } = observe(configOf(['essential', 'analytics'], { receiptEndpoint: `http://127.0.0.1:${port}/receipts` }));
    consent.rejectAll();
    await vi.waitFor(() => expect(errors).toEqual([{ operation: 'receipt', error: expect.any(TypeError) }]));
  });
});
