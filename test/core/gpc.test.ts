import { describe, expect, it, vi } from 'vitest';
import { createConsent, memoryStorage, type ConsentConfig, type ConsentProof, type ConsentStorage } from '../../src';
import { clinicConfig } from '../helpers/configs';

const start = Date.UTC(2026, 10, 25, 9);
const visit = (storage: ConsentStorage, gpc: boolean, config: ConsentConfig = clinicConfig()) =>
  createConsent(config, { storage, gpc, now: () => start });

describe('Global Privacy Control (R-US-1..3)', () => {
  it('denies marketing even over a stored grant', () => {
    const storage = memoryStorage();
    visit(storage, false).acceptAll();
    const consent = visit(storage, true);
    expect(consent.isGranted('marketing')).toBe(false);
    expect(consent.isGranted('meta-pixel')).toBe(false);
    expect(consent.isGranted('analytics')).toBe(true);
    expect(consent.needsDecision()).toBe(false);
  });

  it('stores the denial, so a later visit without the signal keeps marketing off', () => {
    const storage = memoryStorage();
    visit(storage, false).acceptAll();
    visit(storage, true);
    const later = visit(storage, false);
    expect(later.isGranted('marketing')).toBe(false);
    expect(later.getState().record).toMatchObject({ method: 'accept-all', gpc: 'honored' });
  });

  it('says in the state that the signal is honored', () => {
    expect(visit(memoryStorage(), true).getState().gpc).toBe(true);
    expect(visit(memoryStorage(), false).getState().gpc).toBe(false);
  });

  it('stores nothing before a choice in opt-in mode (R-GDPR-1)', () => {
    const storage = memoryStorage();
    visit(storage, true);
    expect(storage.read()).toBeUndefined();
  });

  it('keeps "accept all" from granting marketing, and records the signal as honored', () => {
    const consent = visit(memoryStorage(), true);
    consent.acceptAll();
    expect(consent.getState().categories).toEqual({ essential: true, analytics: true, marketing: false });
    expect(consent.getState().record?.gpc).toBe('honored');
  });

  it('lets an explicit choice turn marketing on, recorded as an override that later visits respect', () => {
    const storage = memoryStorage();
    visit(storage, true).save({ marketing: true });
    const later = visit(storage, true);
    expect(later.isGranted('marketing')).toBe(true);
    expect(later.getState().record?.gpc).toBe('override');
  });

  it('applies to the categories marked "gpc" instead of marketing when the config marks any', () => {
    const base = clinicConfig();
    const config = { ...base, categories: base.categories.map((c) => (c.id == 'analytics' ? { ...c, gpc: true } : c)) };
    const consent = visit(memoryStorage(), true, config);
    consent.acceptAll();
    expect(consent.getState().categories).toEqual({ essential: true, analytics: false, marketing: true });
  });

  it('emits a gpc_optout record when it overrides a stored grant', async () => {
    const storage = memoryStorage();
    visit(storage, false).acceptAll();
    const consent = visit(storage, true);
    const records: ConsentProof[] = [];
    consent.on('record', (r) => records.push(r));
    await vi.waitFor(() => expect(records).toHaveLength(1));
    expect(records[0]).toMatchObject({ action: 'gpc_optout', layer: 'api', gpc: true, categories: { marketing: false } });
  });
});

describe('opt-out mode', () => {
  const optOut = () => clinicConfig({ mode: 'opt-out' });

  it('starts with optional categories granted but still asks', () => {
    const consent = visit(memoryStorage(), false, optOut());
    expect(consent.getState().categories).toEqual({ essential: true, analytics: true, marketing: true });
    expect(consent.needsDecision()).toBe(true);
  });

  it('turns a category off when the visitor opts out', () => {
    const consent = visit(memoryStorage(), false, optOut());
    consent.save({ marketing: false });
    expect(consent.isGranted('marketing')).toBe(false);
    expect(consent.isGranted('analytics')).toBe(true);
  });

  it('lets Global Privacy Control win, and remembers it without asking in the visitor\'s place', () => {
    const storage = memoryStorage();
    const consent = visit(storage, true, optOut());
    expect(consent.getState().categories).toEqual({ essential: true, analytics: true, marketing: false });
    expect(consent.needsDecision()).toBe(true);
    const later = visit(storage, false, optOut());
    expect(later.isGranted('marketing')).toBe(false);
    expect(later.getState().record).toMatchObject({ method: 'gpc', gpc: 'honored' });
  });
});
