// The script-tag build's src/core/validate.ts (swapped in by tsup.config.ts): a returning visitor whose record
// carries this config's stamp (src/core/stamp.ts) never downloads the validator, since this browser already
// saw this validator accept this exact text. Any other config waits for the real one, and without it nothing
// starts.
import type { ValidationResult } from '../core/issues';
import { resolveConfig } from '../core/resolve';
import type { ConsentConfig, ResolvedConfig } from '../core/types';
import type { validateConfig as validate } from '../core/validate';

let trusted: unknown;
let real: typeof validate | undefined;

/** Marks the config the loader parsed from a text whose stamp the stored record carries. */
export const trustConfig = (input: unknown): void => void (trusted = input);

/** Hands over the real validator, from consentry-validate.global.js. */
export const useValidator = (validator: typeof validate): void => void (real = validator);

export function validateConfig(input: unknown): ValidationResult<ResolvedConfig> {
  // resolveConfig fills in defaults in place: it gets a private copy, exact since the config was parsed JSON.
  if (input === trusted && input) return { ok: true, config: resolveConfig(JSON.parse(JSON.stringify(input)) as ConsentConfig) };
  return real
    ? real(input)
    : { ok: false, issues: [{ path: '', message: 'the config validator (consentry-validate.global.js) did not load' }] };
}
