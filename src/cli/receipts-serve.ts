import type { AddressInfo } from 'node:net';
import { describeDuration, parseDuration } from '../receipts/duration';
import { openReceiptStore } from '../receipts/open-store';
import { purgeReceipts } from '../receipts/purge';
import { createReceiptServer } from '../receipts/server';
import { MIN_TOKEN_LENGTH } from '../receipts/token';
import type { ReceiptStore } from '../receipts/types';
import type { ReceiptsArgs } from './receipts-args';
import { databaseOf, describeBreak, plural, retentionOf, SettingError, shownDatabase, sitesOf, type Env } from './receipts-settings';

const DAY = 86_400_000;

/** Purges every site once now and then daily; a failure is reported and the server keeps serving. */
function purgeDaily(store: ReceiptStore, sites: readonly string[], cutoff: () => Date): () => void {
  const run = async () => {
    for (const site of sites)
      try {
        const result = await purgeReceipts(store, site, cutoff());
        if (!result.ok) process.stderr.write(`consentry: ${describeBreak(site, result.break)}; nothing purged\n`);
        else if (result.deleted) process.stdout.write(`site ${site}: ${plural(result.deleted, 'receipt')} past retention deleted\n`);
      } catch (error) {
        process.stderr.write(`consentry: purging site ${site} failed: ${(error as Error).message}\n`);
      }
  };
  void run();
  const timer = setInterval(run, DAY);
  timer.unref();
  return () => clearInterval(timer);
}

/** Runs the receipts server until SIGINT or SIGTERM; resolves with the exit code. */
export async function serve(args: Extract<ReceiptsArgs, { command: 'serve' }>, env: Env): Promise<number> {
  const database = databaseOf(args.database, env);
  const given = sitesOf(args.sites, env);
  const sites = given.length ? given : ['default'];
  const retention = retentionOf(args.retention, env, '--retention');
  const token = env.CONSENTRY_RECEIPTS_TOKEN || undefined;
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) throw new SettingError(`expected CONSENTRY_RECEIPTS_TOKEN of at least ${MIN_TOKEN_LENGTH} characters, received ${token.length}`);
  const portText = args.port === undefined ? env.PORT : String(args.port);
  if (portText !== undefined && !(/^\d{1,5}$/.test(portText) && +portText <= 65535)) throw new SettingError(`expected PORT from 0 to 65535, received "${portText}"`);
  const port = portText === undefined ? 8787 : +portText;
  const host = args.host ?? (env.HOST || '127.0.0.1');

  const store = await openReceiptStore(database);
  const server = createReceiptServer({ store, sites, token, rateLimit: args.rateLimit });
  const listening = await new Promise<AddressInfo | Error>((resolve) => {
    server.once('error', resolve);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
  if (listening instanceof Error) {
    await store.close();
    throw new SettingError(`cannot listen on ${host}:${port}: ${(listening as NodeJS.ErrnoException).code ?? listening.message}`);
  }
  server.removeAllListeners('error');
  // After start-up, an error of the listening socket is reported and the server goes on with its connections.
  server.on('error', (error) => process.stderr.write(`consentry: receipts server: ${error.message}\n`));
  const stopPurging = retention ? purgeDaily(store, sites, retention.cutoff) : () => {};
  const origin = `http://${listening.family == 'IPv6' ? `[${listening.address}]` : listening.address}:${listening.port}`;
  process.stdout.write(
    [
      `consent receipts: ${origin}/receipts/<site> for ${sites.join(', ')} (${origin}/receipts: ${sites[0]})`,
      `database: ${store.backend} ${shownDatabase(database)}`,
      token ? `export and report: on, with the bearer token` : 'export and report: off (set CONSENTRY_RECEIPTS_TOKEN to turn them on)',
      `retention: ${retention ? describeDuration(parseDuration(retention.text)!) + ', purged at start and daily' : 'keep everything'}`,
    ].join('\n') + '\n',
  );
  return new Promise((resolve) => {
    const stop = () => {
      stopPurging();
      // Answers the requests in flight, then closes the store (see createReceiptServer).
      server.close(() => resolve(0));
      server.closeIdleConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
