import type { ChainRow, Receipt, StoredReceipt } from './types';

/** A receipts table row as both databases return it (PostgreSQL's bigints come as strings). */
export interface ReceiptRow {
  id: number | string;
  site: string;
  seq: number | string;
  consent_id: string;
  timestamp: string;
  revision: number;
  action: Receipt['action'];
  layer: Receipt['layer'];
  categories: string;
  services: string;
  language: string;
  gpc: number | boolean;
  text_hash: string | null;
  expires_at: string;
  received_at: string;
  hash: string;
}

/** The columns of a stored receipt; `gpc` as a boolean, which SQLite stores as 1 or 0. */
export const toRow = (r: StoredReceipt) => ({
  consent_id: r.consentId,
  timestamp: r.timestamp,
  revision: r.revision,
  action: r.action,
  layer: r.layer,
  categories: JSON.stringify(r.categories),
  services: JSON.stringify(r.services),
  language: r.language,
  gpc: r.gpc,
  text_hash: r.textHash,
  expires_at: r.expiresAt,
  received_at: r.receivedAt,
});

// A hand-edited row may hold anything: kept as text, it fails the chain instead of stopping the verification.
function parseMap(text: string): Record<string, boolean> {
  try {
    return JSON.parse(text);
  } catch {
    return { [text]: false };
  }
}

export const fromRow = (r: ReceiptRow): ChainRow => ({
  id: Number(r.id),
  seq: Number(r.seq),
  hash: r.hash,
  receipt: {
    consentId: r.consent_id,
    timestamp: r.timestamp,
    revision: r.revision,
    action: r.action,
    layer: r.layer,
    categories: parseMap(r.categories),
    services: parseMap(r.services),
    language: r.language,
    gpc: r.gpc === true || r.gpc === 1,
    textHash: r.text_hash,
    expiresAt: r.expires_at,
    receivedAt: r.received_at,
  },
});
