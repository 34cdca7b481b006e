// @vitest-environment jsdom
// @vitest-environment-options { "url": "http://www.clinic.test/" }
import { afterEach, describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src';
import { microsoftClarity, type ClarityWindow } from '../../src/integrations/microsoft-clarity';
import { config, decidedOn, page } from './setup';

type Value = 'granted' | 'denied';
const consentv2 = (ad_Storage: Value, analytics_Storage: Value) => ['consentv2', { ad_Storage, analytics_Storage }];
const DENIED = consentv2('denied', 'denied');

const cookieNames = () => document.cookie.split(/; */).filter(Boolean).map((pair) => pair.split('=')[0]!);
// As Clarity sets them: on the site's registrable domain, path /.
const setClarityCookies = () => {
  document.cookie = '_clck=abc%7C2; path=/; domain=clinic.test';
  document.cookie = '_clsk=def%7C1; path=/';
};

afterEach(() => {
  for (const name of cookieNames()) for (const d of ['', ';domain=clinic.test']) document.cookie = `${name}=;max-age=0;path=/${d}`;
});

function start(storage = memoryStorage(), options: Parameters<typeof microsoftClarity>[1] = {}, win: ClarityWindow = { document }) {
  const consent = page(storage);
  const off = microsoftClarity(consent, { window: win, ...options });
  const calls = () => (win.clarity!.q ?? []).map((args) => Array.from(args as ArrayLike<unknown>));
  return { consent, win, off, calls };
}

describe('Microsoft Clarity consent API v2 (R-INT-13)', () => {
  it('sends both types denied on a first visit, before any decision', () => {
    expect(start().calls()).toEqual([DENIED]);
  });

  it('sends the stored decision on every page, mapping analytics and marketing', () => {
    const storage = decidedOn({ analytics: true });
    expect(start(storage).calls()).toEqual([consentv2('denied', 'granted')]);
    expect(start(storage).calls()).toEqual([consentv2('denied', 'granted')]);
  });

  it('sends marketing as ad_Storage', () => {
    expect(start(decidedOn('accept-all')).calls()).toEqual([consentv2('granted', 'granted')]);
  });

  it('sends an update synchronously inside the change that grants analytics', () => {
    const { consent, calls } = start();
    consent.save({ analytics: true });
    expect(calls()).toEqual([DENIED, consentv2('denied', 'granted')]);
  });

  it('sends the denied state again when the visitor rejects all on a fresh page', () => {
    const { consent, calls } = start();
    consent.rejectAll();
    expect(calls()).toEqual([DENIED, DENIED]);
  });

  it("defines Clarity's queue stub, pushing arguments objects, for the Clarity tag to take over", () => {
    const { win } = start();
    expect(Object.prototype.toString.call(win.clarity!.q![0])).toBe('[object Arguments]');
  });

  it('calls a Clarity tag that has already loaded directly', () => {
    const seen: unknown[][] = [];
    const { consent } = start(undefined, {}, { clarity: (...args: unknown[]) => void seen.push(args), document });
    consent.save({ marketing: true });
    expect(seen).toEqual([DENIED, consentv2('granted', 'denied')]);
  });

  it('lets the options map other categories or services, any granted one granting the type', () => {
    const { consent, calls } = start(undefined, { analyticsStorage: ['functional', 'analytics'], adStorage: ['google-ads'] });
    consent.save({ functional: true, 'meta-pixel': true });
    expect(calls().at(-1)).toEqual(consentv2('denied', 'granted'));
  });

  it('keeps ad_Storage denied with an empty list, for a site without a marketing category', () => {
    const extra = { categories: config().categories.filter((c) => c.id != 'marketing') };
    const win: ClarityWindow = {};
    microsoftClarity(page(decidedOn('accept-all', extra), extra), { adStorage: [], window: win });
    expect(Array.from(win.clarity!.q![0] as ArrayLike<unknown>)).toEqual(consentv2('denied', 'granted'));
  });

  it('stops following changes once off() is called', () => {
    const { consent, off, calls } = start();
    off();
    consent.acceptAll();
    expect(calls()).toEqual([DENIED]);
  });
});

describe("Clarity's cookies", () => {
  it('deletes _clck and _clsk on withdrawal, after the denied consentv2 and before clean-up deferred to a microtask (R-INT-11)', async () => {
    const consent = page(decidedOn({ analytics: true }));
    const log: string[] = [];
    // Registered first, as the gate is: it defers its cookie clean-up to a microtask.
    consent.on('change', () => queueMicrotask(() => log.push('cookie clean-up')));
    const clarity = (name: unknown, values: { analytics_Storage: string }) =>
      log.push(`${name} ${values.analytics_Storage} with ${cookieNames().filter((n) => n.startsWith('_cl')).join(' ') || 'no cookies'}`);
    microsoftClarity(consent, { window: { clarity: clarity as never, document } });
    setClarityCookies();
    log.length = 0;
    consent.save({ analytics: false });
    log.push(`then ${cookieNames().filter((n) => n.startsWith('_cl')).join(' ') || 'no cookies'}`);
    await Promise.resolve();
    expect(log).toEqual(['consentv2 denied with _clck _clsk', 'then no cookies', 'cookie clean-up']);
  });

  it('deletes cookies left from a decision that has since lapsed, on a page where analytics is denied', () => {
    setClarityCookies();
    start();
    expect(cookieNames()).not.toContain('_clck');
    expect(cookieNames()).not.toContain('_clsk');
  });

  it('keeps them while analytics is granted', () => {
    setClarityCookies();
    const { consent } = start(decidedOn({ analytics: true }));
    consent.save({ analytics: true, marketing: false, functional: true });
    expect(cookieNames()).toEqual(expect.arrayContaining(['_clck', '_clsk']));
  });

  it("leaves the site's other cookies alone", () => {
    document.cookie = 'session=1; path=/';
    setClarityCookies();
    start();
    expect(cookieNames()).toEqual(['session']);
  });
});

describe('options', () => {
  const fails = (options: object, message: RegExp | Error) => () =>
    expect(() => microsoftClarity(page(), { window: {}, ...options } as never)).toThrow(message);

  it(
    'rejects an id the config does not know, naming it and the known ids',
    fails(
      { analyticsStorage: ['statistics'] },
      new TypeError(
        'consentry microsoftClarity: analyticsStorage[0]: expected a category or service id of the config (one of: essential, functional, analytics, marketing, meta-pixel, google-ads), received "statistics"',
      ),
    ),
  );

  it('rejects the default ad_Storage id on a config without it, naming adStorage', () => {
    const extra = { categories: config().categories.filter((c) => c.id != 'marketing') };
    expect(() => microsoftClarity(page(undefined, extra), { window: {} })).toThrow(/microsoftClarity: adStorage\[0\]: expected a category or service id of the config \(one of: essential, functional, analytics\), received "marketing"/);
  });

  it('rejects a list that is not one', fails({ adStorage: { marketing: true } }, /microsoftClarity: adStorage: expected a list of category or service ids/));
  it('rejects an unknown option, naming it', fails({ analytics_Storage: ['analytics'] }, /microsoftClarity: analytics_Storage: expected one of: analyticsStorage, adStorage, window/));
});
