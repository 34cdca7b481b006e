import { LANGUAGE, MAX_LANGUAGE_LENGTH } from './limits';
import type { ConsentProof, ConsentState, DecisionLayer, ResolvedCategory, ResolvedConfig } from './types';

/** A receipt endpoint's refusal (any answer but 2xx), reported as the `error` of an `error` event `receipt`. */
export interface ReceiptError extends Error {
  /** The HTTP status, e.g. 400. */
  readonly status: number;
  /** The answer: parsed where it is JSON (the example server's `{ error, issues }`), else its text. */
  readonly body: unknown;
}

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
 * The consent record of a decided state: the visitor's choices (also on a page that holds some back), of the
 * cookie decision or, for a `separate` category, of that category and its services alone. `textHash` covers
 * what the visitor decided on: the revision, the categories with their texts and declared cookies, the policy
 * links, the language and the shown texts.
 */
export async function createProof(
  config: ResolvedConfig,
  state: ConsentState,
  time: number,
  how: { action: ConsentProof['action']; layer: DecisionLayer; language: string; gpc: boolean; shown: unknown; separate?: ResolvedCategory | undefined },
): Promise<ConsentProof> {
  const record = state.record!;
  const { action, layer, gpc, shown, separate } = how;
  const language = languageTag(how.language);
  const categories: Record<string, boolean> = {};
  const services: Record<string, boolean> = {};
  for (const c of config.categories) {
    if (separate ? c != separate : c.separate) continue;
    categories[c.id] = state.choices[c.id]!;
    for (const s of c.services) services[s.id] = state.choices[s.id]!;
  }
  const lapses = separate ? (record.separate?.[separate.id] ?? time) + separate.expiresDays! * 864e5 : record.updatedAt + config.cookie.expiresDays * 864e5;
  return {
    consentId: record.consentId,
    timestamp: iso(time),
    revision: config.revision,
    action,
    layer,
    categories,
    services,
    language,
    gpc,
    textHash: await sha256(JSON.stringify([config.revision, config.categories, config.links, language, shown ?? null])),
    expiresAt: iso(lapses),
  };
}

// Not every answer is JSON, e.g. a proxy's error page: then its text is the body.
const refusal = (status: number, text: string): ReceiptError => {
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return Object.assign(Error(`Receipt refused: ${status} ${text}`), { status, body });
};

/**
 * Posts a record to the site's receipt endpoint without delaying anything. `fetch` with `keepalive` survives the
 * page closing right after the click and, unlike `sendBeacon`, sees the answer, so a refused receipt is reported
 * as a `ReceiptError`. The body is a string, posted as text/plain: a cross-origin post needs no preflight.
 */
export function sendReceipt(url: string, proof: ConsentProof, onError: (error: unknown) => void): void {
  const body = JSON.stringify(proof);
  try {
    fetch(url, { method: 'POST', body, keepalive: true })
      .then(async (response) => response.ok || onError(refusal(response.status, await response.text())))
      .catch(onError);
  } catch (error) {
    // sendBeacon cannot see the answer: it stands in only where fetch is missing or refuses outright.
    try {
      if (navigator.sendBeacon(url, body)) return;
    } catch {}
    onError(error);
  }
}
