// The package as users get it (issue #10): `npm pack`, installed into a scratch project, then imported as ESM,
// required as CommonJS, type-checked, built with Vite (examples/vite, examples/react) and used from a script
// tag (examples/script-tag) with the installed files, all three in Chromium; and its UI beside Preact 10.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserSession } from './helpers/session';
import { startServer, type TestServer } from './helpers/server';

const root = resolve(__dirname, '../..');
const project = mkdtempSync(join(tmpdir(), 'consentry-pack-'));
let tarball = '';
const devVersion = (name: string): string => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies[name];
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8' }).trim();

const vite = (args: string[], cwd: string) =>
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), ...args], { cwd, encoding: 'utf8' });
const install = (dir: string, packages: string[]) =>
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(project, tarball), ...packages], { cwd: dir, stdio: 'ignore' });
// The newest Preact 10, pinned by the repository's `preact-10` alias so the lock file decides it.
const preact10 = JSON.parse(readFileSync(join(root, 'node_modules/preact-10/package.json'), 'utf8')).version as string;

/** Builds `examples/<example>` with Vite inside `site` and adds the result to `files` under `/<prefix>/`. */
function buildExample(site: string, example: string, prefix: string, files: Record<string, string>): void {
  cpSync(join(root, 'examples', example), join(site, example), { recursive: true, filter: (src) => !/node_modules|dist$/.test(src) });
  const out = join(site, example + '-dist');
  vite(['build', example, '--outDir', out, '--logLevel', 'error'], site);
  for (const f of readdirSync(join(out, 'assets'))) files[`/${prefix}/assets/${f}`] = readFileSync(join(out, 'assets', f), 'utf8');
  files[`/${prefix}/index.html`] = readFileSync(join(out, 'index.html'), 'utf8').replace(/"\/assets\//g, `"/${prefix}/assets/`);
}

/**
 * Packs and installs the package, builds the Vite and React examples (and the Vite one again beside
 * Preact 10), and serves every site from one test server.
 */
async function setUp(): Promise<TestServer> {
  [{ filename: tarball }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { cwd: root, encoding: 'utf8' }));
  writeFileSync(join(project, 'package.json'), '{ "name": "site", "private": true, "type": "module" }');
  // Preact for consentry/ui (an optional peer dependency) and React for the React example, at the versions
  // this repository tests with.
  install(project, ['preact', 'react', 'react-dom', '@types/react', '@types/react-dom'].map((name) => `${name}@${devVersion(name)}`));
  const files: Record<string, string> = {};
  for (const example of ['vite', 'react']) buildExample(project, example, example, files);
  const legacy = join(project, 'preact-10-site');
  mkdirSync(legacy);
  writeFileSync(join(legacy, 'package.json'), '{ "name": "preact-10-site", "private": true, "type": "module" }');
  install(legacy, [`preact@${preact10}`]);
  buildExample(legacy, 'vite', 'preact-10', files);
  const installed = join(project, 'node_modules/consentry/dist');
  for (const f of readdirSync(installed).filter((f) => /\.global\.js$|\.css$/.test(f))) files['/consentry/' + f] = readFileSync(join(installed, f), 'utf8');
  return startServer({ root: join(root, 'examples/script-tag'), files });
}

const s = browserSession(setUp);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the packed package, installed', { timeout: 120_000 }, () => {
  it('installs neither Preact nor playwright-core for a site that uses the core alone', () => {
    const core = mkdtempSync(join(tmpdir(), 'consentry-core-only-'));
    writeFileSync(join(core, 'package.json'), '{ "name": "core-only", "private": true }');
    install(core, []);
    const installed = readdirSync(join(core, 'node_modules'));
    rmSync(core, { recursive: true, force: true });
    expect(installed).toContain('js-cookie');
    expect(installed).not.toContain('preact');
    expect(installed).not.toContain('playwright-core');
    expect(installed).not.toContain('better-sqlite3');
    expect(installed).not.toContain('pg');
  });

  it('imports as ESM in Node', () => {
    expect(run(['--input-type=module', '-e', "import { createConsent, validateConfig } from 'consentry'; import { readConsent } from 'consentry/server'; console.log(typeof createConsent, typeof validateConfig, typeof readConsent)"])).toBe('function function function');
  });

  it('says which driver to install when consentry/receipts opens a database without it', () => {
    const script = "import { openReceiptStore } from 'consentry/receipts'; for (const db of ['r.sqlite', 'postgres://127.0.0.1:1/x']) await openReceiptStore(db).catch((e) => console.log(e.message));";
    expect(run(['--input-type=module', '-e', script])).toBe('install better-sqlite3 to keep receipts in SQLite: npm install better-sqlite3@12\ninstall pg to keep receipts in PostgreSQL: npm install pg@8');
  });

  it('requires as CommonJS in Node', () => {
    expect(run(['-e', "const { createConsent } = require('consentry'); const { readConsent } = require('consentry/server'); console.log(typeof createConsent, typeof readConsent)"])).toBe('function function');
  });

  it('type-checks a TypeScript file using every entry, and the Vite and React examples', () => {
    writeFileSync(
      join(project, 'check.ts'),
      `import { createConsent, type Consent } from 'consentry';
       import { mountConsentUI } from 'consentry/ui';
       import { renderCookieDeclaration } from 'consentry/declaration';
       import { readConsent } from 'consentry/server';
       import { googleConsentMode } from 'consentry/integrations/google-consent-mode';
       import { recordFits } from 'consentry/limits';
       import config from './vite/src/consent.json';
       const consent: Consent = createConsent(config);
       mountConsentUI(consent); googleConsentMode(consent);
       const undo: () => void = renderCookieDeclaration(document.body, consent);
       readConsent('', config); recordFits('consentry', ['essential']);\n`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', resolveJsonModule: true, jsx: 'react-jsx', noEmit: true, lib: ['es2022', 'dom'] },
        files: ['check.ts', 'vite/src/main.ts', 'react/src/main.tsx'],
      }),
    );
    expect(() => run([join(root, 'node_modules/typescript/bin/tsc'), '-p', project])).not.toThrow();
  });

  it('works in Chromium when built with Vite: banner, then the analytics code after "Accept all"', async () => {
    await s.page.goto(s.server.origin + '/vite/index.html');
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await s.page.waitForFunction(() => (window as unknown as { analyticsRan?: boolean }).analyticsRan === true);
  });

  it('works in a React app under StrictMode: one banner, and the React view follows the decision', async () => {
    await s.page.goto(s.server.origin + '/react/index.html');
    await s.page.locator('[data-part=banner]').waitFor();
    expect(await s.page.locator('[data-part=banner]').count()).toBe(1);
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await s.page.getByText('Analytics on').waitFor();
  });

  it('works in Chromium from a script tag with the installed files: banner, then the gated script after "Accept all"', async () => {
    await s.page.goto(s.server.origin + '/index.html');
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await s.page.waitForFunction(() => (window as unknown as { analyticsRan?: boolean }).analyticsRan === true);
  });

  describe('beside Preact 10', () => {
    const legacy = () => join(project, 'preact-10-site');

    it('installs one copy of Preact, the site\'s own', () => {
      const tree = JSON.parse(execFileSync('npm', ['ls', 'preact', '--all', '--json'], { cwd: legacy(), encoding: 'utf8' }));
      expect(tree.dependencies.preact.version).toBe(preact10);
      expect(tree.dependencies.consentry.dependencies?.preact).toMatchObject({ version: preact10 });
      expect(existsSync(join(legacy(), 'node_modules/consentry/node_modules/preact'))).toBe(false);
    });

    it('type-checks the Vite example against Preact 10\'s types', () => {
      writeFileSync(
        join(legacy(), 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { strict: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', resolveJsonModule: true, noEmit: true, lib: ['es2022', 'dom'] },
          files: ['vite/src/main.ts'],
        }),
      );
      expect(() => execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', legacy()], { encoding: 'utf8' })).not.toThrow();
    });

    it('shows the banner, and "Reject all" decides', async () => {
      await s.page.goto(s.server.origin + '/preact-10/index.html');
      await s.page.getByRole('button', { name: 'Reject all' }).click();
      await s.page.locator('[data-part=banner]').waitFor({ state: 'detached' });
      expect(await s.page.evaluate(() => document.cookie)).toMatch(/consentry=/);
      expect(await s.page.evaluate(() => (window as unknown as { analyticsRan?: boolean }).analyticsRan)).toBeUndefined();
    });

    it('opens the preferences dialog as a modal, toggles a switch, and saves', async () => {
      await s.page.goto(s.server.origin + '/preact-10/index.html');
      await s.page.getByRole('button', { name: 'Manage preferences' }).click();
      const dialog = s.page.getByRole('dialog', { name: 'Manage your cookie preferences' });
      await dialog.waitFor();
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      const analytics = dialog.getByRole('switch', { name: 'Analytics' });
      expect(await analytics.getAttribute('aria-checked')).toBe('false');
      await analytics.click();
      expect(await analytics.getAttribute('aria-checked')).toBe('true');
      await dialog.getByRole('button', { name: 'Save preferences' }).click();
      await s.page.waitForFunction(() => (window as unknown as { analyticsRan?: boolean }).analyticsRan === true);
      expect(await dialog.count()).toBe(0);
    });
  });
});
