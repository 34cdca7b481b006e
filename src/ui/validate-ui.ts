import type { ConfigIssue } from '../core/issues';
import { BUILT_IN_LANGUAGES, baseOf } from './language';
import { UI_CHOICES, UI_OPTION_KEYS } from './options';
import { TEXT_KEYS, type TextKey } from './text-keys';

// Copy that treats browsing as consent is not consent (EDPB 05/2020, CNIL): R-GDPR-10.
export const IMPLIED_CONSENT = /by (using|continuing|browsing|staying)\b.*\b(consent|agree|accept)/i;

// Without {purposes} the banner would not name the optional purposes (R-GDPR-11); without {prefix} a cookie
// family would have no name at all.
const PLACEHOLDERS: Partial<Record<TextKey, string>> = { bannerText: '{purposes}', cookieNamePrefix: '{prefix}' };

const describe = (v: unknown): string => {
  const json = JSON.stringify(v) ?? 'nothing';
  return json.length > 60 ? json.slice(0, 59) + '…' : json;
};
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v);
const builtIn = (lang: string) => (BUILT_IN_LANGUAGES as readonly string[]).includes(baseOf(lang));

/**
 * Checks what the core leaves to the UI: the keys of `texts[lang]` and the `ui` options. Never throws; returns
 * every issue with its path (`texts.de.bannerTitle`, `ui.floatingButton`), in the core's format. The shape
 * (objects, string values, language tags) is the core's `validateConfig`'s job and is not repeated here.
 */
export function validateUiConfig(config: { texts?: unknown; ui?: unknown; language?: unknown }): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  const fail = (path: string, message: string) => out.push({ path, message });
  const unknownKey = (path: string, key: string, known: readonly string[]) =>
    fail(path, `unknown key "${key}"; expected one of: ${known.join(', ')}`);

  const ui = isObject(config.ui) ? config.ui : {};
  for (const key in ui) {
    const v = ui[key];
    const at = 'ui.' + key;
    const words: readonly string[] | undefined = UI_CHOICES[key as keyof typeof UI_CHOICES];
    if (!(UI_OPTION_KEYS as readonly string[]).includes(key)) unknownKey(at, key, UI_OPTION_KEYS);
    else if (words) {
      if (!words.includes(v as string)) fail(at, `expected one of ${words.map((w) => `"${w}"`).join(', ')}, received ${describe(v)}`);
    } else if (key == 'headingLevel') {
      if (!(Number.isInteger(v) && (v as number) >= 2 && (v as number) <= 6))
        fail(at, `expected a whole number from 2 to 6, received ${describe(v)}`);
    } else if (typeof v != 'boolean') fail(at, `expected true or false, received ${describe(v)}`);
  }

  const texts = isObject(config.texts) ? config.texts : {};
  for (const lang in texts) {
    const set = texts[lang];
    if (!isObject(set)) continue;
    for (const key in set) {
      const at = `texts.${lang}.${key}`;
      const v = set[key];
      if (!(TEXT_KEYS as readonly string[]).includes(key)) unknownKey(at, key, TEXT_KEYS);
      else if (typeof v != 'string' || !/\S/.test(v)) fail(at, `expected a non-empty string, received ${describe(v)}`);
      else if (IMPLIED_CONSENT.test(v))
        fail(at, `expected wording that asks for consent, received wording that treats using the site as consent: ${describe(v)}`);
      else if (!v.includes(PLACEHOLDERS[key as TextKey] ?? ''))
        fail(at, `expected a text containing ${PLACEHOLDERS[key as TextKey]}, received ${describe(v)}`);
    }
    // R-GDPR-22: a language without built-in texts would otherwise show English gaps in a foreign banner.
    if (!builtIn(lang))
      for (const key of TEXT_KEYS) if (!(key in set)) fail(`texts.${lang}.${key}`, 'expected a string, received nothing');
  }

  const lang = config.language;
  if (typeof lang == 'string' && !builtIn(lang) && !Object.keys(texts).some((t) => t.toLowerCase() == lang.toLowerCase()))
    fail('language', `expected a language with built-in texts (${BUILT_IN_LANGUAGES.join(', ')}) or with texts in "texts", received ${describe(lang)}`);
  return out;
}
