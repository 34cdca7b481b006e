// The script-tag build's stand-in for src/core/validate.ts (vitest runs the real one inside the core, so the
// stand-in is tested here directly): it accepts unchecked only the very config the loader trusted, and never
// starts anything when neither that nor the real validator is there (fail closed).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { validateConfig as real } from '../../src/core/validate';
import { clinicConfig } from '../helpers/configs';

const load = async () => {
  vi.resetModules();
  return import('../../src/global/validate-on-demand');
};
let stand: Awaited<ReturnType<typeof load>>;
beforeEach(async () => void (stand = await load()));

const unloaded = { ok: false, issues: [{ path: '', message: 'the config validator (consentry-validate.global.js) did not load' }] };

describe('validateConfig in the script-tag build', () => {
  it('refuses a valid config while nothing is trusted and the validator has not loaded', () => {
    expect(stand.validateConfig(clinicConfig())).toEqual(unloaded);
  });

  it('refuses a config equal to the trusted one but not that very object', () => {
    const config = clinicConfig();
    stand.trustConfig(config);
    expect(stand.validateConfig(structuredClone(config))).toEqual(unloaded);
  });

  it('accepts the trusted config without the validator, with the defaults the validator fills in', () => {
    const config = JSON.parse(JSON.stringify(clinicConfig()));
    stand.trustConfig(config);
    expect(stand.validateConfig(config)).toEqual(real(config));
  });

  it('accepts the trusted config again (the integrations\' check, then the core), leaving it as it was read', () => {
    const config = JSON.parse(JSON.stringify(clinicConfig()));
    const read = structuredClone(config);
    stand.trustConfig(config);
    stand.validateConfig(config);
    expect(stand.validateConfig(config)).toEqual(real(read));
    expect(config).toEqual(read);
  });

  it('hands any other config to the real validator once it has loaded, issues included', () => {
    stand.useValidator(real);
    const invalid = { ...clinicConfig(), ui: { floatingBtn: true } };
    expect(stand.validateConfig(invalid)).toEqual(real(invalid));
    expect(stand.validateConfig(invalid).ok).toBe(false);
  });

  it('refuses nothing-as-config even when nothing was trusted', () => {
    stand.trustConfig(undefined);
    expect(stand.validateConfig(undefined)).toEqual(unloaded);
  });
});
