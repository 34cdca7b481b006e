// `consentry receipts verify|purge|report`, and `serve` (receipts-serve.ts). Settings not on the command line
// come from the environment; a mistake in either is one line naming it, never a stack trace.
import { writeFile } from 'node:fs/promises';
import { ReceiptsSetupError } from '../receipts/driver';
import { openReceiptStore } from '../receipts/open-store';
import { purgeReceipts, type PurgeResult } from '../receipts/purge';
import { buildReport } from '../receipts/report';
import { renderReportHtml } from '../receipts/report-html';
import type { ReceiptStore } from '../receipts/types';
import { verifyChain, type ChainVerification } from '../receipts/verify';
import type { ReceiptsArgs } from './receipts-args';
import { serve } from './receipts-serve';
import { databaseOf, describeBreak, plural, retentionOf, SettingError, shownDatabase, sitesOf, type Env } from './receipts-settings';

const fail = (message: string) => (process.stderr.write(`consentry: ${message}\n`), 1 as const);

const verifyLine = (v: ChainVerification) =>
  v.ok
    ? `site ${v.site}: ${plural(v.receipts, 'receipt')} intact, from ${v.ends.checkpoint.seq ? `checkpoint ${v.ends.checkpoint.seq}` : 'the first'} to head ${v.ends.head.seq} ${v.ends.head.hash}`
    : describeBreak(v.site, v.break);

const purgeLine = (p: PurgeResult, cutoff: Date) =>
  p.ok ? `site ${p.site}: ${plural(p.deleted, 'receipt')} received before ${cutoff.toISOString()} deleted; the chain starts after checkpoint ${p.checkpoint.seq} ${p.checkpoint.hash}` : `${describeBreak(p.site, p.break)}; nothing purged`;

async function withStore<T>(database: string, work: (store: ReceiptStore) => Promise<T>): Promise<T> {
  const store = await openReceiptStore(database, { create: false });
  try {
    return await work(store);
  } catch (error) {
    // The database's own errors (SQLITE_…, PostgreSQL's SQLSTATE) are the site's to fix, not consentry bugs.
    if (typeof (error as { code?: unknown }).code == 'string') throw new ReceiptsSetupError(`the database failed: ${(error as Error).message}`);
    throw error;
  } finally {
    await store.close();
  }
}

/** Runs `consentry receipts …` and returns its exit code. */
export async function receipts(args: ReceiptsArgs, env: Env = process.env): Promise<number> {
  try {
    if (args.command == 'serve') return await serve(args, env);
    const database = databaseOf(args.database, env);
    const retention = args.command == 'purge' ? retentionOf(args.olderThan, env, '--older-than') : undefined;
    if (args.command == 'purge' && !retention) return fail('purge needs --older-than <age> (e.g. 3y) or CONSENTRY_RECEIPTS_RETENTION');
    return await withStore(database, async (store) => {
      const sites = sitesOf(args.sites, env);
      const all = sites.length ? sites : await store.sites();
      if (args.command == 'report') {
        const report = await buildReport(store, all);
        const text = args.format == 'html' ? renderReportHtml(report) : JSON.stringify(report, null, 2) + '\n';
        if (args.out === undefined) process.stdout.write(text);
        else
          try {
            await writeFile(args.out, text);
          } catch (error) {
            return fail(`cannot write ${args.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
          }
        return 0;
      }
      if (args.command == 'verify') {
        const results = [];
        for (const site of all) results.push(await verifyChain(store, site));
        process.stdout.write(args.format == 'json' ? JSON.stringify(results, null, 2) + '\n' : results.map((r) => verifyLine(r) + '\n').join(''));
        if (!all.length && args.format == 'human') process.stdout.write(`no receipts in ${shownDatabase(database)}\n`);
        return results.every((r) => r.ok) ? 0 : 1;
      }
      const cutoff = retention!.cutoff();
      const results = [];
      for (const site of all) results.push(await purgeReceipts(store, site, cutoff));
      process.stdout.write(args.format == 'json' ? JSON.stringify(results, null, 2) + '\n' : results.map((r) => purgeLine(r, cutoff) + '\n').join(''));
      return results.every((r) => r.ok) ? 0 : 1;
    });
  } catch (error) {
    if (error instanceof ReceiptsSetupError || error instanceof SettingError) return fail(error.message);
    throw error;
  }
}
