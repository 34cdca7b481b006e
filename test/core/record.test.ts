import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createConsent, decodeRecord, encodeRecord, memoryStorage, type ConsentRecord } from '../../src';
import { stateFrom } from '../../src/core/state';
import { validateConfig } from '../../src/core/validate';
import { clinicConfig } from '../helpers/configs';

const record: ConsentRecord = {
  version: 1,
  consentId: '3f2a9c1e-77b0-4d2e-9a51-0c8e5d7f1b24',
  decidedAt: Date.UTC(2026, 10, 1),
  updatedAt: Date.UTC(2026, 10, 20, 8, 30),
  revision: 3,
  method: 'custom',
  categories: ['essential', 'analytics'],
  services: ['ga'],
};

describe('encodeRecord / decodeRecord', () => {
  it('round-trips a record', () => {
    expect(decodeRecord(encodeRecord(record))).toEqual(record);
  });

  it('encodes only characters js-cookie stores without percent-encoding', () => {
    expect(encodeRecord(record)).toMatch(/^[\w.~-]+$/);
  });

  it.each(['accept-all', 'reject-all', 'custom'] as const)('keeps the method %s', (method) => {
    expect(decodeRecord(encodeRecord({ ...record, method }))?.method).toBe(method);
  });

  it('round-trips a record carrying a config stamp', () => {
    const stamped = { ...record, stamp: '1x9ka07zq3' };
    expect(decodeRecord(encodeRecord(stamped))).toEqual(stamped);
  });

  it('round-trips a stamp after the grant times of separate consents', () => {
    const stamped = { ...record, separate: { health: record.updatedAt }, stamp: 'z0' };
    expect(decodeRecord(encodeRecord(stamped))).toEqual(stamped);
  });

  it('encodes a stamp only in characters js-cookie stores without percent-encoding', () => {
    expect(encodeRecord({ ...record, stamp: '1x9ka07zq3' })).toMatch(/^[\w.~!-]+$/);
  });

  it('round-trips any record, with or without a stamp', () => {
    const ids = fc.array(fc.stringMatching(/^[a-z][a-z\d_-]{0,31}$/), { maxLength: 6 });
    const time = fc.integer({ min: 0, max: 36 ** 9 - 1 });
    const any = fc
      .record({
        consentId: fc.stringMatching(/^[\w-]{8,64}$/),
        times: fc.tuple(time, time).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
        revision: fc.integer({ min: 0, max: 1e9 }),
        method: fc.constantFrom('accept-all', 'reject-all', 'custom', 'gpc') as fc.Arbitrary<ConsentRecord['method']>,
        gpc: fc.constantFrom(undefined, 'honored', 'override') as fc.Arbitrary<ConsentRecord['gpc']>,
        categories: ids,
        services: ids,
        stamp: fc.option(fc.stringMatching(/^[\da-z]{1,11}$/), { nil: undefined }),
      })
      .map(({ times: [decidedAt, updatedAt], gpc, stamp, ...r }): ConsentRecord => ({
        version: 1,
        decidedAt,
        updatedAt,
        ...r,
        ...(gpc && { gpc }),
        ...(stamp && { stamp }),
      }));
    fc.assert(
      fc.property(any, (r) => {
        expect(decodeRecord(encodeRecord(r))).toEqual(r);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a record of another stamp as the same decision: the stamp grants nothing', () => {
    const result = validateConfig(clinicConfig());
    if (!result.ok) throw new Error('invalid test config');
    const current = { ...record, revision: 1, categories: ['essential', 'analytics'], services: [] };
    expect(stateFrom(result.config, decodeRecord(encodeRecord({ ...current, stamp: 'abc' })))).toEqual(
      stateFrom(result.config, { ...current, stamp: 'abc' }),
    );
    const { record: _a, ...stamped } = stateFrom(result.config, { ...current, stamp: 'abc' });
    const { record: _b, ...plain } = stateFrom(result.config, current);
    expect(stamped).toEqual(plain);
  });

  it('keeps empty grant lists empty', () => {
    expect(decodeRecord(encodeRecord({ ...record, categories: [], services: [] }))).toMatchObject({ categories: [], services: [] });
  });

  it('stays under 1 KB as a whole Set-Cookie line with 20 categories, 20 services and a config stamp (R-CK-1)', () => {
    const ids = (prefix: string) => Array.from({ length: 20 }, (_, i) => `${prefix}-${i}-purpose`);
    const value = encodeRecord({ ...record, categories: ids('category'), services: ids('service'), stamp: 'z'.repeat(11) });
    const line = `consentry=${value}; path=/; expires=Thu, 27 May 2027 08:30:00 GMT; domain=clinic.example; sameSite=Lax; secure`;
    expect(line.length).toBeLessThan(1024);
  });
});

// Each of these must mean "no decision yet": never an exception, never a grant (R-CK-10, R-GDPR-2).
const valid = encodeRecord(record);
const hostile: [string, unknown][] = [
  ['missing', undefined],
  ['empty', ''],
  ['garbage', 'hello world'],
  ['a truncated record', valid.slice(0, 30)],
  ['a record cut before its last field', valid.slice(0, valid.lastIndexOf('~'))],
  ['broken percent-encoding', '%E0%A4%A'],
  ['JSON of the wrong shape', '{"analytics":true,"marketing":true}'],
  ['a JSON array', '["essential","analytics"]'],
  ['an unknown format version', '2' + valid.slice(1)],
  ['a future format version with more fields', valid.replace(/^1~/, '9~') + '~extra'],
  ['an unknown method', valid.replace('~c~', '~x~')],
  ['a decision dated after its update', valid.replace(/~([\da-z]+)~([\da-z]+)~/, '~$2~$1~')],
  ['a __proto__ key as JSON', '{"__proto__":{"granted":true}}'],
  ['5 KB of text', 'a'.repeat(5 * 1024)],
  ['5 KB of grants', valid.replace('essential.analytics', Array(1200).fill('analytics').join('.'))],
  ['a script tag', '<script>alert(1)</script>'],
  ['a number', 42],
  ['an object', { categories: ['analytics'] }],
  ['null', null],
  ['a consent id that is too short', valid.replace(record.consentId, 'abc')],
  ['separators only', '~~~~~~~'],
  ['a stamp with a character outside base 36', valid + '~!ab_c'],
  ['a stamp that is too long', valid + '~!' + 'a'.repeat(12)],
  ['an empty stamp', valid + '~!'],
  ['two stamps', valid + '~!ab~!cd'],
];

describe('decodeRecord on hostile input', () => {
  it.each(hostile)('reads %s as no record', (_name, value) => {
    expect(() => decodeRecord(value)).not.toThrow();
    expect(decodeRecord(value)).toBeNull();
  });
});

describe('createConsent on a hostile stored value', () => {
  const config = clinicConfig();
  // Matches the config in revision and ids, so only the tampered part can make it fail.
  const current: ConsentRecord = { ...record, revision: 1, categories: ['essential', 'analytics'], services: [] };

  it('reads an untampered record of the same shape as a decision (control)', () => {
    const consent = createConsent(config, { storage: memoryStorage(encodeRecord(current)), now: () => record.updatedAt });
    expect(consent.isGranted('analytics')).toBe(true);
  });

  const foreign: [string, string][] = [
    ['a grant for a category the config does not know', encodeRecord({ ...current, categories: ['essential', 'analytics', 'spyware'] })],
    ['a grant for a service the config does not know', encodeRecord({ ...current, services: ['tiktok'] })],
    ['a __proto__ grant', encodeRecord({ ...current, categories: ['__proto__'] })],
    ['a constructor grant', encodeRecord({ ...current, categories: ['constructor'], services: ['toString'] })],
    ['a record from a cookie of the same name set by another tool', 'yes'],
  ];
  it.each([...hostile.filter(([, v]) => typeof v == 'string'), ...foreign] as [string, string][])(
    'starts undecided with only essential granted, given %s',
    (_name, value) => {
      const consent = createConsent(config, { storage: memoryStorage(value), now: () => record.updatedAt });
      expect(consent.needsDecision()).toBe(true);
      expect(consent.getState().categories).toEqual({ essential: true, analytics: false, marketing: false });
      expect(consent.getState().services).toEqual({ 'meta-pixel': false });
    },
  );
});
