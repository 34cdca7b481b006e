import { describe, expect, it } from 'vitest';
import { cookieName } from '../../src/ui/cookie-name';

const PREFIX = 'names starting with {prefix}';
const shown = (d: Parameters<typeof cookieName>[0]) => cookieName(d, PREFIX);

// What visitors read for a declared cookie: never a regular expression where plain words can say it.
describe('the readable name of a declared cookie', () => {
  it('is its exact name', () => {
    expect(shown({ name: '_fbp' })).toBe('_fbp');
  });

  it('is its label when the site owner gives one, over name or pattern', () => {
    expect(shown({ pattern: '^_ga(_.*)?$', label: '_ga, _ga_<id>' })).toBe('_ga, _ga_<id>');
    expect(shown({ name: 'PHPSESSID', label: 'Session' })).toBe('Session');
  });

  it('says "names starting with" for a pattern that is only a prefix', () => {
    expect(shown({ pattern: '^_ga' })).toBe('names starting with _ga');
    expect(shown({ pattern: '^_pk_id' })).toBe('names starting with _pk_id');
  });

  it('unescapes punctuation in the prefix', () => {
    expect(shown({ pattern: '^_pk_id\\.' })).toBe('names starting with _pk_id.');
  });

  it('is the plain name for a pattern anchored at both ends', () => {
    expect(shown({ pattern: '^_gid$' })).toBe('_gid');
  });

  it('is the pattern as written when it is more than a prefix, since rewording it could misstate it', () => {
    expect(shown({ pattern: '^_ga_[A-Z0-9]+$' })).toBe('^_ga_[A-Z0-9]+$');
    expect(shown({ pattern: '_hj' })).toBe('_hj');
    expect(shown({ pattern: '^_g.' })).toBe('^_g.');
    expect(shown({ pattern: '^\\d+' })).toBe('^\\d+');
  });

  it('fills the prefix into the text of the UI language', () => {
    expect(cookieName({ pattern: '^_ga' }, 'Namen, die mit {prefix} beginnen')).toBe('Namen, die mit _ga beginnen');
  });
});
