import { verifyChain, type ChainBreak } from './verify';
import type { ReceiptStore } from './types';

export type PurgeResult =
  | { ok: true; site: string; deleted: number; checkpoint: { seq: number; hash: string } }
  | { ok: false; site: string; break: ChainBreak };

/**
 * Deletes a site's receipts received before `cutoff`, oldest first, up to the first one that is not: the chain
 * loses a prefix and starts from a checkpoint (the last deleted receipt's seq and hash), so what remains still
 * verifies. A broken chain is left as it is, as evidence: purge refuses it.
 */
export async function purgeReceipts(store: ReceiptStore, site: string, cutoff: Date): Promise<PurgeResult> {
  const verified = await verifyChain(store, site);
  if (!verified.ok) return { ok: false, site, break: verified.break };
  const { checkpoint, head } = verified.ends;
  const first = await store.firstSeqFrom(site, cutoff);
  const through = first === null ? head.seq : first - 1;
  if (through <= checkpoint.seq) return { ok: true, site, deleted: 0, checkpoint };
  const deleted = await store.deleteThrough(site, through, cutoff);
  const { checkpoint: now } = await store.ends(site);
  return { ok: true, site, deleted, checkpoint: { seq: now.seq, hash: now.hash } };
}
