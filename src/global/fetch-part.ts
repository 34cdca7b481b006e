import type { Parts } from './load-part';

/**
 * How modules of the script-tag build that are not the loader (the embed placeholders' stand-in) fetch a part:
 * set by the loader once it knows where its files are, before the gate first looks at the page. Resolves with
 * nothing when the part could not load, which the loader has reported.
 */
export let fetchPart: <K extends keyof Parts>(kind: K) => Promise<Parts[K] | void> = () => Promise.resolve();

export function setFetchPart(fetch: typeof fetchPart): void {
  fetchPart = fetch;
}
