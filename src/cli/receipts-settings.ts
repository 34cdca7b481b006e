// The settings of `consentry receipts`: a flag, else the environment, else the default; each mistake one line.
import { ID } from '../core/limits';
import { before, parseDuration } from '../receipts/duration';
import { isPostgresUrl } from '../receipts/open-store';
import type { ChainBreak } from '../receipts/verify';

/** A setting the environment got wrong, said as one line. */
export class SettingError extends Error {}

export type Env = Readonly<Record<string, string | undefined>>;

/** The database: --database, else DATABASE_URL (a postgres:// URL), else receipts.sqlite. */
export function databaseOf(flag: string | undefined, env: Env): string {
  if (flag !== undefined) return flag;
  const url = env.DATABASE_URL;
  if (url === undefined || url === '') return 'receipts.sqlite';
  if (!isPostgresUrl(url)) throw new SettingError('expected DATABASE_URL to be a postgres:// URL; for an SQLite file, use --database <file>');
  return url;
}

/** The sites: --site, else CONSENTRY_RECEIPTS_SITES; empty when neither names one. */
export function sitesOf(flags: readonly string[], env: Env): string[] {
  if (flags.length) return [...flags];
  const list = (env.CONSENTRY_RECEIPTS_SITES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const site of list) if (!ID.test(site)) throw new SettingError(`expected CONSENTRY_RECEIPTS_SITES to list ids like "clinic-north" (a-z, 0-9, - or _; up to 32), received "${site}"`);
  return list;
}

/** The retention cutoff from `flag`, else CONSENTRY_RECEIPTS_RETENTION; undefined when neither is set. */
export function retentionOf(flag: string | undefined, env: Env, name: string): { text: string; cutoff: () => Date } | undefined {
  const text = flag ?? (env.CONSENTRY_RECEIPTS_RETENTION || undefined);
  if (text === undefined) return undefined;
  const duration = parseDuration(text);
  if (!duration) throw new SettingError(`expected ${flag === undefined ? 'CONSENTRY_RECEIPTS_RETENTION' : name} as an age such as 3y, 18m, 6w or 90d, received "${text}"`);
  return { text, cutoff: () => before(new Date(), duration) };
}

/** A database for messages: a PostgreSQL URL without its password. */
export function shownDatabase(database: string): string {
  if (!isPostgresUrl(database)) return database;
  try {
    const url = new URL(database);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'the PostgreSQL database';
  }
}

export const plural = (n: number, word: string): string => `${n} ${word}${n == 1 ? '' : 's'}`;

export function describeBreak(site: string, b: ChainBreak): string {
  const row = b.id === null ? '' : ` (row id ${b.id})`;
  if (b.kind == 'deleted') return `site ${site}: receipt ${b.seq} was deleted`;
  if (b.kind == 'inserted') return `site ${site}: receipt ${b.seq}${row} was inserted: the server did not write it`;
  return `site ${site}: receipt ${b.seq}${row} was edited: its hash does not match its content and the receipt before it`;
}
