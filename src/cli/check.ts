import { diagnoseConfigText } from '../check';
import type { Diagnostic } from '../check/diagnostic';
import { scanPage } from '../check/html/scan-page';
import { configStamp } from '../core/stamp';
import type { ResolvedConfig } from '../core/types';
import { validateConfig } from '../core/validate';
import type { CheckArgs } from './args';
import type { ReadResult } from './read-text';

/** The findings of one file, with its text so a reporter can show the offending lines. */
export interface FileReport {
  readonly file: string;
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** What `consentry check` found, and the exit code that says it. */
export interface CheckResult {
  readonly files: readonly FileReport[];
  readonly errors: number;
  readonly warnings: number;
  readonly exitCode: 0 | 1 | 2;
  /** The config's `data-config-stamp` (see `configStamp`) when the config file has no errors, else undefined. */
  readonly stamp: string | undefined;
}

const unreadable = (file: string, message: string): FileReport => ({
  file,
  text: '',
  diagnostics: [{ severity: 'error', code: 'unreadable', path: '', message: `cannot read the file: ${message}`, line: 1, column: 1 }],
});

function configOf(text: string): ResolvedConfig | undefined {
  try {
    const result = validateConfig(JSON.parse(text.replace(/^\uFEFF/, '')));
    return result.ok ? result.config : undefined;
  } catch {
    return undefined;
  }
}

/** Checks the config and the pages of `args`; `read` reads a file, never throwing. */
export async function runCheck(args: CheckArgs, read: (file: string) => Promise<ReadResult>): Promise<CheckResult> {
  const [config, pages] = await Promise.all([read(args.config), Promise.all(args.pages.map(read))]);
  const resolved = config.ok ? configOf(config.text) : undefined;
  const scans = pages.map((page, i) => {
    const file = args.pages[i]!;
    if (!page.ok) return { report: unreadable(file, page.message), opensPreferences: false };
    const scan = scanPage(page.text, resolved);
    return { report: { file, text: page.text, diagnostics: scan.diagnostics }, opensPreferences: scan.opensPreferences };
  });
  // Withdrawal can only be judged from pages, and only when every one of them could be read.
  const pagesOpenPreferences = pages.length && pages.every((p) => p.ok) ? scans.some((s) => s.opensPreferences) : undefined;
  const reports: FileReport[] = [
    config.ok ? { file: args.config, text: config.text, diagnostics: diagnoseConfigText(config.text, { pagesOpenPreferences }) } : unreadable(args.config, config.message),
    ...scans.map((s) => s.report),
  ];

  const configErrors = reports[0]!.diagnostics.some((d) => d.severity == 'error');
  const stamp = config.ok && resolved && !configErrors ? configStamp(config.text) : undefined;
  const all = reports.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity == 'error').length;
  const warnings = all.length - errors;
  return { files: reports, errors, warnings, exitCode: errors ? 1 : warnings && args.strict ? 2 : 0, stamp };
}
