import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/core/validate';
import { configLanguages } from '../../src/editor/config-languages';

const resolved = (json: Record<string, unknown>) => {
  const result = validateConfig({ links: { cookiePolicy: '/c', privacyPolicy: '/p' }, ...json });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
};
const essential = { id: 'essential', required: true, title: 'Essential', description: '' };

describe('configLanguages', () => {
  it('is the default language alone for a config of plain strings', () => {
    expect(configLanguages(resolved({ categories: [essential] }))).toEqual(['en']);
  });

  it('lists the default language first, then language, texts and per-language texts and cookie details', () => {
    const config = resolved({
      defaultLanguage: 'de',
      language: 'fr',
      texts: { it: { acceptAll: 'Accetta tutti' } },
      categories: [
        { ...essential, title: { de: 'Notwendig', en: 'Essential' } },
        {
          id: 'analytics',
          title: 'Statistik',
          description: '',
          cookies: [{ name: '_pk_id', purpose: { de: 'Zählt Besuche', nl: 'Telt bezoeken' } }],
        },
      ],
    });
    expect(configLanguages(config)).toEqual(['de', 'fr', 'it', 'en', 'nl']);
  });

  it('names each language once, whatever its spelling', () => {
    const config = resolved({ texts: { 'pt-BR': {}, 'pt-br': {} }, categories: [{ ...essential, title: { en: 'Essential', 'PT-BR': 'Essencial' } }] });
    expect(configLanguages(config)).toEqual(['en', 'pt-BR']);
  });
});
