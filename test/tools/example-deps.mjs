#!/usr/bin/env node
// The receipt-server example has its own dependencies (better-sqlite3, and consentry itself, linked, for its
// limits), which its tests need. `npm test` installs them from the example's lockfile when one is missing, so a
// fresh `npm install && npm test` works, as does an example node_modules from before it linked consentry.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const example = fileURLToPath(new URL('../../examples/receipt-server', import.meta.url));
if (!['better-sqlite3', 'consentry'].every((name) => existsSync(`${example}/node_modules/${name}`))) {
  console.error('Installing the receipt-server example\'s dependencies (npm ci --prefix examples/receipt-server)…');
  execFileSync('npm', ['ci', '--prefix', example, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
