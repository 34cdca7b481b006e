import { createHash } from 'node:crypto';
import { build as esbuild } from 'esbuild';
import { chmod, copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, defineConfig, type Options } from 'tsup';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl'];

// Script-tag files: the loader `consentry.global.js` (core + loader, all a returning visitor downloads), the
// same loader with the vendor adapters `consentry-integrations.global.js` (for configs with `integrations`), the
// error panel `consentry-debug.global.js` (fetched only on the site owner's machine after an error), the
// floating button `consentry-floating-button.global.js` (fetched only for configs with ui.floatingButton), the
// embed placeholders' content `consentry-placeholder.global.js` (fetched with the first blocked embed), the
// consent records' code `consentry-proof.global.js` (for a decision made without the banner or the UI), the
// config validator `consentry-validate.global.js` (unless the stored record vouches for the config), one
// banner file per built-in language `consentry-banner.<lang>.global.js` (plain DOM, no Preact) with its
// `banner.css`, all a first visit needs to paint the banner, and one UI file per built-in language
// `consentry-ui.<lang>.global.js` (the dialog and the cookie declaration, Preact inlined) with `ui.css`, which is
// also the package's `consentry/ui.css`.
// In the loaders, three modules are stand-ins that fetch the real ones when they are first needed: the gate's
// placeholder content, with the first blocked embed (src/global/placeholder-on-demand.ts), the consent
// records' code, with the first decision (src/global/proof-on-demand.ts; the banner and UI files bring it too),
// and the config validator, unless the stored record carries this config's stamp (src/global/validate-on-demand.ts;
// imported by the core and by the integrations' checks).
// The files that hold the real ones import them from elsewhere, so they are not swapped.
const ON_DEMAND: [string, string, string][] = [
  ['./placeholder', join('src', 'core', 'gate', 'gate.ts'), 'src/global/placeholder-on-demand.ts'],
  ['./proof', join('src', 'core', 'consent.ts'), 'src/global/proof-on-demand.ts'],
  ['./validate', join('src', 'core', 'consent.ts'), 'src/global/validate-on-demand.ts'],
  ['../core/validate', join('src', 'global', 'prepare-integrations.ts'), 'src/global/validate-on-demand.ts'],
];
const onDemand = {
  name: 'on-demand',
  setup(b: { onResolve: (o: { filter: RegExp }, f: (a: { path: string; importer: string }) => { path: string } | undefined) => void }) {
    b.onResolve({ filter: /^\.\.?\/(placeholder|proof|validate|core\/validate)$/ }, ({ path, importer }) => {
      const to = ON_DEMAND.find(([spec, from]) => spec == path && importer.endsWith(from))?.[2];
      return to ? { path: resolve(to) } : undefined;
    });
  },
};

const scriptTag: Options = {
  entry: {
    consentry: 'src/global/index.ts',
    'consentry-integrations': 'src/global/integrations.ts',
    'consentry-debug': 'src/global/debug.ts',
    'consentry-floating-button': 'src/global/floating-button.ts',
    'consentry-placeholder': 'src/global/placeholder.ts',
    'consentry-proof': 'src/global/proof.ts',
    'consentry-validate': 'src/global/validate.ts',
    ...Object.fromEntries(LANGUAGES.map((l) => [`consentry-banner.${l}`, `src/global/banner-${l}.ts`])),
    ...Object.fromEntries(LANGUAGES.map((l) => [`consentry-ui.${l}`, `src/global/ui-${l}.ts`])),
    banner: 'src/ui/banner.css',
    ui: 'src/ui/styles.css',
  },
  format: ['iife'],
  target: 'es2020',
  minify: true,
  // Each file runs nearly all of its code as soon as it arrives: Chromium (136+) then compiles it all on the
  // thread that streams the file in, not function by function on the main thread as each is first called.
  banner: { js: '//# allFunctionsCalledOnLoad' },
  noExternal: [/.*/],
  esbuildPlugins: [onDemand],
  clean: false,
  sourcemap: false,
  silent: true,
};

