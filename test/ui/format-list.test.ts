import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatList } from '../../src/ui/format-list';

// The banner's short form of the optional purposes (R-GDPR-11): their titles as one phrase.
describe('the short list of purposes', () => {
  it('joins three titles as English does', () => {
    expect(formatList(['Analytics', 'Marketing', 'External media'], 'en')).toBe('Analytics, Marketing, and External media');
  });

  it('follows the regional convention of the language tag', () => {
    expect(formatList(['Analytics', 'Marketing', 'External media'], 'en-GB')).toBe('Analytics, Marketing and External media');
  });

  it('joins two titles with "and" alone', () => {
    expect(formatList(['Analytics', 'Marketing'], 'en')).toBe('Analytics and Marketing');
  });

  it('is the title itself for one', () => {
    expect(formatList(['Analytics'], 'en')).toBe('Analytics');
  });

  it('uses the conjunction of each built-in language', () => {
    const list = (lang: string) => formatList(['A', 'B', 'C'], lang);
    expect(['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl'].map(list)).toEqual(['A, B und C', 'A, B et C', 'A, B y C', 'A, B e C', 'A, B en C', 'A, B e C', 'A, B i C']);
  });
});

// The built-in languages skip Intl.ListFormat (slow on its first use in a page) but must say the same.
describe('the short list of purposes in a built-in language', () => {
  const word = fc.oneof(
    fc.constantFrom('Analytics', 'Información', 'hielo', 'Hidratación', 'hiato', 'Ícono', 'i', 'HI', 'Medios externos', 'Ünterhaltung'),
    fc.string({ maxLength: 12 }),
  );

  it.each(['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt'])('is what Intl.ListFormat gives for %s, for any titles', (lang) => {
    const intl = new Intl.ListFormat(lang, { type: 'conjunction' });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (titles) => {
        expect(formatList(titles, lang)).toBe(intl.format(titles));
      }),
      { numRuns: 500 },
    );
  });

  it('uses Intl.ListFormat for any other language', () => {
    expect(formatList(['A', 'B', 'C'], 'sv')).toBe(new Intl.ListFormat('sv', { type: 'conjunction' }).format(['A', 'B', 'C']));
  });
});
