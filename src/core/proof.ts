import { LANGUAGE, MAX_LANGUAGE_LENGTH } from './limits';
import type { ConsentProof, ConsentState, DecisionLayer, ResolvedConfig } from './types';

const iso = (ms: number): string => new Date(ms).toISOString();

// The language usually comes verbatim from `<html lang>`, where pages also write "en_US" or worse; receipt
// servers accept language tags only, so a receipt carries the tag or "".
const languageTag = (language: string): string => {
  const tag = language.replace(/_/g, '-');
  return tag.length <= MAX_LANGUAGE_LENGTH && LANGUAGE.test(tag) ? tag : '';
};

/** SHA-256 of a text, as hex; null where the page has no Web Crypto (browsers offer it on https pages only). */
export async function sha256(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The consent record of a decided state. `textHash` covers what the visitor decided on: the revision, the
 * categories with their texts and declared cookies, the policy links, the language and the shown texts.
 */
export async function createProof(
  config: ResolvedConfig,
  state: ConsentState,
  time: number,
  how: { action: ConsentProof['action']; layer: DecisionLayer; language: string; gpc: boolean; shown: unknown },
): Promise<ConsentProof> {
  const record = state.record!;
  const { action, layer, gpc, shown } = how;
  const language = languageTag(how.language);
  return {
    consentId: record.consentId,
    timestamp: iso(time),
    revision: config.revision,
    action,
    layer,
    categories: { ...state.categories },
    services: { ...state.services },
    language,
    gpc,
    textHash: await sha256(JSON.stringify([config.revision, config.categories, config.links, language, shown ?? null])),
    expiresAt: iso(record.updatedAt + config.cookie.expiresDays * 864e5),
  };
}

/**
 * Posts a record to the site's receipt endpoint without delaying anything: `sendBeacon` also survives the page
 * closing right after the click; `fetch` with `keepalive` stands in where it is missing or refuses.
 */
export function sendReceipt(url: string, proof: ConsentProof, onError: (error: unknown) => void): void {
  const body = JSON.stringify(proof);
  try {
    if (!navigator.sendBeacon?.(url, body)) fetch(url, { method: 'POST', body, keepalive: true }).catch(onError);
  } catch (error) {
    onError(error);
  }
}
