#!/usr/bin/env node
// The receipts server under load, with a crash: 20,000 receipts over 50 kept-alive connections on 127.0.0.1 to
// each backend, the server SIGKILLed halfway and restarted, then every acknowledged receipt looked up in the
// database. A benchmark, not a test: `npm run bench:receipts` (builds first). PostgreSQL runs when
// CONSENTRY_TEST_DATABASE_URL (or DATABASE_URL) names a server; each run gets a schema of its own, dropped after.
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadAndKill } from '../test/tools/receipts-load.mjs';

const TOTAL = Number(process.env.RECEIPTS_TOTAL ?? 20_000);
const CONCURRENCY = 50;

async function report(name, database) {
  const r = await loadAndKill({ database, total: TOTAL, concurrency: CONCURRENCY, killAfter: TOTAL / 2 });
  console.log(
    `${name}: ${r.acknowledged} of ${TOTAL} receipts acknowledged, ${r.stored} in the database, ${r.missing.length} acknowledged but missing; ` +
      `chain ${r.verified ? 'intact' : 'BROKEN'}; SIGKILL after ${TOTAL / 2}, back in ${r.downMs} ms, ${r.retried} posts retried (${r.alreadyStored} of them already stored); ` +
      `${r.perSecond} receipts/s`,
  );
  return r.missing.length == 0 && r.verified && r.stored == TOTAL;
}

const dir = mkdtempSync(join(tmpdir(), 'consentry-receipts-load-'));
let ok = true;
try {
  ok = (await report('SQLite', join(dir, 'receipts.sqlite'))) && ok;
  const url = process.env.CONSENTRY_TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) console.log('PostgreSQL: skipped (set CONSENTRY_TEST_DATABASE_URL=postgres://…)');
  else {
    const schema = 'load_' + randomBytes(6).toString('hex');
    const admin = new pg.Client(url);
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      ok = (await report('PostgreSQL', `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`)) && ok;
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;
