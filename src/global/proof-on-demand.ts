// The script-tag build's src/core/proof.ts (swapped in by tsup.config.ts): a returning visitor who does not
// decide never downloads the records' code. A decision in the banner finds it there already, and the loader
// fetches it with the dialog.
import type { ConsentProof } from '../core/types';
import type { createProof as create } from '../core/proof';
import { fetchPart } from './fetch-part';

export function createProof(...args: Parameters<typeof create>): Promise<ConsentProof> {
  return fetchPart('proof').then((file) => (file ? file.createProof(...args) : Promise.reject(Error('consentry: the consent record could not be made'))));
}

export function sendReceipt(url: string, proof: ConsentProof, onError: (error: unknown) => void): void {
  void fetchPart('proof').then((file) => file?.sendReceipt(url, proof, onError));
}
