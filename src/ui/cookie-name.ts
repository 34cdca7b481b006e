import type { ResolvedDeclaration } from '../core/types';

// An anchored run of literal characters ("^_ga", "^_pk_id\."), optionally anchored at the end too ("^_gid$").
const SIMPLE = /^\^((?:[\w-]|\\[^\w\s])+)(\$?)$/;

/**
 * A declared cookie's name as visitors read it: its `label`, else its `name`; for a `pattern` that is only a
 * prefix, `startingWith` with `{prefix}` filled in ("names starting with _ga"); any other pattern as written,
 * since a reworded regular expression could say something it does not match.
 */
export function cookieName(d: ResolvedDeclaration<string>, startingWith: string): string {
  if (d.label || d.name) return (d.label || d.name)!;
  const pattern = d.pattern ?? '';
  const simple = SIMPLE.exec(pattern);
  if (!simple) return pattern;
  const literal = simple[1]!.replace(/\\(.)/g, '$1');
  return simple[2] ? literal : startingWith.replace('{prefix}', () => literal);
}
