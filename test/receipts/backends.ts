// The backends every receipts test runs against: SQLite always; PostgreSQL when CONSENTRY_TEST_DATABASE_URL
// names a server (.ci/run starts a throwaway cluster and sets it). In CI its absence fails the run instead of
// quietly testing one backend. Each test gets an empty database: a new SQLite file, or a new PostgreSQL schema.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openReceiptStore } from '../../src/receipts/open-store';
import type { Receipt, ReceiptStore } from '../../src/receipts/types';

const url = process.env.CONSENTRY_TEST_DATABASE_URL;
if (!url && process.env.CI === 'true') throw new Error('CONSENTRY_TEST_DATABASE_URL is not set: CI must run the PostgreSQL receipts tests (.ci/run starts a cluster)');
if (!url) console.warn('PostgreSQL receipts tests SKIPPED: set CONSENTRY_TEST_DATABASE_URL=postgres://… to run them (.ci/run does)');

/** An empty database of one backend: where it is, direct SQL on it (`?` placeholders), and clean-up. */
export interface TestDatabase {
  /** What `openReceiptStore` and `--database` take. */
  readonly database: string;
  /** Runs SQL directly, as someone tampering with the table would; `?` placeholders. */
  sql<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

export interface Backend {
  readonly name: 'sqlite' | 'postgres';
  create(): Promise<TestDatabase>;
}

const sqlite: Backend = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-receipts-'));
    const database = join(dir, 'receipts.sqlite');
    return {
      database,
      async sql<T>(text: string, values: unknown[] = []) {
        const db = new Database(database);
        try {
          const statement = db.prepare(text);
          return (statement.reader ? statement.all(...values) : (statement.run(...values), [])) as T[];
        } finally {
          db.close();
        }
      },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const numbered = (text: string) => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

const postgres: Backend = {
  name: 'postgres',
  async create() {
    const schema = 'test_' + randomBytes(6).toString('hex');
    const admin = new pg.Client(url);
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const separator = url!.includes('?') ? '&' : '?';
    const database = `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    return {
      database,
      async sql<T>(text: string, values: unknown[] = []) {
        const client = new pg.Client(database);
        await client.connect();
        try {
          return (await client.query(numbered(text), values)).rows as T[];
        } finally {
          await client.end();
        }
      },
      async drop() {
        const client = new pg.Client(url);
        await client.connect();
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      },
    };
  },
};

export const backends: readonly Backend[] = url ? [sqlite, postgres] : [sqlite];

/** A fresh database of `backend` and its store; `close` closes the store and drops the database. */
export async function freshStore(backend: Backend): Promise<{ db: TestDatabase; store: ReceiptStore; close(): Promise<void> }> {
  const db = await backend.create();
  const store = await openReceiptStore(db.database);
  return { db, store, close: async () => (await store.close(), await db.drop()) };
}

let counter = 0;

/** A valid receipt, unique unless `over` says otherwise. */
export const receipt = (over: Partial<Record<keyof Receipt, unknown>> = {}): Receipt =>
  ({
    consentId: `visitor-${String(++counter).padStart(6, '0')}`,
    timestamp: '2026-11-25T09:00:00.000Z',
    revision: 3,
    action: 'save_custom',
    layer: 'dialog',
    categories: { essential: true, analytics: true, marketing: false },
    services: { 'meta-pixel': false },
    language: 'de',
    gpc: false,
    textHash: 'a'.repeat(64),
    expiresAt: '2027-05-26T09:00:00.000Z',
    ...over,
  }) as Receipt;
