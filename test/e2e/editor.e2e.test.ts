// The config editor page (dist/editor/) in Chromium: issues at their line as the owner types, the live preview
// of the real banner and dialog, its language, width and theme, opening and downloading a file, file://, axe.
// Needs `npm run build` first (npm test does it): it serves the real dist/editor/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoConfig, startDemo } from './helpers/demo';
import { startServer } from './helpers/server';
import { browserSession } from './helpers/session';

const root = resolve(__dirname, '../..');
const editorDir = resolve(root, 'dist/editor');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const RECEIPTS = '/receipts';

// A small config in two languages, with short lines, so a test can name the line it edits.
const CONFIG = {
  revision: 1,
  receiptEndpoint: RECEIPTS,
  links: { cookiePolicy: '/cookie-policy', privacyPolicy: '/privacy-policy' },
  texts: { en: { bannerTitle: 'Cookies at Test Clinic' }, de: { bannerTitle: 'Cookies in der Testklinik' } },
  categories: [
    { id: 'essential', required: true, title: { en: 'Essential', de: 'Notwendig' }, description: { en: 'Keeps the site working.', de: 'Hält die Website am Laufen.' } },
    { id: 'analytics', title: { en: 'Visit statistics', de: 'Besuchsstatistik' }, description: { en: 'Counts visits.', de: 'Zählt Besuche.' } },
  ],
};
const TEXT = JSON.stringify(CONFIG, null, 2) + '\n';
/** The 1-based line of TEXT holding `needle`. */
const lineOf = (needle: string) => TEXT.slice(0, TEXT.indexOf(needle)).split('\n').length;

// Wide enough that the desktop preview shows at full size: Playwright maps no click into a zoomed frame.
const s = browserSession(() => startServer({ root: editorDir }), { onPage: (page) => page.setViewportSize({ width: 2900, height: 1150 }) });

const preview = (): FrameLocator => s.page.frameLocator('iframe');
const banner = () => preview().locator('[data-part=banner]');
const notice = () => s.page.locator('#notice').textContent();
const text = (selector: string) => s.page.locator(selector).textContent();
/** The editor's whole text, line by line (a short document: every line is rendered). */
const editorText = async () => (await s.page.locator('.cm-line').allTextContents()).join('\n');

async function open(url = s.server.origin + '/'): Promise<void> {
  await s.page.goto(url);
  await banner().waitFor();
}

