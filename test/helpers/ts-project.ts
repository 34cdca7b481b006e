import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

/**
 * A scratch folder with this build installed as `node_modules/consentry` (a link, so the built declarations
 * are the ones checked) and `from`'s files copied in, if given. `tsc(project)` type-checks one of its
 * tsconfig folders and returns whether it passed and what tsc printed.
 */
export function tsProject(from?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-ts-'));
  if (from) cpSync(from, dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(root, join(dir, 'node_modules/consentry'), 'dir');
  return {
    dir,
    tsc(project: string): { ok: boolean; output: string } {
      try {
        execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, project)], { encoding: 'utf8' });
        return { ok: true, output: '' };
      } catch (error) {
        return { ok: false, output: String((error as { stdout?: string }).stdout) };
      }
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
