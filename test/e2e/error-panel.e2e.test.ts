// The in-page error panel of the script-tag build in Chromium (issue #11): on the site owner's machine
// (127.0.0.1 here) or with data-debug, a broken config lists every issue, a syntax error with its line and
// column; on a real host name, only the console. Needs `npm run build` first: it serves the real dist/ files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoConfig } from './helpers/demo';
import { scriptTagFiles } from './helpers/dist';
import { startServer } from './helpers/server';
import { browserSession } from './helpers/session';

const root = fileURLToPath(new URL('../..', import.meta.url));

// A trailing comma on line 3, as a site owner's edit leaves it.
const TRAILING_COMMA = '{\n  "revision": 1,\n  "categories": [],\n}\n';
// Valid JSON, invalid in five places: four for the core (two links, a text key, a ui option), one (implied
// consent in a text) for the UI.
const INVALID = JSON.stringify(
  {
    ...demoConfig(),
    links: { cookiePolicy: 'javascript:alert(1)' },
    ui: { floatingBtn: true },
    texts: { en: { bannerTitel: 'Hi', bannerChoices: 'By using our site, you consent to cookies.' } },
  },
  null,
  2,
);

const page = (head: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title><link rel="icon" href="data:,">${head}</head><body><main><h1>Clinic</h1><button>Book</button></main></body></html>`;
const inline = (text: string, attrs = '') =>
  page(`<script type="application/json" id="consentry-config">${text}</script><script src="/dist/consentry.global.js" ${attrs} defer></script>`);

const s = browserSession(
  () =>
    startServer({
      root: root + 'test/e2e/fixtures',
      files: {
        ...scriptTagFiles(),
        '/axe.js': readFileSync(root + 'node_modules/axe-core/axe.min.js', 'utf8'),
        '/inline-comma.html': inline(TRAILING_COMMA),
        '/broken.json': TRAILING_COMMA,
        '/fetched-comma.html': page('<script src="/dist/consentry.global.js" data-config="/broken.json" defer></script>'),
        '/invalid.html': inline(INVALID),
        '/invalid-debug.html': inline(INVALID, 'data-debug'),
      },
    }),
  {
    args: ['--host-resolver-rules=MAP www.clinic.test 127.0.0.1'],
    onPage: (p) => p.on('console', (m) => m.type() == 'error' && consoleErrors.push(m.text())),
  },
);
let consoleErrors: string[] = [];

const open = async (path: string, host = '127.0.0.1') => {
  consoleErrors = [];
  await s.page.goto(`http://${host}:${s.server.port}${path}`);
  await s.page.waitForLoadState('networkidle');
};
const panel = () => s.page.getByRole('region', { name: /^consentry:/ });
const entries = () => panel().getByRole('listitem').allTextContents();

describe('the error panel', { timeout: 60_000 }, () => {
  it('lists every issue of an invalid config, core and UI at once, on 127.0.0.1', async () => {
    await open('/invalid.html');
    expect(await panel().getByRole('heading').textContent()).toBe('consentry: 5 problems to fix');
    expect((await entries()).map((e) => e.split(':')[0])).toEqual(['texts.en.bannerTitel', 'ui.floatingBtn', 'links.cookiePolicy', 'links.privacyPolicy', 'texts.en.bannerChoices']);
  });

  it('gives the line and column of a trailing comma in an inline config, with the line itself', async () => {
    await open('/inline-comma.html');
    expect(await entries()).toEqual(['#consentry-config, line 4, column 1: not valid JSON: Expected double-quoted property name}\n^']);
    expect(consoleErrors.some((e) => e.startsWith('[consentry] #consentry-config: ') && e.includes('line 4 column 1'))).toBe(true);
  });

  it('gives the line and column of a trailing comma in a data-config file', async () => {
    await open('/fetched-comma.html');
    expect((await entries())[0]).toMatch(/^\/broken\.json, line 4, column 1: not valid JSON/);
  });

  it('takes no focus, and goes away with Dismiss', async () => {
    await open('/invalid.html');
    await panel().waitFor();
    expect(await s.page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await panel().getByRole('button', { name: 'Dismiss' }).click();
    expect(await panel().count()).toBe(0);
  });

  it('has no axe violations (R-A11Y-20)', async () => {
    await open('/invalid.html');
    await s.page.addScriptTag({ url: '/axe.js' });
    const result = await s.page.evaluate(() => (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }));
    expect(result.violations.map((v: any) => v.id)).toEqual([]);
  });

  it('does not show, nor is fetched, on a real host name: there the console alone reports', async () => {
    await open('/invalid.html', 'www.clinic.test');
    expect(consoleErrors).toHaveLength(4);
    expect(await s.page.locator('[data-consentry-debug]').count()).toBe(0);
    expect(s.server.hits('/dist/consentry-debug.global.js')).toBe(0);
  });

  it('shows on a real host name when the script tag has data-debug', async () => {
    await open('/invalid-debug.html', 'www.clinic.test');
    expect(await entries()).toHaveLength(5);
  });
});
