import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent, decodeRecord, memoryStorage, type ConsentStorage } from '../../src';
import { clinicConfig } from '../helpers/configs';

const day = 864e5;
const start = Date.UTC(2026, 10, 25, 9);

function setup(options: { storage?: ConsentStorage; now?: () => number; revision?: number } = {}) {
  const storage = options.storage ?? memoryStorage();
  const consent = createConsent(clinicConfig({ revision: options.revision ?? 1 }), { storage, now: options.now ?? (() => start) });
  return { consent, storage };
}

const failing = (operation: 'read' | 'write' | 'clear'): ConsentStorage => {
  const storage = memoryStorage();
  return {
    ...storage,
    [operation]: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  };
};

afterEach(() => vi.restoreAllMocks());

describe('before any decision', () => {
  it('needs a decision when nothing is stored', () => {
    expect(setup().consent.needsDecision()).toBe(true);
  });

  it('grants only the required category (R-GDPR-2)', () => {
    const { consent } = setup();
    expect(consent.isGranted('essential')).toBe(true);
    expect(consent.isGranted('analytics')).toBe(false);
    expect(consent.isGranted('meta-pixel')).toBe(false);
  });

  it('stores nothing until the visitor decides (R-GDPR-1)', () => {
    const { storage } = setup();
    expect(storage.read()).toBeUndefined();
  });

  it('answers false for an id the config does not know', () => {
    const { consent } = setup();
    expect(consent.isGranted('constructor')).toBe(false);
    expect(consent.isGranted('spyware')).toBe(false);
  });
});

describe('decisions', () => {
  it('accepting all grants every category and service', () => {
    const { consent } = setup();
    consent.acceptAll();
    expect(consent.getState()).toMatchObject({
      decided: true,
      categories: { essential: true, analytics: true, marketing: true },
      services: { 'meta-pixel': true },
      record: { method: 'accept-all', revision: 1 },
    });
  });

  it('rejecting all is a decision that keeps only the required category', () => {
    const { consent } = setup();
    consent.rejectAll();
    expect(consent.needsDecision()).toBe(false);
    expect(consent.getState()).toMatchObject({
      categories: { essential: true, analytics: false, marketing: false },
      record: { method: 'reject-all', categories: ['essential'] },
    });
  });

  it('saving grants exactly the chosen categories', () => {
    const { consent } = setup();
    consent.save({ analytics: true });
    expect(consent.getState()).toMatchObject({
      categories: { essential: true, analytics: true, marketing: false },
      record: { method: 'custom' },
    });
  });

  it('saving one service grants its category with that service only', () => {
    const { consent } = setup();
    consent.save({ 'meta-pixel': true });
    expect(consent.isGranted('marketing')).toBe(true);
    expect(consent.isGranted('meta-pixel')).toBe(true);
  });

  it('saving an unknown id throws a TypeError naming it', () => {
    const { consent } = setup();
    expect(() => consent.save({ analitycs: true })).toThrow(/unknown category or service: analitycs/);
    expect(consent.needsDecision()).toBe(true);
  });

  it('persists the decision so the next page load reads it', () => {
    const { consent, storage } = setup();
    consent.save({ analytics: true });
    const next = setup({ storage }).consent;
    expect(next.needsDecision()).toBe(false);
    expect(next.isGranted('analytics')).toBe(true);
    expect(next.isGranted('marketing')).toBe(false);
  });

  it('writes the storage with an expiry at the end of the lifetime', () => {
    const write = vi.fn();
    const { consent } = setup({ storage: { read: () => undefined, write, clear: () => {} } });
    consent.acceptAll();
    expect(write).toHaveBeenCalledWith(expect.any(String), new Date(start + 182 * day));
  });

  it('keeps the consent id and first decision time across later changes', () => {
    let now = start;
    const { consent } = setup({ now: () => now });
    consent.acceptAll();
    const first = consent.getState().record!;
    now += day;
    consent.rejectAll();
    expect(consent.getState().record).toMatchObject({ consentId: first.consentId, decidedAt: start, updatedAt: start + day });
  });

  it('gives each visitor a different random consent id', () => {
    const a = setup().consent;
    const b = setup().consent;
    a.acceptAll();
    b.acceptAll();
    expect(a.getState().record!.consentId).not.toBe(b.getState().record!.consentId);
    expect(a.getState().record!.consentId).toMatch(/^[\w-]{16,}$/);
  });

  it('hands out a frozen state', () => {
    const { consent } = setup();
    consent.acceptAll();
    const state = consent.getState();
    expect(Object.isFrozen(state) && Object.isFrozen(state.categories) && Object.isFrozen(state.record!.categories)).toBe(true);
  });
});

