import Cookies from 'js-cookie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cookieValues } from '../../src/server/cookie-header';
import { arbitraryConfig, arbitraryStored } from '../helpers/arbitrary-config';

describe('cookieValues: the decision cookie in a Cookie header (RFC 6265)', () => {
  it('finds the cookie among others', () => {
    expect(cookieValues('_ga=GA1.2; consentry=abc; lang=de', 'consentry')).toEqual(['abc']);
  });

  it('gives every copy in the order sent, as a site with cookies on several domains sends them', () => {
    expect(cookieValues('consentry=a; x=1; consentry=b', 'consentry')).toEqual(['a', 'b']);
  });

  it('tolerates missing or extra whitespace around pairs, names and values', () => {
    expect(cookieValues('x=1;consentry=a ;  consentry = b\t', 'consentry')).toEqual(['a', 'b']);
  });

  it('matches the name exactly: a longer name, another case or a prefix is another cookie', () => {
    expect(cookieValues('consentry2=a; Consentry=b; xconsentry=c', 'consentry')).toEqual([]);
  });

  it('keeps the value after the first "=" whole', () => {
    expect(cookieValues('consentry=a=b', 'consentry')).toEqual(['a=b']);
  });

  it('keeps quoted and percent-encoded values raw, as the browser core reads document.cookie', () => {
    expect(cookieValues('consentry="a"; consentry=1%7Ea', 'consentry')).toEqual(['"a"', '1%7Ea']);
  });

  it('skips malformed pairs: no "=", an empty name, empty segments', () => {
    expect(cookieValues('consentry; =consentry; ;; consentry=a', 'consentry')).toEqual(['a']);
  });

  it('gives nothing for a missing header', () => {
    expect(cookieValues(undefined, 'consentry')).toEqual([]);
    expect(cookieValues(null, 'consentry')).toEqual([]);
    expect(cookieValues('', 'consentry')).toEqual([]);
  });

  it('never throws, whatever the header', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (header) => void cookieValues(header, 'consentry')), { numRuns: 1000 });
  });

  it('needs no decoding: js-cookie writes every stored value in the record format unchanged', () => {
    const now = Date.UTC(2026, 11, 1);
    const records = arbitraryConfig().chain((config) => arbitraryStored(config, now)).filter((v) => v.startsWith('1~'));
    fc.assert(fc.property(records, (value) => {
      expect(Cookies.converter.write!(value, 'consentry')).toBe(value);
    }), { numRuns: 500 });
  });
});
