// The receipts HTTP API. POST stays open (browsers post without credentials) but bounded: body size, JSON
// depth, the strict receipt shape, a rate per connection. Export and report need the bearer token and are off
// without one. Nothing from the request itself is stored: no address, no headers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONSENT_ID, ID } from '../core/limits';
import { createRateLimit } from './rate-limit';
import { nestsDeeperThan, readBody } from './read-body';
import { buildReport } from './report';
import { renderReportHtml } from './report-html';
import { checkBearer } from './token';
import type { ReceiptStore } from './types';
import { validateReceipt } from './validate-receipt';

// The largest receipt a valid config produces is about 14.4 KB (1,258 ids of one to three letters). Its ids must
// fit in a 4,096-byte cookie, where each costs its length + 1 bytes; in the receipt each costs its length + 9
// (`"id":false,`), so they never take more than 5 × 4,096 bytes, and the other fields take under 400. 32 KB holds
// that with room to spare, and is half of what a browser lets a keepalive fetch or sendBeacon carry (64 KB).
export const MAX_BODY = 32 * 1024;
// A receipt nests two levels (the body, then categories or services); deeper is refused unparsed.
export const MAX_DEPTH = 8;
// The core posts its receipt as a string, which fetch and sendBeacon send as text/plain (so a cross-origin post
// needs no CORS preflight); other clients may send application/json.
const BODY_TYPES = /^(application\/json|text\/plain)\s*(;|$)/i;

export interface ReceiptHandlerOptions {
  readonly store: ReceiptStore;
  /**
   * The sites this server keeps receipts for, each at `/receipts/<site>`; the first is also `/receipts`.
   * @default ['default']
   */
  readonly sites?: readonly string[] | undefined;
  /** The bearer token of the export and the report; without one, both are off (404). */
  readonly token?: string | undefined;
  /** Requests per second per connection (bursts of twice as many); more get 429. @default 10 */
  readonly rateLimit?: number | undefined;
}

type Answer = (status: number, body: unknown, headers?: Record<string, string>) => void;

const issue = (path: string, message: string) => ({ error: 'invalid receipt', issues: [{ path, message }] });

async function receive(req: IncomingMessage, send: Answer, store: ReceiptStore, site: string): Promise<void> {
  if (!BODY_TYPES.test(req.headers['content-type'] ?? '')) return send(415, { error: 'expected a body of type application/json or text/plain' });
  const tooLarge = () => send(413, { error: `body over ${MAX_BODY} bytes` }, { connection: 'close' });
  if (Number(req.headers['content-length']) > MAX_BODY) return tooLarge();
  const text = await readBody(req, MAX_BODY);
  if (text === null) return tooLarge();
  if (nestsDeeperThan(text, MAX_DEPTH)) return send(400, issue('', `expected a JSON object nested at most ${MAX_DEPTH} levels deep`));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return send(400, issue('', 'expected a JSON object, received text that is not JSON'));
  }
  const result = validateReceipt(body);
  if (!result.ok) return send(400, { error: 'invalid receipt', issues: result.issues });
  // Answered only after the store has committed the receipt durably.
  const stored = await store.add(site, result.receipt);
  send(stored ? 201 : 200, { stored });
}

/** The request handler of a receipts server, for `http.createServer` or an existing server's routing. */
export function createReceiptHandler({ store, sites = ['default'], token, rateLimit = 10 }: ReceiptHandlerOptions) {
  for (const site of sites) if (!ID.test(site)) throw new TypeError(`consentry receipts: sites: expected ids like "clinic-north" (a-z, 0-9, - or _; up to 32), received "${site}"`);
  if (!sites.length) throw new TypeError('consentry receipts: sites: expected at least one site id');
  const allowed = createRateLimit(rateLimit);

  return (req: IncomingMessage, res: ServerResponse): void => {
    const send: Answer = (status, body, headers = {}) => {
      if (res.headersSent) return;
      const html = typeof body == 'string';
      res.writeHead(status, {
        'content-type': html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        ...(html ? { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" } : {}),
        ...headers,
      });
      res.end(html ? body : JSON.stringify(body));
    };
    const failed = () => send(500, { error: 'could not complete the request' });
    if (!allowed(req.socket)) return send(429, { error: `over ${rateLimit} requests per second on this connection` }, { 'retry-after': '1' });

    // A request line such as `GET //` is no URL to parse: it would throw, and end the process.
    const target = req.url ?? '/';
    if (!URL.canParse(target, 'http://receipts.invalid')) return send(404, { error: 'not found' });
    const url = new URL(target, 'http://receipts.invalid');
    const path = /^\/receipts(?:\/([^/]*))?$/.exec(url.pathname);
    const authorized = (): boolean => {
      if (token === undefined) return send(404, { error: 'not found' }), false;
      const check = checkBearer(req.headers.authorization, token);
      if (check == 'ok') return true;
      send(401, { error: check == 'missing' ? 'expected Authorization: Bearer <token>' : 'wrong token' }, { 'www-authenticate': 'Bearer' });
      return false;
    };

    if (url.pathname == '/report') {
      if (req.method != 'GET') return send(405, { error: 'method not allowed' }, { allow: 'GET' });
      if (!authorized()) return;
      const only = url.searchParams.get('site');
      if (only !== null && !sites.includes(only)) return send(404, { error: `unknown site "${only.slice(0, 64)}"` });
      const format = url.searchParams.get('format') ?? 'json';
      if (format != 'json' && format != 'html') return send(400, { error: 'expected format=json or format=html' });
      buildReport(store, only === null ? sites : [only]).then((report) => send(200, format == 'html' ? renderReportHtml(report) : report), failed);
      return;
    }
    if (!path) return send(404, { error: 'not found' });
    const site = path[1] ?? sites[0]!;
    if (!sites.includes(site)) return send(404, { error: `unknown site "${site.slice(0, 64)}"` });
    if (req.method == 'POST') return void receive(req, send, store, site).catch(failed);
    if (req.method != 'GET') return send(405, { error: 'method not allowed' }, { allow: 'GET, POST' });
    if (!authorized()) return;
    const consentId = url.searchParams.get('consentId');
    if (!consentId || !CONSENT_ID.test(consentId)) {
      return send(400, { error: 'invalid query', issues: [{ path: 'consentId', message: 'expected a consent id of 8 to 64 letters, digits, "-" or "_"' }] });
    }
    store.byConsentId(site, consentId).then((receipts) => send(200, { site, consentId, receipts }), failed);
  };
}
