/**
 * Limits shared by the config validator, the stored record and receipt servers, so that every record a valid
 * config can produce is one the browser keeps, and every receipt it sends is one a server accepts.
 */

/** Category and service ids: they appear in attributes, in the stored record and in receipts. */
export const ID = /^[a-z][a-z\d_-]{0,31}$/;

/** The random id of a visitor's consent, in the stored record and in receipts. */
export const CONSENT_ID = /^[\w-]{8,64}$/;

/** Language tags, in the config and in receipts (receipts may also carry "" when the page names none). */
export const LANGUAGE = /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i;

/** The longest language tag a receipt carries; the core sends "" for a longer page language. */
export const MAX_LANGUAGE_LENGTH = 35;

/** The highest `revision` a config may have. */
export const MAX_REVISION = 1e9;

/** Browsers keep a cookie only while its name and value together fit in 4,096 bytes (RFC 6265bis, 5.6). */
export const MAX_COOKIE_BYTES = 4096;

// Everything in a record but its ids: "1", seven "~", a consent id of up to 64 characters, two base-36 times
// of up to 9 digits, a revision of up to 10 digits, the method with its GPC note and the config stamp ("~!"
// and a 53-bit hash in base 36, up to 11 characters).
const RECORD_FIXED = 1 + 7 + 64 + 9 + 9 + 10 + 2 + 13;

/**
 * Whether a decision cookie named `cookieName` that grants every one of `ids` (categories and services) stays
 * within `MAX_COOKIE_BYTES`, with the grant time of each of `separate` (the ids of `separate` categories). A
 * receipt server passes `''` for the name: it accepts whatever some valid config could have produced.
 */
export const recordFits = (cookieName: string, ids: readonly string[], separate: readonly string[] = []): boolean =>
  cookieName.length +
    RECORD_FIXED +
    ids.reduce((n, id) => n + id.length + 1, 0) +
    // "~" or ".", the id, ":" and a base-36 time of up to 9 digits.
    separate.reduce((n, id) => n + id.length + 11, 0) <=
  MAX_COOKIE_BYTES;
