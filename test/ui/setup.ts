import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { createConsent, memoryStorage, type ConsentConfig } from '../../src';
import { locales, mountConsentUI, type ConsentUI, type MountOptions } from '../../src/ui';
import { clinicConfig } from '../helpers/configs';

export interface Mounted {
  consent: ReturnType<typeof createConsent>;
  ui: ConsentUI;
}

const mountedUis: ConsentUI[] = [];

/**
 * The clinic config's consent (memory storage, so every test starts undecided) with the UI mounted into a
 * fresh page. `decided` makes a returning visitor who rejected all.
 */
export function mountUi(overrides: Partial<ConsentConfig> = {}, opts: MountOptions & { decided?: 'accept' | 'reject' } = {}): Mounted {
  const consent = createConsent(clinicConfig(overrides), { storage: memoryStorage() });
  if (opts.decided == 'accept') consent.acceptAll();
  if (opts.decided == 'reject') consent.rejectAll();
  // Every built-in language, as a site that imports them all gets.
  const ui = mountConsentUI(consent, { locales, ...opts });
  mountedUis.push(ui);
  return { consent, ui };
}

afterEach(() => {
  mountedUis.splice(0).forEach((ui) => ui.unmount());
  cleanup();
  document.body.innerHTML = '';
  document.documentElement.lang = '';
  document.documentElement.removeAttribute('style');
});
