// What `consentry audit` prints on a terminal while and after it runs, without a browser.
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/audit/types';
import { formatSummary, progressBar } from '../../src/cli/audit';
import { PLAIN } from '../../src/cli/report';

const report = (url: string, message: string): AuditReport => ({
  schema: 'consentry-audit/1',
  startedAt: '2026-12-01T00:00:00.000Z',
  durationMs: 1,
  options: { config: null, idleMs: 5000, pageTimeoutMs: 60000, totalTimeoutMs: 600000, crawl: null },
  summary: { pages: 1, errors: 0, violations: 1, warnings: 0, exitCode: 1 },
  pages: [
    {
      url,
      protection: 'none',
      consentry: { loaded: true, config: 'valid', messages: [] },
      findings: [{ code: 'tracker-before-decision', severity: 'violation', pass: 'first-visit', message, evidence: { url } }],
      cookies: [],
      passes: [],
    },
  ],
});

describe('the progress bar', () => {
  it('redraws one line in place as each page starts, and clears it when all are done', () => {
    const written: string[] = [];
    const bar = progressBar((text) => written.push(text));
    bar(0, 2, 'https://clinic.example/');
    bar(1, 2, 'https://clinic.example/portal');
    bar(2, 2, '');
    expect(written).toEqual([
      '\r\x1b[2K[--------------------] 0/2 https://clinic.example/',
      '\r\x1b[2K[##########----------] 1/2 https://clinic.example/portal',
      '\r\x1b[2K',
    ]);
  });

  it('keeps the control characters of a page address off the terminal', () => {
    const written: string[] = [];
    progressBar((text) => written.push(text))(0, 1, 'https://clinic.example/\x1b[2J');
    expect(written[0]).toBe('\r\x1b[2K[--------------------] 0/1 https://clinic.example/\uFFFD[2J');
  });
});

describe('formatSummary', () => {
  it('lists each page with its findings, then the counts and each file with its SHA-256', () => {
    expect(formatSummary(report('https://clinic.example/', 'script from www.googletagmanager.com loads before any decision'), [{ file: 'out/report.json', sha256: 'ab12' }], PLAIN)).toBe(
      'https://clinic.example/\n  violation tracker-before-decision [first-visit] script from www.googletagmanager.com loads before any decision\n\n1 page: 1 violation, 0 warnings, 0 errors\nout/report.json sha256 ab12\n',
    );
  });

  it('keeps the control characters of the audited site\'s addresses and messages off the terminal', () => {
    const text = formatSummary(report('https://clinic.example/\x1b]0;x\x07', 'cookie \x1b[31mred\x1b[0m is set'), [], PLAIN);
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
  });
});
