import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';

/** Every built-in language. Importing this bundles all eight; the script-tag build loads one at a time. */
export const locales = { en, de, fr, es, it, nl, pt, pl };
