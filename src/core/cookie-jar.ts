/** `[name, value]` of every cookie this page can read, as the browser lists them (raw, not decoded). */
export const cookiePairs = (doc: Document): [string, string][] =>
  doc.cookie
    .split(/; */)
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf('=');
      return at < 0 ? ['', pair] : [pair.slice(0, at), pair.slice(at + 1)];
    });

/**
 * Expires cookie `name` at `path` wherever this page could have set it. A cookie only goes with a write
 * naming its exact domain and path, which cannot be read back, so this writes host-only and for the host and
 * each parent domain (a page can reach no other domain).
 */
export function expireCookie(doc: Document, name: string, path = '/'): void {
  const parts = doc.location.hostname.split('.');
  for (const domain of ['', ...parts.map((_, i) => ';domain=' + parts.slice(i).join('.'))]) {
    doc.cookie = name + '=;max-age=0;path=' + path + domain;
  }
}
