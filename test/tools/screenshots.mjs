#!/usr/bin/env node
// `npm run screenshots`: pictures of the UI on the demo clinic page, for the README and for archiving with each
// release (proof of what visitors were shown). The banner, the dialog folded and with one purpose unfolded,
// a returning visitor's embed placeholder and floating button, and the Cookie Policy page's cookie declaration; at
// 1280x800 and 375x667, light and dark, English and German. Also the error panel a site owner sees on 127.0.0.1 for
// an invalid config and for one that is not JSON (English only: it speaks to the developer).
// Then the config editor at the same sizes, light and dark.
// Serves dist/ and the demo from 127.0.0.1 (run `npm run build` first; the npm script does) and writes
// docs/screenshots/<what>-<width>-<theme>-<language>.png.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { demoConfig, startDemoServer } from '../../examples/demo-server.mjs';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const out = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const SIZES = [
  [1280, 800],
  [375, 667],
];

const animationsDone = (page) => page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));

/** Writes docs/screenshots/<file> once the page has settled, with no hover look under the pointer. */
async function shoot(page, file) {
  await page.mouse.move(0, 0);
  await animationsDone(page);
  await page.screenshot({ path: out + file });
  console.log('docs/screenshots/' + file);
}

/** Opens the dialog from the banner, waiting for its code, which a first visit fetches only then. */
async function openDialog(page) {
  await page.locator('[data-action=manage]').click();
  await page.locator('[data-part=dialog]').waitFor();
}

/** What each picture shows, reached from a freshly loaded page. */
const STATES = {
  banner: async () => {},
  dialog: openDialog,
  'dialog-expanded': async (page) => {
    await openDialog(page);
    // Analytics: services, each with its cookies.
    const summary = page.locator('[data-part=category]').nth(1).locator('summary');
    await summary.click();
    await summary.evaluate((s) => s.closest('[data-part=category]').scrollIntoView({ block: 'start' }));
  },
  // The separate health-data consent, in its own section below the cookie categories.
  'dialog-separate': async (page) => {
    await openDialog(page);
    await page.locator('[data-part=separate]').evaluate((s) => s.scrollIntoView({ block: 'start' }));
  },
  // The blocked map of a returning visitor who refused, in the page's language, without ui.css.
  placeholder: async (page) => {
    await page.locator('[data-action=reject-all]').click();
    await page.reload();
    const placeholder = page.locator('[data-part=placeholder]');
    await placeholder.waitFor();
    await placeholder.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  },
  'floating-button': async (page) => {
    await page.locator('[data-action=reject-all]').click();
    // A returning visitor: no banner, no "saved" message, just the button.
    await page.reload();
    await page.locator('[data-part=floating-button]').waitFor();
  },
};

/** Pictures of pages without the banner, each reached from its own URL. */
const PAGES = {
  // A returning visitor who refused, on the Cookie Policy page.
  // Scrolled down to its "Change settings" button, with the tables above it.
  declaration: {
    path: '/cookie-policy',
    reach: async (page) => {
      await page.locator('[data-action=reject-all]').click();
      await page.reload();
      await page.locator('[data-action=change-settings]').evaluate((b) => b.scrollIntoView({ block: 'center' }));
    },
  },
  'error-panel': { path: '/?broken=invalid', languages: ['en'], reach: (page) => page.locator('[data-consentry-debug]').waitFor() },
  'error-panel-syntax': { path: '/?broken=syntax', languages: ['en'], reach: (page) => page.locator('[data-consentry-debug]').waitFor() },
};

// Mistakes a site owner makes: keys misspelt and a link missing; a trailing comma.
const BROKEN = {
  invalid: async () => ({ ...(await demoConfig()), links: { cookiePolicy: '/cookie-policy' }, ui: { floatingBtn: true }, texts: { en: { bannerTitel: 'Cookies' } } }),
  syntax: async () => {
    const text = JSON.stringify(await demoConfig(), null, 2).replace('"revision": 1,', '"revision": 1,,');
    throw Object.assign(new SyntaxError('trailing comma'), { text });
  },
};

const server = await startDemoServer({
  configFor: async (url) => {
    const broken = BROKEN[url.searchParams.get('broken')];
    return broken ? broken() : { ...(await demoConfig()), language: url.searchParams.get('lang') ?? 'en' };
  },
});
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: await findChromium(), headless: true, args: CHROMIUM_ARGS });
await mkdir(out, { recursive: true });
try {
  for (const lang of ['en', 'de'])
    for (const theme of ['light', 'dark'])
      for (const [width, height] of SIZES) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme, reducedMotion: 'reduce' });
        const page = await context.newPage();
        for (const [name, reach] of Object.entries(STATES)) {
          await context.clearCookies();
          await page.goto(`${origin}/?lang=${lang}`);
          await page.locator('[data-part=banner]').waitFor();
          await reach(page);
          await shoot(page, `${name}-${width}-${theme}-${lang}.png`);
        }
        for (const [name, { path, languages = ['en', 'de'], reach }] of Object.entries(PAGES)) {
          if (!languages.includes(lang)) continue;
          await context.clearCookies();
          await page.goto(`${origin}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
          await reach(page);
          await shoot(page, `${name}-${width}-${theme}-${lang}.png`);
        }
        await context.close();
      }
  // The config editor (/editor): as it opens, on a phone also scrolled to its preview, and with an issue typed
  // in (marked at its line and listed, the preview keeping the last valid config).
  for (const theme of ['light', 'dark'])
    for (const [width, height] of SIZES) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const shootEditor = async (file) => {
        await page.mouse.move(0, 0);
        // Not the editor's blinking cursor, which never finishes.
        await page.locator('.cm-content').blur();
        await animationsDone(page);
        await page.frameLocator('iframe').locator('html').evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
        await page.screenshot({ path: out + file, caret: 'hide' });
        console.log('docs/screenshots/' + file);
      };
      await page.goto(`${origin}/editor`);
      await page.frameLocator('iframe').locator('[data-part=banner]').waitFor();
      await shootEditor(`editor-${width}-${theme}.png`);
      if (width < 400) {
        await page.locator('.preview .pane-head').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shootEditor(`editor-preview-${width}-${theme}.png`);
        await page.evaluate(() => scrollTo(0, 0));
      }
      await page.locator('.cm-line', { hasText: '"revision": 1,' }).click();
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.type('.5');
      await page.locator('#problems button').waitFor();
      await shootEditor(`editor-issue-${width}-${theme}.png`);
      await context.close();
    }
} finally {
  await browser.close();
  server.close();
}