describe('asking again', () => {
  it('asks again when the config revision increases', () => {
    const { consent, storage } = setup();
    consent.acceptAll();
    const next = setup({ storage, revision: 2 }).consent;
    expect(next.needsDecision()).toBe(true);
    expect(next.isGranted('analytics')).toBe(false);
  });

  it('asks again once a grant is older than its lifetime (R-GDPR-21)', () => {
    const { consent, storage } = setup();
    consent.acceptAll();
    expect(setup({ storage, now: () => start + 182 * day }).consent.needsDecision()).toBe(false);
    expect(setup({ storage, now: () => start + 183 * day }).consent.needsDecision()).toBe(true);
  });

  it('asks again once a refusal is older than its lifetime', () => {
    const { consent, storage } = setup();
    consent.rejectAll();
    expect(setup({ storage, now: () => start + 183 * day }).consent.needsDecision()).toBe(true);
  });

  it('does not ask again within the lifetime after a refusal', () => {
    const { consent, storage } = setup();
    consent.rejectAll();
    expect(setup({ storage, now: () => start + 100 * day }).consent.needsDecision()).toBe(false);
  });

  it('reset forgets the decision and the stored value', () => {
    const { consent, storage } = setup();
    consent.acceptAll();
    const id = consent.getState().record!.consentId;
    consent.reset();
    expect(consent.needsDecision()).toBe(true);
    expect(consent.isGranted('analytics')).toBe(false);
    expect(storage.read()).toBeUndefined();
    consent.acceptAll();
    expect(consent.getState().record!.consentId).not.toBe(id);
  });
});

describe('events', () => {
  it('emits change with the ids whose grant changed', () => {
    const { consent } = setup();
    const listener = vi.fn();
    consent.on('change', listener);
    consent.save({ analytics: true });
    expect(listener).toHaveBeenCalledWith({ state: consent.getState(), changed: ['analytics'] });
  });

  it('emits change with no ids when only the decision status flips, as on a first Reject all', () => {
    const { consent } = setup();
    const listener = vi.fn();
    consent.on('change', listener);
    consent.rejectAll();
    expect(listener).toHaveBeenCalledWith({ state: consent.getState(), changed: [] });
  });

  it('emits no change when a later decision changes nothing granted', () => {
    const { consent } = setup();
    consent.rejectAll();
    const listener = vi.fn();
    consent.on('change', listener);
    consent.rejectAll();
    expect(listener).not.toHaveBeenCalled();
  });

  it('emits change when reset brings the question back after a refusal', () => {
    const { consent } = setup();
    consent.rejectAll();
    const listener = vi.fn();
    consent.on('change', listener);
    consent.reset();
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ changed: [] }));
  });

  it('emits decision with the method on every decision', () => {
    const { consent } = setup();
    const listener = vi.fn();
    consent.on('decision', listener);
    consent.rejectAll();
    consent.acceptAll();
    expect(listener.mock.calls.map(([e]) => e.method)).toEqual(['reject-all', 'accept-all']);
  });

  it('stops calling a listener after its unsubscribe function runs', () => {
    const { consent } = setup();
    const listener = vi.fn();
    const off = consent.on('decision', listener);
    off();
    consent.acceptAll();
    expect(listener).not.toHaveBeenCalled();
  });

  it('subscribe calls the listener at once with the current state', () => {
    const { consent } = setup();
    const listener = vi.fn();
    consent.subscribe(listener);
    expect(listener).toHaveBeenCalledWith({ state: consent.getState(), changed: [] });
  });

  it('subscribe then follows every change', () => {
    const { consent } = setup();
    const listener = vi.fn();
    consent.subscribe(listener);
    consent.acceptAll();
    expect(listener).toHaveBeenLastCalledWith({ state: consent.getState(), changed: ['analytics', 'marketing', 'meta-pixel'] });
  });

  it('keeps calling other listeners when one throws', () => {
    const { consent } = setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const after = vi.fn();
    consent.on('decision', () => {
      throw new Error('host bug');
    });
    consent.on('decision', after);
    expect(() => consent.acceptAll()).not.toThrow();
    expect(after).toHaveBeenCalled();
    expect(error).toHaveBeenCalled();
  });
});

