import { cookiePairs, expireCookie } from '../cookie-jar';
import type { CookieDeclaration, ResolvedService } from '../types';

// Exact names are used as given: a cookie on another path (e.g. /area) is invisible from this page yet
// still deletable. Without name or pattern nothing matches: an empty pattern would match every key.
const pick = (d: CookieDeclaration, keys: string[]) =>
  d.name ? [d.name] : d.pattern ? keys.filter((k) => RegExp(d.pattern!).test(k)) : [];

/**
 * Deletes the first-party cookies and localStorage keys that `owners` declare (R-CK-4), at `/` and at the
 * declared path, on the host and its parent domains (a declared `domain` adds nothing: a page can reach no other).
 * Patterns only see cookies readable from this page's path. Storage errors are ignored (R-CK-6).
 */
export function clearDeclared(doc: Document, owners: readonly Pick<ResolvedService, 'cookies' | 'localStorage'>[]): void {
  try {
    const names = cookiePairs(doc).map(([name]) => name);
    for (const o of owners) {
      for (const d of o.cookies) for (const n of pick(d, names)) for (const p of ['/', d.path ?? '/']) expireCookie(doc, n, p);
    }
    const ls = doc.defaultView!.localStorage;
    for (const o of owners) for (const d of o.localStorage) for (const k of pick(d, Object.keys(ls))) ls.removeItem(k);
  } catch {}
}
