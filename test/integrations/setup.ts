import { createConsent, memoryStorage, type ConsentConfig, type ConsentStorage } from '../../src';

/** A clinic config with every category the Google mapping knows, and two marketing services. */
export const config = (extra: Partial<ConsentConfig> = {}): ConsentConfig => ({
  links: { cookiePolicy: '/cookies', privacyPolicy: '/privacy' },
  categories: [
    { id: 'essential', required: true, title: 'Essential', description: 'Needed for the site to work.' },
    { id: 'functional', title: 'Functional', description: 'Remembers your settings.' },
    { id: 'analytics', title: 'Analytics', description: 'Counts visits.' },
    {
      id: 'marketing',
      title: 'Marketing',
      description: 'Ads on other sites.',
      services: [
        { id: 'meta-pixel', title: 'Meta Pixel' },
        { id: 'google-ads', title: 'Google Ads' },
      ],
    },
  ],
  ...extra,
});

/** One page load: the real core over `storage`, gating nothing, without Global Privacy Control. */
export const page = (storage: ConsentStorage = memoryStorage(), extra: Partial<ConsentConfig> = {}) =>
  createConsent(config(extra), { storage, gate: false, gpc: false });

/** Storage holding the decision a visitor made on an earlier page. */
export function decidedOn(choices: Record<string, boolean> | 'accept-all' | 'reject-all', extra: Partial<ConsentConfig> = {}): ConsentStorage {
  const storage = memoryStorage();
  const earlier = page(storage, extra);
  if (choices == 'accept-all') earlier.acceptAll();
  else if (choices == 'reject-all') earlier.rejectAll();
  else earlier.save(choices);
  return storage;
}

/** dataLayer entries as plain arrays (gtag pushes `arguments` objects). */
export const entries = (layer: unknown[] | undefined) =>
  (layer ?? []).map((e) => (Object.prototype.toString.call(e) == '[object Arguments]' ? Array.from(e as ArrayLike<unknown>) : e));

/** The `consent` commands in a dataLayer, e.g. `[['default', {...}], ['update', {...}]]`. */
export const consentCommands = (layer: unknown[] | undefined) =>
  entries(layer).flatMap((e) => (Array.isArray(e) && e[0] == 'consent' ? [[e[1], e[2]]] : []));
