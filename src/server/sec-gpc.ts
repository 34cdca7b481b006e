/**
 * Whether a request's `Sec-GPC` header turns Global Privacy Control on (R-US-6). The GPC spec defines one value,
 * `1`; anything else, including `" 1"` or `"true"`, is no signal. Node and the Fetch API's `Headers` already
 * strip the whitespace around a header's value, so a browser's `Sec-GPC: 1` arrives here as `"1"`.
 *
 * Takes what servers hand over: a string, `undefined` when the header is absent, `null` (`Headers.get`), or a
 * list when a framework keeps repeated headers apart. A list is on when every entry is `"1"`: the signal sent
 * twice is still the signal, and one odd copy makes the header as unclear as any other value.
 */
export function parseSecGpc(value: string | readonly string[] | null | undefined): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every((v) => v === '1');
  return value === '1';
}
