/** A `consentry check` command line, parsed. */
export interface CheckArgs {
  readonly config: string;
  readonly pages: readonly string[];
  readonly strict: boolean;
  readonly format: 'human' | 'json';
}

export type ParsedArgs = { kind: 'help' } | { kind: 'check'; args: CheckArgs } | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: consentry check <consent.json> [--html <page.html>…] [--strict] [--format human|json]

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

/** Parses `argv` (without node and the script). Never throws: a wrong command line is a `usage-error`. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'usage-error', message: 'missing command: consentry check <consent.json>' };
  if (command != 'check') return { kind: 'usage-error', message: `unknown command "${command}"; the command is "check"` };
  const files: string[] = [];
  const pages: string[] = [];
  let strict = false;
  let format: string | undefined = 'human';
  let html = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg == '--strict') strict = true;
    else if (arg == '--html') html = true;
    else if (arg == '--format') format = rest[++i];
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg == '--') (html ? pages : files).push(...rest.splice(i + 1));
    else if (arg.startsWith('-') && arg != '-') return { kind: 'usage-error', message: `unknown option "${arg}"` };
    else (html ? pages : files).push(arg);
  }
  if (format != 'human' && format != 'json') return { kind: 'usage-error', message: `expected --format human or json, received ${format === undefined ? 'nothing' : `"${format}"`}` };
  if (!files.length) return { kind: 'usage-error', message: 'missing the config file: consentry check <consent.json>' };
  if (files.length > 1) return { kind: 'usage-error', message: `expected one config file, received ${files.length} (${files.join(', ')}); pages go after --html` };
  if (html && !pages.length) return { kind: 'usage-error', message: 'expected pages after --html' };
  return { kind: 'check', args: { config: files[0]!, pages, strict, format } };
}
