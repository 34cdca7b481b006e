import type { Server } from 'node:http';

/** A consent receipt as consentry's core posts it (`ConsentProof`). */
export interface Receipt {
  consentId: string;
  timestamp: string;
  revision: number;
  action: 'accept_all' | 'reject_all' | 'save_custom' | 'withdraw' | 'gpc_optout';
  layer: 'banner' | 'dialog' | 'api';
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  language: string;
  gpc: boolean;
  textHash: string | null;
  expiresAt: string;
}

export interface ReceiptIssue {
  /** The field, e.g. `"categories.analytics"`; empty for the body itself. */
  path: string;
  message: string;
}

export type ReceiptResult = { ok: true; receipt: Receipt } | { ok: false; issues: ReceiptIssue[] };

export interface ReceiptStore {
  /** Stores a validated receipt; false when the same receipt was stored before. */
  add(receipt: Receipt, receivedAt?: Date): boolean;
  /** Every receipt of one visitor, oldest first, plus the time the server received it. */
  byConsentId(consentId: string): (Receipt & { receivedAt: string })[];
  close(): void;
}

export function validateReceipt(body: unknown): ReceiptResult;
export function openReceiptStore(file: string): ReceiptStore;
/** Closing the server closes the store. */
export function createReceiptServer(options: { store: ReceiptStore }): Server;
