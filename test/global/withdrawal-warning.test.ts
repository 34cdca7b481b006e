// @vitest-environment jsdom
// The script-tag loader warns once when a returning visitor has no way back to the choice (issue #11, R-GDPR-16).
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { ConsentConfig } from '../../src';
import { clinicConfig } from '../helpers/configs';
import { bootLoader, loaderPage as page, resetLoaderPage } from '../helpers/loader-page';

let warn: MockInstance<typeof console.warn>;

/** Loads consentry.global.js on a page with `body`, the way a page with an inline config does. */
const boot = (body = '', overrides: Partial<ConsentConfig> = {}) => bootLoader(JSON.stringify(clinicConfig(overrides)), body);
/** A visitor who answered the banner on an earlier page: the decision is in the cookie. */
async function returning(body = '', overrides: Partial<ConsentConfig> = {}): Promise<void> {
  await boot('', overrides);
  page.Consentry!.consent!.rejectAll();
  warn.mockClear();
  await boot(body, overrides);
}
const warnings = () => warn.mock.calls.map((args) => args.join(' ')).filter((line) => line.includes('withdraw'));

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  resetLoaderPage();
});

describe('the no-way-to-withdraw warning', () => {
  it('is logged once at load, naming both fixes, when the banner was answered and the page has no opener', async () => {
    await returning('<main>Knee pain</main>');
    expect(warnings()).toEqual([
      '[consentry] No way to change or withdraw consent on this page: add a data-consentry-open element (a "Cookie settings" link) or set ui.floatingButton to true.',
    ]);
  });

  it('is not logged again when the visitor changes the choice on that page', async () => {
    await returning();
    page.Consentry!.consent!.acceptAll();
    page.Consentry!.consent!.rejectAll();
    expect(warnings()).toHaveLength(1);
  });

  it('is not logged when the page has a data-consentry-open element', async () => {
    await returning('<footer><a href="#" data-consentry-open>Cookie settings</a></footer>');
    expect(warnings()).toEqual([]);
  });

  it('is not logged when the config shows the floating button', async () => {
    await returning('', { ui: { floatingButton: true } });
    expect(warnings()).toEqual([]);
  });

  it('is not logged on a page with a cookie declaration, whose "Change settings" button opens the dialog', async () => {
    await returning('<section data-consentry-declaration></section>');
    expect(warnings()).toEqual([]);
  });

  it('is not logged before a decision, while the banner itself offers the choice', async () => {
    await boot('<main>Knee pain</main>');
    expect(page.Consentry!.consent!.needsDecision()).toBe(true);
    expect(warnings()).toEqual([]);
  });
});
