import { describe, expect, it } from 'vitest';
import { ConsentConfigError, stampConfig } from '../../src/server';
import { configStamp } from '../../src/core/stamp';
import { clinicConfig } from '../helpers/configs';

const text = JSON.stringify(clinicConfig(), null, 2);

describe('stampConfig', () => {
  it('is the config stamp the loader compares with data-config-stamp, for a valid config', () => {
    expect(stampConfig(text)).toBe(configStamp(text));
  });

  it('throws ConsentConfigError naming each issue for an invalid config: a stamp vouches for valid configs only', () => {
    const invalid = JSON.stringify({ ...clinicConfig(), revision: 0 });
    expect(() => stampConfig(invalid)).toThrow(ConsentConfigError);
    expect(() => stampConfig(invalid)).toThrow(/revision/);
  });

  it('throws ConsentConfigError for text that is not JSON', () => {
    expect(() => stampConfig('{ "links": ')).toThrow(ConsentConfigError);
    expect(() => stampConfig('{ "links": ')).toThrow(/not JSON/);
  });

  it('accepts a file read with its byte order mark', () => {
    expect(stampConfig('\uFEFF' + text)).toBe(configStamp(text));
  });
});
