import { createProof, sendReceipt } from '../core/proof';
import type { ConsentryGlobal } from './loader';

/** Hands the consent records' code to the loader: from its own file, and from the banner file, where a first visit decides. */
export function registerProof(): void {
  (window as unknown as { Consentry?: ConsentryGlobal }).Consentry?._register?.('proof', { createProof, sendReceipt });
}
