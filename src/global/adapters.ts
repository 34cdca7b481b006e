import type { Consent } from '../core/types';
import { googleConsentMode } from '../integrations/google-consent-mode';
import { matomo } from '../integrations/matomo';
import { metaPixel } from '../integrations/meta-pixel';
import { microsoftClarity } from '../integrations/microsoft-clarity';
import { microsoftUet } from '../integrations/microsoft-uet';

/** An adapter as the config starts it: options straight from JSON, checked by the adapter itself. */
export type Adapter = (consent: Consent, options: Record<string, unknown>) => unknown;

/** The adapters `integrations` can name, by their key in the config. */
export const ADAPTERS = { googleConsentMode, metaPixel, matomo, microsoftUet, microsoftClarity } as unknown as Readonly<
  Record<'googleConsentMode' | 'metaPixel' | 'matomo' | 'microsoftUet' | 'microsoftClarity', Adapter>
>;
