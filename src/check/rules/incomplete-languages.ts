import { baseOf } from '../../core/language';
import type { LocalizedText, ResolvedConfig } from '../../core/types';
import type { Finding, Rule } from '../diagnostic';
import { ownersOf } from './walk';

/** Every visitor-facing text of the config given per language, with its path. */
function localizedTexts(config: ResolvedConfig): { path: string; text: Readonly<Record<string, string>> }[] {
  const out: { path: string; text: Readonly<Record<string, string>> }[] = [];
  const add = (path: string, text: LocalizedText | undefined) => text && typeof text == 'object' && out.push({ path, text });
  for (const { path, owner } of ownersOf(config)) {
    add(path + '.title', owner.title);
    add(path + '.description', owner.description);
    if ('recipients' in owner) add(path + '.recipients', owner.recipients);
    for (const kind of ['cookies', 'localStorage'] as const)
      owner[kind].forEach((d, k) => {
        for (const field of ['label', 'provider', 'purpose', 'duration'] as const) add(`${path}.${kind}[${k}].${field}`, d[field]);
      });
  }
  return out;
}

/**
 * `incomplete-languages`: a text given in some of the config's languages but not all. The config's languages
 * are those of its per-language texts and of `texts`; a plain string reads the same in all of them.
 */
export const incompleteLanguages: Rule<ResolvedConfig> = {
  code: 'incomplete-languages',
  severity: 'warning',
  check: (config) => {
    const texts = localizedTexts(config);
    const languages = [...new Set([...texts.flatMap((t) => Object.keys(t.text)), ...Object.keys(config.texts)].map((l) => l.toLowerCase()))];
    return texts.flatMap(({ path, text }): Finding[] => {
      const has = Object.keys(text).map((l) => l.toLowerCase());
      // A "pt" text serves "pt-BR" visitors too.
      const missing = languages.filter((l) => !has.includes(l) && !has.includes(baseOf(l)));
      return missing.length
        ? [{ path, message: `has no text in ${missing.join(', ')} (it has ${Object.keys(text).join(', ')}): visitors reading ${missing.length > 1 ? 'those languages' : missing[0]} see the ${config.defaultLanguage} text` }]
        : [];
    });
  },
};
