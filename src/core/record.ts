import { deepFreeze } from './freeze';
import type { ConsentMethod, ConsentRecord } from './types';

// Compact, cookie-safe encoding (no character js-cookie would percent-encode):
//   1~<consentId>~<decidedAt>~<updatedAt>~<revision>~<method><gpc>~<category.ids>~<service.ids>[~<id:grantedAt>.…][~!<stamp>]
// with times as base-36 milliseconds, the method as its first letter and the Global Privacy Control note as
// h(onored), o(verride) or nothing; the field after the services, only when there is one, holds when each
// granted `separate` category was granted; the last, only when there is one, the stamp of the config that was
// validated when the record was written (the script-tag loader skips validating that exact config again). Ids
// are checked against the config by the caller, so here a list only has to be made of id characters.
const FORMAT =
  /^1~([\w-]{8,64})~([\da-z]{1,9})~([\da-z]{1,9})~(\d{1,10})~([arcg])([ho]?)~([\w.-]*)~([\w.-]*)(?:~([\w-]+:[\da-z]{1,9}(?:\.[\w-]+:[\da-z]{1,9})*))?(?:~!([\da-z]{1,11}))?$/;
const METHODS: Record<string, ConsentMethod> = { a: 'accept-all', r: 'reject-all', c: 'custom', g: 'gpc' };
const GPC = { h: 'honored', o: 'override' } as const;

/** Whether a stored value is in the record format (whichever config wrote it). */
export const isRecordText = (value: unknown): boolean => typeof value == 'string' && FORMAT.test(value);

export const encodeRecord = (r: ConsentRecord): string =>
  [
    1,
    r.consentId,
    r.decidedAt.toString(36),
    r.updatedAt.toString(36),
    r.revision,
    r.method[0]! + (r.gpc?.[0] ?? ''),
    r.categories.join('.'),
    r.services.join('.'),
    ...(r.separate && Object.keys(r.separate)[0] ? [Object.entries(r.separate).map(([id, t]) => id + ':' + t.toString(36)).join('.')] : []),
    ...(r.stamp ? ['!' + r.stamp] : []),
  ].join('~');

/** Reads a stored value. Anything missing, malformed, oversized or of another format version gives `null`. */
export function decodeRecord(value: unknown): ConsentRecord | null {
  const m = typeof value == 'string' && value.length < 4096 && FORMAT.exec(value);
  if (!m) return null;
  const ids = (list: string) => (list ? list.split('.') : []);
  const record: ConsentRecord = {
    version: 1,
    consentId: m[1]!,
    decidedAt: parseInt(m[2]!, 36),
    updatedAt: parseInt(m[3]!, 36),
    revision: +m[4]!,
    method: METHODS[m[5]!]!,
    ...(m[6] && { gpc: GPC[m[6] as 'h' | 'o'] }),
    categories: ids(m[7]!),
    services: ids(m[8]!),
    ...(m[9] && {
      // No prototype: an id such as "constructor" must not find Object.prototype members.
      separate: Object.assign(Object.create(null), Object.fromEntries(m[9].split('.').map((pair) => [pair.split(':')[0]!, parseInt(pair.split(':')[1]!, 36)]))),
    }),
    ...(m[10] && { stamp: m[10] }),
  };
  return record.decidedAt > record.updatedAt ? null : deepFreeze(record);
}
