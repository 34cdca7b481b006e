import { EMBED_TEXTS } from './gate/placeholder-texts';
import { baseOf, pickLanguage } from './language';
import type { ResolvedConfig } from './types';

/**
 * The embed placeholder's texts and their language: the built-in ones of the language the page asks for
 * (its base language, else English), with the config's own texts for that language over them.
 */
export function embedTexts(config: ResolvedConfig, pageLanguage: string) {
  const lang = pickLanguage(config.language ?? pageLanguage, [...Object.keys(EMBED_TEXTS), ...Object.keys(config.texts)]);
  return { lang, texts: { ...(EMBED_TEXTS[baseOf(lang)] ?? EMBED_TEXTS.en!), ...config.texts[lang] } };
}
