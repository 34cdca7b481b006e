import type { CookieDeclaration, ResolvedConfig } from '../core/types';
import type { PageReport } from './types';

/** One operation of a JSON Patch (RFC 6902) on consent.json. */
export interface PatchOperation {
  readonly op: 'add';
  readonly path: string;
  readonly value: CookieDeclaration | CookieDeclaration[];
}

/**
 * Declarations for the undeclared cookies the catalogue knows, each under the config's category of the
 * suggested id, as a JSON Patch on the config as written. Cookies it does not know, or whose suggested
 * category the config lacks, are left to the site owner: a guess there would declare a cookie wrongly.
 */
export function configPatch(pages: readonly PageReport[], config: ResolvedConfig): PatchOperation[] {
  const byCategory = new Map<number, CookieDeclaration[]>();
  const taken = new Set<string>();
  for (const cookie of pages.flatMap((p) => p.cookies)) {
    if (cookie.declaredIn || !cookie.suggestion || cookie.name == config.cookie.name || taken.has(cookie.name)) continue;
    const index = config.categories.findIndex((c) => c.id == cookie.suggestion!.category && !c.required);
    if (index < 0) continue;
    taken.add(cookie.name);
    const list = byCategory.get(index) ?? [];
    // No purpose: only the site owner knows what they use it for, and visitors read it.
    list.push({ name: cookie.name, provider: cookie.suggestion.provider });
    byCategory.set(index, list);
  }
  return [...byCategory].flatMap(([i, cookies]): PatchOperation[] =>
    // A category without cookies may lack the key altogether: "add" creates (or replaces an empty) list.
    config.categories[i]!.cookies.length ? cookies.map((value) => ({ op: 'add', path: `/categories/${i}/cookies/-`, value })) : [{ op: 'add', path: `/categories/${i}/cookies`, value: cookies }],
  );
}
