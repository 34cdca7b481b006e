import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src';
import { matomo, type PaqWindow } from '../../src/integrations/matomo';
import { decidedOn, page } from './setup';

function start(storage = memoryStorage(), options: Parameters<typeof matomo>[1] = {}, win: PaqWindow = {}) {
  const consent = page(storage);
  const off = matomo(consent, { window: win, ...options });
  const calls = () => (win._paq as unknown[][]).map((c) => c[0]);
  return { consent, win, off, calls };
}

describe('Matomo (R-INT-9)', () => {
  it("puts requireConsent first, before the site snippet's queued trackPageView", () => {
    const { calls } = start(undefined, {}, { _paq: [['trackPageView'], ['enableLinkTracking']] });
    expect(calls()).toEqual(['requireConsent', 'trackPageView', 'enableLinkTracking']);
  });

  it('requires cookie consent instead in cookie mode', () => {
    expect(start(undefined, { mode: 'cookie' }).calls()).toEqual(['requireCookieConsent']);
  });

  it('remembers consent on a page where analytics is stored as granted', () => {
    expect(start(decidedOn({ analytics: true })).calls()).toEqual(['requireConsent', 'rememberConsentGiven']);
  });

  it('remembers consent synchronously inside the change that grants analytics', () => {
    const { consent, calls } = start();
    consent.save({ analytics: true });
    expect(calls()).toEqual(['requireConsent', 'rememberConsentGiven']);
  });

  it('forgets consent on withdrawal before clean-up deferred to a microtask (R-INT-11)', async () => {
    const consent = page(decidedOn({ analytics: true }));
    const log: string[] = [];
    // Registered first, as the gate is: it defers its cookie clean-up to a microtask.
    consent.on('change', () => queueMicrotask(() => log.push('cookie clean-up')));
    matomo(consent, { window: { _paq: { push: (command) => log.push(String(command[0])) } } });
    log.length = 0;
    consent.save({ analytics: false });
    await Promise.resolve();
    expect(log).toEqual(['forgetConsentGiven', 'cookie clean-up']);
  });

  it('remembers and forgets cookie consent in cookie mode', () => {
    const { consent, calls } = start(undefined, { mode: 'cookie' });
    consent.save({ analytics: true });
    consent.save({ analytics: false });
    expect(calls()).toEqual(['requireCookieConsent', 'rememberCookieConsentGiven', 'forgetCookieConsentGiven']);
  });

  it("forgets a consent Matomo still remembers from a decision that no longer holds", () => {
    const { calls } = start(undefined, {}, { document: { cookie: 'a=1; mtm_consent=1700000000000' } });
    expect(calls()).toEqual(['requireConsent', 'forgetConsentGiven']);
  });

  it('pushes to the queue object of a Matomo that has already loaded', () => {
    const pushed: unknown[][] = [];
    const { consent } = start(undefined, {}, { _paq: { push: (command) => pushed.push(command) } });
    consent.save({ analytics: true });
    expect(pushed).toEqual([['requireConsent'], ['rememberConsentGiven']]);
  });

  it('follows a service id instead of the category when given', () => {
    const { consent, calls } = start(undefined, { id: 'meta-pixel' });
    consent.save({ analytics: true });
    expect(calls()).toEqual(['requireConsent']);
  });

  it('rejects an unknown mode, naming the option', () => {
    expect(() => matomo(page(), { mode: 'cookies' as 'cookie', window: {} })).toThrow(/matomo: mode: expected "tracking" or "cookie", received "cookies"/);
  });
});
