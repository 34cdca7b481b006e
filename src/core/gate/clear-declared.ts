import type { CookieDeclaration, ResolvedService } from '../types';

// Exact names are used as given: a cookie on another path (e.g. /area) is invisible from this page yet
// still deletable. Without name or pattern nothing matches: an empty pattern would match every key.
const pick = (d: CookieDeclaration, keys: string[]) =>
  d.name ? [d.name] : d.pattern ? keys.filter((k) => RegExp(d.pattern!).test(k)) : [];

/**
 * Deletes the first-party cookies and localStorage keys that `owners` declare (R-CK-4). A cookie only goes
 * with a write naming its exact domain and path, which cannot be read back, so we try host-only, the host
 * and each parent domain (a page can reach no other domain, so a declared `domain` adds nothing), at `/`
 * and at the declared path. Patterns only see cookies readable from this page's path.
 * Storage errors are ignored (R-CK-6).
 */
export function clearDeclared(doc: Document, owners: readonly Pick<ResolvedService, 'cookies' | 'localStorage'>[]): void {
  try {
    const parts = doc.location.hostname.split('.');
    const domains = ['', ...parts.map((_, i) => ';domain=' + parts.slice(i).join('.'))];
    // "a=1; b=2" -> ["a", "b", ""]
    const names = doc.cookie.split(/=[^;]*;? */);
    for (const o of owners) {
      for (const d of o.cookies) {
        for (const n of pick(d, names)) {
          for (const dom of domains) for (const p of ['/', d.path ?? '/']) doc.cookie = n + '=;max-age=0;path=' + p + dom;
        }
      }
    }
    const ls = doc.defaultView!.localStorage;
    for (const o of owners) for (const d of o.localStorage) for (const k of pick(d, Object.keys(ls))) ls.removeItem(k);
  } catch {}
}
