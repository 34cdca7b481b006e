// The cookie declaration on the demo's Cookie Policy page, script-tag build in Chromium (issue #11): the
// config's cookies per category, the visitor's current choice, "Change settings" opening the dialog, axe-clean
// and readable at 320px. Needs `npm run build` first (npm test does it): it serves the real dist/ files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { animationsDone, demoConfig, startDemo } from './helpers/demo';
import { browserSession } from './helpers/session';

const root = fileURLToPath(new URL('../..', import.meta.url));
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const s = browserSession(() =>
startDemo({ '/cookie-policy.html': demoConfig() }),
);

const open = async () => {
  await s.page.goto(s.server.origin + '/cookie-policy.html');
  await s.page.locator('[data-part=declaration]').waitFor();
};
/** A returning visitor who refused: no banner over the page. */
const openDecided = async () => {
  await open();
  await s.page.getByRole('button', { name: 'Reject all' }).click();
  await s.page.reload();
  await s.page.locator('[data-part=declaration]').waitFor();
};
const table = (name: string) => s.page.getByRole('table', { name: new RegExp('^' + name) });
const choice = (name: string) => table(name).locator('[data-part=declaration-choice]');
const rows = (name: string) =>
  table(name).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));

async function axe(): Promise<string[]> {
  await s.page.addScriptTag({ content: readFileSync(root + 'node_modules/axe-core/axe.min.js', 'utf8') });
  const result = await s.page.evaluate((tags) => (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
}

describe('the cookie declaration on the Cookie Policy page', { timeout: 60_000 }, () => {
  it('lists every category of clinic-consent.json as a table, with each cookie under its service (R-GDPR-15, R-CK-11)', async () => {
    await openDecided();
    expect(await s.page.getByRole('table').evaluateAll((ts) => ts.map((t) => t.querySelector('caption span')!.textContent))).toEqual([
      'Essential',
      'Analytics',
      'Marketing',
      'External media',
      'Health data for appointment reminders',
    ]);
    expect(await rows('Essential')).toEqual([['consentry', 'This site', '', 'Remembers your cookie choice', '6 months']]);
    expect(await rows('Analytics')).toEqual([
      ['names starting with _pk_id', 'This site (Matomo)', 'Matomo', 'Tells visits apart', '13 months'],
      ['names starting with _pk_ses', 'This site (Matomo)', 'Matomo', 'Groups the pages of one visit', '30 minutes'],
    ]);
  });

  it('shows the current choice and follows it when the visitor decides in the banner', async () => {
    await open();
    expect(await choice('Analytics').textContent()).toBe('Currently not allowed');
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    expect(await choice('Analytics').textContent()).toBe('Currently allowed');
    expect(await choice('Essential').textContent()).toBe('Always on: the site cannot work without these cookies.');
  });

  it('opens the preferences dialog from "Change settings" for a returning visitor, and focus returns to it (R-GDPR-16)', async () => {
    await openDecided();
    const button = s.page.getByRole('button', { name: 'Change settings' });
    await button.click();
    const dialog = s.page.getByRole('dialog', { name: 'Manage your cookie preferences' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Accept all' }).click();
    expect(await choice('Marketing').textContent()).toBe('Currently allowed');
    expect(await s.page.evaluate(() => document.activeElement?.textContent)).toBe('Change settings');
  });

  it("speaks the page's language: built-in headings and the config's German texts", async () => {
    await s.page.route('**/cookie-policy.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('<html lang="en">', '<html lang="de">') });
    });
    await open();
    const headers = await s.page.getByRole('table', { name: /^Statistik/ }).getByRole('columnheader').allTextContents();
    expect(headers).toEqual(['Name', 'Anbieter', 'Dienst', 'Zweck', 'Speicherdauer']);
    expect(await s.page.getByRole('button', { name: 'Einstellungen ändern' }).count()).toBe(1);
  });

  it.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 320],
    ['dark', 320],
  ] as const)('has no axe violations (%s, %i px) (R-A11Y-20, R-A11Y-11)', async (colorScheme, width) => {
    await s.page.emulateMedia({ colorScheme });
    await s.page.setViewportSize({ width, height: 800 });
    await openDecided();
    expect(await axe()).toEqual([]);
  });

  it('needs no horizontal scrolling at 320px: the rows stack (R-A11Y-14)', async () => {
    await s.page.setViewportSize({ width: 320, height: 640 });
    await openDecided();
    await animationsDone(s.page);
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await table('Analytics').locator('thead').evaluate((h) => h.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
  });
});
