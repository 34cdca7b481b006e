// Strict check of one consent receipt, the shape consentry's core posts (R-GDPR-19, R-GDPR-20). Anything
// unexpected is refused rather than stored: unknown keys, wrong types, malformed ids, times or hashes.

const ID = /^[a-z][a-z\d_-]{0,31}$/;
const CONSENT_ID = /^[\w-]{8,64}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const LANGUAGE = /^([a-z]{2,3}(-[a-z\d]{2,8})*)?$/i;
const SHA256 = /^[\da-f]{64}$/;
const MAX_IDS = 100;

// Date.parse rolls "2026-02-30" over to March: a time is valid only if it reads back the same.
const isTime = (v) => typeof v == 'string' && ISO_UTC.test(v) && !isNaN(Date.parse(v)) && new Date(v).toISOString().slice(0, 19) == v.slice(0, 19);
const oneOf = (...values) => [(v) => values.includes(v), values.map((v) => JSON.stringify(v)).join(', ')];

/** Field name → [check, what was expected]. */
const FIELDS = {
  consentId: [(v) => typeof v == 'string' && CONSENT_ID.test(v), 'a random id of 8 to 64 letters, digits, "-" or "_"'],
  timestamp: [isTime, 'an ISO-8601 UTC time such as "2026-11-25T09:00:00.000Z"'],
  revision: [(v) => Number.isInteger(v) && v >= 1 && v <= 1e9, 'a whole number from 1 to 1000000000'],
  action: oneOf('accept_all', 'reject_all', 'save_custom', 'withdraw', 'gpc_optout'),
  layer: oneOf('banner', 'dialog', 'api'),
  categories: [isPlainObject, 'an object of category ids to true or false'],
  services: [isPlainObject, 'an object of service ids to true or false'],
  language: [(v) => typeof v == 'string' && v.length <= 35 && LANGUAGE.test(v), 'a language tag such as "en" or "pt-BR", or ""'],
  gpc: [(v) => typeof v == 'boolean', 'true or false'],
  // The core sends null where the page has no Web Crypto (plain http).
  textHash: [(v) => v === null || (typeof v == 'string' && SHA256.test(v)), 'a SHA-256 as 64 lowercase hex digits, or null'],
  expiresAt: [isTime, 'an ISO-8601 UTC time such as "2027-05-26T09:00:00.000Z"'],
};

function isPlainObject(v) {
  return typeof v == 'object' && v !== null && !Array.isArray(v);
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
  for (const key of ['categories', 'services']) {
    const map = body[key];
    if (!isPlainObject(map)) continue;
    const ids = Object.keys(map);
    if (ids.length > MAX_IDS) fail(key, `expected at most ${MAX_IDS} ids, received ${ids.length}`);
    for (const id of ids.slice(0, MAX_IDS)) {
      if (!ID.test(id)) fail(`${key}.${id}`, 'expected an id like "analytics" (a-z, 0-9, - or _; up to 32)');
      else if (typeof map[id] != 'boolean') fail(`${key}.${id}`, `expected true or false, received ${describe(map[id])}`);
    }
  }
  if (isTime(body.timestamp) && isTime(body.expiresAt) && Date.parse(body.expiresAt) <= Date.parse(body.timestamp)) {
    fail('expiresAt', `expected a time after timestamp, received ${describe(body.expiresAt)}`);
  }
  return issues.length ? { ok: false, issues } : { ok: true, receipt: body };
}