/** Opens `text` as a chosen file, through the Open file… button. */
async function openFile(text: string, page: Page = s.page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file…' }).click();
  await (await chooser).setFiles({ name: 'consent.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Opens the editor with CONFIG, its preview showing it. */
async function openConfig(): Promise<void> {
  await open();
  await openFile(TEXT);
  await banner().getByText('Cookies at Test Clinic').waitFor();
}

/** Puts the cursor at the end of the line holding `needle`, then `left` characters back. */
async function cursorAt(needle: string, left = 0): Promise<void> {
  await s.page.locator('.cm-line', { hasText: needle }).click();
  await s.page.keyboard.press('End');
  for (let i = 0; i < left; i++) await s.page.keyboard.press('ArrowLeft');
}

/** Text of each editor line that carries an inline error mark. */
const markedLines = () => s.page.locator('.cm-line:has(.cm-lintRange-error)').allTextContents();

async function axe(): Promise<string[]> {
  await s.page.addScriptTag({ content: readFileSync(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  // The preview frame holds the real UI, which test/e2e/ui.e2e.test.ts checks with axe on a real page.
  const result = await s.page.evaluate(
    (tags) => (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, iframes: false }),
    AXE_TAGS,
  );
  return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
}

describe('config editor in Chromium', { timeout: 60_000 }, () => {
  it('marks a JSON syntax error at its line within 500 ms of the keystroke', async () => {
    await openConfig();
    await cursorAt('"revision": 1,');
    // Time from the keystroke to the mark, measured in the page so the test runner's own delays do not count.
    await s.page.evaluate(() => {
      const w = window as any;
      addEventListener('keydown', () => (w.typedAt = performance.now()), true);
      w.marked = new Promise<number>((done) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('.cm-lintRange-error')) return;
          observer.disconnect();
          done(performance.now());
        });
        observer.observe(document.querySelector('.cm-editor')!, { subtree: true, childList: true, attributes: true });
      });
    });
    await s.page.keyboard.type(',');
    const latency = await s.page.evaluate(async () => (await (window as any).marked) - (window as any).typedAt);
    expect(latency).toBeLessThan(500);
    expect(await markedLines()).toEqual(['  "revision": 1,,']);
    await expect.poll(() => s.page.locator('#problems li').allTextContents()).toEqual([expect.stringMatching(`^Error, line ${lineOf('"revision"')}:`)]);
  });

  it('marks a config issue at the line of its key, naming its path', async () => {
    await openConfig();
    await cursorAt('"revision": 1,', 1);
    await s.page.keyboard.type('.5');
    await expect.poll(markedLines).toEqual(['  "revision": 1.5,']);
    expect(await s.page.locator('#problems li').allTextContents()).toEqual([
      `Error, line ${lineOf('"revision"')}:3 revision: expected a whole number from 1 to 1000000000, received 1.5 (config)`,
    ]);
    expect(await s.page.locator('#summary').textContent()).toBe('1 error.');
  });

  it('keeps the last valid preview with a notice while the config has errors, and shows the fix at once', async () => {
    await openConfig();
    await cursorAt('"bannerTitle": "Cookies at Test Clinic"', 1);
    await s.page.keyboard.type('"');
    await expect.poll(notice).toBe('The config has errors: the preview shows the last version without errors.');
    expect(await banner().getByRole('heading').textContent()).toBe('Cookies at Test Clinic');

    await s.page.keyboard.press('Backspace');
    await s.page.keyboard.type(' today');
    await banner().getByRole('heading', { name: 'Cookies at Test Clinic today' }).waitFor();
    expect(await notice()).toBe('');
  });

  it('mounts the preview afresh on each valid edit, so a decided banner shows again', async () => {
    await openConfig();
    await banner().getByRole('button', { name: 'Accept all' }).click();
    await banner().waitFor({ state: 'detached' });
    await cursorAt('"bannerTitle": "Cookies at Test Clinic"', 1);
    await s.page.keyboard.type('!');
    await banner().getByRole('heading', { name: 'Cookies at Test Clinic!' }).waitFor();
  });

  it('previews the real UI: the banner with the config\'s texts, and Manage preferences opens the real dialog', async () => {
    await openConfig();
    expect(await banner().textContent()).toContain('Visit statistics');
    await banner().getByRole('button', { name: 'Manage preferences' }).click();
    const dialog = preview().getByRole('dialog', { name: 'Manage your cookie preferences' });
    await dialog.waitFor();
    expect(await dialog.getByRole('switch', { name: 'Visit statistics' }).getAttribute('aria-checked')).toBe('false');
    expect(await dialog.textContent()).toContain('Counts visits.');
  });

  it('renders the same banner markup as the script-tag build on a site with the same config', async () => {
    const site = await startDemo({ '/index.html': { ...demoConfig(), ui: { ...demoConfig().ui, theme: 'light' } } });
    try {
      await open();
      const edited = await banner().evaluate((b) => b.outerHTML);
      // The banner is all this compares: the page's load event (its embeds, its fonts) is not waited for.
      await s.page.goto(site.origin + '/index.html', { waitUntil: 'domcontentloaded' });
      const live = s.page.locator('[data-part=banner]');
      await live.waitFor();
      expect(edited).toBe(await live.evaluate((b) => b.outerHTML));
    } finally {
      await site.close();
    }
  });

  it('switches the preview among the config\'s languages', async () => {
    await openConfig();
    const language = s.page.getByLabel('Language');
    expect(await language.locator('option').allTextContents()).toEqual(['English (en)', 'German (de)']);
    await language.selectOption('de');
    await banner().getByRole('heading', { name: 'Cookies in der Testklinik' }).waitFor();
    await banner().getByRole('button', { name: 'Alle akzeptieren' }).waitFor();
    expect(await preview().locator('html').getAttribute('lang')).toBe('de');
  });

  it('switches the preview between a phone\'s width and a desktop\'s', async () => {
    await openConfig();
    const frameWidth = () => preview().locator('html').evaluate(() => innerWidth);
    expect(await frameWidth()).toBe(1280);
    await s.page.locator('label', { hasText: 'Phone' }).click();
    expect(await s.page.getByRole('radio', { name: 'Phone' }).isChecked()).toBe(true);
    await expect.poll(frameWidth).toBe(375);
    await s.page.locator('label', { hasText: 'Desktop' }).click();
    await expect.poll(frameWidth).toBe(1280);
  });

  it('switches the preview between light and dark', async () => {
    await openConfig();
    const theme = () => preview().locator('[data-part=root]').getAttribute('data-theme');
    const background = () => banner().evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(await theme()).toBe('light');
    const light = await background();
    await s.page.locator('label', { hasText: 'Dark' }).click();
    await expect.poll(theme).toBe('dark');
    expect(await background()).not.toBe(light);
  });

  it('opens a dropped file', async () => {
    await open();
    await s.page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      document.querySelector('.cm-content')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, TEXT);
    await banner().getByText('Cookies at Test Clinic').waitFor();
    expect(await editorText()).toBe(TEXT);
    expect(await text('#file-status')).toBe('Opened dropped.json.');
  });

  it('refuses a file too large to be a config, unread', async () => {
    await open();
    await openFile(TEXT);
    await openFile(' '.repeat(1024 * 1024 + 1));
    await expect.poll(() => text('#file-status')).toBe('consent.json is 1.0 MB; a consent.json is a few KB, so it was not opened.');
    expect(await editorText()).toBe(TEXT);
  });

  it('downloads the edited text as consent.json', async () => {
    await openConfig();
    await cursorAt('"bannerTitle": "Cookies at Test Clinic"', 1);
    await s.page.keyboard.type('!');
    const download = s.page.waitForEvent('download');
    await s.page.getByRole('button', { name: 'Download consent.json' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('consent.json');
    expect(readFileSync(await file.path(), 'utf8')).toBe(TEXT.replace('Test Clinic"', 'Test Clinic!"'));
  });

  it('never stores a decision or sends a receipt from the preview', async () => {
    await openConfig();
    await banner().getByRole('button', { name: 'Accept all' }).click();
    await banner().waitFor({ state: 'detached' });
    expect(await s.context.cookies()).toEqual([]);
    expect(await s.page.evaluate(() => localStorage.length)).toBe(0);
    expect(s.server.hits(RECEIPTS)).toBe(0);
  });

  it('works from file://, as dist/editor/index.html in the installed package', async () => {
    await open(pathToFileURL(resolve(editorDir, 'index.html')).href);
    await banner().getByRole('button', { name: 'Accept all' }).waitFor();
    await openFile(TEXT);
    await banner().getByText('Cookies at Test Clinic').waitFor();
    await cursorAt('"revision": 1,', 1);
    await s.page.keyboard.type('.5');
    await expect.poll(markedLines).toEqual(['  "revision": 1.5,']);
  });

  it('is usable by keyboard: Tab leaves the editor for the issue list, and an issue puts the cursor on its line', async () => {
    await openConfig();
    await cursorAt('"revision": 1,', 1);
    await s.page.keyboard.type('.5');
    await s.page.locator('#problems button').waitFor();
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => document.activeElement?.closest('#problems') != null)).toBe(true);
    await s.page.keyboard.press('Enter');
    expect(await s.page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
    expect(await text('.cm-activeLine')).toBe('  "revision": 1.5,');
  });

  it.each(['light', 'dark'] as const)('has no axe violations, %s, with issues listed', async (scheme) => {
    await s.page.emulateMedia({ colorScheme: scheme });
    await s.page.setViewportSize({ width: 1280, height: 800 });
    await openConfig();
    await cursorAt('"revision": 1,', 1);
    await s.page.keyboard.type('.5');
    await s.page.locator('#problems button').waitFor();
    expect(await axe()).toEqual([]);
  });

  it('is served by the demo server at /editor, starting with the demo config', async () => {
    const { startDemoServer } = await import(pathToFileURL(resolve(root, 'examples/demo-server.mjs')).href);
    const demo = await startDemoServer();
    try {
      await open(`http://127.0.0.1:${demo.address().port}/editor`);
      expect(new URL(s.page.url()).pathname).toBe('/editor/');
      const download = s.page.waitForEvent('download');
      await s.page.getByRole('button', { name: 'Download consent.json' }).click();
      const started = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
      expect(started.categories).toEqual(demoConfig().categories);
      await expect.poll(() => text('#summary')).toBe('No errors or warnings.');
    } finally {
      await new Promise((done) => demo.close(done));
    }
  });
});
