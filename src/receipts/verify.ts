import { chainHash } from './chain';
import type { ChainEnds, ChainRow, ReceiptStore } from './types';

/** Where a chain first breaks: the row, by its seq in the chain and its row id in the table. */
export interface ChainBreak {
  /**
   * `edited`: the row's content or hash no longer matches; `inserted`: a row the server did not write (a second
   * row with one seq, one past the recorded end, or one before the purge checkpoint); `deleted`: the row with
   * this seq is missing (`id` null).
   */
  readonly kind: 'edited' | 'inserted' | 'deleted';
  readonly seq: number;
  readonly id: number | null;
}

export type ChainVerification =
  | { ok: true; site: string; receipts: number; ends: ChainEnds }
  | { ok: false; site: string; receipts: number; ends: ChainEnds; break: ChainBreak };

const PAGE = 5000;

async function* rowsOf(store: ReceiptStore, site: string): AsyncGenerator<ChainRow> {
  let after = { seq: -1, id: -1 };
  for (;;) {
    const page = await store.chainPage(site, after, PAGE);
    yield* page;
    if (page.length < PAGE) return;
    after = page[page.length - 1]!;
  }
}

/** One pass over the chain as it is now. */
async function walk(store: ReceiptStore, site: string, ends: ChainEnds): Promise<ChainVerification> {
  const { checkpoint } = ends;
  let head = ends.head;
  let expected = checkpoint.seq + 1;
  let previous = checkpoint.hash;
  let receipts = 0;
  const broken = (b: ChainBreak): ChainVerification => ({ ok: false, site, receipts, ends: { checkpoint, head }, break: b });

  // One row of look-ahead: of two rows sharing a seq, the one that chains is the server's.
  const rows = rowsOf(store, site);
  let next = await rows.next();
  while (!next.done) {
    const row = next.value;
    next = await rows.next();
    // The server may have stored more since the walk began: beyond the head is an insertion only if it still is.
    if (row.seq > head.seq) head = (await store.ends(site)).head;
    if (row.seq < expected || row.seq > head.seq) return broken({ kind: 'inserted', seq: row.seq, id: row.id });
    if (row.seq > expected) return broken({ kind: 'deleted', seq: expected, id: null });
    const hash = chainHash(previous, site, row.seq, row.receipt);
    if (hash != row.hash) {
      const twin = next.done ? undefined : next.value;
      const inserted = twin?.seq == row.seq && chainHash(previous, site, twin.seq, twin.receipt) == twin.hash;
      return broken({ kind: inserted ? 'inserted' : 'edited', seq: row.seq, id: row.id });
    }
    previous = hash;
    expected++;
    receipts++;
  }
  if (expected <= head.seq) return broken({ kind: 'deleted', seq: expected, id: null });
  // Every row chains, yet the end differs from the recorded head: the last row was replaced wholesale.
  if (previous != head.hash) return broken({ kind: 'edited', seq: head.seq, id: null });
  return { ok: true, site, receipts, ends: { checkpoint, head } };
}

/**
 * Recomputes a site's chain from its checkpoint to its head and names the first row that breaks it. It cannot
 * see a chain rewritten from the break to the end by someone who recomputed every hash: compare the head it
 * reports with one you archived. Safe while the server stores receipts and another instance purges.
 */
export async function verifyChain(store: ReceiptStore, site: string): Promise<ChainVerification> {
  let ends = await store.ends(site);
  for (let attempt = 1; ; attempt++) {
    const result = await walk(store, site, ends);
    // A purge elsewhere moved the checkpoint during the walk, deleting rows it had yet to read: walk again.
    const now = await store.ends(site);
    if (result.ok || attempt == 3 || now.checkpoint.seq == ends.checkpoint.seq) return result;
    ends = now;
  }
}
