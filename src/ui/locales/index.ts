import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';

/**
 * Every built-in language, for `mountConsentUI(consent, { locales })`. Importing this bundles all eight (about
 * 4 KB gzip); `consentry/ui/locales/<lang>` brings one (about 0.6 KB). The script-tag build loads one at a time.
 */
export const locales = { en, de, fr, es, it, nl, pt, pl };
