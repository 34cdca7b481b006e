// consentry/server as an npm user gets it (`npm test` builds first): plain Node, no DOM, no cookie library.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim();
const config = JSON.stringify({ links: { cookiePolicy: '/c', privacyPolicy: '/p' }, categories: [{ id: 'essential', required: true, title: 'E', description: '' }, { id: 'analytics', title: 'A', description: '' }] });
const run = `console.log(typeof document, readConsent('consentry=1~visitor-0001~0~0~1~a~essential.analytics~', ${config}, { now: 0 }).categories.analytics, parseSecGpc('1'));`;

describe('consentry/server', () => {
  it('imports as ESM in Node', () => {
    expect(node(['--input-type=module', '-e', `import { readConsent, parseSecGpc } from 'consentry/server'; ${run}`])).toBe('undefined true true');
  });

  it('requires as CommonJS in Node', () => {
    expect(node(['-e', `const { readConsent, parseSecGpc } = require('consentry/server'); ${run}`])).toBe('undefined true true');
  });

  it('declares its types for both', () => {
    const entry = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).exports['./server'];
    expect(entry).toEqual({
      import: { types: './dist/server.d.ts', default: './dist/server.js' },
      require: { types: './dist/server.d.cts', default: './dist/server.cjs' },
    });
  });

  it('bundles without js-cookie, Preact or any use of document, window or navigator, so edge runtimes run it', async () => {
    const result = await build({ entryPoints: [resolve(root, 'src/server/index.ts')], bundle: true, write: false, format: 'esm', metafile: true, logLevel: 'silent' });
    expect(Object.keys(result.metafile.inputs).filter((f) => f.includes('node_modules'))).toEqual([]);
    // The globals, not the config key of the same name (`item.localStorage`, `localStorage: …`, in strings and patterns).
    expect(result.outputFiles[0]!.text).not.toMatch(/(?<![.\w"'|])(document|window|navigator|localStorage)\b(?!\s*:)/);
  });
});
