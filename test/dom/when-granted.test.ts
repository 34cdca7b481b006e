// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { whenGranted } from '../../src/core/gate';
import { fakeConsent } from '../helpers/fake-consent';

describe('whenGranted()', () => {
  it('runs at once when the category is already granted', () => {
    const fn = vi.fn();
    whenGranted(fakeConsent(undefined, { analytics: true }), 'analytics', fn);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs once on a later grant and never again after further changes', () => {
    const consent = fakeConsent();
    const fn = vi.fn();
    whenGranted(consent, 'analytics', fn);
    expect(fn).not.toHaveBeenCalled();
    consent.set({ analytics: true });
    consent.set({ analytics: false });
    consent.set({ analytics: true });
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('waits for a service id as well as a category id', () => {
    const consent = fakeConsent();
    const fn = vi.fn();
    whenGranted(consent, 'youtube', fn);
    consent.set({ marketing: true, youtube: false });
    expect(fn).not.toHaveBeenCalled();
    consent.set({ youtube: true });
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    const consent = fakeConsent();
    const fn = vi.fn();
    whenGranted(consent, 'analytics', fn)();
    consent.set({ analytics: true });
    expect(fn).not.toHaveBeenCalled();
  });

  it('throws a TypeError naming every known id for an id the config lacks', () => {
    expect(() => whenGranted(fakeConsent(), 'anlytics', () => {})).toThrow(
      new TypeError('consentry: unknown category or service "anlytics" in whenGranted(); known: essential, analytics, marketing, youtube, meta-pixel'),
    );
  });

  it('stops listening after it ran', () => {
    const consent = fakeConsent(undefined, { analytics: true });
    const off = vi.fn();
    const subscribe = consent.subscribe.bind(consent);
    consent.subscribe = (l) => {
      const o = subscribe(l);
      return () => (off(), o());
    };
    whenGranted(consent, 'analytics', () => {});
    expect(off).toHaveBeenCalledTimes(1);
  });
});
