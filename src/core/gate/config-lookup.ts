import { localize } from '../localize';
import type { ResolvedCategory, ResolvedConfig, ResolvedService } from '../types';

/** Title of a category or service in `language`, or the id itself when the config does not know it. */
export function titleOf(config: ResolvedConfig, id: string, language: string): string {
  const found = config.categories.flatMap((c) => [c, ...c.services]).find((o) => o.id == id);
  return found ? localize(found.title, language, config.defaultLanguage) : id;
}

/** What to clean up for withdrawn ids: a withdrawn category takes all its services with it. */
export function ownersOf(config: ResolvedConfig, ids: readonly string[]): (ResolvedCategory | ResolvedService)[] {
  return config.categories.flatMap((c) => [c, ...c.services].filter((o) => ids.includes(o.id) || ids.includes(c.id)));
}

/**
 * Throws a `TypeError` naming `id` and the ids it could have meant. A typo would otherwise wait for a grant
 * that can never come, with nothing in the console.
 */
export function checkKnown(id: string, known: readonly string[], what: string, where: string): void {
  if (!known.includes(id)) throw new TypeError(`consentry: unknown ${what} "${id}" in ${where}; known: ${known.join(', ') || '(none)'}`);
}
