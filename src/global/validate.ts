// consentry-validate.global.js: the config validator, fetched by the loader when the stored record does not
// vouch for this config (a first visit, a changed config, a new library version).
import { validateConfig } from '../core/validate';
import type { ConsentryGlobal } from './loader';

(window as unknown as { Consentry?: ConsentryGlobal }).Consentry?._register?.('validate', { validateConfig });