// The config editor, dist/editor/: a static page a site owner opens from the installed package, file://
// included, so it is classic scripts (Chromium loads no module script from file://) and its sandboxed preview
// frame is one srcdoc document with its script and the visitors' dist/ui.css inline (a sandboxed frame may
// load no file:// URL). Not part of any visitor's download.
async function buildEditor(): Promise<void> {
  const bundle = async (entry: string, define: Record<string, string> = {}) =>
    (await esbuild({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', target: 'es2020', define, write: false }))
      .outputFiles[0]!.text;
  // Inline in <script>: no "</script" may end it early.
  const script = (await bundle('src/editor/preview-page.ts')).replace(/<\/(script)/gi, '<\\/$1');
  const css = await readFile('dist/ui.css', 'utf8');
  const preview = (await readFile('src/editor/preview.html', 'utf8'))
    .replace('/* ui.css */', () => css)
    .replace('/* preview-page.ts */', () => script);
  await mkdir('dist/editor', { recursive: true });
  await Promise.all([
    writeFile('dist/editor/editor.js', await bundle('src/editor/main.ts', { __PREVIEW_DOCUMENT__: JSON.stringify(preview) })),
    copyFile('src/editor/editor.css', 'dist/editor/editor.css'),
    copyFile('src/editor/index.html', 'dist/editor/index.html'),
  ]);
}

// dist/cli.js: the `consentry` bin, for Node. Its parsers (jsonc-parser, parse5) are bundled in, so installing
// consentry for a website adds no dependency; `module` first, as jsonc-parser's `main` is a UMD file esbuild cannot bundle.
// playwright-core and the database drivers stay outside: `consentry audit` and `consentry receipts` import them
// only when run, from the site owner's install.
const cli: Options = {
  entry: { cli: 'src/cli/index.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  noExternal: [/^(?!(playwright-core|better-sqlite3|pg)(\/|$))/],
  external: ['playwright-core', 'better-sqlite3', 'pg'],
  banner: { js: '#!/usr/bin/env node' },
  esbuildOptions: (o) => void (o.mainFields = ['module', 'main']),
  clean: false,
  sourcemap: false,
  silent: true,
};

/**
 * dist/sri.json: the Subresource Integrity hash of each script-tag file, for `<script integrity>` and
 * `<link integrity>` when a site serves them from a CDN.
 */
async function writeIntegrity(): Promise<void> {
  const files = (await readdir('dist')).filter((f) => /\.global\.js$|^(ui|banner)\.css$/.test(f)).sort();
  const hashes = Object.fromEntries(
    await Promise.all(files.map(async (f) => [f, 'sha384-' + createHash('sha384').update(await readFile(join('dist', f))).digest('base64')])),
  );
  await writeFile('dist/sri.json', JSON.stringify(hashes, null, 2) + '\n');
}

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ui: 'src/ui/index.ts',
    declaration: 'src/declaration/index.ts',
    ...Object.fromEntries(LANGUAGES.map((l) => [`ui/locales/${l}`, `src/ui/locales/${l}.ts`])),
    limits: 'src/core/limits.ts',
    server: 'src/server/index.ts',
    // Node only: the receipts server, its stores and reports; its database drivers are optional peers.
    receipts: 'src/receipts/index.ts',
    // Not a public entry: as an entry of its own, the one importer of js-cookie lands in a chunk of its own,
    // which a site's bundler drops, js-cookie with it, when the site uses only validateConfig (issue #10).
    'internal/cookie-storage': 'src/core/cookie-storage.ts',
    ...Object.fromEntries(
      ['google-consent-mode', 'google-consent-mode-bootstrap', 'meta-pixel', 'matomo', 'microsoft-uet', 'microsoft-clarity'].map((n) => [`integrations/${n}`, `src/integrations/${n}.ts`]),
    ),
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2020',
  sourcemap: true,
  // Built after this build has cleaned dist/, so the two never race.
  onSuccess: async () => {
    await build({ ...scriptTag, config: false });
    await build({ ...cli, config: false });
    await chmod('dist/cli.js', 0o755);
    await Promise.all([writeIntegrity(), buildEditor()]);
  },
});
