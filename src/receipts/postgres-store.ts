// PostgreSQL, for several server instances behind a load balancer sharing one database. Each write locks its
// site's chain row (SELECT … FOR UPDATE), so instances extend a chain one at a time, and commits with
// synchronous_commit on: the 201 goes out only once the commit is on the database's disk.
import type { Pool, PoolClient } from 'pg';
import { createBatcher } from './batch';
import { chainHash, GENESIS } from './chain';
import { loadDriver, ReceiptsSetupError } from './driver';
import { fromRow, toRow, type ReceiptRow } from './rows';
import type { ChainEnds, Receipt, ReceiptStore } from './types';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS receipts (
    id          bigserial PRIMARY KEY,
    site        text      NOT NULL,
    seq         bigint    NOT NULL,
    consent_id  text      NOT NULL,
    timestamp   text      NOT NULL,
    revision    integer   NOT NULL,
    action      text      NOT NULL,
    layer       text      NOT NULL,
    categories  text      NOT NULL,
    services    text      NOT NULL,
    language    text      NOT NULL,
    gpc         boolean   NOT NULL,
    text_hash   text,
    expires_at  text      NOT NULL,
    received_at text      NOT NULL,
    hash        text      NOT NULL,
    UNIQUE (site, consent_id, timestamp, action)
  );
  CREATE INDEX IF NOT EXISTS receipts_chain ON receipts (site, seq, id);
  CREATE INDEX IF NOT EXISTS receipts_received ON receipts (site, received_at);
  CREATE TABLE IF NOT EXISTS receipt_chains (
    site            text   PRIMARY KEY,
    head_seq        bigint NOT NULL,
    head_hash       text   NOT NULL,
    checkpoint_seq  bigint NOT NULL,
    checkpoint_hash text   NOT NULL,
    purged_at       text,
    purged_before   text
  );
