// Load with a crash in the middle, against the built `consentry receipts serve` (dist/cli.js): posts receipts
// over `concurrency` kept-alive connections on 127.0.0.1, SIGKILLs the server once `killAfter` are acknowledged,
// starts it again on the same database, posts the rest (retrying what the kill cut off), then reads the database
// directly: every acknowledged receipt must be there, and the chain must verify. Used by the durability test
// (small) and by bench/receipts-load.mjs (20,000 receipts).
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SITE = 'load';

/** Starts `consentry receipts serve` on a free port; resolves once it listens. */
function startServer(database) {
  const child = spawn(process.execPath, [root + 'dist/cli.js', 'receipts', 'serve', '--port', '0', '--host', '127.0.0.1', '--site', SITE, '--rate-limit', '100000', '--database', database], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: '', CONSENTRY_RECEIPTS_TOKEN: '', CONSENTRY_RECEIPTS_RETENTION: '' },
  });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once('exit', (code) => reject(new Error(`the receipts server exited with ${code}: ${err.trim()}`)));
  });
}

const receiptOf = (i) => ({
  consentId: `load-${String(i).padStart(8, '0')}`,
  timestamp: '2026-11-25T09:00:00.000Z',
  revision: 1,
  action: ['accept_all', 'reject_all', 'save_custom'][i % 3],
  layer: i % 4 ? 'banner' : 'dialog',
  categories: { essential: true, analytics: i % 3 != 1, marketing: i % 3 == 0 },
  services: { 'meta-pixel': i % 3 == 0 },
  language: 'en',
  gpc: false,
  textHash: 'f'.repeat(64),
  expiresAt: '2027-05-26T09:00:00.000Z',
});

function post(agent, port, body) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: `/receipts/${SITE}`, method: 'POST', agent, headers: { 'content-type': 'text/plain' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Runs the load; `database` is an SQLite file or a postgres:// URL. Resolves with what was acknowledged, what
 * the database holds of it, the chain's verification, and receipts per second while the server was up.
 */
export async function loadAndKill({ database, total, concurrency, killAfter }) {
  const { openReceiptStore, verifyChain } = await import(root + 'dist/receipts.js');
  let server = await startServer(database);
  const agent = () => new Agent({ keepAlive: true, maxSockets: concurrency });
  let pool = agent();
  const acknowledged = new Set();
  let next = 0;
  let killed = false;
  let restarting;
  let downMs = 0;
  let retried = 0;
  let alreadyStored = 0;
  const started = performance.now();

  async function crash() {
    killed = true;
    const down = performance.now();
    server.child.kill('SIGKILL');
    await new Promise((done) => server.child.once('exit', done));
    pool.destroy();
    pool = agent();
    server = await startServer(database);
    downMs = performance.now() - down;
  }

  async function worker() {
    while (next < total) {
      const i = next++;
      const body = JSON.stringify(receiptOf(i));
      for (;;) {
        if (restarting) await restarting;
        try {
          const status = await post(pool, server.port, body);
          // 200: already stored (its first answer was lost to the kill); anything else is a failure.
          if (status != 201 && status != 200) throw new Error(`receipt ${i}: HTTP ${status}`);
          if (status == 200) alreadyStored++;
          acknowledged.add(receiptOf(i).consentId);
          break;
        } catch (error) {
          if (!killed && !restarting) throw error;
          retried++;
        }
      }
      if (!killed && acknowledged.size >= killAfter) restarting = crash().finally(() => (restarting = undefined));
    }
  }

  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
    if (restarting) await restarting;
  } finally {
    pool.destroy();
    server.child.kill('SIGTERM');
    await new Promise((done) => server.child.once('exit', done));
  }
  const seconds = (performance.now() - started - downMs) / 1000;

  const store = await openReceiptStore(database);
  try {
    const stored = new Set();
    let after = { seq: -1, id: -1 };
    for (;;) {
      const page = await store.chainPage(SITE, after, 5000);
      for (const row of page) stored.add(row.receipt.consentId);
      if (page.length < 5000) break;
      after = page[page.length - 1];
    }
    const missing = [...acknowledged].filter((id) => !stored.has(id));
    const verification = await verifyChain(store, SITE);
    return { acknowledged: acknowledged.size, stored: stored.size, missing, retried, alreadyStored, killed, verified: verification.ok, perSecond: Math.round(acknowledged.size / seconds), downMs: Math.round(downMs) };
  } finally {
    await store.close();
  }
}
