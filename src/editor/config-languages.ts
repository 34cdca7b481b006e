import type { ResolvedConfig } from '../core/types';

// The fields whose value may be one text per language (as `localizeConfig` reads them).
const LOCALIZED = new Set(['title', 'description', 'label', 'provider', 'purpose', 'duration']);

/**
 * Every language a config has texts in: its `defaultLanguage` first, then `language`, the languages of
 * `texts`, and those of per-language titles, descriptions and cookie details, each once.
 */
export function configLanguages(config: ResolvedConfig): string[] {
  const found = [config.defaultLanguage, config.language ?? '', ...Object.keys(config.texts)];
  JSON.stringify(config.categories, (key, value: unknown) => {
    if (LOCALIZED.has(key) && value && typeof value == 'object') found.push(...Object.keys(value));
    return value;
  });
  const seen = new Set<string>();
  return found.filter((tag) => tag && !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase()));
}
