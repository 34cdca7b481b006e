import { describe, expect, it } from 'vitest';
import { validateConfig, type ConsentConfig, type ResolvedConfig } from '../../src';
import { admit, grantsFor, latest, stateFrom } from '../../src/core/state';
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

describe('admit: which stored records count as a decision', () => {
  const day = 864e5;
  const at = (updatedAt: number, revision = 2) => ({ ...record(['essential'], []), updatedAt, revision });
  const optOut = resolve({ ...(config as unknown as ConsentConfig), mode: 'opt-out' });
  const made = (over: Partial<ConsentRecord>) => ({ ...record(['essential'], []), ...over });

  it('keeps a record of the current revision within its lifetime', () => {
    expect(admit(config, at(0), 10 * day)).not.toBeNull();
  });

  it('drops a record older than its lifetime (R-GDPR-21)', () => {
    expect(admit(config, at(0), 10 * day + 1)).toBeNull();
  });

  it('drops a record of an older revision', () => {
    expect(admit(config, at(0, 1), 0)).toBeNull();
  });

  it('drops a record of a newer revision than the config', () => {
    expect(admit(config, at(0, 3), 0)).toBeNull();
  });

  it('drops a record dated more than a day in the future', () => {
    expect(admit(config, at(2 * day), 0)).toBeNull();
  });

  it('drops a record naming a category the config lacks', () => {
    expect(admit(config, record(['essential', 'social'], []), 0)).toBeNull();
  });

  it('drops a record listing a service id among its categories', () => {
    expect(admit(config, record(['essential', 'ga'], []), 0)).toBeNull();
  });

  it('drops a record listing a category id among its services', () => {
    expect(admit(config, record(['essential', 'analytics'], ['marketing']), 0)).toBeNull();
  });

  it('drops a record granting a service whose category it does not grant', () => {
    expect(admit(config, record(['essential', 'marketing'], ['ga']), 0)).toBeNull();
  });

  it('keeps a record granting a service inside its granted category', () => {
    expect(admit(config, record(['essential', 'analytics'], ['ga']), 0)).not.toBeNull();
  });

  it('drops a "Reject all" record that grants an optional category', () => {
    expect(admit(config, made({ method: 'reject-all', categories: ['essential', 'analytics'] }), 0)).toBeNull();
  });

  it('drops a record of the Global Privacy Control signal alone in opt-in mode (R-GDPR-1)', () => {
    expect(admit(config, made({ method: 'gpc', gpc: 'honored', categories: ['essential', 'analytics'] }), 0)).toBeNull();
  });

  it('keeps a record of the signal alone in opt-out mode when it grants no gpc category (R-US-3)', () => {
    expect(admit(optOut, made({ method: 'gpc', gpc: 'honored', categories: ['essential', 'analytics'] }), 0)).not.toBeNull();
  });

  it('drops a record of the signal alone that grants a gpc category', () => {
    expect(admit(optOut, made({ method: 'gpc', gpc: 'honored', categories: ['essential', 'marketing'] }), 0)).toBeNull();
  });

  it('drops a record whose note says the signal denied the gpc categories yet grants one', () => {
    expect(admit(config, made({ method: 'custom', gpc: 'honored', categories: ['essential', 'marketing'] }), 0)).toBeNull();
  });

  it('keeps a record where the visitor overrode the signal for a gpc category (R-US-2)', () => {
    expect(admit(config, made({ method: 'custom', gpc: 'override', categories: ['essential', 'marketing'] }), 0)).not.toBeNull();
  });
});

describe('latest: one decision from several stored copies', () => {
  const copy = (updatedAt: number, categories: string[]) => ({ ...record(categories, []), updatedAt });

  it('takes the newest copy, in whatever order the copies come', () => {
    const older = copy(1, ['essential', 'analytics']);
    const newer = copy(2, ['essential']);
    expect(latest([older, newer])).toBe(newer);
    expect(latest([newer, older])).toBe(newer);
  });

  it('takes the copy granting less of two equally new ones', () => {
    const more = copy(1, ['essential', 'analytics']);
    const less = copy(1, ['essential']);
    expect(latest([more, less])).toBe(less);
    expect(latest([less, more])).toBe(less);
  });

  it('passes over copies that were not admitted', () => {
    const only = copy(1, ['essential']);
    expect(latest([null, only, null])).toBe(only);
    expect(latest([null])).toBeNull();
  });
});

describe('stateFrom on protected pages (R-HEALTH)', () => {
  const replay = resolve({
    links: { cookiePolicy: '/c', privacyPolicy: '/p' },
    trackerFreePaths: ['/portal/*'],
    sensitivePaths: ['/conditions/*'],
    categories: [
      { id: 'essential', required: true, title: 'Essential', description: '', services: [{ id: 'csrf', title: 'CSRF' }] },
      { id: 'analytics', title: 'Analytics', description: '', services: [{ id: 'ga', title: 'GA' }] },
      { id: 'replay', title: 'Replay', description: '', sessionReplay: true, services: [{ id: 'hotjar', title: 'Hotjar' }] },
    ],
  });
  const all: ConsentRecord = { ...record(['essential', 'analytics', 'replay'], ['csrf', 'ga', 'hotjar']), revision: 1 };

  it('grants only the required category on a tracker-free page, whatever the record grants', () => {
    const state = stateFrom(replay, all, false, 'tracker-free');
    expect(state.categories).toEqual({ essential: true, analytics: false, replay: false });
    expect(state.services).toEqual({ csrf: true, ga: false, hotjar: false });
  });

  it('keeps the visitor\'s choices on a tracker-free page, for the dialog', () => {
    expect(stateFrom(replay, all, false, 'tracker-free').choices).toEqual({ essential: true, csrf: true, analytics: true, ga: true, replay: true, hotjar: true });
  });

  it('holds back only session replay on a sensitive page', () => {
    const state = stateFrom(replay, all, false, 'sensitive');
    expect(state.categories).toEqual({ essential: true, analytics: true, replay: false });
    expect(state.services).toEqual({ csrf: true, ga: true, hotjar: false });
  });

  it('grants session replay on other pages when the visitor did', () => {
    expect(stateFrom(replay, all).categories.replay).toBe(true);
  });

  it('names the page\'s protection', () => {
    expect(stateFrom(replay, all, false, 'sensitive').page).toBe('sensitive');
    expect(stateFrom(replay, all).page).toBe('none');
  });

  it('grants from the choices, not from what the page holds back, when the visitor changes one thing', () => {
    const state = stateFrom(replay, all, false, 'tracker-free');
    expect(grantsFor(replay, state, choose({ replay: false }))).toEqual({ categories: ['essential', 'analytics'], services: ['csrf', 'ga'] });
  });
});
