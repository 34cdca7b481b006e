// Separate health-data consent (issue #12, R-HEALTH): never given by "Accept all" or opt-out mode, its own
// records, its own lifetime.
import { describe, expect, it, vi } from 'vitest';
import { createConsent, decodeRecord, encodeRecord, memoryStorage, validateConfig, type ConsentConfig, type ConsentProof, type ConsentRecord } from '../../src';
import { admit } from '../../src/core/state';

const day = 864e5;
const config = (extra: Partial<ConsentConfig> = {}): ConsentConfig => ({
  links: { cookiePolicy: '/cookies', privacyPolicy: '/privacy' },
  categories: [
    { id: 'essential', required: true, title: 'Essential', description: 'Needed.' },
    { id: 'analytics', title: 'Analytics', description: 'Counts visits.' },
    {
      id: 'health',
      separate: true,
      expiresDays: 30,
      title: 'Health data for appointment reminders',
      description: 'Your appointment type and date, to send you reminders.',
      recipients: 'Our clinic and RemindMe Ltd. (text messages)',
      services: [{ id: 'remindme', title: 'RemindMe' }],
    },
  ],
  ...extra,
});

function visit(storage = memoryStorage(), clock = { now: Date.UTC(2026, 11, 1) }, extra: Partial<ConsentConfig> = {}) {
  const records: ConsentProof[] = [];
  const consent = createConsent(config(extra), { storage, gate: false, gpc: false, now: () => clock.now });
  consent.on('record', (r) => records.push(r));
  // Records come once their text hash is computed: `count` of them.
  const settled = (count: number) => vi.waitFor(() => {
    if (records.length < count) throw new Error(`${records.length} of ${count} records`);
    return records;
  });
  return { consent, storage, clock, records, settled };
}

describe('a separate category', () => {
  it('stays off after "Accept all"', () => {
    const { consent } = visit();
    consent.acceptAll();
    expect(consent.getState().categories).toEqual({ essential: true, analytics: true, health: false });
  });

  it('stays granted after "Accept all" once given on its own', () => {
    const { consent } = visit();
    consent.save({ health: true });
    consent.acceptAll();
    expect(consent.isGranted('health')).toBe(true);
  });

  it('is granted by its own switch, with its services', () => {
    const { consent } = visit();
    consent.save({ health: true });
    expect(consent.getState().services).toEqual({ remindme: true });
  });

  it('is denied by "Reject all"', () => {
    const { consent } = visit();
    consent.save({ health: true });
    consent.rejectAll();
    expect(consent.isGranted('health')).toBe(false);
  });

  it('does not start granted in opt-out mode', () => {
    const { consent } = visit(undefined, undefined, { mode: 'opt-out' });
    expect(consent.getState().categories).toEqual({ essential: true, analytics: true, health: false });
  });
});

describe('the records of a separate consent', () => {
  it('are a grant record of its own, holding only that category and its services', async () => {
    const { consent, settled } = visit();
    consent.save({ analytics: false });
    consent.save({ health: true });
    const records = await settled(2);
    expect(records.map((r) => r.action)).toEqual(['save_custom', 'separate_grant']);
    expect(records[1]).toMatchObject({ categories: { health: true }, services: { remindme: true } });
  });

  it('are a withdrawal record of its own when it is switched off', async () => {
    const { consent, settled } = visit();
    consent.save({ health: true });
    consent.save({ health: false });
    expect((await settled(3)).map((r) => r.action)).toEqual(['save_custom', 'separate_grant', 'separate_withdraw']);
  });

  it('are a withdrawal record of its own when only one of its services is switched off', async () => {
    const { consent, settled } = visit();
    consent.save({ health: true });
    consent.save({ remindme: false });
    const records = await settled(3);
    expect(records.map((r) => r.action)).toEqual(['save_custom', 'separate_grant', 'separate_withdraw']);
    expect(records[2]!.services).toEqual({ remindme: false });
  });

  it('leave the separate category out of the cookie decision\'s record', async () => {
    const { consent, settled } = visit();
    consent.save({ health: true });
    consent.acceptAll();
    const accept = (await settled(3)).find((r) => r.action == 'accept_all')!;
    expect(accept.categories).toEqual({ essential: true, analytics: true });
    expect(accept.services).toEqual({});
  });

  it('come with "Reject all" as a withdrawal beside the refusal', async () => {
    const { consent, settled } = visit();
    consent.save({ health: true });
    consent.rejectAll();
    expect((await settled(4)).map((r) => r.action).slice(-2)).toEqual(['reject_all', 'separate_withdraw']);
  });

  it('lapse after the category\'s own lifetime', async () => {
    const { consent, settled, clock } = visit();
    const granted = clock.now;
    consent.save({ health: true });
    expect((await settled(2)).at(-1)!.expiresAt).toBe(new Date(granted + 30 * day).toISOString());
  });
});

