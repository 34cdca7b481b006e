// The stored records that granted without a yes, as a hostile-input run found them (issue #8, items 1 and 2).
import { describe, expect, it } from 'vitest';
import { createConsent, memoryStorage } from '../../src';
import { clinicConfig } from '../helpers/configs';

const now = Date.UTC(2026, 11, 1);
const t = now.toString(36);
const open = (stored: string, mode: 'opt-in' | 'opt-out' = 'opt-in') =>
  createConsent(clinicConfig({ mode }), { storage: memoryStorage(stored), gate: false, gpc: false, now: () => now });

describe('stored records that are no decision of the visitor', () => {
  it('a record of Global Privacy Control alone grants nothing in opt-in mode (R-GDPR-1)', () => {
    const consent = open(`1~abcdefgh~${t}~${t}~1~g~essential.analytics~`);
    expect(consent.needsDecision()).toBe(true);
    expect(consent.isGranted('analytics')).toBe(false);
  });

  it('a record listing a service without its category grants neither', () => {
    const consent = open(`1~abcdefgh~${t}~${t}~1~a~essential.analytics~meta-pixel`);
    expect(consent.isGranted('meta-pixel')).toBe(false);
    expect(consent.isGranted('marketing')).toBe(false);
    expect(consent.needsDecision()).toBe(true);
  });

  it('a record of the signal alone keeps its opt-out in opt-out mode and still asks the visitor (R-US-3)', () => {
    const consent = open(`1~abcdefgh~${t}~${t}~1~gh~essential.analytics~`, 'opt-out');
    expect(consent.isGranted('analytics')).toBe(true);
    expect(consent.isGranted('marketing')).toBe(false);
    expect(consent.needsDecision()).toBe(true);
  });
});
