import type { ConsentProof } from '../core/types';

/** A consent receipt as consentry's core posts it. */
export type Receipt = ConsentProof;
export type ReceiptAction = Receipt['action'];
export type ReceiptLayer = Receipt['layer'];

export const ACTIONS: readonly ReceiptAction[] = ['accept_all', 'reject_all', 'save_custom', 'withdraw', 'gpc_optout', 'separate_grant', 'separate_withdraw'];
export const LAYERS: readonly ReceiptLayer[] = ['banner', 'dialog', 'api'];

export interface ReceiptIssue {
  /** The field, e.g. `"categories.analytics"`; empty for the body itself. */
  readonly path: string;
  readonly message: string;
}

/** A stored receipt: as posted, plus the time the server received it. */
export interface StoredReceipt extends Receipt {
  /** ISO-8601 UTC, the server's clock. */
  readonly receivedAt: string;
}

/** A place in a site's hash chain: the receipt numbered `seq` and its hash (seq 0: before the first receipt). */
export interface ChainLink {
  readonly seq: number;
  readonly hash: string;
}

/** One stored row, as the chain verification reads it. */
export interface ChainRow {
  /** The database's own row id: what a person looking at the table sees. */
  readonly id: number;
  readonly seq: number;
  readonly hash: string;
  readonly receipt: StoredReceipt;
}

/** What a site's chain starts from and ends at, as the store records it beside the rows. */
export interface ChainEnds {
  /** The last purged receipt (seq 0 and the genesis hash before any purge). */
  readonly checkpoint: ChainLink & { readonly purgedAt: string | null; readonly purgedBefore: string | null };
  /** The last stored receipt. */
  readonly head: ChainLink;
}

/** Counts for the report, as the store's aggregate queries return them. */
export interface ReportCounts {
  readonly decisions: readonly { revision: number; day: string; action: string; layer: string; count: number }[];
  readonly categories: readonly { revision: number; day: string; category: string; granted: number; total: number }[];
}

/**
 * Where receipts are kept: SQLite or PostgreSQL, behind the same operations, each per site. `add` resolves only
 * once the receipt is durably committed.
 */
export interface ReceiptStore {
  readonly backend: 'sqlite' | 'postgres';
  /** Stores a validated receipt at the end of the site's chain; false when the same receipt was stored before. */
  add(site: string, receipt: Receipt, receivedAt?: Date): Promise<boolean>;
  /** Every receipt of one visitor on one site, oldest first. */
  byConsentId(site: string, consentId: string): Promise<StoredReceipt[]>;
  /** Up to `limit` rows of the site's chain after `after` (by seq, then row id), in chain order. */
  chainPage(site: string, after: { seq: number; id: number }, limit: number): Promise<ChainRow[]>;
  ends(site: string): Promise<ChainEnds>;
  /**
   * Deletes the site's receipts up to and including `throughSeq` and records the last one's hash as the
   * checkpoint the chain now starts from; `before` is the cutoff the purge was asked for. Returns the rows deleted.
   */
  deleteThrough(site: string, throughSeq: number, before: Date): Promise<number>;
  /** The seq of the site's first receipt received at or after `time`, or null when there is none. */
  firstSeqFrom(site: string, time: Date): Promise<number | null>;
  reportCounts(site: string): Promise<ReportCounts>;
  /** Every site with a chain. */
  sites(): Promise<string[]>;
  close(): Promise<void>;
}
