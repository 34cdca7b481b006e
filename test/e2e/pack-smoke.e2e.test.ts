// The package as users get it (issue #10): `npm pack`, installed into a scratch project, then imported as ESM,
// required as CommonJS, type-checked, built with Vite (examples/vite, examples/react) and used from a script
// tag (examples/script-tag) with the installed files, all three in Chromium.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Packs and installs the package, builds the Vite example, and serves both sites from one test server. */
async function setUp(): Promise<TestServer> {
  [{ filename: tarball }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { cwd: root, encoding: 'utf8' }));
  writeFileSync(join(project, 'package.json'), '{ "name": "site", "private": true, "type": "module" }');
  // Preact for consentry/ui (an optional peer dependency) and React for the React example, at the versions
  // this repository tests with.
  const react = ['preact', 'react', 'react-dom', '@types/react', '@types/react-dom'].map((name) => `${name}@${devVersion(name)}`);
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(project, tarball), ...react], { cwd: project, stdio: 'ignore' });
  const files: Record<string, string> = {};
  for (const example of ['vite', 'react']) {
    cpSync(join(root, 'examples', example), join(project, example), { recursive: true, filter: (src) => !/node_modules|dist$/.test(src) });
    const out = join(project, example + '-dist');
    run([join(root, 'node_modules/vite/bin/vite.js'), 'build', example, '--outDir', out, '--logLevel', 'error']);
    for (const f of readdirSync(join(out, 'assets'))) files[`/${example}/assets/${f}`] = readFileSync(join(out, 'assets', f), 'utf8');
    files[`/${example}/index.html`] = readFileSync(join(out, 'index.html'), 'utf8').replace(/"\/assets\//g, `"/${example}/assets/`);
  }
  const installed = join(project, 'node_modules/consentry/dist');
  for (const f of readdirSync(installed).filter((f) => /\.global\.js$|\.css$/.test(f))) files['/consentry/' + f] = readFileSync(join(installed, f), 'utf8');
  return startServer({ root: join(root, 'examples/script-tag'), files });
}

const s = browserSession(setUp);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the packed package, installed', { timeout: 120_000 }, () => {
  it('installs no Preact for a site that uses the core alone', () => {
    const core = mkdtempSync(join(tmpdir(), 'consentry-core-only-'));
    writeFileSync(join(core, 'package.json'), '{ "name": "core-only", "private": true }');
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(project, tarball)], { cwd: core, stdio: 'ignore' });
    const installed = readdirSync(join(core, 'node_modules'));
    rmSync(core, { recursive: true, force: true });
    expect(installed).toContain('js-cookie');
    expect(installed).not.toContain('preact');
  });

  it('imports as ESM in Node', () => {
    expect(run(['--input-type=module', '-e', "import { createConsent, validateConfig } from 'consentry'; import { readConsent } from 'consentry/server'; console.log(typeof createConsent, typeof validateConfig, typeof readConsent)"])).toBe('function function function');
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
});
