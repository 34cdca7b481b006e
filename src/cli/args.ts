import { parseReceiptsArgs, type ReceiptsArgs } from './receipts-args';

/** A `consentry check` command line, parsed. */
export interface CheckArgs {
  readonly config: string;
  readonly pages: readonly string[];
  readonly strict: boolean;
  readonly format: 'human' | 'json';
}

/** A `consentry audit` command line, parsed. */
export interface AuditArgs {
  readonly urls: readonly string[];
  /** The config to audit against; without it, the one each page reads. */
  readonly config: string | undefined;
  /** Directory receiving report.json. */
  readonly out: string;
  readonly strict: boolean;
  readonly format: 'human' | 'json';
  /** Quiet network time that ends a pass. */
  readonly idleMs: number;
  /** Time limit of one page (all its passes), and of the whole audit. */
  readonly pageTimeoutMs: number;
  readonly totalTimeoutMs: number;
  /** Host names to resolve to the given address (staging servers, tests), as `host=address`. */
  readonly resolve: readonly { host: string; address: string }[];
  /** Pages in all when following same-origin links; undefined: the given pages alone. */
  readonly crawl: number | undefined;
}

export type Command = 'check' | 'audit' | 'receipts';

export type ParsedArgs =
  | { kind: 'help'; command: Command | undefined }
  | { kind: 'check'; args: CheckArgs }
  | { kind: 'audit'; args: AuditArgs }
  | { kind: 'receipts'; args: ReceiptsArgs }
  | { kind: 'usage-error'; message: string; command: Command | undefined };

export const CHECK_USAGE = `Usage: consentry check <consent.json> [--html <page.html>…] [--strict] [--format human|json]

Checks a consentry config before you publish it: JSON syntax, every config issue and the lint
warnings, each at its file, line and column. With --html it also checks pages: third-party scripts,
iframes and pixels that load before consent, gated elements naming a category or service the config
lacks, and whether visitors have a way to withdraw.

Options:
  --html <pages…>    HTML pages to check with the config: every argument after --html up to the next option
  --strict           exit with 2 when there are warnings but no errors
  --format <format>  "human" (the default) or "json", for CI
  -h, --help         show this help

Exit codes: 0 nothing found; 1 errors, a file that cannot be read, or a wrong command line;
2 warnings only, with --strict.`;

export const AUDIT_USAGE = `Usage: consentry audit <url…> [--config consent.json] [--out dir] [--strict] [--format human|json]

Audits live pages in headless Chromium (needs the playwright-core package and a Chromium: CHROMIUM_PATH,
/usr/bin/chromium or Playwright's own). Each page is visited three times, each in a fresh profile: with no
decision, after "Reject all" and after "Accept all" (then withdrawn) in consentry's own banner; tracker-free
pages also with a full grant stored. It reports
trackers and optional cookies before a decision or after a refusal, undeclared cookies (with a suggested
category), cookies that survive a withdrawal, third-party requests on tracker-free pages and session replay.

Options:
  --config <file>        audit against this config instead of the one each page reads
  --crawl <n>            also follow same-origin links, breadth-first, up to n pages in all
  --out <dir>            where report.json, report.html and config-patch.json go (default: consentry-report)
  --strict               exit with 2 when there are warnings but no violations
  --format <format>      "human" (the default) or "json" (the report on stdout), for CI
  --idle <ms>            quiet network time that ends a pass (default: 5000)
  --page-timeout <ms>    time limit of one page, all passes (default: 60000)
  --timeout <ms>         time limit of the whole audit (default: 600000)
  --resolve <host=ip>    resolve a host name to this address, e.g. a staging server (repeatable)
  -h, --help             show this help

Exit codes: 0 nothing found; 1 violations, a page that could not be audited, or a wrong command line;
2 warnings only, with --strict.`;

export const USAGE = `Usage: consentry <command> …

Commands:
  check <consent.json> [--html <page.html>…]   check a config (and pages) before you publish
  audit <url…>                                 audit live pages in a real browser
  receipts <serve|verify|purge|report>         keep consent receipts, tamper-evident, and report on them

Run consentry <command> --help for the options of a command.`;

