import { baseOf, directionOf, pickLanguage } from './language';
import type { TextKey, Texts } from './text-keys';

export interface ResolvedTexts {
  /** The language shown, e.g. `"de"` or `"pt-BR"`. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly texts: Texts;
}

type ConfigTexts = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * Picks the language (the config's `language`, else the page's) and layers the texts: built-in English, the
 * built-in base language, then the config's texts for the base language and for the exact tag.
 */
export function resolveTexts(
  builtIn: Readonly<Record<string, Texts>>,
  configTexts: ConfigTexts,
  requested: string | undefined,
): ResolvedTexts {
  const lang = pickLanguage(requested, [...Object.keys(builtIn), ...Object.keys(configTexts)]);
  const base = baseOf(lang);
  const texts = Object.assign({}, builtIn.en, builtIn[base], configTexts[base], configTexts[lang]) as Texts;
  return { lang, dir: directionOf(lang), texts };
}

export type { TextKey, Texts };
