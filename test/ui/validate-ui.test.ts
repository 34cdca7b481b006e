import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateUiConfig } from '../../src/ui';
import { invalidUiFixtures } from './fixtures';

describe('validateUiConfig', () => {
  it.each(invalidUiFixtures())('reports exactly the paths of $file ($description)', ({ config, paths }) => {
    expect(validateUiConfig(config as never).map((i) => i.path)).toEqual(paths);
  });

  it('accepts texts that keep their placeholders', () => {
    expect(validateUiConfig({ texts: { de: { rejectAll: 'Nur notwendige', bannerText: 'Wir nutzen Cookies für {purposes}.' } } })).toEqual([]);
  });

  it('asks for {purposes} in a banner text, so the banner keeps naming the optional purposes (R-GDPR-11)', () => {
    expect(validateUiConfig({ texts: { de: { bannerText: 'Wir verwenden Cookies.' } } })[0]!.message).toBe(
      'expected a text containing {purposes}, received "Wir verwenden Cookies."',
    );
  });

  it('refuses copy that treats using the site as consent (R-GDPR-10)', () => {
    expect(validateUiConfig({ texts: { en: { bannerText: 'By using our site, you consent to cookies' } } }).map((i) => i.path)).toEqual([
      'texts.en.bannerText',
    ]);
  });

  const IMPLIED: [string, string][] = [
    ['en', 'If you continue to browse this website, we assume you agree to cookies.'],
    ['en', 'Continued use of this site constitutes acceptance of our cookie policy.'],
    ['de', 'Durch die weitere Nutzung dieser Website stimmen Sie der Verwendung von Cookies zu.'],
    ['de', 'Wenn Sie weitersurfen, erklären Sie sich mit Cookies einverstanden.'],
    ['fr', 'En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies.'],
    ['es', 'Si continúa navegando, consideramos que acepta su uso.'],
    ['it', 'Proseguendo la navigazione si acconsente all’uso dei cookie.'],
    ['nl', 'Door gebruik te maken van deze website ga je akkoord met het gebruik van cookies.'],
    ['pt', 'Ao continuar a navegar, você concorda com o uso de cookies.'],
    ['pl', 'Korzystając z tej strony, zgadzasz się na użycie plików cookie.'],
  ];
  it.each(IMPLIED)('refuses implied-consent copy in %s: %s (R-GDPR-10)', (lang, text) => {
    expect(validateUiConfig({ texts: { [lang]: { bannerChoices: text } } }).map((i) => i.path)).toEqual([`texts.${lang}.bannerChoices`]);
  });

  const ASKING = [
    'Change or withdraw consent at any time in “Cookie settings”.',
    'We use cookies and similar technologies to run this site and, if you agree, for {purposes}.',
    'You can withdraw your consent by using the link “Cookie settings” at the bottom of every page.',
    'Wir verwenden Cookies nur mit Ihrer Einwilligung.',
  ];
  it.each(ASKING)('accepts copy that asks for consent: %s', (text) => {
    expect(validateUiConfig({ texts: { en: { bannerChoices: text } } })).toEqual([]);
  });

  // Each character upper or lower case, as the generated flags say: "KORZYSTAJĄC", "by UsInG", "ÉN POURSUIVANT".
  const anyCase = (text: string) => fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }).map((up) => [...text].map((c, i) => (up[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

  it('refuses implied-consent copy in any mix of upper and lower case (R-GDPR-10)', () => {
    for (const [lang, text] of IMPLIED)
      fc.assert(
        fc.property(anyCase(text), (cased) => {
          expect(validateUiConfig({ texts: { [lang]: { bannerChoices: cased } } }).map((i) => i.path)).toEqual([`texts.${lang}.bannerChoices`]);
        }),
        { numRuns: 50 },
      );
  });

  it('accepts copy that asks for consent in any mix of upper and lower case', () => {
    for (const text of ASKING)
      fc.assert(
        fc.property(anyCase(text), (cased) => {
          expect(validateUiConfig({ texts: { en: { bannerChoices: cased } } })).toEqual([]);
        }),
        { numRuns: 50 },
      );
  });

  it('refuses implied-consent wording in a category description, per language', () => {
    const categories = [{ id: 'analytics', title: 'Statistik', description: { en: 'Statistics.', de: 'Mit der Nutzung der Website stimmen Sie der Statistik zu.' } }];
    expect(validateUiConfig({ categories }).map((i) => i.path)).toEqual(['categories[0].description.de']);
  });

  it('asks for every text of a language without built-in texts (R-GDPR-22)', () => {
    expect(validateUiConfig({ texts: { sv: { rejectAll: 'Avvisa alla' } } }).map((i) => i.path)).toContain('texts.sv.bannerTitle');
  });
});
