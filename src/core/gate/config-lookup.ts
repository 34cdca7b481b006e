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
