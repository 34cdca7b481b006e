import type { ResolvedCategory, ResolvedConfig, ResolvedService } from '../types';

/** Title of a category or service, or the id itself when the config does not know it. */
export function titleOf(config: ResolvedConfig, id: string): string {
  return config.categories.flatMap((c) => [c, ...c.services]).find((o) => o.id == id)?.title ?? id;
}

/** What to clean up for withdrawn ids: a withdrawn category takes all its services with it. */
export function ownersOf(config: ResolvedConfig, ids: readonly string[]): (ResolvedCategory | ResolvedService)[] {
  return config.categories.flatMap((c) => [c, ...c.services].filter((o) => ids.includes(o.id) || ids.includes(c.id)));
}
