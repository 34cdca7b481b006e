// The built `consentry receipts` commands (`npm run build` first; `npm test` does): results, exit codes, and one
// line for every mistake, never a stack trace.
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openReceiptStore } from '../../src/receipts/open-store';
import { backends, receipt, type TestDatabase } from './backends';

const root = resolve(__dirname, '../..');
const CLEAN = { DATABASE_URL: '', CONSENTRY_RECEIPTS_SITES: '', CONSENTRY_RECEIPTS_RETENTION: '', CONSENTRY_RECEIPTS_TOKEN: '' };
const run = (args: string[], env: Record<string, string> = {}, cli = join(root, 'dist/cli.js')) => {
  const r = spawnSync(process.execPath, [cli, 'receipts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...CLEAN, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const noStack = (r: { err: string }) => expect(r.err).not.toMatch(/\n\s+at /);

describe.each(backends)('consentry receipts on $name', (backend) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await backend.create();
    const store = await openReceiptStore(db.database);
    for (const year of [2020, 2021, 2025]) await store.add('north', receipt({ action: 'accept_all', layer: 'banner' }), new Date(`${year}-06-01T00:00:00.000Z`));
    await store.add('south', receipt(), new Date('2025-06-01T00:00:00.000Z'));
    await store.close();
  });
  afterEach(() => db.drop());

  it('verify: says each chain is intact with its head, and exits 0', () => {
    const r = run(['verify', '--database', db.database]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^site north: 3 receipts intact, from the first to head 3 [\da-f]{64}\nsite south: 1 receipt intact, from the first to head 1 [\da-f]{64}\n$/);
  });

  it('verify: names the edited row and exits 1', async () => {
    await db.sql("UPDATE receipts SET action = 'reject_all' WHERE site = 'north' AND seq = 2");
    const [{ id }] = (await db.sql<{ id: number }>("SELECT id FROM receipts WHERE site = 'north' AND seq = 2")) as [{ id: number }];
    const r = run(['verify', '--site', 'north', '--database', db.database]);
    expect([r.code, r.out]).toEqual([1, `site north: receipt 2 (row id ${id}) was edited: its hash does not match its content and the receipt before it\n`]);
  });

  it('verify --format json: one result per site', () => {
    const r = run(['verify', '--format', 'json', '--database', db.database]);
    expect(JSON.parse(r.out).map((v: { site: string; ok: boolean }) => [v.site, v.ok])).toEqual([['north', true], ['south', true]]);
  });

  it('reads the database from DATABASE_URL when it is a postgres:// URL', () => {
    if (backend.name != 'postgres') return expect(run(['verify'], { DATABASE_URL: db.database }).err).toBe('consentry: expected DATABASE_URL to be a postgres:// URL; for an SQLite file, use --database <file>\n');
    expect(run(['verify'], { DATABASE_URL: db.database }).code).toBe(0);
  });

  it('purge --older-than: deletes what is older, prints the checkpoint, and the chain still verifies', () => {
    const r = run(['purge', '--older-than', '3y', '--site', 'north', '--database', db.database]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^site north: 2 receipts received before \S+ deleted; the chain starts after checkpoint 2 [\da-f]{64}\n$/);
    expect(run(['verify', '--database', db.database]).out).toMatch(/^site north: 1 receipt intact, from checkpoint 2 to head 3/);
  });

  it('purge: takes the age from CONSENTRY_RECEIPTS_RETENTION', () => {
    expect(run(['purge', '--database', db.database], { CONSENTRY_RECEIPTS_RETENTION: '3y' }).out).toMatch(/^site north: 2 receipts/);
  });

  it('purge: refuses a broken chain, naming the break, and exits 1', async () => {
    await db.sql("DELETE FROM receipts WHERE site = 'north' AND seq = 1");
    const r = run(['purge', '--older-than', '1y', '--site', 'north', '--database', db.database]);
    expect([r.code, r.out]).toEqual([1, 'site north: receipt 1 was deleted; nothing purged\n']);
  });

  it('report: the JSON report of every site on standard output', () => {
    const r = run(['report', '--database', db.database]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.sites.map((s: { site: string; days: { receipts: number }[] }) => [s.site, s.days.reduce((n, d) => n + d.receipts, 0)])).toEqual([['north', 3], ['south', 1]]);
  });

  it('report --format html --out: writes the HTML report to the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-report-'));
    try {
      const r = run(['report', '--format', 'html', '--out', join(dir, 'report.html'), '--site', 'north', '--database', db.database]);
      expect([r.code, r.out]).toEqual([0, '']);
      expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>[^]*<h2>Site north<\/h2>[^]*Revision 3: 3 receipts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('consentry receipts mistakes', () => {
  it.each([
    [[], 'missing the receipts command: serve, verify, purge or report'],
    [['sync'], 'unknown receipts command "sync"; the commands are serve, verify, purge and report'],
    [['verify', '--older-than', '3y'], 'unknown option "--older-than" for receipts verify'],
    [['serve', '--port', 'http'], 'expected --port from 0 to 65535, received "http"'],
    [['serve', '--site', 'North Clinic'], 'expected --site with an id like "clinic-north" (a-z, 0-9, - or _; up to 32), received "North Clinic"'],
    [['purge', '--older-than', '3 years'], 'expected --older-than as an age such as 3y, 18m, 6w or 90d, received "3 years"'],
    [['report', '--format', 'csv'], 'expected --format json or html, received "csv"'],
    [['verify', '--database'], 'expected a value after --database'],
  ])('prints the usage for %j and exits 1', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`consentry: ${message}\n\n${r.err.slice(r.err.indexOf('Usage: consentry receipts'))}`);
    expect(r.err).toContain('Usage: consentry receipts <serve|verify|purge|report>');
    noStack(r);
  });

  it.each([
    [['verify'], { DATABASE_URL: 'mysql://db/receipts' }, 'expected DATABASE_URL to be a postgres:// URL; for an SQLite file, use --database <file>'],
    [['serve'], { CONSENTRY_RECEIPTS_TOKEN: 'short' }, 'expected CONSENTRY_RECEIPTS_TOKEN of at least 32 characters, received 5'],
    [['serve'], { PORT: '99999' }, 'expected PORT from 0 to 65535, received "99999"'],
    [['serve'], { CONSENTRY_RECEIPTS_SITES: 'north,South!' }, 'expected CONSENTRY_RECEIPTS_SITES to list ids like "clinic-north" (a-z, 0-9, - or _; up to 32), received "South!"'],
    [['purge', '--database', ':memory:'], {}, 'purge needs --older-than <age> (e.g. 3y) or CONSENTRY_RECEIPTS_RETENTION'],
  ])('says what is wrong with %j %j in one line and exits 1', (args, env, message) => {
    const r = run(args, env);
    expect([r.code, r.err]).toEqual([1, `consentry: ${message}\n`]);
  });

  it('names a PostgreSQL database it cannot reach, without the password', () => {
    const r = run(['verify', '--database', 'postgres://clinic:s3cret@127.0.0.1:1/receipts']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^consentry: cannot use the PostgreSQL database at DATABASE_URL: connect ECONNREFUSED 127\.0\.0\.1:1\n$/);
    expect(r.err).not.toContain('s3cret');
  });

  it.each(['verify', 'purge', 'report'])('%s: names an SQLite file that does not exist, and leaves none behind', (command) => {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-missing-'));
    try {
      const args = command == 'purge' ? ['purge', '--older-than', '3y'] : [command];
      const r = run([...args, '--database', join(dir, 'typo.sqlite')]);
      expect([r.code, r.err]).toEqual([1, `consentry: there is no SQLite database at ${join(dir, 'typo.sqlite')}\n`]);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names an SQLite file it cannot open', () => {
    const r = run(['serve', '--database', '/nonexistent-dir/receipts.sqlite']);
    expect([r.code, r.err]).toEqual([1, 'consentry: cannot open the SQLite database /nonexistent-dir/receipts.sqlite: Cannot open database because the directory does not exist\n']);
  });

  it('refuses an SQLite file of the former examples/receipt-server, which has no chain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-old-'));
    try {
      const old = new Database(join(dir, 'receipts.sqlite'));
      old.exec('CREATE TABLE receipts (id INTEGER PRIMARY KEY, consent_id TEXT NOT NULL, timestamp TEXT NOT NULL, action TEXT NOT NULL)');
      old.close();
      const r = run(['verify', '--database', join(dir, 'receipts.sqlite')]);
      expect([r.code, r.err]).toEqual([1, `consentry: ${join(dir, 'receipts.sqlite')} holds receipts without a hash chain (from examples/receipt-server): start with a new file\n`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['better-sqlite3', ['verify', '--database', 'r.sqlite'], 'install better-sqlite3 to keep receipts in SQLite: npm install better-sqlite3@12'],
    ['pg', ['verify', '--database', 'postgres://127.0.0.1:1/receipts'], 'install pg to keep receipts in PostgreSQL: npm install pg@8'],
  ])('says to install %s when it is missing, and exits 1', (_, args, message) => {
    // The bin alone, where no node_modules can be found: a website's install without the optional peers.
    const dir = mkdtempSync(join(tmpdir(), 'consentry-no-driver-'));
    try {
      copyFileSync(join(root, 'dist/cli.js'), join(dir, 'cli.js'));
      const r = run(args, {}, join(dir, 'cli.js'));
      expect([r.code, r.err]).toEqual([1, `consentry: ${message}\n`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints the usage of receipts for receipts --help and exits 0', () => {
    const r = run(['--help']);
    expect([r.code, r.out.split('\n')[0]]).toEqual([0, 'Usage: consentry receipts <serve|verify|purge|report> [options]']);
  });
});

describe('consentry receipts serve', () => {
  it('says where it listens, stores a post, exports it with the token, and exits 0 on SIGTERM', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-serve-'));
    const token = 'a-bearer-token-of-at-least-32-characters';
    const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'receipts', 'serve', '--port', '0', '--site', 'north', '--retention', '3y', '--database', join(dir, 'r.sqlite')], {
      env: { ...process.env, ...CLEAN, CONSENTRY_RECEIPTS_TOKEN: token },
    });
    try {
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      await expect.poll(() => out, { timeout: 20_000 }).toMatch(/retention: 3 years, purged at start and daily\n/);
      expect(out).toMatch(/^consent receipts: http:\/\/127\.0\.0\.1:\d+\/receipts\/<site> for north \(http:\/\/127\.0\.0\.1:\d+\/receipts: north\)\ndatabase: sqlite \S+r\.sqlite\nexport and report: on, with the bearer token\n/);
      const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(out)![0];
      const r = receipt();
      expect((await fetch(`${origin}/receipts/north`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(r) })).status).toBe(201);
      const exported = await fetch(`${origin}/receipts/north?consentId=${r.consentId}`, { headers: { authorization: `Bearer ${token}` } });
      expect((await exported.json()).receipts).toHaveLength(1);
      const exit = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('purges receipts past --retention when it starts', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-serve-'));
    const store = await openReceiptStore(join(dir, 'r.sqlite'));
    await store.add('north', receipt(), new Date('2020-01-01T00:00:00.000Z'));
    await store.add('north', receipt());
    await store.close();
    const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'receipts', 'serve', '--port', '0', '--site', 'north', '--retention', '3y', '--database', join(dir, 'r.sqlite')], {
      env: { ...process.env, ...CLEAN },
    });
    try {
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      await expect.poll(() => out, { timeout: 20_000 }).toContain('site north: 1 receipt past retention deleted\n');
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
