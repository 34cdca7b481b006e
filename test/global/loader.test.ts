// @vitest-environment jsdom
// The two script-tag entries in jsdom: consentry.global.js (no adapters) and consentry-integrations.global.js.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { ConsentConfig } from '../../src';
import type { ConsentryGlobal } from '../../src/global/loader';
import { clinicConfig } from '../helpers/configs';
import { arriveValidator } from '../helpers/loader-page';
import { registerBanner } from '../../src/global/register-banner';
import { en } from '../../src/ui/locales/en';

type Page = { Consentry?: ConsentryGlobal; dataLayer?: unknown[]; gtag?: unknown; _paq?: unknown[] };
const page = window as unknown as Page;
let errors: MockInstance<typeof console.error>;

/** Loads an entry the way a page with an inline config does, and waits until it has read the config. */
async function boot(entry: 'index' | 'integrations', integrations?: unknown): Promise<string[]> {
  // Memory storage: every test starts with an undecided visitor.
  const config = clinicConfig({ storage: 'memory', ...(integrations !== undefined && { integrations: integrations as ConsentConfig['integrations'] }) });
  document.body.innerHTML = `<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>`;
  await import(`../../src/global/${entry}.ts`);
  await new Promise((r) => setTimeout(r));
  await arriveValidator();
  return errors.mock.calls.map((args) => args.join(' ')).filter((line) => line.includes('integrations'));
}
const bannerRequested = () => !!document.querySelector('script[src*="consentry-banner."]');
/** The banner file arriving: a first visit fetches it alongside the validator, before the config is known to be valid. */
const bannerArrives = async () => {
  document.head.querySelectorAll('link[href="banner.css"]').forEach((l) => l.dispatchEvent(new Event('load')));
  registerBanner({ en });
  await new Promise((r) => setTimeout(r));
};

beforeEach(() => {
  vi.resetModules();
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  errors.mockRestore();
  for (const key of ['Consentry', 'dataLayer', 'gtag', '_paq'] as const) delete page[key];
  document.head.innerHTML = document.body.innerHTML = '';
});

describe('consentry-integrations.global.js', () => {
  it('logs every integrations issue with its path, and starts nothing and shows no banner', async () => {
    const logged = await boot('integrations', { gtm: true, matomo: { mode: 'x' } });
    expect(logged).toEqual([
      '[consentry] integrations.gtm: unknown key "gtm"; expected one of: googleConsentMode, metaPixel, matomo, microsoftUet, microsoftClarity',
      '[consentry] integrations.matomo.mode: expected "tracking" or "cookie", received "x"',
    ]);
    await bannerArrives();
    expect(page.Consentry!.consent).toBeNull();
    expect(document.querySelector('[data-part=banner]')).toBeNull();
    expect(page._paq).toBeUndefined();
  });

  it("sends Google's consent default as the consent starts (R-INT-1, R-INT-11)", async () => {
    await boot('integrations', { googleConsentMode: true });
    expect(page.Consentry!.consent).not.toBeNull();
    expect(Array.from(page.dataLayer![0] as ArrayLike<unknown>).slice(0, 2)).toEqual(['consent', 'default']);
  });

  it('runs like consentry.global.js for a config without integrations', async () => {
    expect(await boot('integrations')).toEqual([]);
    expect(page.Consentry!.consent).not.toBeNull();
    expect(page.dataLayer).toBeUndefined();
  });
});

describe('consentry.global.js', () => {
  it('logs one error naming consentry-integrations.global.js when the config asks for integrations', async () => {
    const logged = await boot('index', { googleConsentMode: true, matomo: true });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('needs consentry-integrations.global.js');
  });

  it('still runs the consent core, granting nothing, when the config asks for integrations', async () => {
    await boot('index', { googleConsentMode: true });
    const consent = page.Consentry!.consent!;
    expect(consent.getState().categories).toEqual({ essential: true, analytics: false, marketing: false });
    expect(bannerRequested()).toBe(true);
    expect(page.dataLayer).toBeUndefined();
  });

  it('logs one line naming the banner file when it fails to load, instead of "[consentry] Event"', async () => {
    await boot('index');
    document.querySelector('script[src*="consentry-banner."]')!.dispatchEvent(new Event('error'));
    await new Promise((r) => setTimeout(r));
    expect(errors.mock.calls).toEqual([
      ['[consentry] Could not load consentry-banner.en.global.js (blocked by Content-Security-Policy or network error); the banner cannot show.'],
    ]);
  });

  it('fetches the banner file alone on a first visit: Preact and the dialog wait until they are asked for', async () => {
    await boot('index');
    expect(bannerRequested()).toBe(true);
    expect(document.querySelector('script[src*="consentry-ui."]')).toBeNull();
    expect([...document.querySelectorAll('link')].map((l) => l.getAttribute('href'))).toEqual(['banner.css']);
  });

  it('logs nothing about integrations when the config leaves them empty', async () => {
    expect(await boot('index', {})).toEqual([]);
  });
});
