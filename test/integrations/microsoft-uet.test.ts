import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src';
import { microsoftUet, type UetWindow } from '../../src/integrations/microsoft-uet';
import { decidedOn, page } from './setup';

const DEFAULT = ['consent', 'default', { ad_storage: 'denied' }];
const update = (ad_storage: 'granted' | 'denied') => ['consent', 'update', { ad_storage }];

function start(storage = memoryStorage(), options: Parameters<typeof microsoftUet>[1] = {}, win: UetWindow = {}) {
  const consent = page(storage);
  const off = microsoftUet(consent, { window: win, ...options });
  // UET's queue is flat, as Microsoft's snippet pushes it: command name, action, values, next command.
  const queue = () => win.uetq as unknown[];
  return { consent, win, off, queue };
}

describe('Microsoft UET consent mode (R-INT-8)', () => {
  it('pushes ad_storage denied as the default on a page without a decision, and no update', () => {
    expect(start().queue()).toEqual(DEFAULT);
  });

  it("puts the default first, before the UET commands the site's snippet queued already (R-INT-11)", () => {
    const { queue } = start(undefined, {}, { uetq: ['pageLoad'] });
    expect(queue()).toEqual([...DEFAULT, 'pageLoad']);
  });

  it("sends no second default when Microsoft's default snippet already ran in <head>", () => {
    const { queue } = start(undefined, {}, { uetq: [...DEFAULT] });
    expect(queue()).toEqual(DEFAULT);
  });

  it('sends the stored grant as one update after the default, on every page (R-INT-11)', () => {
    const storage = decidedOn({ marketing: true });
    expect(start(storage).queue()).toEqual([...DEFAULT, ...update('granted')]);
    expect(start(storage).queue()).toEqual([...DEFAULT, ...update('granted')]);
  });

  it('sends a stored refusal as a denied update', () => {
    expect(start(decidedOn('reject-all')).queue()).toEqual([...DEFAULT, ...update('denied')]);
  });

  it('grants synchronously inside the change that grants marketing', () => {
    const { consent, queue } = start();
    consent.save({ marketing: true });
    expect(queue()).toEqual([...DEFAULT, ...update('granted')]);
  });

  it('sends one denied update when the visitor rejects all on a fresh page', () => {
    const { consent, queue } = start();
    consent.rejectAll();
    expect(queue()).toEqual([...DEFAULT, ...update('denied')]);
  });

  it('sends one update per change, even one that leaves ad_storage as it was', () => {
    const { consent, queue } = start(decidedOn({ marketing: true }));
    consent.save({ marketing: true, analytics: true });
    expect(queue()).toEqual([...DEFAULT, ...update('granted'), ...update('granted')]);
  });

  it('sends the denied update on withdrawal before clean-up deferred to a microtask (R-INT-11)', async () => {
    const consent = page(decidedOn({ marketing: true }));
    const log: string[] = [];
    // Registered first, as the gate is: it defers its cookie clean-up to a microtask.
    consent.on('change', () => queueMicrotask(() => log.push('cookie clean-up')));
    microsoftUet(consent, { window: { uetq: { push: (...args: unknown[]) => log.push(JSON.stringify(args)) } } });
    log.length = 0;
    consent.save({ marketing: false });
    await Promise.resolve();
    expect(log).toEqual([JSON.stringify(update('denied')), 'cookie clean-up']);
  });

  it('pushes to the queue object of a UET tag that has already loaded', () => {
    const pushed: unknown[][] = [];
    const { consent } = start(undefined, {}, { uetq: { push: (...args: unknown[]) => pushed.push(args) } });
    consent.save({ marketing: true });
    expect(pushed).toEqual([DEFAULT, update('granted')]);
  });

  it('grants ad_storage while any of the listed ids is granted', () => {
    const { consent, queue } = start(undefined, { adStorage: ['google-ads', 'meta-pixel'] });
    consent.save({ 'meta-pixel': true });
    expect(queue().slice(-3)).toEqual(update('granted'));
  });

  it('keeps ad_storage denied with an empty list', () => {
    expect(start(decidedOn('accept-all'), { adStorage: [] }).queue()).toEqual([...DEFAULT, ...update('denied')]);
  });

  it('sends the granted update on start in opt-out mode, before the visitor opts out', () => {
    const win: UetWindow = {};
    microsoftUet(page(undefined, { mode: 'opt-out' }), { window: win });
    expect(win.uetq).toEqual([...DEFAULT, ...update('granted')]);
  });

  it('stops following changes once off() is called', () => {
    const { consent, off, queue } = start();
    off();
    consent.acceptAll();
    expect(queue()).toEqual(DEFAULT);
  });

  it('does nothing where there is no window, as on a server', () => {
    microsoftUet(page());
    expect('uetq' in globalThis).toBe(false);
  });

  it('rejects an id the config does not know, naming it and the known ids', () => {
    expect(() => microsoftUet(page(), { adStorage: ['marketing', 'bing'], window: {} })).toThrow(
      new TypeError(
        'consentry microsoftUet: adStorage[1]: expected a category or service id of the config (one of: essential, functional, analytics, marketing, meta-pixel, google-ads), received "bing"',
      ),
    );
  });

  it('rejects a single id where a list belongs', () => {
    expect(() => microsoftUet(page(), { adStorage: 'marketing' as never, window: {} })).toThrow(/microsoftUet: adStorage: expected a list of category or service ids, received "marketing"/);
  });

  it('rejects an unknown option, naming it', () => {
    expect(() => microsoftUet(page(), { ad_storage: ['marketing'], window: {} } as never)).toThrow(/microsoftUet: ad_storage: expected one of: adStorage, window/);
  });
});
