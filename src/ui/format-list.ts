/**
 * Items as one phrase in the UI's language: "Analytics, Marketing and External media", "Analyse, Marketing
 * und Externe Medien". Browsers without `Intl.ListFormat` (before 2021) get the items joined by commas.
 */
export function formatList(items: readonly string[], lang: string): string {
  return typeof Intl.ListFormat == 'function' ? new Intl.ListFormat(lang, { type: 'conjunction' }).format(items) : items.join(', ');
}
