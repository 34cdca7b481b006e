import type { PageProtection, ResolvedConfig } from './types';

const tidy = (p: string) => p.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1').toLowerCase();

/**
 * The forms of a path a server might treat as the same page, for matching: query and fragment dropped, dot
 * segments resolved, repeated and trailing slashes removed, lowercased; once as written and once
 * percent-decoded. Matching either form errs towards protecting a page (`/Portal/`, `/portal%2Fx`, `//portal`).
 */
function forms(path: string): string[] {
  let pathname: string;
  try {
    // Not `new URL(path, base)`: that reads "//portal/x" as the host "portal".
    pathname = new URL(/^[a-z][\w+.-]*:/i.test(path) ? path : 'http://h' + (path[0] == '/' ? '' : '/') + path).pathname;
  } catch {
    pathname = path;
  }
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A stray "%" is no escape; the path as written still gets matched.
  }
  return [tidy(pathname), tidy(decoded)];
}

// `*` is any run of characters, `/` included; a pattern ending in "/*" also matches the path without it.
const body = (pattern: string): string =>
  tidy(pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
    .replace(/\/\.\*$/, '(?:/.*)?');

/** One expression for `patterns`, to test against a path in the form `forms()` gives (or inline, its mirror). */
export const pathExpression = (patterns: readonly string[]): RegExp => new RegExp('^(?:' + patterns.map(body).join('|') + ')$');

/**
 * Whether `path` (a path, optionally with query and fragment, or a whole URL) matches any of `patterns`,
 * e.g. `"/portal/*"`, `"/intake*"` or `"/appointments"`. Case, trailing slashes, repeated slashes and percent
 * encoding make no difference; query strings are ignored.
 */
export function matchesPath(patterns: readonly string[], path: string): boolean {
  if (!patterns[0]) return false;
  const re = pathExpression(patterns);
  return forms(path).some((form) => re.test(form));
}

/** How a config protects the page at `path`: tracker-free pages first, then sensitive ones. */
export const protectionOf = (config: Pick<ResolvedConfig, 'trackerFreePaths' | 'sensitivePaths'>, path: string): PageProtection =>
  matchesPath(config.trackerFreePaths, path) ? 'tracker-free' : matchesPath(config.sensitivePaths, path) ? 'sensitive' : 'none';