/** Parses `argv` (without node and the script). Never throws: a wrong command line is a `usage-error`. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  const known = command == 'check' || command == 'audit' || command == 'receipts' ? command : undefined;
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help', command: known };
  if (command === undefined) return { kind: 'usage-error', command, message: 'missing command: consentry check <consent.json>, consentry audit <url…> or consentry receipts serve' };
  if (known == 'audit') return parseAudit(rest);
  if (known == 'receipts') {
    const parsed = parseReceiptsArgs(rest);
    return parsed.ok ? { kind: 'receipts', args: parsed.args } : { kind: 'usage-error', command: 'receipts', message: parsed.message };
  }
  if (known != 'check') return { kind: 'usage-error', command: undefined, message: `unknown command "${command}"; the commands are "check", "audit" and "receipts"` };
  return parseCheck(rest);
}

const format = (value: string | undefined) => (value == 'human' || value == 'json' ? value : undefined);
const received = (value: string | undefined) => (value === undefined ? 'nothing' : `"${value}"`);

function parseCheck(rest: string[]): ParsedArgs {
  const error = (message: string): ParsedArgs => ({ kind: 'usage-error', command: 'check', message });
  const files: string[] = [];
  const pages: string[] = [];
  let strict = false;
  let output: string | undefined = 'human';
  let html = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg == '--strict') strict = true;
    else if (arg == '--html') html = true;
    else if (arg == '--format') output = rest[++i];
    else if (arg.startsWith('--format=')) output = arg.slice('--format='.length);
    else if (arg == '--') (html ? pages : files).push(...rest.splice(i + 1));
    else if (arg.startsWith('-') && arg != '-') return error(`unknown option "${arg}"`);
    else (html ? pages : files).push(arg);
  }
  const f = format(output);
  if (!f) return error(`expected --format human or json, received ${received(output)}`);
  if (!files.length) return error('missing the config file: consentry check <consent.json>');
  if (files.length > 1) return error(`expected one config file, received ${files.length} (${files.join(', ')}); pages go after --html`);
  if (html && !pages.length) return error('expected pages after --html');
  return { kind: 'check', args: { config: files[0]!, pages, strict, format: f } };
}

// Milliseconds: a whole number within a day, so a typo cannot make an audit wait forever.
const DAY = 86_400_000;
const milliseconds = (value: string | undefined, min: number) => (value !== undefined && /^\d{1,9}$/.test(value) && +value >= min && +value <= DAY ? +value : undefined);

function parseAudit(rest: string[]): ParsedArgs {
  const error = (message: string): ParsedArgs => ({ kind: 'usage-error', command: 'audit', message });
  const urls: string[] = [];
  const resolve: { host: string; address: string }[] = [];
  const values: Record<string, string | undefined> = {};
  let strict = false;
  const VALUED = ['--config', '--out', '--format', '--idle', '--page-timeout', '--timeout', '--resolve', '--crawl'];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (arg == '--strict') strict = true;
    else if (arg == '--') urls.push(...rest.splice(i + 1));
    else if (VALUED.includes(name)) {
      const value = name == arg ? rest[++i] : arg.slice(eq + 1);
      if (value === undefined || (name == arg && value.startsWith('--'))) return error(`expected a value after ${name}`);
      if (name != '--resolve') values[name] = value;
      else {
        const m = /^([a-z\d.-]+)=([\d.]+|\[[\da-f:]+\])$/i.exec(value);
        if (!m) return error(`expected --resolve host=address, e.g. www.clinic.example=10.0.0.5, received "${value}"`);
        resolve.push({ host: m[1]!.toLowerCase(), address: m[2]! });
      }
    } else if (arg.startsWith('-')) return error(`unknown option "${arg}"`);
    else urls.push(arg);
  }
  const f = format(values['--format'] ?? 'human');
  if (!f) return error(`expected --format human or json, received ${received(values['--format'])}`);
  const idleMs = milliseconds(values['--idle'] ?? '5000', 0);
  const pageTimeoutMs = milliseconds(values['--page-timeout'] ?? '60000', 1000);
  const totalTimeoutMs = milliseconds(values['--timeout'] ?? '600000', 1000);
  if (idleMs === undefined) return error(`expected --idle in milliseconds (0 to a day), received ${received(values['--idle'])}`);
  if (pageTimeoutMs === undefined) return error(`expected --page-timeout in milliseconds (1000 to a day), received ${received(values['--page-timeout'])}`);
  if (totalTimeoutMs === undefined) return error(`expected --timeout in milliseconds (1000 to a day), received ${received(values['--timeout'])}`);
  const crawl = values['--crawl'];
  if (crawl !== undefined && !/^[1-9]\d{0,4}$/.test(crawl)) return error(`expected --crawl with a number of pages (1 to 99999), received "${crawl}"`);
  if (!urls.length) return error('missing the pages: consentry audit <url…>');
  for (const url of urls) if (!/^https?:\/\/[^/]/i.test(url) || !URL.canParse(url)) return error(`expected http(s) URLs, received "${url}"`);
  return {
    kind: 'audit',
    args: { urls, config: values['--config'], out: values['--out'] ?? 'consentry-report', strict, format: f, idleMs, pageTimeoutMs, totalTimeoutMs, resolve, crawl: crawl === undefined ? undefined : +crawl },
  };
}
