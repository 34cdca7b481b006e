// What a site's bundler takes from consentry/ui (issue #10): English alone unless the site imports more
// languages. Bundled with esbuild as a site's build would, from the built package.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
// Inside the package, so `consentry` resolves to this build by its own name.
mkdirSync(join(root, 'test/.artifacts'), { recursive: true });
const dir = mkdtempSync(join(root, 'test/.artifacts/bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bundle(code: string): Promise<{ text: string; gzip: number }> {
  const entry = join(dir, `entry-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(entry, code);
  const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
  const bytes = out.outputFiles[0]!.contents;
  return { text: out.outputFiles[0]!.text, gzip: gzipSync(bytes, { level: 9 }).length };
}

describe('bundles of consentry/ui', () => {
  it('carry English alone when the site imports no other language', async () => {
    const { text } = await bundle("import { mountConsentUI } from 'consentry/ui'; console.log(mountConsentUI);");
    expect(text).toContain('Reject all');
    expect(text).not.toContain('Alle ablehnen');
    expect(text).not.toContain('Tout refuser');
  });

  it('carry one more language per consentry/ui/locales/<lang> import', async () => {
    const { text } = await bundle("import { mountConsentUI } from 'consentry/ui'; import { de } from 'consentry/ui/locales/de'; console.log(mountConsentUI, de);");
    expect(text).toContain('Alle ablehnen');
    expect(text).not.toContain('Tout refuser');
  });
});

describe('bundles of consentry', () => {
  // js-cookie's own API names; minifiers keep property names.
  const JS_COOKIE = 'withConverter';

  it('carry no js-cookie when the site uses only validateConfig', async () => {
    const { text } = await bundle("import { validateConfig } from 'consentry'; console.log(validateConfig);");
    expect(text).toContain('a language tag like');
    expect(text).not.toContain(JS_COOKIE);
  });

  it('carry js-cookie once the site creates a consent instance', async () => {
    const { text } = await bundle("import { createConsent } from 'consentry'; console.log(createConsent);");
    expect(text).toContain(JS_COOKIE);
  });
});
