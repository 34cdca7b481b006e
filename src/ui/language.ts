/** Languages with built-in texts. Kept apart from the texts so the script-tag loader can pick a file cheaply. */
export const BUILT_IN_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl'] as const;

const RTL = ['ar', 'he', 'fa', 'ur'];

/** `"pt-BR"` → `"pt"`. */
export const baseOf = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/**
 * The language to show: the requested tag itself when texts exist for it, else its base language (`pt-BR` →
 * `pt`), else English. `available` is every language with texts, built-in or from the config; the match is
 * returned as spelt there, so it can index `config.texts`.
 */
export function pickLanguage(requested: string | undefined, available: readonly string[]): string {
  const want = (requested ?? '').trim().toLowerCase();
  const find = (tag: string) => available.find((a) => a.toLowerCase() == tag);
  return (want && (find(want) ?? find(baseOf(want)))) || 'en';
}

/** Text direction of a language. */
export const directionOf = (tag: string): 'rtl' | 'ltr' => (RTL.includes(baseOf(tag)) ? 'rtl' : 'ltr');
