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
