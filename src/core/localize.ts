import { deepFreeze } from './freeze';
import { pickLanguage } from './language';
import type { LocalizedText, ResolvedConfig } from './types';

/**
 * One text in `language`: a plain string as it is; of a per-language text the one for the language, else its
 * base language, else `fallback` (the config's `defaultLanguage`, which validation makes sure is there).
 */
export function localize<T extends LocalizedText | undefined>(text: T, language: string, fallback: string): Extract<T, string | undefined> {
  if (typeof text != 'object') return text as Extract<T, string | undefined>;
  return text[pickLanguage(language, Object.keys(text), fallback)] as Extract<T, string | undefined>;
}

/** The config fields whose value may be one text per language. */
export const LOCALIZED_FIELDS: readonly string[] = ['title', 'description', 'recipients', 'label', 'provider', 'purpose', 'duration'];

/**
 * The config with every per-language text (titles, descriptions, recipients, cookie labels, providers,
 * purposes and durations) replaced by its text in `language`: what the banner, the dialog and the placeholders show.
 */
export function localizeConfig(config: ResolvedConfig, language: string): ResolvedConfig<string> {
  const one = (v: unknown) => localize(v as LocalizedText, language, config.defaultLanguage);
  const categories = JSON.parse(JSON.stringify(config.categories), (key, value) => (LOCALIZED_FIELDS.includes(key) ? one(value) : value));
  return deepFreeze({ ...config, categories });
}
