import { describe, expect, it } from 'vitest';
import { createConsent, decodeRecord, encodeRecord, memoryStorage, type ConsentRecord } from '../../src';
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

  it('keeps empty grant lists empty', () => {
    expect(decodeRecord(encodeRecord({ ...record, categories: [], services: [] }))).toMatchObject({ categories: [], services: [] });
  });

  it('stays under 1 KB as a whole Set-Cookie line with 20 categories and 20 services (R-CK-1)', () => {
    const ids = (prefix: string) => Array.from({ length: 20 }, (_, i) => `${prefix}-${i}-purpose`);
    const value = encodeRecord({ ...record, categories: ids('category'), services: ids('service') });
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
