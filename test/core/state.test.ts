import { describe, expect, it } from 'vitest';
import { validateConfig, type ConsentConfig, type ResolvedConfig } from '../../src';
import { grantsFor, isStale, stateFrom } from '../../src/core/state';
import type { ConsentRecord } from '../../src';

const resolve = (config: ConsentConfig): ResolvedConfig => {
  const result = validateConfig(config);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
};

const config = resolve({
  revision: 2,
  cookie: { expiresDays: 10 },
  links: { cookiePolicy: '/c', privacyPolicy: '/p' },
  categories: [
    { id: 'essential', required: true, title: 'Essential', description: '', services: [{ id: 'csrf', title: 'CSRF' }] },
    { id: 'analytics', title: 'Analytics', description: '', services: [{ id: 'ga', title: 'GA' }, { id: 'matomo', title: 'Matomo' }] },
    { id: 'marketing', title: 'Marketing', description: '' },
  ],
});
const undecided = stateFrom(config, null);
const record = (categories: string[], services: string[]): ConsentRecord => ({
  version: 1, consentId: 'id-12345678', decidedAt: 0, updatedAt: 0, revision: 2, method: 'custom', categories, services,
});
const choose = (choices: Record<string, boolean>) => (id: string) => choices[id];

describe('stateFrom', () => {
  it('denies every optional category and service when there is no decision (R-GDPR-2)', () => {
    expect(undecided).toMatchObject({
      decided: false,
      categories: { essential: true, analytics: false, marketing: false },
      services: { csrf: true, ga: false, matomo: false },
    });
  });

  it('grants the required category and its services even when a record leaves them out', () => {
    const state = stateFrom(config, record([], []));
    expect(state.categories.essential).toBe(true);
    expect(state.services.csrf).toBe(true);
  });
});

describe('grantsFor', () => {
  it('lets a category\'s services follow it', () => {
    expect(grantsFor(config, undecided, choose({ analytics: true }))).toEqual({
      categories: ['essential', 'analytics'],
      services: ['csrf', 'ga', 'matomo'],
    });
  });

  it('lets a service set in the same choice differ from its category', () => {
    expect(grantsFor(config, undecided, choose({ analytics: true, matomo: false })).services).toEqual(['csrf', 'ga']);
  });

  it('grants a category when only one of its services is turned on', () => {
    expect(grantsFor(config, undecided, choose({ ga: true }))).toEqual({ categories: ['essential', 'analytics'], services: ['csrf', 'ga'] });
  });

  it('denies a category when every service it had is turned off', () => {
    const current = stateFrom(config, record(['essential', 'analytics'], ['csrf', 'ga', 'matomo']));
    expect(grantsFor(config, current, choose({ ga: false, matomo: false })).categories).toEqual(['essential']);
  });

  it('never grants a service inside a denied category', () => {
    expect(grantsFor(config, undecided, choose({ analytics: false, ga: true }))).toEqual({ categories: ['essential'], services: ['csrf'] });
  });

  it('keeps what the visitor left alone as it was', () => {
    const current = stateFrom(config, record(['essential', 'analytics'], ['csrf', 'ga']));
    expect(grantsFor(config, current, choose({ marketing: true }))).toEqual({
      categories: ['essential', 'analytics', 'marketing'],
      services: ['csrf', 'ga'],
    });
  });

  it('keeps the required category granted when asked to deny it', () => {
    expect(grantsFor(config, undecided, () => false)).toEqual({ categories: ['essential'], services: ['csrf'] });
  });
});

describe('isStale', () => {
  const day = 864e5;
  const at = (updatedAt: number, revision = 2) => ({ ...record([], []), updatedAt, revision });

  it('keeps a record of the current revision within its lifetime', () => {
    expect(isStale(config, at(0), 10 * day)).toBe(false);
  });

  it('drops a record older than its lifetime (R-GDPR-21)', () => {
    expect(isStale(config, at(0), 10 * day + 1)).toBe(true);
  });

  it('drops a record of an older revision', () => {
    expect(isStale(config, at(0, 1), 0)).toBe(true);
  });

  it('drops a record of a newer revision than the config', () => {
    expect(isStale(config, at(0, 3), 0)).toBe(true);
  });

  it('drops a record dated more than a day in the future', () => {
    expect(isStale(config, at(2 * day), 0)).toBe(true);
  });
});
