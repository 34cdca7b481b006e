// Strict check of one consent receipt, the shape consentry's core posts (R-GDPR-19, R-GDPR-20). Anything
// unexpected is refused rather than stored: unknown keys, wrong types, malformed ids, times or hashes. The
// limits are the core's own, so every receipt a valid config produces is accepted.
import { CONSENT_ID, ID, LANGUAGE, MAX_COOKIE_BYTES, MAX_LANGUAGE_LENGTH, MAX_REVISION, recordFits } from '../core/limits';
import { ACTIONS, LAYERS, type Receipt, type ReceiptIssue } from './types';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const SHA256 = /^[\da-f]{64}$/;

// Date.parse rolls "2026-02-30" over to March: a time is valid only if it reads back the same.
const isTime = (v: unknown): v is string =>
  typeof v == 'string' && ISO_UTC.test(v) && !isNaN(Date.parse(v)) && new Date(v).toISOString().slice(0, 19) == v.slice(0, 19);
const oneOf = (values: readonly unknown[]): Field => [(v) => values.includes(v), values.map((v) => JSON.stringify(v)).join(', ')];
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v == 'object' && v !== null && !Array.isArray(v);

type Field = [check: (value: unknown) => boolean, expected: string];

const FIELDS: Record<keyof Receipt, Field> = {
  consentId: [(v) => typeof v == 'string' && CONSENT_ID.test(v), 'a random id of 8 to 64 letters, digits, "-" or "_"'],
  timestamp: [isTime, 'an ISO-8601 UTC time such as "2026-11-25T09:00:00.000Z"'],
  revision: [(v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_REVISION, `a whole number from 1 to ${MAX_REVISION}`],
  action: oneOf(ACTIONS),
  layer: oneOf(LAYERS),
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

const MAPS = ['categories', 'services'] as const;
const describe = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

/**
 * The ids of `categories` and `services`. Together they must fit in one consent cookie, as the core's config
 * validator demands of every config; that also bounds the issues a hostile body can make the answer list.
 */
function checkIds(body: Record<string, unknown>, fail: (path: string, message: string) => void): void {
  const maps = MAPS.filter((key) => isPlainObject(body[key])).map((key) => [key, body[key] as Record<string, unknown>] as const);
  const ids = maps.flatMap(([, map]) => Object.keys(map));
  if (!recordFits('', ids)) {
    return fail('', `expected categories and services whose ids fit in a ${MAX_COOKIE_BYTES}-byte consent cookie, received ${ids.length} ids`);
  }
  for (const [key, map] of maps)
    for (const [id, value] of Object.entries(map)) {
      if (!ID.test(id)) fail(`${key}.${id}`, 'expected an id like "analytics" (a-z, 0-9, - or _; up to 32)');
      else if (typeof value != 'boolean') fail(`${key}.${id}`, `expected true or false, received ${describe(value)}`);
    }
}

/** A receipt as checked: the receipt itself, or every issue with the path of its field. */
export type ReceiptResult = { ok: true; receipt: Receipt } | { ok: false; issues: ReceiptIssue[] };

/**
 * Checks a parsed JSON body. Every issue has the `path` of the field (`"categories.analytics"`, `""` for the
 * body itself) and a message saying what was expected and received.
 */
export function validateReceipt(body: unknown): ReceiptResult {
  if (!isPlainObject(body)) return { ok: false, issues: [{ path: '', message: `expected a JSON object, received ${describe(body)}` }] };
  const issues: ReceiptIssue[] = [];
  const fail = (path: string, message: string) => void issues.push({ path, message });

  for (const key of Object.keys(body)) if (!Object.hasOwn(FIELDS, key)) fail(key, `unknown key; expected one of: ${Object.keys(FIELDS).join(', ')}`);
  for (const [key, [check, expected]] of Object.entries(FIELDS)) {
    if (!check(body[key])) fail(key, `expected ${expected}, received ${describe(body[key])}`);
  }
  checkIds(body, fail);
  if (isTime(body.timestamp) && isTime(body.expiresAt) && Date.parse(body.expiresAt) <= Date.parse(body.timestamp)) {
    fail('expiresAt', `expected a time after timestamp, received ${describe(body.expiresAt)}`);
  }
  return issues.length ? { ok: false, issues } : { ok: true, receipt: body as unknown as Receipt };
}
