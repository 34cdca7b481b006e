import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src';
import { arbitraryConfig } from '../helpers/arbitrary-config';

describe('the property tests\' config generator', () => {
  it('generates only configs the validator accepts', () => {
    fc.assert(fc.property(arbitraryConfig(), (config) => {
        expect(validateConfig(config)).toMatchObject({ ok: true });
      }));
  });
});
