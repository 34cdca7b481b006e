/** `"pt-BR"` → `"pt"`. */
export const baseOf = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/**
 * The language to show: the requested tag itself when texts exist for it, else its base language (`pt-BR` →
 * `pt`), else `fallback`. `available` is every language with texts; a match is returned as spelt there, so it
 * can index `config.texts` or a per-language text. The core (embed placeholders, config texts) and the UI
 * pick by this one rule.
 */
export function pickLanguage(requested: string | undefined, available: readonly string[], fallback = 'en'): string {
  const want = (requested ?? '').trim().toLowerCase();
  const find = (tag: string) => available.find((a) => a.toLowerCase() == tag);
  return (want && (find(want) ?? find(baseOf(want)))) || find(fallback.toLowerCase()) || fallback;
}
