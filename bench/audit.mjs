#!/usr/bin/env node
// How long `consentry audit` takes for 10 pages of the demo clinic (examples/demo-server.mjs), with the default
// 5 s idle time of each pass (IDLE=ms to change it). A benchmark figure, not a test. Run after `npm run build`:
// `npm run bench:audit`. Times the whole command once, Chromium's start-up included, as a site owner runs it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../examples/demo-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'consentry-bench-audit-'));
const server = await startDemoServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const paths = ['/', '/conditions/knee-pain', '/appointments/new', '/cookie-policy', '/privacy-policy', ...[1, 2, 3, 4, 5].map((i) => `/index.html?page=${i}`)];
const idle = process.env.IDLE ?? '5000';

try {
  const start = performance.now();
  // Not execFileSync: the demo server runs in this process and must keep answering.
  await new Promise((resolve, reject) =>
    execFile(process.execPath, [join(root, 'dist/cli.js'), 'audit', ...paths.map((p) => origin + p), '--idle', idle, '--out', out], (error) =>
      // Findings on the demo are not the point; a failure to run is.
      error && error.code !== 1 && error.code !== 2 ? reject(error) : resolve(),
    ),
  );
  const seconds = (performance.now() - start) / 1000;
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  console.log(
    `consentry audit, 10 demo pages, --idle ${idle}: ${seconds.toFixed(1)} s (${(seconds / 10).toFixed(1)} s a page); ${report.summary.violations} violations, ${report.summary.warnings} warnings, ${report.summary.errors} errors`,
  );
} finally {
  server.close();
  rmSync(out, { recursive: true, force: true });
}
