import { describe, expect, it } from 'vitest';
import { validateConfig, type ConsentConfig } from '../../src';
import { diagnoseConfigText } from '../../src/check';
import { adsWithoutGpc } from '../../src/check/rules/ads-without-gpc';
import { incompleteLanguages } from '../../src/check/rules/incomplete-languages';
import { sessionReplay } from '../../src/check/rules/session-replay';
import { trackingCookieRequired } from '../../src/check/rules/tracking-cookie-required';
import { clinicConfig } from '../helpers/configs';

const resolved = (config: unknown) => {
  const result = validateConfig(config);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
};
const paths = (rule: { check: (c: never) => { path: string }[] }, config: unknown) => rule.check(resolved(config) as never).map((f) => f.path);
const essential = (extra: object) => ({ id: 'essential', required: true, title: 'Essential', description: 'Needed.', ...extra });
const withCategories = (...categories: object[]): ConsentConfig => clinicConfig({ categories: categories as never });

describe('tracking-cookie-required', () => {
  it.each(['_ga', '_ga_ABC123', '_gid', '_gcl_au', '_fbp', '_uetsid', '_clck', '_hjSessionUser_1'])('flags %s declared under the required category', (name) => {
    expect(paths(trackingCookieRequired, withCategories(essential({ cookies: [{ name }] })))).toEqual(['categories[0].cookies[0]']);
  });

  it('flags a pattern that covers Google Analytics cookies, naming the vendor', () => {
    const [f] = trackingCookieRequired.check(resolved(withCategories(essential({ cookies: [{ pattern: '^_ga' }] }))));
    expect(f!.message).toMatch(/^pattern "\^_ga" covers Google Analytics cookies, declared under the required category "essential"/);
  });

  it('flags a tracking cookie of a service in the required category', () => {
    const config = withCategories(essential({ services: [{ id: 'meta', title: 'Meta', cookies: [{ name: '_fbp' }] }] }));
    expect(paths(trackingCookieRequired, config)).toEqual(['categories[0].services[0].cookies[0]']);
  });

  it('leaves the same cookie under an optional category alone', () => {
    expect(paths(trackingCookieRequired, withCategories(essential({}), { id: 'analytics', title: 'A', description: 'B', cookies: [{ name: '_ga' }] }))).toEqual([]);
  });

  it('leaves the site\'s own essential cookies alone', () => {
    expect(paths(trackingCookieRequired, withCategories(essential({ cookies: [{ name: 'consentry' }, { name: 'PHPSESSID' }, { pattern: '^wp_' }] })))).toEqual([]);
  });
});

describe('ads-without-gpc', () => {
  it('flags a category mapped to ad types that does not honour GPC', () => {
    const config = withCategories(essential({}), { id: 'ads', title: 'Ads', description: 'Ads.', googleConsentMode: ['ad_storage', 'ad_user_data'] });
    expect(adsWithoutGpc.check(resolved(config))).toEqual([
      { path: 'categories[1].googleConsentMode', message: 'stands for ad_storage, ad_user_data but browsers sending Global Privacy Control still get it: add "gpc": true so they are opted out of ads' },
    ]);
  });

  it('flags "marketing", mapped to ad types by its id, once another category took the GPC flag', () => {
    const config = withCategories(essential({}), { id: 'analytics', title: 'A', description: 'B', gpc: true }, { id: 'marketing', title: 'M', description: 'M' });
    expect(paths(adsWithoutGpc, config)).toEqual(['categories[2]']);
  });

  it('leaves "marketing" alone while it has GPC by default', () => {
    expect(paths(adsWithoutGpc, withCategories(essential({}), { id: 'marketing', title: 'M', description: 'M' }))).toEqual([]);
  });

  it('leaves a category mapped to analytics types alone', () => {
    expect(paths(adsWithoutGpc, withCategories(essential({}), { id: 'stats', title: 'S', description: 'S', googleConsentMode: ['analytics_storage'] }))).toEqual([]);
  });
});

