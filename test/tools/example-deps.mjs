#!/usr/bin/env node
// The receipt-server example has its own dependencies (better-sqlite3), which its tests need. `npm test`
// installs them from the example's lockfile the first time, so a fresh `npm install && npm test` works.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const example = fileURLToPath(new URL('../../examples/receipt-server', import.meta.url));
if (!existsSync(`${example}/node_modules/better-sqlite3`)) {
  console.error('Installing the receipt-server example\'s dependencies (npm ci --prefix examples/receipt-server)…');
  execFileSync('npm', ['ci', '--prefix', example, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
