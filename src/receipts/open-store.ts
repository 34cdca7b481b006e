import { openPostgresStore } from './postgres-store';
import { openSqliteStore } from './sqlite-store';
import type { ReceiptStore } from './types';

/** Whether `database` names a PostgreSQL database rather than an SQLite file. */
export const isPostgresUrl = (database: string): boolean => /^postgres(ql)?:\/\//i.test(database);

/**
 * Opens the receipt store `database` names: a `postgres://` (or `postgresql://`) URL, or the path of an SQLite
 * file, created when missing unless `create` is false. Throws a `ReceiptsSetupError` saying what to do when it cannot.
 */
export function openReceiptStore(database: string, { create = true }: { create?: boolean } = {}): Promise<ReceiptStore> {
  return isPostgresUrl(database) ? openPostgresStore(database) : openSqliteStore(database, create);
}
