import { ID } from '../core/limits';
import { parseDuration } from '../receipts/duration';

/** A `consentry receipts …` command line, parsed. Values not given come from the environment when run. */
export type ReceiptsArgs =
  | {
      readonly command: 'serve';
      /** A postgres:// URL or an SQLite file; else DATABASE_URL, else receipts.sqlite. */
      readonly database: string | undefined;
      readonly port: number | undefined;
      readonly host: string | undefined;
      readonly sites: readonly string[];
      readonly rateLimit: number | undefined;
      readonly retention: string | undefined;
    }
  | { readonly command: 'verify'; readonly database: string | undefined; readonly sites: readonly string[]; readonly format: 'human' | 'json' }
  | { readonly command: 'purge'; readonly database: string | undefined; readonly sites: readonly string[]; readonly olderThan: string | undefined; readonly format: 'human' | 'json' }
  | { readonly command: 'report'; readonly database: string | undefined; readonly sites: readonly string[]; readonly format: 'json' | 'html'; readonly out: string | undefined };

export const RECEIPTS_USAGE = `Usage: consentry receipts <serve|verify|purge|report> [options]

Keeps consent receipts (what consentry's receiptEndpoint posts) in SQLite or PostgreSQL, each chained to the
one before by a hash, so an edited, inserted or deleted row shows.

Commands:
  serve    the HTTP server: POST /receipts/<site> (and /receipts for the first site), GET /receipts/<site>?consentId=…
           and GET /report with the bearer token
  verify   recompute each site's hash chain and name the first edited, inserted or deleted row
  purge    delete receipts received before a time, keeping what remains verifiable (a checkpoint hash)
  report   decisions per site, revision and day: by action and layer, and the grant rate per category

Options:
  --database <url|file>  a postgres:// URL or an SQLite file (default: DATABASE_URL, else receipts.sqlite)
  --site <id>            a site id (repeatable; default: CONSENTRY_RECEIPTS_SITES, comma-separated; serve:
                         else "default"; the other commands: else every site in the database)
  --port <n>             serve: the port (default: PORT, else 8787)
  --host <address>       serve: the address to listen on (default: HOST, else 127.0.0.1)
  --rate-limit <n>       serve: requests per second per connection, bursts of twice that (default: 10)
  --retention <age>      serve: purge receipts older than this at start and daily, e.g. 3y, 18m, 90d
                         (default: CONSENTRY_RECEIPTS_RETENTION, else keep everything)
  --older-than <age>     purge: the age, e.g. 3y (default: CONSENTRY_RECEIPTS_RETENTION)
  --format <format>      verify, purge: "human" (default) or "json"; report: "json" (default) or "html"
  --out <file>           report: write to this file instead of standard output
  -h, --help             show this help

The export and the report need CONSENTRY_RECEIPTS_TOKEN (at least 32 characters) as a bearer token: without it,
both are off.

Exit codes: 0 done, every chain intact; 1 a broken chain, a database that cannot be used, or a wrong command line.`;

const COMMANDS = ['serve', 'verify', 'purge', 'report'] as const;
const OPTIONS: Record<string, readonly string[]> = {
  serve: ['--database', '--site', '--port', '--host', '--rate-limit', '--retention'],
  verify: ['--database', '--site', '--format'],
  purge: ['--database', '--site', '--older-than', '--format'],
  report: ['--database', '--site', '--format', '--out'],
};

type Parsed = { ok: true; args: ReceiptsArgs } | { ok: false; message: string };

/** Parses the arguments after `receipts`. Never throws. */
export function parseReceiptsArgs(rest: readonly string[]): Parsed {
  const error = (message: string): Parsed => ({ ok: false, message });
  const [command, ...options] = rest;
  if (command === undefined) return error('missing the receipts command: serve, verify, purge or report');
  if (!(COMMANDS as readonly string[]).includes(command)) return error(`unknown receipts command "${command}"; the commands are serve, verify, purge and report`);
  const values: Record<string, string> = {};
  const sites: string[] = [];
  for (let i = 0; i < options.length; i++) {
    const arg = options[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!OPTIONS[command]!.includes(name)) return error(arg.startsWith('-') ? `unknown option "${arg}" for receipts ${command}` : `unexpected argument "${arg}"`);
    const value = name == arg ? options[++i] : arg.slice(eq + 1);
    if (value === undefined || (name == arg && value.startsWith('--'))) return error(`expected a value after ${name}`);
    if (name == '--site') {
      if (!ID.test(value)) return error(`expected --site with an id like "clinic-north" (a-z, 0-9, - or _; up to 32), received "${value}"`);
      sites.push(value);
    } else values[name] = value;
  }
  const database = values['--database'];
  const format = values['--format'];
  for (const name of ['--retention', '--older-than'])
    if (values[name] !== undefined && !parseDuration(values[name]!)) return error(`expected ${name} as an age such as 3y, 18m, 6w or 90d, received "${values[name]}"`);

  if (command == 'serve') {
    const port = values['--port'];
    if (port !== undefined && !(/^\d{1,5}$/.test(port) && +port <= 65535)) return error(`expected --port from 0 to 65535, received "${port}"`);
    const rate = values['--rate-limit'];
    if (rate !== undefined && !/^[1-9]\d{0,5}$/.test(rate)) return error(`expected --rate-limit as a number of requests per second (1 to 999999), received "${rate}"`);
    return {
      ok: true,
      args: { command, database, port: port === undefined ? undefined : +port, host: values['--host'], sites, rateLimit: rate === undefined ? undefined : +rate, retention: values['--retention'] },
    };
  }
  if (command == 'report') {
    if (format !== undefined && format != 'json' && format != 'html') return error(`expected --format json or html, received "${format}"`);
    return { ok: true, args: { command, database, sites, format: format ?? 'json', out: values['--out'] } };
  }
  if (format !== undefined && format != 'human' && format != 'json') return error(`expected --format human or json, received "${format}"`);
  if (command == 'purge') return { ok: true, args: { command, database, sites, olderThan: values['--older-than'], format: format ?? 'human' } };
  return { ok: true, args: { command: 'verify', database, sites, format: format ?? 'human' } };
}
