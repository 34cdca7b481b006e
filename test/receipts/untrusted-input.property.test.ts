// Untrusted bodies into stored receipts: properties over generated input (R-GDPR-19, R-GDPR-20).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nestsDeeperThan } from '../../src/receipts/read-body';
import type { ReceiptStore } from '../../src/receipts/types';
import { validateReceipt } from '../../src/receipts/validate-receipt';
import { verifyChain } from '../../src/receipts/verify';
import { backends, freshStore, receipt } from './backends';

const depth = (v: unknown): number => (typeof v == 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depth)) : 0);
const FIELDS = Object.keys(receipt());

/** Receipts with any field replaced by any JSON value, or a key added or removed. */
const mutated = fc.tuple(fc.constantFrom(...FIELDS, 'extra', '__proto__'), fc.oneof(fc.jsonValue(), fc.constant(undefined))).map(([key, value]) => {
  const body: Record<string, unknown> = JSON.parse(JSON.stringify(receipt()));
  if (value === undefined) delete body[key];
  else Object.defineProperty(body, key, { value, enumerable: true, configurable: true, writable: true });
  return JSON.parse(JSON.stringify(body));
});

describe('receipt validation', () => {
  it('never throws, and accepts a body only as it is, with exactly the receipt fields', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutated), (body) => {
        const result = validateReceipt(body);
        if (result.ok) {
          expect(result.receipt).toBe(body);
          expect(Object.keys(body as object).sort()).toEqual([...FIELDS].sort());
        } else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the nesting depth of any JSON text without parsing it', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 12 }), fc.integer({ min: 0, max: 10 }), (value, max) => {
        expect(nestsDeeperThan(JSON.stringify(value), max)).toBe(depth(value) > max);
      }),
      { numRuns: 2000 },
    );
  });
});

describe.each(backends)('accepted receipts on $name', (backend) => {
  let store: ReceiptStore;
  let close: () => Promise<void>;
  beforeAll(async () => ({ store, close } = await freshStore(backend)));
  afterAll(() => close());

  it('read back exactly as posted, and keep the chain intact', async () => {
    const ids = fc.stringMatching(/^[a-z][a-z\d_-]{0,31}$/);
    const map = fc.dictionary(ids, fc.boolean(), { maxKeys: 8 });
    const consentIds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.record({ consentId: fc.stringMatching(/^[\w-]{8,64}$/), categories: map, services: map, language: fc.constantFrom('', 'de', 'pt-BR', 'zh-Hant-TW'), gpc: fc.boolean(), textHash: fc.constantFrom(null, 'c'.repeat(64)) }),
        async (over) => {
          fc.pre(!consentIds.has(over.consentId));
          consentIds.add(over.consentId);
          const body = JSON.parse(JSON.stringify(receipt(over)));
          const result = validateReceipt(body);
          expect(result.ok).toBe(true);
          await store.add('north', body);
          expect(await store.byConsentId('north', over.consentId)).toEqual([{ ...body, receivedAt: expect.any(String) }]);
        },
      ),
      { numRuns: 40 },
    );
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: true, receipts: consentIds.size });
  });
});
