// The package as users get it (issue #10): `npm pack`, installed into a scratch project, then imported as ESM,
// required as CommonJS, type-checked, built with Vite (examples/vite) and used from a script tag
// (examples/script-tag) with the installed files, both in Chromium.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserSession } from './helpers/session';
import { startServer, type TestServer } from './helpers/server';

const root = resolve(__dirname, '../..');
const project = mkdtempSync(join(tmpdir(), 'consentry-pack-'));
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8' }).trim();

/** Packs and installs the package, builds the Vite example, and serves both sites from one test server. */
async function setUp(): Promise<TestServer> {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { cwd: root, encoding: 'utf8' }));
  writeFileSync(join(project, 'package.json'), '{ "name": "site", "private": true, "type": "module" }');
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(project, packed.filename)], { cwd: project, stdio: 'ignore' });
  cpSync(join(root, 'examples/vite'), join(project, 'vite'), { recursive: true, filter: (src) => !/node_modules|dist$/.test(src) });
  run([join(root, 'node_modules/vite/bin/vite.js'), 'build', 'vite', '--outDir', join(project, 'vite-dist'), '--logLevel', 'error']);
  const files: Record<string, string> = {};
  for (const f of readdirSync(join(project, 'vite-dist/assets'))) files['/vite/assets/' + f] = readFileSync(join(project, 'vite-dist/assets', f), 'utf8');
  files['/vite/index.html'] = readFileSync(join(project, 'vite-dist/index.html'), 'utf8').replace(/"\/assets\//g, '"/vite/assets/');
  const installed = join(project, 'node_modules/consentry/dist');
  for (const f of readdirSync(installed).filter((f) => /\.global\.js$|\.css$/.test(f))) files['/consentry/' + f] = readFileSync(join(installed, f), 'utf8');
  return startServer({ root: join(root, 'examples/script-tag'), files });
}

const s = browserSession(setUp);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the packed package, installed', { timeout: 120_000 }, () => {
  it('imports as ESM in Node', () => {
    expect(run(['--input-type=module', '-e', "import { createConsent, validateConfig } from 'consentry'; import { readConsent } from 'consentry/server'; console.log(typeof createConsent, typeof validateConfig, typeof readConsent)"])).toBe('function function function');
  });

  it('requires as CommonJS in Node', () => {
    expect(run(['-e', "const { createConsent } = require('consentry'); const { readConsent } = require('consentry/server'); console.log(typeof createConsent, typeof readConsent)"])).toBe('function function');
  });

  it('type-checks a TypeScript file using every entry, and the Vite example', () => {
    writeFileSync(
      join(project, 'check.ts'),
      `import { createConsent, type Consent } from 'consentry';
       import { mountConsentUI } from 'consentry/ui';
       import { readConsent } from 'consentry/server';
       import { googleConsentMode } from 'consentry/integrations/google-consent-mode';
       import { recordFits } from 'consentry/limits';
       import config from './vite/src/consent.json';
       const consent: Consent = createConsent(config);
       mountConsentUI(consent); googleConsentMode(consent);
       readConsent('', config); recordFits('consentry', ['essential']);\n`,
    );
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', resolveJsonModule: true, noEmit: true, lib: ['es2022', 'dom'] }, files: ['check.ts', 'vite/src/main.ts'] }));
    expect(() => run([join(root, 'node_modules/typescript/bin/tsc'), '-p', project])).not.toThrow();
  });

  it('works in Chromium when built with Vite: banner, then the analytics code after "Accept all"', async () => {
    await s.page.goto(s.server.origin + '/vite/index.html');
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await s.page.waitForFunction(() => (window as unknown as { analyticsRan?: boolean }).analyticsRan === true);
  });

  it('works in Chromium from a script tag with the installed files: banner, then the gated script after "Accept all"', async () => {
    await s.page.goto(s.server.origin + '/index.html');
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await s.page.waitForFunction(() => (window as unknown as { analyticsRan?: boolean }).analyticsRan === true);
  });
});
