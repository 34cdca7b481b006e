import { createServer } from 'node:http';
import { CONSENT_ID } from 'consentry/limits';
import { validateReceipt } from './validate-receipt.js';

// The largest receipt a valid config produces is about 14.4 KB (1,258 ids of one to three letters). Its ids must
// fit in a 4,096-byte cookie, where each costs its length + 1 bytes; in the receipt each costs its length + 9
// (`"id":false,`), so they never take more than 5 × 4,096 bytes, and the other fields take under 400. 32 KB holds
// that with room to spare, and is half of what a browser lets a keepalive fetch or sendBeacon carry (64 KB).
const MAX_BODY = 32 * 1024;
// The core posts its receipt as a string, which fetch and sendBeacon send as text/plain (so a cross-origin post
// needs no CORS preflight); other clients may send application/json.
const BODY_TYPES = /^(application\/json|text\/plain)\s*(;|$)/i;

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** The request body as text, or null once it passes `max` bytes (the rest is not read). */
function readBody(req, max) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function receive(req, res, store) {
  if (!BODY_TYPES.test(req.headers['content-type'] ?? '')) {
    return send(res, 415, { error: 'expected a body of type application/json or text/plain' });
  }
  const tooLarge = () => send(res, 413, { error: `body over ${MAX_BODY} bytes` }, { connection: 'close' });
  if (Number(req.headers['content-length']) > MAX_BODY) return tooLarge();
  const text = await readBody(req, MAX_BODY);
  if (text === null) return tooLarge();

  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return send(res, 400, { error: 'invalid receipt', issues: [{ path: '', message: 'expected a JSON object, received text that is not JSON' }] });
  }
  const result = validateReceipt(body);
  if (!result.ok) return send(res, 400, { error: 'invalid receipt', issues: result.issues });
  // Only the validated receipt is stored: nothing from the request itself (no address, no headers).
  const stored = store.add(result.receipt);
  send(res, stored ? 201 : 200, { stored });
}

function exportReceipts(url, res, store) {
  const consentId = url.searchParams.get('consentId');
  if (!consentId || !CONSENT_ID.test(consentId)) {
    return send(res, 400, { error: 'invalid query', issues: [{ path: 'consentId', message: 'expected a consent id of 8 to 64 letters, digits, "-" or "_"' }] });
  }
  send(res, 200, { consentId, receipts: store.byConsentId(consentId) });
}

/**
 * An HTTP server for consent receipts: `POST /receipts` stores one, `GET /receipts?consentId=…` exports one
 * visitor's receipts. It never reads the client's address. Listen on 127.0.0.1 behind your web server, and put
 * the export behind your own authentication: a consent id is all it asks for.
 */
export function createReceiptServer({ store }) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://receipts.invalid');
    if (url.pathname != '/receipts') return send(res, 404, { error: 'not found' });
    if (req.method == 'POST') {
      return receive(req, res, store).catch(() => send(res, 500, { error: 'could not store the receipt' }));
    }
    if (req.method == 'GET') return exportReceipts(url, res, store);
    send(res, 405, { error: 'method not allowed' }, { allow: 'GET, POST' });
  });
  server.on('close', () => store.close());
  return server;
}
