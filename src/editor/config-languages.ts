import { LOCALIZED_FIELDS } from '../core/localize';
import type { ResolvedConfig } from '../core/types';

/**
 * Every language a config has texts in: its `defaultLanguage` first, then `language`, the languages of
 * `texts`, and those of every per-language text (titles, descriptions, recipients, cookie details), each once.
 */
export function configLanguages(config: ResolvedConfig): string[] {
  const found = [config.defaultLanguage, config.language ?? '', ...Object.keys(config.texts)];
  JSON.stringify(config.categories, (key, value: unknown) => {
    if (LOCALIZED_FIELDS.includes(key) && value && typeof value == 'object') found.push(...Object.keys(value));
    return value;
  });
  const seen = new Set<string>();
  return found.filter((tag) => tag && !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase()));
}
