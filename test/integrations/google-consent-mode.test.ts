import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src';
import { googleConsentMode, type GtagWindow } from '../../src/integrations/google-consent-mode';
import { config, consentCommands, decidedOn, entries, page } from './setup';

const DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'denied',
};
const SEVEN = Object.keys(DENIED).sort();
const updates = (win: GtagWindow) => consentCommands(win.dataLayer).filter(([action]) => action == 'update').map(([, values]) => values);

function start(storage = memoryStorage(), options: Parameters<typeof googleConsentMode>[1] = {}) {
  const consent = page(storage);
  const win: GtagWindow = {};
  const off = googleConsentMode(consent, { window: win, ...options });
  return { consent, win, off };
}

describe('on start', () => {
  it('pushes consent default first: every type denied but security_storage, waiting 500 ms (R-INT-1)', () => {
    const { win } = start();
    expect(entries(win.dataLayer)[0]).toEqual(['consent', 'default', { ...DENIED, security_storage: 'granted', wait_for_update: 500 }]);
  });

  it('turns ads_data_redaction on and leaves url_passthrough off (R-INT-5)', () => {
    const { win } = start();
    expect(entries(win.dataLayer).filter((e) => Array.isArray(e) && e[0] == 'set')).toEqual([['set', 'ads_data_redaction', true]]);
  });

  it('turns url_passthrough on only when asked (R-INT-5)', () => {
    const { win } = start(undefined, { urlPassthrough: true });
    expect(entries(win.dataLayer)).toContainEqual(['set', 'url_passthrough', true]);
  });

  it('defines gtag as Google does, pushing arguments objects to dataLayer', () => {
    const { win } = start();
    win.gtag!('js', 0);
    expect(Object.prototype.toString.call(win.dataLayer!.at(-1))).toBe('[object Arguments]');
  });

  it('keeps the gtag and dataLayer the page already has', () => {
    const layer: unknown[] = [];
    const gtag = (...args: unknown[]) => void layer.push(['page', ...args]);
    googleConsentMode(page(), { window: { dataLayer: layer, gtag } });
    expect(layer[0]).toEqual(['page', 'consent', 'default', expect.any(Object)]);
  });

  it('puts the default before the config and event commands the page queues after it (R-INT-1)', () => {
    const { win } = start(decidedOn('accept-all'));
    win.gtag!('js', new Date());
    win.gtag!('config', 'G-TEST');
    const kinds = entries(win.dataLayer).map((e) => (Array.isArray(e) ? e.slice(0, 2).join(' ') : 'event'));
    expect(kinds.indexOf('consent default')).toBe(0);
    expect(kinds.indexOf('consent default')).toBeLessThan(kinds.findIndex((k) => k.startsWith('config')));
  });

  it('sends no update on a page without a stored decision (R-INT-1)', () => {
    expect(updates(start().win)).toEqual([]);
  });

  it('sends exactly one update on a page with a stored decision (R-INT-1)', () => {
    expect(updates(start(decidedOn({ analytics: true })).win)).toHaveLength(1);
  });

  it('passes the region list with the default (R-INT-4)', () => {
    const { win } = start(undefined, { region: ['DE', 'US-CA'] });
    expect(consentCommands(win.dataLayer)[0]![1]).toMatchObject({ region: ['DE', 'US-CA'] });
  });

  it('does nothing where there is no window, as on a server', () => {
    googleConsentMode(page());
    expect('dataLayer' in globalThis).toBe(false);
  });
});

describe('mapping (R-INT-2)', () => {
  const combos = [0, 1, 2, 3, 4, 5, 6, 7].map((bits) => ({ functional: !!(bits & 1), analytics: !!(bits & 2), marketing: !!(bits & 4) }));
  const expected = (c: (typeof combos)[number]) => ({
    ...DENIED,
    security_storage: 'granted',
    ...(c.functional && { functionality_storage: 'granted', personalization_storage: 'granted' }),
    ...(c.analytics && { analytics_storage: 'granted' }),
    ...(c.marketing && { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }),
  });

  it.each(combos)('maps functional=$functional analytics=$analytics marketing=$marketing to its consent types', (choice) => {
    expect(updates(start(decidedOn(choice)).win)).toEqual([expected(choice)]);
  });

  it('sends all seven consent types in every update', () => {
    const { consent, win } = start(decidedOn({ analytics: true }));
    consent.save({ marketing: true });
    consent.save({ analytics: false });
    expect(updates(win).map((values) => Object.keys(values as object).sort())).toEqual([SEVEN, SEVEN, SEVEN]);
  });

  it("uses a category's googleConsentMode from the config instead of the default", () => {
    const extra = { categories: config().categories.map((c) => (c.id == 'analytics' ? { ...c, googleConsentMode: ['ad_storage' as const] } : c)) };
    const win: GtagWindow = {};
    googleConsentMode(page(decidedOn({ analytics: true }, extra), extra), { window: win });
    expect(updates(win)[0]).toMatchObject({ ad_storage: 'granted', analytics_storage: 'denied' });
  });

  it('lets the mapping option give a service its own consent types', () => {
    const { win } = start(decidedOn({ 'meta-pixel': true }), { mapping: { marketing: [], 'google-ads': ['ad_storage', 'ad_user_data'] } });
    expect(updates(win)[0]).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied' });
  });

  it('grants a service-mapped type once that service is granted', () => {
    const { consent, win } = start(undefined, { mapping: { marketing: [], 'google-ads': ['ad_storage'] } });
    consent.save({ 'google-ads': true });
    expect(updates(win)).toEqual([{ ...DENIED, security_storage: 'granted', ad_storage: 'granted' }]);
  });
});

