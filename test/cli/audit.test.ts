// The built bin's `audit` set-up errors, which need no browser (`npm run build` first; `npm test` does).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const run = (cli: string, env: Record<string, string> = {}, ...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, 'audit', 'http://127.0.0.1:1/', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('consentry audit set-up', () => {
  it('says to install playwright-core when it is missing, and exits 1', () => {
    // The bin alone, where no node_modules can be found: a website's install without the optional peer.
    const dir = mkdtempSync(join(tmpdir(), 'consentry-no-playwright-'));
    try {
      copyFileSync(join(root, 'dist/cli.js'), join(dir, 'cli.js'));
      const r = run(join(dir, 'cli.js'));
      expect([r.code, r.err]).toEqual([1, 'consentry: install playwright-core to use consentry audit: npm install --save-dev playwright-core\n']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a CHROMIUM_PATH that does not exist, and exits 1', () => {
    const r = run('dist/cli.js', { CHROMIUM_PATH: '/nowhere/chromium' });
    expect([r.code, r.err]).toEqual([1, 'consentry: CHROMIUM_PATH is /nowhere/chromium, which does not exist\n']);
  });

  it('prints the usage of audit for audit --help', () => {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'audit', '--help'], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toMatch(/^Usage: consentry audit <url…>/);
  });
});
