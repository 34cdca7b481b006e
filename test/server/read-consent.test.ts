import { describe, expect, it } from 'vitest';
import { createConsent, encodeRecord, memoryStorage, type ConsentRecord } from '../../src';
import { ConsentConfigError, readConsent } from '../../src/server';
import { clinicConfig } from '../helpers/configs';

const now = Date.UTC(2026, 11, 1);
const day = 864e5;
const record = (fields: Partial<ConsentRecord> = {}): ConsentRecord => ({
  version: 1,
  consentId: 'visitor-0001',
  decidedAt: now - day,
  updatedAt: now - day,
  revision: 1,
  method: 'accept-all',
  categories: ['essential', 'analytics', 'marketing'],
  services: ['meta-pixel'],
  ...fields,
});
const cookie = (fields?: Partial<ConsentRecord>) => 'consentry=' + encodeRecord(record(fields));
const granted = (header: string | undefined, options: { secGpc?: string; config?: object } = {}) => {
  const { categories, services, decided } = readConsent(header, options.config ?? clinicConfig(), { now, secGpc: options.secGpc });
  return { decided, ...categories, ...services };
};

describe('readConsent', () => {
  it('reads a current decision', () => {
    expect(granted(cookie())).toEqual({ decided: true, essential: true, analytics: true, marketing: true, 'meta-pixel': true });
  });

  it('reads a decision stamped by the script-tag loader like any other', () => {
    expect(granted(cookie({ stamp: '2k9x0a7fq1' }))).toEqual(granted(cookie()));
    expect(granted(cookie({ stamp: '2k9x0a7fq1' })).decided).toBe(true);
  });

  it('is no decision without the cookie: only the required category', () => {
    expect(granted(undefined)).toEqual({ decided: false, essential: true, analytics: false, marketing: false, 'meta-pixel': false });
  });

  // The three cases the issue found `decodeRecord` alone reporting as granted.
  it('is no decision for an expired record', () => {
    expect(granted(cookie({ decidedAt: now - 183 * day, updatedAt: now - 183 * day })).decided).toBe(false);
  });

  it('is no decision for a record of another revision', () => {
    expect(granted(cookie({ revision: 2 })).decided).toBe(false);
  });

  it('is no decision for a record naming an id the config lacks', () => {
    expect(granted(cookie({ categories: ['essential', 'analytics', 'retargeting'] })).decided).toBe(false);
  });

  it('is no decision for a record dated more than a day ahead', () => {
    expect(granted(cookie({ updatedAt: now + 2 * day })).decided).toBe(false);
  });

  it('denies the gpc category over a stored grant with Sec-GPC: 1 (R-US-1, R-US-6)', () => {
    expect(granted(cookie(), { secGpc: '1' })).toMatchObject({ decided: true, analytics: true, marketing: false, 'meta-pixel': false });
  });

  it('keeps the visitor\'s explicit override of the signal', () => {
    expect(granted(cookie({ gpc: 'override' }), { secGpc: '1' })).toMatchObject({ marketing: true });
  });

  it('grants the optional categories before a decision in opt-out mode, except gpc ones with the signal', () => {
    const config = clinicConfig({ mode: 'opt-out' });
    expect(granted(undefined, { config })).toMatchObject({ decided: false, analytics: true, marketing: true });
    expect(granted(undefined, { config, secGpc: '1' })).toMatchObject({ decided: false, analytics: true, marketing: false });
  });

  it('of several copies takes the newest admitted one', () => {
    const older = cookie({ updatedAt: now - 2 * day, decidedAt: now - 2 * day });
    const newer = cookie({ method: 'reject-all', categories: ['essential'], services: [] });
    expect(granted(`${newer}; ${older}`)).toMatchObject({ decided: true, analytics: false });
    expect(granted(`${older}; ${newer}`)).toMatchObject({ decided: true, analytics: false });
  });

  it('reads the cookie by the config\'s own cookie name', () => {
    const config = clinicConfig({ cookie: { name: 'clinic_consent' } });
    expect(granted(cookie(), { config }).decided).toBe(false);
    expect(granted(cookie().replace('consentry=', 'clinic_consent='), { config }).decided).toBe(true);
  });

  it('ignores the cookie when the config keeps the decision in localStorage, as the browser does', () => {
    expect(granted(cookie(), { config: clinicConfig({ storage: 'localStorage' }) }).decided).toBe(false);
  });

  it('accepts a resolved config (consent.config) as well as the JSON one', () => {
    const { config } = createConsent(clinicConfig(), { storage: memoryStorage(), gate: false });
    expect(readConsent(cookie(), config, { now })).toEqual(readConsent(cookie(), clinicConfig(), { now }));
  });

  it('throws ConsentConfigError listing the issues of an invalid config', () => {
    expect(() => readConsent(cookie(), { categories: [] })).toThrow(ConsentConfigError);
    expect(() => readConsent(cookie(), null)).toThrow(ConsentConfigError);
  });

  it('judges the lifetime by the current time when not given one', () => {
    const fresh = 'consentry=' + encodeRecord(record({ decidedAt: Date.now(), updatedAt: Date.now() }));
    expect(readConsent(fresh, clinicConfig()).decided).toBe(true);
  });
});

describe('readConsent on protected paths (R-HEALTH)', () => {
  const protectedConfig = clinicConfig({ trackerFreePaths: ['/portal/*'], sensitivePaths: ['/conditions/*'] });

  it('grants only the required category on a tracker-free path, keeping the choices', () => {
    const state = readConsent(cookie(), protectedConfig, { now, path: '/portal/inbox?tab=2' });
    expect(state).toMatchObject({ page: 'tracker-free', categories: { essential: true, analytics: false, marketing: false }, choices: { analytics: true } });
  });

  it('names a sensitive path', () => {
    expect(readConsent(cookie(), protectedConfig, { now, path: '/Conditions/Asthma' }).page).toBe('sensitive');
  });

  it('matches the path exactly as the browser does', () => {
    const consent = createConsent(protectedConfig, { storage: memoryStorage(encodeRecord(record())), gate: false, path: '/portal/inbox', now: () => now });
    const { page, categories, services, choices } = readConsent(cookie(), protectedConfig, { now, path: '/portal/inbox' });
    expect({ page, categories, services, choices }).toEqual((({ page, categories, services, choices }) => ({ page, categories, services, choices }))(consent.getState()));
  });
});
