import type { ResolvedConfig } from './types';

/** The config's texts for a language: the exact tag first, then its primary language ("pt" for "pt-BR"). */
export const textsFor = (config: ResolvedConfig, pageLanguage: string): Readonly<Record<string, string>> => {
  const lang = config.language ?? pageLanguage;
  return config.texts[lang] ?? config.texts[lang.split('-')[0]!] ?? {};
};
