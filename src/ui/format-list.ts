// The built-in languages' conjunctions, as CLDR's standard list patterns have them: what the last item follows
// (English puts a comma before "and" from three items on). Intl.ListFormat gives the same, but its first use in
// a page costs Chromium 40 to 100 ms (it loads its list data), more than the whole banner takes to render.
const LAST: Readonly<Record<string, string>> = { __proto__: null, en: ', and ', de: ' und ', fr: ' et ', es: ' y ', it: ' e ', nl: ' en ', pl: ' i ', pt: ' e ' } as never;
// Spanish writes "e" for "y" before an /i/ sound, as ICU decides it: "i…", "hi", "hi" before anything but a or e.
const SPANISH_E = /^(?:i|hi(?![ae]))/i;

/**
 * Items as one phrase in the UI's language: "Analytics, Marketing, and External media", "Analyse, Marketing
 * und Externe Medien". Other languages and regional tags ("en-GB") get Intl.ListFormat; browsers without it
 * (before 2021) the items joined by commas.
 */
export function formatList(items: readonly string[], lang: string): string {
  let last = LAST[lang];
  if (last === undefined)
    return typeof Intl.ListFormat == 'function' ? new Intl.ListFormat(lang, { type: 'conjunction' }).format(items) : items.join(', ');
  if (items.length < 2) return items.join('');
  if (lang == 'es' && SPANISH_E.test(items[items.length - 1]!)) last = ' e ';
  if (lang == 'en' && items.length == 2) last = ' and ';
  return items.slice(0, -1).join(', ') + last + items[items.length - 1];
}
