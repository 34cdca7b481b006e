import { pickLanguage } from './language';
import type { ResolvedConfig } from './types';

/** The config's texts in the language the page asks for (see `pickLanguage`), or none. */
export const textsFor = (config: ResolvedConfig, pageLanguage: string): Readonly<Record<string, string>> =>
  config.texts[pickLanguage(config.language ?? pageLanguage, Object.keys(config.texts))] ?? {};
