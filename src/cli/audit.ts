import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diagnoseConfigText } from '../check';
import { AuditSetupError, runAudit, type AuditReport, type Finding } from '../audit';
import { renderHtml } from '../audit/html';
import type { ResolvedConfig } from '../core/types';
import { validateConfig } from '../core/validate';
import type { AuditArgs } from './args';
import { readText } from './read-text';
import { COLOURS, PLAIN, type Style } from './report';

const fail = (message: string) => (process.stderr.write(`consentry: ${message}\n`), 1 as const);
// Page addresses and messages come from the audited site: no control characters reach the terminal.
const printable = (s: string) => s.replace(/[\0-\x1f\x7f-\x9f]/g, '\uFFFD');

/** The --config file as a resolved config, or the lines saying why it cannot be used. */
async function readConfig(file: string): Promise<{ config: ResolvedConfig } | { errors: string[] }> {
  const read = await readText(file);
  if (!read.ok) return { errors: [`${file}: cannot read the file: ${read.message}`] };
  const errors = diagnoseConfigText(read.text).filter((d) => d.severity == 'error');
  if (errors.length) return { errors: errors.map((d) => `${file}:${d.line}:${d.column} ${d.path ? d.path + ': ' : ''}${d.message}`) };
  const result = validateConfig(JSON.parse(read.text.replace(/^\uFEFF/, '')));
  return result.ok ? { config: result.config } : { errors: result.issues.map((i) => `${file}: ${i.path}: ${i.message}`) };
}

const plural = (n: number, word: string) => `${n} ${word}${n == 1 ? '' : 's'}`;

function line(f: Finding, style: Style): string {
  const tag = f.severity == 'warning' ? style.yellow(`warning ${f.code}`) : style.red(`${f.severity} ${f.code}`);
  return `  ${tag}${f.pass ? ` [${f.pass}]` : ''} ${printable(f.message)}`;
}

/** The terminal summary: each page with its findings, the counts, and where the report is. */
export function formatSummary(report: AuditReport, files: readonly { file: string; sha256: string }[], style: Style): string {
  const lines: string[] = [];
  for (const page of report.pages) {
    lines.push(style.bold(printable(page.url)) + (page.protection != 'none' ? style.dim(` (${page.protection})`) : ''));
    lines.push(...(page.findings.length ? page.findings.map((f) => line(f, style)) : ['  ' + style.dim('no findings')]), '');
  }
  const s = report.summary;
  lines.push(`${plural(s.pages, 'page')}: ${plural(s.violations, 'violation')}, ${plural(s.warnings, 'warning')}, ${plural(s.errors, 'error')}`);
  for (const { file, sha256 } of files) lines.push(`${file} sha256 ${sha256}`);
  return lines.join('\n') + '\n';
}

/** The progress of the audit as one line on `write`, redrawn in place as each page starts and cleared at the end. */
export function progressBar(write: (text: string) => void) {
  return (done: number, total: number, url: string) => {
    const width = 20;
    const filled = Math.round((done / total) * width);
    const text = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${printable(url).slice(0, 60)}`;
    write(`\r\x1b[2K${done == total ? '' : text}`);
  };
}

/** Runs `consentry audit` and returns its exit code; a user's mistake is a message, never a stack trace. */
export async function audit(args: AuditArgs): Promise<number> {
  let config: ResolvedConfig | undefined;
  if (args.config !== undefined) {
    const read = await readConfig(args.config);
    if ('errors' in read) return fail(`the config cannot be used:\n${read.errors.map((e) => '  ' + e).join('\n')}`);
    config = read.config;
  }
  let result: Awaited<ReturnType<typeof runAudit>>;
  try {
    result = await runAudit({
      urls: args.urls,
      config,
      configFile: args.config,
      idleMs: args.idleMs,
      pageTimeoutMs: args.pageTimeoutMs,
      totalTimeoutMs: args.totalTimeoutMs,
      resolve: args.resolve,
      crawl: args.crawl,
      strict: args.strict,
      // On a terminal only: in a CI log the summary says it all.
      ...(args.format == 'human' && process.stderr.isTTY && { onProgress: progressBar((text) => process.stderr.write(text)) }),
    });
  } catch (error) {
    if (error instanceof AuditSetupError) return fail(error.message);
    throw error;
  }
  const { report, patch } = result;
  const json = JSON.stringify(report, null, 2) + '\n';
  const outputs = [
    { file: join(args.out, 'report.json'), text: json },
    { file: join(args.out, 'report.html'), text: renderHtml(report) },
    // A JSON Patch (RFC 6902) for consent.json: to review, fill in the purposes, and apply.
    ...(patch.length ? [{ file: join(args.out, 'config-patch.json'), text: JSON.stringify(patch, null, 2) + '\n' }] : []),
  ];
  for (const { file, text } of outputs)
    try {
      await mkdir(args.out, { recursive: true });
      await writeFile(file, text);
    } catch (error) {
      process.stdout.write(args.format == 'json' ? json : '');
      return fail(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  // The hashes let a clinic show later that the files it kept are the ones this run wrote.
  const hashes = outputs.map(({ file, text }) => ({ file, sha256: createHash('sha256').update(text).digest('hex') }));
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  if (args.format == 'json') {
    process.stdout.write(json);
    process.stderr.write(hashes.map(({ file, sha256 }) => `${file} sha256 ${sha256}\n`).join(''));
  } else process.stdout.write(formatSummary(report, hashes, colour ? COLOURS : PLAIN));
  return report.summary.exitCode;
}