describe('after a choice', () => {
  it('sends one update when the visitor grants a category', () => {
    const { consent, win } = start();
    consent.save({ analytics: true });
    expect(updates(win)).toEqual([{ ...DENIED, security_storage: 'granted', analytics_storage: 'granted' }]);
  });

  it('sends one all-denied update when the visitor rejects all on a fresh page', () => {
    const { consent, win } = start();
    consent.rejectAll();
    expect(updates(win)).toEqual([{ ...DENIED, security_storage: 'granted' }]);
  });

  it('sends the denied update synchronously inside the change event, before clean-up deferred to a microtask (R-INT-11)', async () => {
    const storage = decidedOn({ analytics: true });
    const consent = page(storage);
    const log: string[] = [];
    // Registered first, as the gate is: it defers its cookie clean-up to a microtask.
    consent.on('change', () => queueMicrotask(() => log.push('cookie clean-up')));
    const win: GtagWindow = { dataLayer: [] };
    win.dataLayer!.push = (...items: unknown[]) => log.push(...items.map((e) => JSON.stringify(Array.from(e as ArrayLike<unknown>).slice(0, 2))));
    win.gtag = function () {
      win.dataLayer!.push(arguments);
    };
    googleConsentMode(consent, { window: win });
    log.length = 0;
    consent.save({ analytics: false });
    expect(log).toEqual(['["consent","update"]', '[]']);
    await Promise.resolve();
    expect(log.at(-1)).toBe('cookie clean-up');
  });

  it('pushes consentry_change with what is granted, for tag manager triggers (R-INT-6)', () => {
    const { consent, win } = start();
    consent.save({ analytics: true });
    expect(entries(win.dataLayer).at(-1)).toEqual({
      event: 'consentry_change',
      consentry: {
        decided: true,
        categories: { essential: true, functional: false, analytics: true, marketing: false },
        services: { 'meta-pixel': false, 'google-ads': false },
      },
    });
  });

  it('pushes consentry_change on a page with a stored decision, after its update', () => {
    const { win } = start(decidedOn('accept-all'));
    expect(entries(win.dataLayer).slice(-2).map((e) => (Array.isArray(e) ? e[1] : (e as { event: string }).event))).toEqual(['update', 'consentry_change']);
  });

  it('sends neither a consent id nor the Global Privacy Control flag to Google (R-US-7)', () => {
    const { consent, win } = start();
    consent.acceptAll();
    const event = entries(win.dataLayer).at(-1) as { consentry: object };
    expect(Object.keys(event.consentry).sort()).toEqual(['categories', 'decided', 'services']);
    expect(JSON.stringify(win.dataLayer)).not.toContain(consent.getState().record!.consentId);
  });

  it('stops sending updates once off() is called', () => {
    const { consent, win, off } = start();
    off();
    consent.acceptAll();
    expect(updates(win)).toEqual([]);
  });
});

describe('options', () => {
  const fails = (options: object, message: RegExp) => () =>
    expect(() => googleConsentMode(page(), { window: {}, ...options } as never)).toThrow(message);

  it('rejects an unknown option, naming it', fails({ waitForUpdates: 500 }, /googleConsentMode: waitForUpdates: expected one of/));
  it('rejects a mapping to an unknown consent type, naming the id', fails({ mapping: { analytics: ['analytic_storage'] } }, /mapping\.analytics: expected a list of Google consent types/));
  it('rejects a mapping for an id the config does not know', fails({ mapping: { stats: ['analytics_storage'] } }, /mapping: expected a category or service id of the config \(one of: essential, functional, analytics, marketing, meta-pixel, google-ads\), received "stats"/));
  it('rejects advanced mode without a region list, a legal decision (R-INT-3)', fails({ mode: 'advanced' }, /region: expected a region list with mode "advanced"/));
  it('rejects a region that is not an ISO 3166-2 code', fails({ region: ['de'] }, /region: expected a list of ISO 3166-2 codes/));
  it('rejects a negative wait_for_update', fails({ waitForUpdate: -1 }, /waitForUpdate: expected milliseconds/));
});
