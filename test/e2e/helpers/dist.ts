import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const dist = resolve(__dirname, '../../../dist');

/**
 * The built script-tag files (`*.global.js`, `*.css`) keyed by their URL path under `/dist/`, for the test
 * server: the tests run what a site would serve. Throws when the build has not run.
 */
export function scriptTagFiles(): Record<string, string> {
  if (!existsSync(resolve(dist, 'consentry.global.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const files: Record<string, string> = {};
  for (const f of readdirSync(dist).filter((f) => /\.global\.js$|\.css$/.test(f))) files['/dist/' + f] = readFileSync(resolve(dist, f), 'utf8');
  return files;
}
