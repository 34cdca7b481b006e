import { describe, expect, it } from 'vitest';
import { parseSecGpc } from '../../src/server';

describe('parseSecGpc (R-US-6)', () => {
  it('is on for exactly "1"', () => {
    expect(parseSecGpc('1')).toBe(true);
  });

  it.each([' 1', '1 ', 'true', '0', '', '01', '1, 1', 'yes'])('is off for %j, which is no value the GPC spec defines', (value) => {
    expect(parseSecGpc(value)).toBe(false);
  });

  it('is off without the header (undefined from Node, null from Headers.get)', () => {
    expect(parseSecGpc(undefined)).toBe(false);
    expect(parseSecGpc(null)).toBe(false);
  });

  it('is on for a repeated header when every copy is "1"', () => {
    expect(parseSecGpc(['1', '1'])).toBe(true);
  });

  it('is off for a repeated header with any other copy, or for an empty list', () => {
    expect(parseSecGpc(['1', '0'])).toBe(false);
    expect(parseSecGpc([])).toBe(false);
  });
});