describe('the lifetime of a separate consent', () => {
  it('ends alone: after its days the rest of the decision still stands', () => {
    const first = visit();
    first.consent.save({ analytics: true, health: true });
    first.clock.now += 31 * day;
    const later = visit(first.storage, first.clock);
    expect(later.consent.getState()).toMatchObject({ decided: true, categories: { analytics: true, health: false } });
  });

  it('counts from the grant: saving other choices later does not extend it', () => {
    const first = visit();
    first.consent.save({ health: true });
    first.clock.now += 20 * day;
    first.consent.save({ analytics: true });
    first.clock.now += 11 * day;
    expect(visit(first.storage, first.clock).consent.isGranted('health')).toBe(false);
  });
});

describe('stored separate grants', () => {
  const resolved = (() => {
    const r = validateConfig(config());
    if (!r.ok) throw new Error('invalid');
    return r.config;
  })();
  const now = Date.UTC(2026, 11, 1);
  const record = (extra: Partial<ConsentRecord>): ConsentRecord => ({
    version: 1, consentId: 'visitor-0001', decidedAt: now - day, updatedAt: now - day, revision: 1, method: 'custom',
    categories: ['essential', 'health'], services: ['remindme'], separate: { health: now - day }, ...extra,
  });

  it('round-trip through the stored text', () => {
    const r = record({});
    expect(decodeRecord(encodeRecord(r))).toEqual(r);
  });

  it('read records without the field as before', () => {
    expect(decodeRecord('1~visitor-0001~1~1~1~c~essential~')).toMatchObject({ categories: ['essential'] });
  });

  it('count as no decision when a granted separate category has no grant time', () => {
    expect(admit(resolved, record({ separate: undefined }), now)).toBeNull();
  });

  it('count as no decision when a grant time names a category not granted', () => {
    expect(admit(resolved, record({ categories: ['essential'], services: [] }), now)).toBeNull();
  });

  it('count as no decision when the grant is dated after the record', () => {
    expect(admit(resolved, record({ separate: { health: now } }), now)).toBeNull();
  });
});

describe('validating a separate category', () => {
  const category = (extra: object) => ({
    links: { cookiePolicy: '/c', privacyPolicy: '/p' },
    categories: [{ id: 'essential', required: true, title: 'E', description: '' }, { id: 'health', title: 'H', description: 'D', ...extra }],
  });
  const paths = (input: unknown) => {
    const r = validateConfig(input);
    return r.ok ? [] : r.issues.map((i) => i.path);
  };

  it('asks who receives the data', () => expect(paths(category({ separate: true }))).toEqual(['categories[1].recipients']));
  it('refuses an empty recipients text', () => expect(paths(category({ separate: true, recipients: ' ' }))).toEqual(['categories[1].recipients']));
  it('refuses it on the required category', () => {
    const input = category({});
    Object.assign(input.categories[0]!, { separate: true, recipients: 'Us' });
    expect(paths(input)).toEqual(['categories[0].separate']);
  });
  it('refuses a lifetime longer than the decision\'s', () =>
    expect(paths({ ...category({ separate: true, recipients: 'Us', expiresDays: 200 }), cookie: { expiresDays: 90 } })).toEqual(['categories[1].expiresDays']));
  it('reports a lifetime past 400 days once', () =>
    expect(paths(category({ separate: true, recipients: 'Us', expiresDays: 900 }))).toEqual(['categories[1].expiresDays']));
  it('refuses a lifetime or recipients on a category that is not separate', () =>
    expect(paths(category({ expiresDays: 10, recipients: 'Us' }))).toEqual(['categories[1].expiresDays', 'categories[1].recipients']));
});