describe('storage failures (R-CK-6)', () => {
  it('starts undecided and reports an error when reading throws', async () => {
    const consent = createConsent(clinicConfig(), { storage: failing('read') });
    const onError = vi.fn();
    consent.on('error', onError);
    await Promise.resolve();
    expect(consent.needsDecision()).toBe(true);
    expect(onError).toHaveBeenCalledWith({ operation: 'read', error: expect.any(DOMException) });
  });

  it('keeps the choice in memory for the page when writing throws', async () => {
    const { consent } = setup({ storage: failing('write') });
    const onError = vi.fn();
    consent.on('error', onError);
    expect(() => consent.acceptAll()).not.toThrow();
    expect(consent.isGranted('analytics')).toBe(true);
    await Promise.resolve();
    expect(onError).toHaveBeenCalledWith({ operation: 'write', error: expect.any(DOMException) });
  });

  it('still forgets the decision when clearing throws', () => {
    const { consent } = setup({ storage: failing('clear') });
    consent.acceptAll();
    expect(() => consent.reset()).not.toThrow();
    expect(consent.needsDecision()).toBe(true);
  });
});

describe('instances', () => {
  it('keep separate state: two instances on one page do not share decisions', () => {
    const a = setup().consent;
    const b = setup().consent;
    a.acceptAll();
    expect(b.needsDecision()).toBe(true);
  });

  it('store the decision in the compact record format', () => {
    const { consent, storage } = setup();
    consent.save({ analytics: true });
    expect(decodeRecord(storage.read())).toEqual(consent.getState().record);
  });
});

// The script-tag loader's stamp of the config it validated (src/core/stamp.ts): it rides in the decision
// record, so a later visit with the same config text skips validating it.
describe('the config stamp (option configStamp)', () => {
  const stamped = (storage: ConsentStorage, configStamp: string, now = () => start) =>
    createConsent(clinicConfig(), { storage, now, configStamp });

  it('goes into every record the core writes', () => {
    const storage = memoryStorage();
    stamped(storage, 'abc123').save({ analytics: true });
    expect(decodeRecord(storage.read())?.stamp).toBe('abc123');
  });

  it('is written over a stored record of another stamp, which keeps its decision and its times', () => {
    const storage = memoryStorage();
    stamped(storage, 'old').acceptAll();
    const before = decodeRecord(storage.read())!;
    stamped(storage, 'new', () => start + day);
    expect(decodeRecord(storage.read())).toEqual({ ...before, stamp: 'new' });
  });

  it('keeps the expiry of the stored decision when written over it', () => {
    const storage = memoryStorage();
    stamped(storage, 'old').acceptAll();
    const write = vi.fn();
    stamped({ ...storage, write }, 'new', () => start + day);
    expect(write).toHaveBeenCalledWith(expect.stringMatching(/~!new$/), new Date(start + 182 * day));
  });

  it('is written over a stored record without a decision event, a record event or a change', async () => {
    const storage = memoryStorage();
    stamped(storage, 'old').acceptAll();
    const heard = vi.fn();
    const consent = stamped(storage, 'new');
    for (const event of ['decision', 'record', 'change', 'error'] as const) consent.on(event, heard);
    await new Promise((r) => setTimeout(r));
    expect(heard).not.toHaveBeenCalled();
  });

  it('leaves a stored record with the same stamp unwritten', () => {
    const storage = memoryStorage();
    stamped(storage, 'same').acceptAll();
    const write = vi.fn();
    stamped({ ...storage, write }, 'same');
    expect(write).not.toHaveBeenCalled();
  });

  it('writes nothing over a stored record the config does not admit', () => {
    const storage = memoryStorage();
    createConsent(clinicConfig({ revision: 2 }), { storage, now: () => start, configStamp: 'old' }).acceptAll();
    const write = vi.fn();
    stamped({ ...storage, write }, 'new');
    expect(write).not.toHaveBeenCalled();
  });
});
