// Configs type-check as developers write them (issue #10): a JSON import passed to createConsent with no cast,
// under moduleResolution bundler, node16 and nodenext, against the built declarations; misspelt keys fail.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const fixtures = resolve(root, 'test/fixtures/ts-projects');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-types-'));
  cpSync(fixtures, dir, { recursive: true });
  // The package as installed, pointing at this build.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules/consentry'), 'dir');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** tsc's output and whether it passed, for one fixture project. */
function tsc(project: string): { ok: boolean; output: string } {
  try {
    execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, project)], { encoding: 'utf8' });
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout) };
  }
}

describe('configs in TypeScript projects', { timeout: 60_000 }, () => {
  it.each(['bundler', 'node16', 'nodenext'])('a JSON config imported with moduleResolution %s type-checks with no cast', (project) => {
    expect(tsc(project)).toEqual({ ok: true, output: '' });
  });

  it('misspelt ui, integrations, texts and category keys, and a wrong mode, fail to compile', () => {
    const { ok, output } = tsc('typos');
    expect(ok).toBe(false);
    for (const typo of ['floatingBtn', 'googleConsentMod', 'rejectAl', 'requried', 'opt-inn']) expect(output).toContain(typo);
  });
});
