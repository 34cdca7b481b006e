// Every visitor-facing config text may come per language (issue #9).
import { describe, expect, it } from 'vitest';
import { localize, localizeConfig, validateConfig, type ConsentConfig } from '../../src';
import { clinicConfig } from '../helpers/configs';

const title = { en: 'Analytics', de: 'Statistik', 'fr-CA': 'Statistiques' };
const bilingual = (extra: Partial<ConsentConfig> = {}): ConsentConfig => ({
  ...clinicConfig(),
  categories: [
    { id: 'essential', required: true, title: { en: 'Essential', de: 'Notwendig' }, description: '' },
    {
      id: 'analytics',
      title,
      description: { en: 'Counts visits.', de: 'Zählt Besuche.' },
      cookies: [{ pattern: '^_pk_', purpose: { en: 'Statistics', de: 'Statistik' }, duration: { en: '13 months', de: '13 Monate' } }],
      services: [{ id: 'matomo', title: 'Matomo', description: { en: 'Self-hosted.', de: 'Selbst betrieben.' } }],
    },
  ],
  ...extra,
});
const resolved = (config: ConsentConfig) => {
  const result = validateConfig(config);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
};
const issues = (config: unknown) => {
  const result = validateConfig(config);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('localize', () => {
  it('returns a plain string as it is, in any language', () => {
    expect(localize('Analytics', 'de', 'en')).toBe('Analytics');
  });

  it('picks the text of the language', () => {
    expect(localize(title, 'de', 'en')).toBe('Statistik');
  });

  it('matches the language tag whatever its case', () => {
    expect(localize(title, 'FR-ca', 'en')).toBe('Statistiques');
  });

  it('falls back from a regional tag to its base language (de-AT to de)', () => {
    expect(localize(title, 'de-AT', 'en')).toBe('Statistik');
  });

  it('falls back to the default language for a language without a text', () => {
    expect(localize(title, 'sv', 'en')).toBe('Analytics');
    expect(localize({ en: 'Analytics', de: 'Statistik' }, 'sv', 'de')).toBe('Statistik');
  });
});

describe('localizeConfig', () => {
  it('gives every category, service and cookie text in one language', () => {
    const local = localizeConfig(resolved(bilingual()), 'de');
    const analytics = local.categories[1]!;
    expect([local.categories[0]!.title, analytics.title, analytics.description]).toEqual(['Notwendig', 'Statistik', 'Zählt Besuche.']);
    expect(analytics.services[0]!.description).toBe('Selbst betrieben.');
    expect([analytics.cookies[0]!.purpose, analytics.cookies[0]!.duration]).toEqual(['Statistik', '13 Monate']);
  });

  it("gives a separate category's recipients in one language", () => {
    const health = { id: 'health', separate: true, title: 'Health', description: '', recipients: { en: 'Our clinic', de: 'Unsere Klinik' } };
    const local = localizeConfig(resolved(bilingual({ categories: [...bilingual().categories, health] })), 'de');
    expect(local.categories[2]!.recipients).toBe('Unsere Klinik');
  });

  it('leaves ids, patterns and options as they are', () => {
    const local = localizeConfig(resolved(bilingual()), 'de');
    expect([local.categories[1]!.id, local.categories[1]!.cookies[0]!.pattern]).toEqual(['analytics', '^_pk_']);
  });
});

describe('validateConfig on per-language texts', () => {
  it('accepts a text per language wherever a visitor reads config text', () => {
    expect(issues(bilingual())).toEqual([]);
  });

  it('reports a per-language text without the default language, at its path', () => {
    const config = bilingual();
    (config.categories[1] as { title: unknown }).title = { de: 'Statistik' };
    expect(issues(config)).toEqual(['categories[1].title: expected a text for the default language "en", received only de']);
  });

  it('checks against the configured defaultLanguage', () => {
    expect(issues(bilingual({ defaultLanguage: 'de' }))).toEqual([]);
    const config = bilingual({ defaultLanguage: 'fr' });
    expect(issues(config).map((i) => i.split(':')[0])).toEqual([
      'categories[0].title',
      'categories[1].title',
      'categories[1].description',
      'categories[1].services[0].description',
      'categories[1].cookies[0].purpose',
      'categories[1].cookies[0].duration',
    ]);
  });

  it('reports a key that is no language tag, and an empty title in one language', () => {
    const config = bilingual();
    (config.categories[1] as { title: unknown }).title = { en: 'Analytics', deutsch: 'Statistik', fr: ' ' };
    expect(issues(config).map((i) => i.split(':')[0])).toEqual(['categories[1].title.deutsch', 'categories[1].title.fr']);
  });

  it('fills in "en" as the default language', () => {
    expect(resolved(clinicConfig()).defaultLanguage).toBe('en');
  });
});
