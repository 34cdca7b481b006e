// consentry-integrations.global.js: consentry.global.js plus the Google Consent Mode, Meta pixel, Matomo,
// Microsoft UET and Microsoft Clarity adapters, started from the config's `integrations`.
import { boot } from './loader';
import { prepareIntegrations } from './prepare-integrations';

boot(prepareIntegrations);
