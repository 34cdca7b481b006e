/**
 * Every value of cookie `name` in a `Cookie` request header (RFC 6265: `a=1; b=2`), in the order sent. A site
 * with cookies on several domains sends one pair per copy, and all of them count, as in the browser.
 *
 * Values are kept raw, neither unquoted nor percent-decoded, because the browser core reads `document.cookie`
 * raw too: the record format has no character js-cookie encodes, so the only values that decoding would change
 * are ones the browser treats as no decision. Whitespace around names and values is dropped (browsers send
 * none, proxies and hand-written headers may). Pairs without `=` are skipped. Never throws.
 */
export function cookieValues(header: string | null | undefined, name: string): string[] {
  if (typeof header != 'string') return [];
  const values: string[] = [];
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() == name) values.push(pair.slice(at + 1).trim());
  }
  return values;
}
