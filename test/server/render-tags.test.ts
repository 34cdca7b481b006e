import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../src';
import { isTagAllowed, readConsent, renderTags, type ConsentTag } from '../../src/server';
import { clinicConfig } from '../helpers/configs';

const now = Date.UTC(2026, 11, 1);
const state = (categories: string[], services: string[] = []) =>
  readConsent(
    'consentry=' + encodeRecord({ version: 1, consentId: 'visitor-0001', decidedAt: now, updatedAt: now, revision: 1, method: 'custom', categories: ['essential', ...categories], services }),
    clinicConfig(),
    { now },
  );
const analytics: ConsentTag = { category: 'analytics', html: '<script src="/stats.js"></script>' };
const pixel: ConsentTag = { category: 'marketing', service: 'meta-pixel', html: '<script src="/pixel.js"></script>' };

describe('renderTags', () => {
  it('renders the tags of granted categories, in their order', () => {
    expect(renderTags(state(['analytics', 'marketing'], ['meta-pixel']), [analytics, pixel])).toBe(analytics.html + '\n' + pixel.html);
  });

  it('leaves out the tags of denied categories', () => {
    expect(renderTags(state(['marketing'], ['meta-pixel']), [analytics, pixel])).toBe(pixel.html);
  });

  it('leaves out a service\'s tag when only its category is granted', () => {
    expect(isTagAllowed(state(['marketing']), pixel)).toBe(false);
  });

  it('renders nothing before a decision in opt-in mode', () => {
    expect(renderTags(readConsent(undefined, clinicConfig(), { now }), [analytics, pixel])).toBe('');
  });

  it('throws for an id the config lacks, so a misspelt tag shows on the first request', () => {
    expect(() => renderTags(state([]), [{ category: 'analytcs', html: '' }])).toThrow(TypeError);
    expect(() => renderTags(state([]), [{ category: 'marketing', service: 'pixel', html: '' }])).toThrow(TypeError);
  });

  it('does not take inherited properties for ids', () => {
    expect(() => isTagAllowed(state([]), { category: 'constructor', html: '' })).toThrow(TypeError);
  });
});
