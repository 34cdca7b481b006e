import type { Diagnostic } from '../check/diagnostic';
import { LINE_BREAK } from '../check/positions';
import type { CheckResult, FileReport } from './check';

/** ANSI styles, or none: colours only for a terminal, and never with NO_COLOR set. */
export interface Style {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
export const COLOURS: Style = { red: sgr(31, 39), yellow: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
export const PLAIN: Style = { red: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s };

// A line of a minified file can be megabytes long: show the part around the column.
const WIDTH = 100;
// Control characters in a file would move the terminal's cursor or change its colours.
const printable = (s: string) => s.replace(/[\0-\x08\x0b-\x1f\x7f-\x9f]/g, '\uFFFD').replace(/\t/g, ' ');

function excerpt(report: FileReport, d: Diagnostic, style: Style): string[] {
  const source = report.text.split(LINE_BREAK)[d.line - 1];
  // An empty line (an empty or unreadable file) has nothing to point at.
  if (!source?.trim()) return [];
  const line = printable(source);
  const from = Math.max(0, Math.min(d.column - 1 - 20, line.length - WIDTH));
  const shown = (from > 0 ? '…' : '') + line.slice(from, from + WIDTH) + (from + WIDTH < line.length ? '…' : '');
  const start = d.column - 1 - from + (from > 0 ? 1 : 0);
  const end = d.endLine == d.line && d.endColumn ? d.endColumn - 1 - from + (from > 0 ? 1 : 0) : start + 1;
  const width = Math.max(1, Math.min(end, shown.length) - start);
  const gutter = String(d.line).padStart(5);
  const mark = d.severity == 'error' ? style.red : style.yellow;
  return [style.dim(`${gutter} | `) + shown, style.dim(`${' '.repeat(gutter.length)} | `) + ' '.repeat(Math.max(0, start)) + mark('^'.repeat(width))];
}

const plural = (n: number, word: string) => `${n} ${word}${n == 1 ? '' : 's'}`;

/** The human report: `file:line:col path: message`, the offending line, and a summary. */
export function formatHuman(result: CheckResult, style: Style): string {
  const lines: string[] = [];
  for (const report of result.files)
    for (const d of report.diagnostics) {
      const tag = d.severity == 'error' ? style.red(`error ${d.code}`) : style.yellow(`warning ${d.code}`);
      lines.push(`${style.bold(`${report.file}:${d.line}:${d.column}`)} ${d.path ? d.path + ': ' : ''}${printable(d.message)}  ${tag}`);
      lines.push(...excerpt(report, d, style), '');
    }
  const files = plural(result.files.length, 'file');
  lines.push(
    result.errors || result.warnings
      ? `${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')} in ${files}`
      : `No problems found in ${files}.`,
  );
  if (result.stamp)
    lines.push(
      '',
      `Config stamp: ${result.stamp}. With data-config-stamp="${result.stamp}" on consentry's <script> tag, a first-time visitor's browser`,
      `skips downloading the config validator. It holds for this config's text and this version of consentry only.`,
    );
  return lines.join('\n') + '\n';
}

/** The JSON report for CI: every diagnostic with its file, and the counts. */
export function formatJson(result: CheckResult): string {
  const diagnostics = result.files.flatMap((r) => r.diagnostics.map((d) => ({ file: r.file, ...d })));
  return JSON.stringify({ errors: result.errors, warnings: result.warnings, exitCode: result.exitCode, stamp: result.stamp ?? null, diagnostics }, null, 2) + '\n';
}
