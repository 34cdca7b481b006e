import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// These run against the built package (`npm test` builds first), the way an npm user gets it.
const root = resolve(__dirname, '../..');
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim();

const serverSide = `
  const consent = createConsent({
    storage: 'memory',
    links: { cookiePolicy: '/c', privacyPolicy: '/p' },
    categories: [{ id: 'essential', required: true, title: 'Essential', description: '' }, { id: 'analytics', title: 'A', description: '' }],
  });
  consent.save({ analytics: true });
  console.log(typeof window, typeof document, consent.isGranted('analytics'));`;

describe('the built package', () => {
  it('has been built', () => {
    expect(existsSync(resolve(root, 'dist/index.js')), 'run `npm run build` first').toBe(true);
  });

  it('imports as ESM in Node without window or document and runs on memory storage', () => {
    expect(node(['--input-type=module', '-e', `import { createConsent } from 'consentry';${serverSide}`])).toBe('undefined undefined true');
  });

  it('requires as CommonJS in Node and runs on memory storage', () => {
    expect(node(['-e', `const { createConsent } = require('consentry');${serverSide}`])).toBe('undefined undefined true');
  });

  it('exports the JSON Schema as consentry/schema.json', () => {
    expect(node(['-e', `console.log(require('consentry/schema.json').title)`])).toBe('consentry config');
  });

  it('ships type declarations for both module formats', () => {
    expect(existsSync(resolve(root, 'dist/index.d.ts')) && existsSync(resolve(root, 'dist/index.d.cts'))).toBe(true);
  });

  it('publishes only the built code, the schema and the docs', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
    const files: string[] = pack.files.map((f: { path: string }) => f.path);
    expect(files.filter((f) => !/^(dist\/|schema\/|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE$)/.test(f))).toEqual([]);
  });

  it('declares only js-cookie as a runtime dependency', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies)).toEqual(['js-cookie']);
  });

  it('asks for preact, playwright-core (consentry audit) and the database drivers (consentry receipts) as optional peer dependencies, so core-only installs go without them', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    const peers = ['preact', 'playwright-core', 'better-sqlite3', 'pg'];
    expect(Object.keys(pkg.peerDependencies)).toEqual(peers);
    expect(peers.map((name) => pkg.peerDependenciesMeta[name].optional)).toEqual([true, true, true, true]);
    // better-sqlite3 13 crashes on Node 20, which consentry supports.
    expect(pkg.peerDependencies['better-sqlite3']).toBe('^12.0.0');
  });

  it('leaves playwright-core out of the bin, which imports it only for consentry audit', () => {
    const cli = readFileSync(resolve(root, 'dist/cli.js'), 'utf8');
    expect(cli).toMatch(/import\(["']playwright-core["']\)/);
    expect(cli).not.toMatch(/^import .*playwright-core/m);
  });
});

describe('the core source', () => {
  it('never imports the UI or Preact', () => {
    const sources = readdirSync(resolve(root, 'src/core'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => resolve(root, 'src/core', f))
      .concat(resolve(root, 'src/index.ts'));
    const offenders = sources.filter((f) => /from ['"](preact|[./]*ui\b)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('the package for script-tag and CDN use', () => {
  it('exports the script-tag files, so consentry/dist/consentry.global.js resolves', () => {
    expect(node(['-e', `console.log(require.resolve('consentry/dist/consentry.global.js').endsWith('dist/consentry.global.js'))`])).toBe('true');
  });

  it('writes dist/sri.json with the sha384 of every script-tag file', () => {
    const sri = JSON.parse(readFileSync(resolve(root, 'dist/sri.json'), 'utf8'));
    const expected = readdirSync(resolve(root, 'dist')).filter((f) => /\.global\.js$|^(ui|banner)\.css$/.test(f)).sort();
    expect(Object.keys(sri)).toEqual(expected);
    const actual = 'sha384-' + createHash('sha384').update(readFileSync(resolve(root, 'dist/consentry.global.js'))).digest('base64');
    expect(sri['consentry.global.js']).toBe(actual);
  });

  // The compile hint works only as the file's first line: Chromium then compiles the whole file off the main thread.
  it('starts every script-tag file with the compile hint, before "use strict"', () => {
    const files = readdirSync(resolve(root, 'dist')).filter((f) => f.endsWith('.global.js'));
    const unhinted = files.filter((f) => !readFileSync(resolve(root, 'dist', f), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n"use strict";'));
    expect(files.length).toBeGreaterThan(0);
    expect(unhinted).toEqual([]);
  });

  it('ships the MIT LICENSE', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
    expect(pack.files.map((f: { path: string }) => f.path)).toContain('LICENSE');
    expect(readFileSync(resolve(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });
});

describe('ConsentConfigError', () => {
  const invalidUi = `{ links: { cookiePolicy: '/c', privacyPolicy: '/p' }, ui: { floatingBtn: true }, categories: [{ id: 'essential', required: true, title: 'E', description: '' }] }`;

  it('is one class across entries in CommonJS: an error from consentry/ui is instanceof the one from consentry', () => {
    const script = `const { ConsentConfigError, createConsent } = require('consentry');
      const ui = require('consentry/ui'); try { ui.mountConsentUI(createConsent(${invalidUi}, { storage: { read() {}, write() {}, clear() {} } })); } catch (e) { console.log(e instanceof ConsentConfigError); }`;
    expect(node(['-e', script])).toBe('true');
  });

  it('is one class across ESM and CommonJS', () => {
    const script = `import { createRequire } from 'node:module'; import { ConsentConfigError } from 'consentry';
      const { createConsent } = createRequire(import.meta.url)('consentry');
      try { createConsent({}); } catch (e) { console.log(e instanceof ConsentConfigError); }`;
    expect(node(['--input-type=module', '-e', script])).toBe('true');
  });

  it('is not claimed by other errors', () => {
    expect(node(['-e', `const { ConsentConfigError } = require('consentry'); console.log(new Error('x') instanceof ConsentConfigError)`])).toBe('false');
  });
});
