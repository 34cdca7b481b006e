// consentry/receipts: the consent receipts server for Node (SQLite or PostgreSQL), for `consentry receipts`
// and for embedding in a site's own server.
export { createReceiptHandler, MAX_BODY, MAX_DEPTH } from './http';
export { createReceiptServer } from './server';
export { openReceiptStore, isPostgresUrl } from './open-store';
export { ReceiptsSetupError } from './driver';
export { validateReceipt } from './validate-receipt';
export { verifyChain } from './verify';
export { purgeReceipts } from './purge';
export { buildReport } from './report';
export { renderReportHtml } from './report-html';
export { chainHash, GENESIS } from './chain';

export type { ReceiptHandlerOptions } from './http';
export type { ReceiptResult } from './validate-receipt';
export type { ChainBreak, ChainVerification } from './verify';
export type { PurgeResult } from './purge';
export type { CategoryRate, ReceiptReport, ReportDay, SiteReport } from './report';
export type { ChainEnds, ChainLink, ChainRow, Receipt, ReceiptAction, ReceiptIssue, ReceiptLayer, ReceiptStore, ReportCounts, StoredReceipt } from './types';
