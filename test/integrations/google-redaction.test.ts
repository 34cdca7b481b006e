// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://clinic.test/conditions/asthma?doctor=7#care", "referrer": "https://clinic.test/doctors/smith?q=asthma" }
// Google on protected pages (R-HEALTH): the page address it reads itself is replaced before its first page view.
import { afterEach, describe, expect, it } from 'vitest';
import { createConsent, memoryStorage, type Consent, type ConsentConfig } from '../../src';
import { googleConsentMode, type GtagWindow } from '../../src/integrations/google-consent-mode';
import { googleConsentModeBootstrap } from '../../src/integrations/google-consent-mode-bootstrap';
import { config, entries } from './setup';

const protectedConfig = (extra: Partial<ConsentConfig> = {}) =>
  config({ trackerFreePaths: ['/portal/*'], sensitivePaths: ['/conditions/*', '/doctors/*'], ...extra });
const sets = (win: GtagWindow) => entries(win.dataLayer).filter((e): e is unknown[] => Array.isArray(e) && e[0] == 'set' && typeof e[1] == 'object');
const kinds = (win: GtagWindow) => entries(win.dataLayer).map((e) => (Array.isArray(e) ? e.slice(0, 2).join(' ') : (e as { event: string }).event));

let consent: Consent | undefined;
const start = (path?: string, extra?: Partial<ConsentConfig>) =>
  (consent = createConsent(protectedConfig(extra), { storage: memoryStorage(), gate: false, gpc: false, path }));
afterEach(() => {
  consent?.destroy();
  History.prototype.replaceState.call(history, null, '', '/conditions/asthma?doctor=7#care');
});

describe('googleConsentMode on protected pages', () => {
  it('tells Google the origin and the redacted path and title on a sensitive page, no query', () => {
    const win: GtagWindow = {};
    googleConsentMode(start(), { window: win });
    expect(sets(win)).toEqual([['set', { page_location: 'https://clinic.test/redacted', page_title: 'Redacted page', page_referrer: 'https://clinic.test/redacted' }]]);
  });

  it('puts the page fields before the commands the site queued after the consent default', () => {
    const win: GtagWindow = {};
    win.dataLayer = [];
    new Function('w', googleConsentModeBootstrap(start().config).replace('(window)', '(w)'))(win);
    win.gtag!('js', new Date());
    win.gtag!('config', 'G-TEST');
    googleConsentMode(consent!, { window: win });
    expect(kinds(win).slice(0, 4)).toEqual(['consent default', 'set ads_data_redaction', 'set [object Object]', expect.stringMatching(/^js /)]);
  });

  it('takes the replacement path and title from the options', () => {
    const win: GtagWindow = {};
    googleConsentMode(start(), { window: win, redactedPath: '/health-topic', redactedTitle: 'Health topic' });
    expect(sets(win)[0]![1]).toMatchObject({ page_location: 'https://clinic.test/health-topic', page_title: 'Health topic' });
  });

  it('redacts the referrer alone on an ordinary page reached from a protected one', () => {
    const win: GtagWindow = {};
    googleConsentMode(start('/about'), { window: win });
    expect(sets(win)).toEqual([['set', { page_referrer: 'https://clinic.test/redacted' }]]);
  });

  it('tells Google nothing of the page where neither the page nor the referrer is protected', () => {
    const win: GtagWindow = {};
    googleConsentMode(start('/about', { sensitivePaths: [] }), { window: win });
    expect(sets(win)).toEqual([]);
  });

  it('tells Google the real page again when a single-page app moves on to an ordinary page', () => {
    const win: GtagWindow = {};
    googleConsentMode(start(), { window: win });
    history.pushState(null, '', '/about?x=1');
    expect(sets(win).at(-1)).toEqual(['set', { page_location: 'https://clinic.test/about?x=1', page_title: '' }]);
  });

  it('redacts again when a single-page app moves into a sensitive page', () => {
    History.prototype.replaceState.call(history, null, '', '/about');
    const win: GtagWindow = {};
    googleConsentMode(start(), { window: win });
    const before = sets(win).length;
    history.pushState(null, '', '/doctors/smith?q=asthma');
    expect(sets(win).slice(before)).toEqual([['set', expect.objectContaining({ page_location: 'https://clinic.test/redacted' })]]);
  });

  it('refuses a redacted path with a query, naming the option', () => {
    expect(() => googleConsentMode(start(), { window: {}, redactedPath: '/x?y' })).toThrow(/redactedPath/);
  });
});
