// Strict check of one consent receipt, the shape consentry's core posts (R-GDPR-19, R-GDPR-20). Anything
// unexpected is refused rather than stored: unknown keys, wrong types, malformed ids, times or hashes. The
// limits are the core's own (consentry/limits), so every receipt a valid config produces is accepted.
import { CONSENT_ID, ID, LANGUAGE, MAX_COOKIE_BYTES, MAX_LANGUAGE_LENGTH, MAX_REVISION, recordFits } from 'consentry/limits';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const SHA256 = /^[\da-f]{64}$/;

// Date.parse rolls "2026-02-30" over to March: a time is valid only if it reads back the same.
const isTime = (v) => typeof v == 'string' && ISO_UTC.test(v) && !isNaN(Date.parse(v)) && new Date(v).toISOString().slice(0, 19) == v.slice(0, 19);
const oneOf = (...values) => [(v) => values.includes(v), values.map((v) => JSON.stringify(v)).join(', ')];

/** Field name → [check, what was expected]. */
const FIELDS = {
  consentId: [(v) => typeof v == 'string' && CONSENT_ID.test(v), 'a random id of 8 to 64 letters, digits, "-" or "_"'],
  timestamp: [isTime, 'an ISO-8601 UTC time such as "2026-11-25T09:00:00.000Z"'],
  revision: [(v) => Number.isInteger(v) && v >= 1 && v <= MAX_REVISION, `a whole number from 1 to ${MAX_REVISION}`],
  action: oneOf('accept_all', 'reject_all', 'save_custom', 'withdraw', 'gpc_optout', 'separate_grant', 'separate_withdraw'),
  layer: oneOf('banner', 'dialog', 'api'),
  categories: [isPlainObject, 'an object of category ids to true or false'],
  services: [isPlainObject, 'an object of service ids to true or false'],
  // The core sends "" when the page names no language, or one that is no tag.
  language: [
    (v) => v === '' || (typeof v == 'string' && v.length <= MAX_LANGUAGE_LENGTH && LANGUAGE.test(v)),
    `a language tag of up to ${MAX_LANGUAGE_LENGTH} characters such as "en" or "pt-BR", or ""`,
  ],
  gpc: [(v) => typeof v == 'boolean', 'true or false'],
  // The core sends null where the page has no Web Crypto (plain http).
  textHash: [(v) => v === null || (typeof v == 'string' && SHA256.test(v)), 'a SHA-256 as 64 lowercase hex digits, or null'],
  expiresAt: [isTime, 'an ISO-8601 UTC time such as "2027-05-26T09:00:00.000Z"'],
};

function isPlainObject(v) {
  return typeof v == 'object' && v !== null && !Array.isArray(v);
}

const MAPS = ['categories', 'services'];

/**
 * The ids of `categories` and `services`. Together they must fit in one consent cookie, as the core's config
 * validator demands of every config; that also bounds the issues a hostile body can make the answer list.
 */
function checkIds(body, fail) {
  const maps = MAPS.filter((key) => isPlainObject(body[key]));
  const ids = maps.flatMap((key) => Object.keys(body[key]));
  if (!recordFits('', ids)) {
    return fail('', `expected categories and services whose ids fit in a ${MAX_COOKIE_BYTES}-byte consent cookie, received ${ids.length} ids`);
  }
  for (const key of maps) {
    for (const [id, value] of Object.entries(body[key])) {
      if (!ID.test(id)) fail(`${key}.${id}`, 'expected an id like "analytics" (a-z, 0-9, - or _; up to 32)');
      else if (typeof value != 'boolean') fail(`${key}.${id}`, `expected true or false, received ${describe(value)}`);
    }
  }
}

const describe = (v) => (v === undefined ? 'nothing' : JSON.stringify(v));

/**
 * Checks a parsed JSON body. Returns `{ ok: true, receipt }` or `{ ok: false, issues }`, every issue with the
 * `path` of the field (`"categories.analytics"`) and a message saying what was expected and received.
 */
export function validateReceipt(body) {
  if (!isPlainObject(body)) return { ok: false, issues: [{ path: '', message: `expected a JSON object, received ${describe(body)}` }] };
  const issues = [];
  const fail = (path, message) => issues.push({ path, message });

  for (const key of Object.keys(body)) if (!Object.hasOwn(FIELDS, key)) fail(key, `unknown key; expected one of: ${Object.keys(FIELDS).join(', ')}`);
  for (const [key, [check, expected]] of Object.entries(FIELDS)) {
    const value = body[key];
    if (!check(value)) fail(key, `expected ${expected}, received ${describe(value)}`);
  }
  checkIds(body, fail);
  if (isTime(body.timestamp) && isTime(body.expiresAt) && Date.parse(body.expiresAt) <= Date.parse(body.timestamp)) {
    fail('expiresAt', `expected a time after timestamp, received ${describe(body.expiresAt)}`);
  }
  return issues.length ? { ok: false, issues } : { ok: true, receipt: body };
}
