// Each receipt's hash covers its site, its place in the chain, every field as stored and the hash of the one
// before it, so editing, deleting or inserting a row breaks the chain at that row.
import { createHash } from 'node:crypto';
import type { ChainLink, StoredReceipt } from './types';

/** The hash the first receipt of every site chains to. */
export const GENESIS = '0'.repeat(64);
export const START: ChainLink = { seq: 0, hash: GENESIS };

// Key order must not matter: PostgreSQL's jsonb and a hand-edited row may reorder a map's keys.
const sorted = (map: Readonly<Record<string, boolean>>) => Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The hash of receipt number `seq` of `site`, chained to `previous`. */
export function chainHash(previous: string, site: string, seq: number, r: StoredReceipt): string {
  const fields = [site, seq, r.consentId, r.timestamp, r.revision, r.action, r.layer, sorted(r.categories), sorted(r.services), r.language, r.gpc, r.textHash, r.expiresAt, r.receivedAt];
  return createHash('sha256').update(previous).update('\n').update(JSON.stringify(fields)).digest('hex');
}
