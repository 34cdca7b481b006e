// SQLite, the default: one file, nothing to run. WAL with synchronous=FULL, so a commit has reached the disk
// (not only the operating system) before the server answers 201: a killed process or a power cut loses nothing
// acknowledged. Several processes may share the file; each write takes SQLite's lock and reads the chain's end
// inside it.
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { createBatcher } from './batch';
import { chainHash, GENESIS } from './chain';
import { loadDriver, ReceiptsSetupError } from './driver';
import { fromRow, toRow, type ReceiptRow } from './rows';
import type { ChainEnds, ChainRow, Receipt, ReceiptStore } from './types';

// There is deliberately no column for an IP address, user agent or any other request data: the receipt proves
// a decision, it must not identify the visitor (R-GDPR-19).
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS receipts (
    id          INTEGER PRIMARY KEY,
    site        TEXT    NOT NULL,
    seq         INTEGER NOT NULL,
    consent_id  TEXT    NOT NULL,
    timestamp   TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    action      TEXT    NOT NULL,
    layer       TEXT    NOT NULL,
    categories  TEXT    NOT NULL,
    services    TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    gpc         INTEGER NOT NULL,
    text_hash   TEXT,
    expires_at  TEXT    NOT NULL,
    received_at TEXT    NOT NULL,
    hash        TEXT    NOT NULL,
    -- A receipt may arrive twice, e.g. when a proxy or the browser retries a post.
    UNIQUE (site, consent_id, timestamp, action)
  );
  -- Not unique: verification must see a second row someone gave an existing seq.
  CREATE INDEX IF NOT EXISTS receipts_chain ON receipts (site, seq, id);
  CREATE INDEX IF NOT EXISTS receipts_received ON receipts (site, received_at);
  CREATE TABLE IF NOT EXISTS receipt_chains (
    site            TEXT    PRIMARY KEY,
    head_seq        INTEGER NOT NULL,
    head_hash       TEXT    NOT NULL,
    checkpoint_seq  INTEGER NOT NULL,
    checkpoint_hash TEXT    NOT NULL,
    purged_at       TEXT,
    purged_before   TEXT
  );
