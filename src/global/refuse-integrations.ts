import type { PrepareIntegrations } from './loader';

/**
 * consentry.global.js has no adapters: a config asking for some gets one clear error, and the core still
 * runs, gating the page as usual. A missing adapter grants nothing: vendors stay where the gate keeps them.
 */
export const refuseIntegrations: PrepareIntegrations = (input) => {
  const wanted = (input as { integrations?: unknown } | null)?.integrations;
  if (wanted && typeof wanted == 'object' && Object.keys(wanted)[0])
    console.error('[consentry] integrations: needs consentry-integrations.global.js in place of consentry.global.js; no vendor integration runs on this page.');
  return () => {};
};
