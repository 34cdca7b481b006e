import { baseOf } from '../core/language';

export { baseOf, pickLanguage } from '../core/language';

/** Languages with built-in texts. Kept apart from the texts so the script-tag loader can pick a file cheaply. */
export const BUILT_IN_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl'] as const;

const RTL = ['ar', 'he', 'fa', 'ur'];

/** Text direction of a language. */
export const directionOf = (tag: string): 'rtl' | 'ltr' => (RTL.includes(baseOf(tag)) ? 'rtl' : 'ltr');