`;

const COLUMNS = 'id, site, seq, consent_id, timestamp, revision, action, layer, categories, services, language, gpc, text_hash, expires_at, received_at, hash';
const INSERTED = ['site', 'seq', 'consent_id', 'timestamp', 'revision', 'action', 'layer', 'categories', 'services', 'language', 'gpc', 'text_hash', 'expires_at', 'received_at', 'hash'] as const;
const TYPES = ['text', 'int8', 'text', 'text', 'int4', 'text', 'text', 'text', 'text', 'text', 'bool', 'text', 'text', 'text', 'text'];
// One multi-row insert from arrays: one round trip for a whole batch.
const INSERT = `INSERT INTO receipts (${INSERTED.join(', ')}) SELECT * FROM unnest(${TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`;

interface Pending {
  site: string;
  receipt: Receipt;
  receivedAt: Date;
}

const key = (r: { consentId: string; timestamp: string; action: string }) => `${r.consentId} ${r.timestamp} ${r.action}`;

async function transaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL synchronous_commit = on');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Appends one site's receipts to its chain, in one transaction; true for each receipt not stored before. */
async function addToSite(client: PoolClient, site: string, items: Pending[]): Promise<boolean[]> {
  await client.query('INSERT INTO receipt_chains VALUES ($1, 0, $2, 0, $2, NULL, NULL) ON CONFLICT (site) DO NOTHING', [site, GENESIS]);
  const chain = (await client.query('SELECT head_seq, head_hash FROM receipt_chains WHERE site = $1 FOR UPDATE', [site])).rows[0];
  // Under the lock no other writer adds to this site, so what is stored now is all a duplicate can match.
  const ids = [...new Set(items.map((i) => i.receipt.consentId))];
  const existing = await client.query('SELECT consent_id AS "consentId", timestamp, action FROM receipts WHERE site = $1 AND consent_id = ANY($2::text[])', [site, ids]);
  const seen = new Set(existing.rows.map(key));
  let seq = Number(chain.head_seq);
  let hash: string = chain.head_hash;
  const columns: unknown[][] = INSERTED.map(() => []);
  const results = items.map(({ receipt, receivedAt }) => {
    if (seen.has(key(receipt))) return false;
    seen.add(key(receipt));
    const stored = { ...receipt, receivedAt: receivedAt.toISOString() };
    hash = chainHash(hash, site, ++seq, stored);
    const row: Record<string, unknown> = { ...toRow(stored), site, seq, hash };
    INSERTED.forEach((c, i) => columns[i]!.push(row[c]));
    return true;
  });
  if (results.includes(true)) {
    await client.query(INSERT, columns);
    await client.query('UPDATE receipt_chains SET head_seq = $1, head_hash = $2 WHERE site = $3', [seq, hash, site]);
  }
  return results;
}

/** Connects to the PostgreSQL database at `url` (postgres://…) and creates the tables it lacks. */
export async function openPostgresStore(url: string): Promise<ReceiptStore> {
  const pg = await loadDriver('pg', () => import('pg'), 'keep receipts in PostgreSQL');
  const pool: Pool = new (pg.default ?? pg).Pool({ connectionString: url, max: 10 });
  // An idle client's error (the database restarted) must not end the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    try {
      // Two instances starting at once would race to create the tables.
      await client.query('SELECT pg_advisory_lock(7226011)');
      await client.query(SCHEMA);
      await client.query('SELECT pg_advisory_unlock(7226011)');
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    throw new ReceiptsSetupError(`cannot use the PostgreSQL database at DATABASE_URL: ${(error as Error).message}`);
  }

  const add = createBatcher<Pending, boolean>(async (items) => {
    const bySite = new Map<string, Pending[]>();
    for (const item of items) bySite.set(item.site, [...(bySite.get(item.site) ?? []), item]);
    const done = new Map<Pending, boolean>();
    // One transaction per site: each holds only its own site's lock.
    await Promise.all(
      [...bySite].map(async ([site, group]) => {
        const results = await transaction(pool, (client) => addToSite(client, site, group));
        group.forEach((item, i) => done.set(item, results[i]!));
      }),
    );
    return items.map((item) => done.get(item)!);
  }, 1000);

  const query = async <T>(text: string, values: unknown[]) => (await pool.query(text, values)).rows as T[];

  return {
    backend: 'postgres',
    add: (site, receipt, receivedAt = new Date()) => add({ site, receipt, receivedAt }),
    byConsentId: async (site, consentId) =>
      (await query<ReceiptRow>(`SELECT ${COLUMNS} FROM receipts WHERE site = $1 AND consent_id = $2 ORDER BY timestamp, seq`, [site, consentId])).map((r) => fromRow(r).receipt),
    chainPage: async (site, after, limit) =>
      (await query<ReceiptRow>(`SELECT ${COLUMNS} FROM receipts WHERE site = $1 AND (seq, id) > ($2, $3) ORDER BY seq, id LIMIT $4`, [site, after.seq, after.id, limit])).map(fromRow),
    async ends(site): Promise<ChainEnds> {
      const [c] = await query<Record<string, string | null>>('SELECT * FROM receipt_chains WHERE site = $1', [site]);
      if (!c) return { checkpoint: { seq: 0, hash: GENESIS, purgedAt: null, purgedBefore: null }, head: { seq: 0, hash: GENESIS } };
      return {
        checkpoint: { seq: Number(c.checkpoint_seq), hash: c.checkpoint_hash!, purgedAt: c.purged_at ?? null, purgedBefore: c.purged_before ?? null },
        head: { seq: Number(c.head_seq), hash: c.head_hash! },
      };
    },
    deleteThrough: (site, through, before) =>
      transaction(pool, async (client) => {
        await client.query('SELECT 1 FROM receipt_chains WHERE site = $1 FOR UPDATE', [site]);
        const [row] = (await client.query('SELECT hash FROM receipts WHERE site = $1 AND seq = $2 ORDER BY id LIMIT 1', [site, through])).rows;
        if (!row) throw new Error(`receipt ${through} of site ${site} is missing`);
        const deleted = await client.query('DELETE FROM receipts WHERE site = $1 AND seq <= $2', [site, through]);
        await client.query('UPDATE receipt_chains SET checkpoint_seq = $1, checkpoint_hash = $2, purged_at = $3, purged_before = $4 WHERE site = $5', [
          through,
          row.hash,
          new Date().toISOString(),
          before.toISOString(),
          site,
        ]);
        return deleted.rowCount ?? 0;
      }),
    async firstSeqFrom(site, time) {
      const [r] = await query<{ seq: string | null }>('SELECT min(seq) AS seq FROM receipts WHERE site = $1 AND received_at >= $2', [site, time.toISOString()]);
      return r?.seq == null ? null : Number(r.seq);
    },
    async reportCounts(site) {
      const decisions = await query<{ revision: number; day: string; action: string; layer: string; count: string }>(
        `SELECT revision, substr(received_at, 1, 10) AS day, action, layer, count(*) AS count
         FROM receipts WHERE site = $1 GROUP BY revision, day, action, layer ORDER BY revision, day`,
        [site],
      );
      const categories = await query<{ revision: number; day: string; category: string; granted: string; total: string }>(
        `SELECT revision, substr(received_at, 1, 10) AS day, c.key AS category, count(*) FILTER (WHERE c.value = 'true'::jsonb) AS granted, count(*) AS total
         FROM receipts, jsonb_each(receipts.categories::jsonb) AS c WHERE site = $1 GROUP BY revision, day, category ORDER BY revision, day, category`,
        [site],
      );
      return {
        decisions: decisions.map((d) => ({ ...d, count: Number(d.count) })),
        categories: categories.map((c) => ({ ...c, granted: Number(c.granted), total: Number(c.total) })),
      };
    },
    sites: async () => (await query<{ site: string }>('SELECT site FROM receipt_chains ORDER BY site', [])).map((s) => s.site),
    close: () => pool.end(),
  };
}