describe('session-replay', () => {
  it.each([
    ['hotjar', 'Hotjar'],
    ['clarity', 'Microsoft Clarity'],
    ['fs', 'FullStory'],
    ['logrocket', 'LogRocket'],
    ['mf', 'Mouseflow'],
  ])('flags the service %s titled %s', (id, title) => {
    const config = withCategories(essential({}), { id: 'analytics', title: 'A', description: 'B', services: [{ id, title }] });
    expect(sessionReplay.check(resolved(config))).toEqual([{ path: 'categories[1].services[0]', message: expect.stringMatching(new RegExp(`^${title} records sessions`)) }]);
  });

  it('flags a vendor by its cookies when the config names it otherwise', () => {
    const config = withCategories(essential({}), { id: 'analytics', title: 'A', description: 'B', services: [{ id: 'heatmaps', title: 'Heatmaps', cookies: [{ pattern: '^_hj' }] }] });
    expect(paths(sessionReplay, config)).toEqual(['categories[1].services[0]']);
  });

  it('flags a vendor named in another language\'s title', () => {
    const config = withCategories(essential({}), { id: 'analyse', title: { en: 'Analysis', de: 'Analyse mit Hotjar' }, description: 'B' });
    expect(paths(sessionReplay, config)).toEqual(['categories[1]']);
  });

  it('leaves analytics without session replay alone', () => {
    expect(paths(sessionReplay, withCategories(essential({}), { id: 'analytics', title: 'A', description: 'B', services: [{ id: 'matomo', title: 'Matomo' }] }))).toEqual([]);
  });
});

describe('incomplete-languages', () => {
  it('flags a text missing one of the config\'s languages, naming it', () => {
    const config = withCategories(essential({ title: { en: 'Essential', de: 'Notwendig' } }), { id: 'analytics', title: { en: 'Analytics' }, description: 'B' });
    expect(incompleteLanguages.check(resolved(config))).toEqual([
      { path: 'categories[1].title', message: 'has no text in de (it has en): visitors reading de see the en text' },
    ]);
  });

  it('counts the languages of "texts" as the config\'s languages', () => {
    const config = { ...withCategories(essential({ title: { en: 'Essential', fr: 'Essentiels' } })), texts: { it: { acceptAll: 'Accetta tutto' } } };
    expect(paths(incompleteLanguages, config)).toEqual(['categories[0].title']);
  });

  it('takes a "pt" text as serving "pt-BR" visitors', () => {
    const config = withCategories(essential({ title: { en: 'Essential', pt: 'Essenciais' }, description: { en: 'Needed.', 'pt-BR': 'Necessários.', pt: 'Necessários.' } }));
    expect(paths(incompleteLanguages, config)).toEqual([]);
  });

  it("flags a separate category's recipients missing one of the languages", () => {
    const health = { id: 'health', separate: true, title: { en: 'Health', de: 'Gesundheit' }, description: 'B', recipients: { en: 'Our clinic' } };
    expect(paths(incompleteLanguages, withCategories(essential({}), health))).toEqual(['categories[1].recipients']);
  });

  it('leaves plain strings alone: they read the same in every language', () => {
    const config = withCategories(essential({ title: { en: 'Essential', de: 'Notwendig' } }), { id: 'analytics', title: 'Google Analytics', description: 'B' });
    expect(paths(incompleteLanguages, config)).toEqual([]);
  });
});

describe('implied-consent, from the UI validator', () => {
  it.each([
    ['en', 'If you continue to browse this website, we assume you agree to cookies.'],
    ['fr', 'En continuant à naviguer, vous acceptez les cookies.'],
    ['pl', 'Dalsze korzystanie ze strony oznacza zgodę na cookies.'],
  ])('is an error with its own code in %s', (lang, text) => {
    const config = { ...clinicConfig(), texts: { [lang]: { bannerChoices: text } } };
    expect(diagnoseConfigText(JSON.stringify(config, null, 2)).map((d) => [d.severity, d.code, d.path])).toEqual([['error', 'implied-consent', `texts.${lang}.bannerChoices`]]);
  });
});
