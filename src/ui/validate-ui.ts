import type { ConfigIssue } from '../core/issues';
import { impliesConsent } from './implied-consent';
import { BUILT_IN_LANGUAGES, baseOf } from './language';
import { TEXT_KEYS, type TextKey } from './text-keys';

export { impliesConsent } from './implied-consent';

// Without {purposes} the banner would not name the optional purposes (R-GDPR-11); without {prefix} a cookie
// family would have no name at all; without {recipients} a separate consent would not say who gets the data.
const PLACEHOLDERS: Partial<Record<TextKey, string>> = { bannerText: '{purposes}', cookieNamePrefix: '{prefix}', separateRecipients: '{recipients}' };

const describe = (v: unknown): string => {
  const json = JSON.stringify(v) ?? 'nothing';
  return json.length > 60 ? json.slice(0, 59) + '…' : json;
};
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v);
const builtIn = (lang: string) => (BUILT_IN_LANGUAGES as readonly string[]).includes(baseOf(lang));

/**
 * Checks what the words of a config say, which the core leaves to the UI: copy that treats using the site as
 * consent (in `texts` and in category and service titles and descriptions), the placeholders a text must keep,
 * every text of a language without built-in texts, and `language`. Never throws; returns every issue with its
 * path (`texts.de.bannerText`), in the core's format. The keys and shape of `texts` and `ui` are the core's
 * `validateConfig`'s job and are not repeated here.
 */
export function validateUiConfig(config: { texts?: unknown; language?: unknown; categories?: unknown }): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  const fail = (path: string, message: string) => out.push({ path, message });
  const implied = (at: string, v: unknown): boolean => {
    const bad = typeof v == 'string' && impliesConsent(v);
    if (bad) fail(at, `expected wording that asks for consent, received wording that treats using the site as consent: ${describe(v)}`);
    return bad;
  };
  // A title or description: one string, or one per language.
  const copy = (at: string, v: unknown) => (isObject(v) ? Object.keys(v).forEach((l) => implied(`${at}.${l}`, v[l])) : implied(at, v));

  const texts = isObject(config.texts) ? config.texts : {};
  for (const lang in texts) {
    const set = texts[lang];
    if (!isObject(set)) continue;
    for (const key in set) {
      const at = `texts.${lang}.${key}`;
      const v = set[key];
      if (typeof v != 'string' || implied(at, v)) continue;
      if (!v.includes(PLACEHOLDERS[key as TextKey] ?? '')) fail(at, `expected a text containing ${PLACEHOLDERS[key as TextKey]}, received ${describe(v)}`);
    }
    // R-GDPR-22: a language without built-in texts would otherwise show English gaps in a foreign banner.
    if (!builtIn(lang))
      for (const key of TEXT_KEYS) if (!(key in set)) fail(`texts.${lang}.${key}`, 'expected a string, received nothing');
  }

  if (Array.isArray(config.categories))
    config.categories.forEach((c, i) => {
      if (!isObject(c)) return;
      const at = `categories[${i}]`;
      copy(at + '.title', c.title);
      copy(at + '.description', c.description);
      if (Array.isArray(c.services))
        c.services.forEach((s, j) => isObject(s) && (copy(`${at}.services[${j}].title`, s.title), copy(`${at}.services[${j}].description`, s.description)));
    });

  const lang = config.language;
  if (typeof lang == 'string' && !builtIn(lang) && !Object.keys(texts).some((t) => t.toLowerCase() == lang.toLowerCase()))
    fail('language', `expected a language with built-in texts (${BUILT_IN_LANGUAGES.join(', ')}) or with texts in "texts", received ${describe(lang)}`);
  return out;
}
