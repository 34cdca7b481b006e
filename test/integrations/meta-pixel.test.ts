import { describe, expect, it } from 'vitest';
import { createConsent, memoryStorage } from '../../src';
import { metaPixel, type FbqWindow } from '../../src/integrations/meta-pixel';
import { config, decidedOn, page } from './setup';

function start(storage = memoryStorage(), options: Parameters<typeof metaPixel>[1] = {}) {
  const consent = page(storage);
  const win: FbqWindow = {};
  const off = metaPixel(consent, { pixelId: '1234567890', window: win, ...options });
  const calls = () => win.fbq!.queue.map((args) => Array.from(args as ArrayLike<unknown>));
  return { consent, win, off, calls };
}

describe('Meta pixel (R-INT-7)', () => {
  it('revokes consent before init on a page without a decision', () => {
    expect(start().calls()).toEqual([
      ['consent', 'revoke'],
      ['init', '1234567890'],
    ]);
  });

  it('revokes before init, then grants, on a page where marketing is stored as granted', () => {
    expect(start(decidedOn({ marketing: true })).calls()).toEqual([
      ['consent', 'revoke'],
      ['init', '1234567890'],
      ['consent', 'grant'],
    ]);
  });

  it('does not grant while marketing is denied', () => {
    expect(start(decidedOn({ analytics: true })).calls()).not.toContainEqual(['consent', 'grant']);
  });

  it('grants synchronously inside the change that grants marketing', () => {
    const { consent, calls } = start();
    consent.save({ marketing: true });
    expect(calls().at(-1)).toEqual(['consent', 'grant']);
  });

  it('revokes on withdrawal before clean-up deferred to a microtask (R-INT-11)', async () => {
    const consent = page(decidedOn({ marketing: true }));
    const log: string[] = [];
    // Registered first, as the gate is: it defers its cookie clean-up to a microtask.
    consent.on('change', () => queueMicrotask(() => log.push('cookie clean-up')));
    const win: FbqWindow = {};
    metaPixel(consent, { window: win });
    win.fbq!.callMethod = (...args) => log.push(args.join(' '));
    consent.save({ marketing: false });
    await Promise.resolve();
    expect(log).toEqual(['consent revoke', 'cookie clean-up']);
  });

  it('sends nothing on a change that leaves marketing as it was', () => {
    const { consent, calls } = start(decidedOn({ marketing: true }));
    const before = calls().length;
    consent.save({ analytics: true });
    expect(calls()).toHaveLength(before);
  });

  it('follows a service id instead of the category when given', () => {
    const { consent, calls } = start(undefined, { id: 'meta-pixel' });
    consent.save({ 'google-ads': true });
    expect(calls()).not.toContainEqual(['consent', 'grant']);
    consent.save({ 'meta-pixel': true });
    expect(calls().at(-1)).toEqual(['consent', 'grant']);
  });

  it("defines Meta's queue stub, without loading fbevents.js, for fbevents.js to take over", () => {
    const { win } = start();
    const { loaded, version, push } = win.fbq!;
    expect({ loaded, version, push }).toEqual({ loaded: true, version: '2.0', push: win.fbq });
    expect(win._fbq).toBe(win.fbq);
  });

  it('calls fbevents.js directly once it has loaded', () => {
    const { consent, win } = start();
    const seen: unknown[][] = [];
    win.fbq!.callMethod = (...args) => void seen.push(args);
    consent.acceptAll();
    expect(seen).toEqual([['consent', 'grant']]);
  });

  it('stops following changes once off() is called', () => {
    const { consent, off, calls } = start();
    off();
    consent.acceptAll();
    expect(calls()).not.toContainEqual(['consent', 'grant']);
  });

  it('rejects an id the config does not know, naming the option', () => {
    expect(() => metaPixel(page(), { id: 'facebook', window: {} })).toThrow(/metaPixel: id: expected a category or service id of the config \(one of: essential, functional, analytics, marketing, meta-pixel, google-ads\), received "facebook"/);
  });

  it('rejects a pixel id that is not digits', () => {
    expect(() => metaPixel(page(), { pixelId: '12ab', window: {} })).toThrow(/metaPixel: pixelId: expected a pixel id of digits/);
  });
});

describe('Meta pixel on protected pages (R-HEALTH)', () => {
  const on = (path: string, storage = decidedOn({ marketing: true }, { sensitivePaths: ['/conditions/*'], trackerFreePaths: ['/portal/*'] })) => {
    const consent = createConsent(config({ sensitivePaths: ['/conditions/*'], trackerFreePaths: ['/portal/*'] }), { storage, gate: false, gpc: false, path });
    const win: FbqWindow = {};
    metaPixel(consent, { pixelId: '1234567890', window: win });
    return win.fbq!.queue.map((args) => Array.from(args as ArrayLike<unknown>));
  };

  it('turns automatic configuration off before init on a sensitive page, and inits without matching data', () => {
    expect(on('/conditions/asthma')).toEqual([
      ['consent', 'revoke'],
      ['set', 'autoConfig', false, '1234567890'],
      ['init', '1234567890'],
      ['consent', 'grant'],
    ]);
  });

  it('never grants on a tracker-free page, whatever was stored', () => {
    expect(on('/portal/inbox')).toEqual([
      ['consent', 'revoke'],
      ['set', 'autoConfig', false, '1234567890'],
      ['init', '1234567890'],
    ]);
  });

  it('leaves automatic configuration alone on other pages', () => {
    expect(on('/about')).not.toContainEqual(expect.arrayContaining(['autoConfig']));
  });
});