`;

const COLUMNS = 'id, site, seq, consent_id, timestamp, revision, action, layer, categories, services, language, gpc, text_hash, expires_at, received_at, hash';

interface Pending {
  site: string;
  receipt: Receipt;
  receivedAt: Date;
}

/** Opens the SQLite database at `file`, creating it when missing if `create`. */
export async function openSqliteStore(file: string, create = true): Promise<ReceiptStore> {
  const { default: Database } = await loadDriver('better-sqlite3', () => import('better-sqlite3'), 'keep receipts in SQLite');
  // A command reading receipts must not answer "no receipts" for a mistyped path, leaving an empty file behind.
  if (!create && file != ':memory:' && !existsSync(file)) throw new ReceiptsSetupError(`there is no SQLite database at ${file}`);
  let db: SqliteDatabase;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    const columns = db.prepare("SELECT name FROM pragma_table_info('receipts')").all() as { name: string }[];
    if (columns.length && !columns.some((c) => c.name == 'hash')) {
      db.close();
      throw new ReceiptsSetupError(`${file} holds receipts without a hash chain (from examples/receipt-server): start with a new file`);
    }
    db.exec(SCHEMA);
  } catch (error) {
    if (error instanceof ReceiptsSetupError) throw error;
    throw new ReceiptsSetupError(`cannot open the SQLite database ${file}: ${(error as Error).message}`);
  }

  const chainOf = db.prepare('SELECT * FROM receipt_chains WHERE site = ?');
  const createChain = db.prepare('INSERT OR IGNORE INTO receipt_chains VALUES (?, 0, ?, 0, ?, NULL, NULL)');
  const moveHead = db.prepare('UPDATE receipt_chains SET head_seq = ?, head_hash = ? WHERE site = ?');
  const insert = db.prepare(`
    INSERT OR IGNORE INTO receipts (site, seq, consent_id, timestamp, revision, action, layer, categories, services, language, gpc, text_hash, expires_at, received_at, hash)
    VALUES (@site, @seq, @consent_id, @timestamp, @revision, @action, @layer, @categories, @services, @language, @gpc, @text_hash, @expires_at, @received_at, @hash)`);
  type Chain = { head_seq: number; head_hash: string; checkpoint_seq: number; checkpoint_hash: string; purged_at: string | null; purged_before: string | null };

  const addAll = db
    .transaction((items: Pending[]) => {
      const heads = new Map<string, { seq: number; hash: string }>();
      const results = items.map(({ site, receipt, receivedAt }) => {
        let head = heads.get(site);
        if (!head) {
          createChain.run(site, GENESIS, GENESIS);
          const chain = chainOf.get(site) as Chain;
          head = { seq: chain.head_seq, hash: chain.head_hash };
        }
        const stored = { ...receipt, receivedAt: receivedAt.toISOString() };
        const seq = head.seq + 1;
        const hash = chainHash(head.hash, site, seq, stored);
        const added = insert.run({ ...toRow(stored), gpc: stored.gpc ? 1 : 0, site, seq, hash }).changes == 1;
        heads.set(site, added ? { seq, hash } : head);
        return added;
      });
      for (const [site, head] of heads) moveHead.run(head.seq, head.hash, site);
      return results;
    })
    // IMMEDIATE: take the write lock before reading the chain's end, so two processes never extend it from one end.
    .immediate;
  const add = createBatcher<Pending, boolean>(async (items) => addAll(items), 1000);

  const byConsentId = db.prepare(`SELECT ${COLUMNS} FROM receipts WHERE site = ? AND consent_id = ? ORDER BY timestamp, seq`);
  const page = db.prepare(`SELECT ${COLUMNS} FROM receipts WHERE site = ? AND (seq > ? OR (seq = ? AND id > ?)) ORDER BY seq, id LIMIT ?`);
  const firstFrom = db.prepare('SELECT min(seq) AS seq FROM receipts WHERE site = ? AND received_at >= ?');
  const hashAt = db.prepare('SELECT hash FROM receipts WHERE site = ? AND seq = ? ORDER BY id LIMIT 1');
  const deleteThrough = db.prepare('DELETE FROM receipts WHERE site = ? AND seq <= ?');
  const setCheckpoint = db.prepare('UPDATE receipt_chains SET checkpoint_seq = ?, checkpoint_hash = ?, purged_at = ?, purged_before = ? WHERE site = ?');
  const decisions = db.prepare(`
    SELECT revision, substr(received_at, 1, 10) AS day, action, layer, count(*) AS count
    FROM receipts WHERE site = ? GROUP BY revision, day, action, layer ORDER BY revision, day`);
  const categories = db.prepare(`
    SELECT revision, substr(received_at, 1, 10) AS day, c.key AS category, sum(c.value) AS granted, count(*) AS total
    FROM receipts, json_each(receipts.categories) AS c WHERE site = ? GROUP BY revision, day, category ORDER BY revision, day, category`);
  const sites = db.prepare('SELECT site FROM receipt_chains ORDER BY site');

  const purge = db.transaction((site: string, through: number, before: Date) => {
    const hash = (hashAt.get(site, through) as { hash: string } | undefined)?.hash;
    if (hash === undefined) throw new Error(`receipt ${through} of site ${site} is missing`);
    const deleted = deleteThrough.run(site, through).changes;
    setCheckpoint.run(through, hash, new Date().toISOString(), before.toISOString(), site);
    return deleted;
  }).immediate;

  return {
    backend: 'sqlite',
    add: (site, receipt, receivedAt = new Date()) => add({ site, receipt, receivedAt }),
    byConsentId: async (site, consentId) => (byConsentId.all(site, consentId) as ReceiptRow[]).map((r) => fromRow(r).receipt),
    chainPage: async (site, after, limit) => (page.all(site, after.seq, after.seq, after.id, limit) as ReceiptRow[]).map((r): ChainRow => fromRow(r)),
    async ends(site): Promise<ChainEnds> {
      const c = chainOf.get(site) as Chain | undefined;
      if (!c) return { checkpoint: { seq: 0, hash: GENESIS, purgedAt: null, purgedBefore: null }, head: { seq: 0, hash: GENESIS } };
      return { checkpoint: { seq: c.checkpoint_seq, hash: c.checkpoint_hash, purgedAt: c.purged_at, purgedBefore: c.purged_before }, head: { seq: c.head_seq, hash: c.head_hash } };
    },
    deleteThrough: async (site, through, before) => purge(site, through, before),
    firstSeqFrom: async (site, time) => (firstFrom.get(site, time.toISOString()) as { seq: number | null }).seq,
    reportCounts: async (site) => ({ decisions: decisions.all(site) as never, categories: categories.all(site) as never }),
    sites: async () => (sites.all() as { site: string }[]).map((s) => s.site),
    close: async () => void db.close(),
  };
}
