// @vitest-environment jsdom
// How the script-tag loader hands a first visit's banner over to the dialog (issue #13): the banner file paints
// the banner in plain DOM, and the UI file, fetched when the dialog is asked for, opens in the banner's shell.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerBanner } from '../../src/global/register-banner';
import { registerUi } from '../../src/global/register-ui';
import { en } from '../../src/ui/locales/en';
import { clinicConfig } from '../helpers/configs';
import { bootLoader as boot, loaderPage as page, resetLoaderPage } from '../helpers/loader-page';

const tick = () => new Promise((r) => setTimeout(r));
const scripts = () => [...document.head.querySelectorAll('script')].map((s) => s.getAttribute('src'));
/**
 * What a part's files do once they arrive: the stylesheet loads, the script registers. Every such link: the
 * loaders of earlier tests still listen to this document's clicks, and may have asked for the file too.
 */
const arrive = async (sheet: string, register: () => void) => {
  document.head.querySelectorAll(`link[href="${sheet}"]`).forEach((l) => l.dispatchEvent(new Event('load')));
  register();
  await tick();
};
const banners = () => document.querySelectorAll('[data-part=banner]');
const dialog = () => document.querySelector('[role=dialog][aria-modal=true]:not([data-part=banner])');

beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(() => {
  vi.restoreAllMocks();
  resetLoaderPage();
});

describe('a first visit on a script-tag site', () => {
  it('shows the banner from the banner file without fetching the UI file, the validator fetched alongside', async () => {
    await boot(JSON.stringify(clinicConfig()));
    await arrive('banner.css', () => registerBanner({ en }));
    expect(banners()).toHaveLength(1);
    expect(scripts()).toEqual(['consentry-banner.en.global.js', 'consentry-validate.global.js']);
  });

  it('opens the dialog from "Manage preferences" in the banner\'s own root, with no second banner', async () => {
    await boot(JSON.stringify(clinicConfig()));
    await arrive('banner.css', () => registerBanner({ en }));
    document.querySelector<HTMLElement>('[data-action=manage]')!.click();
    await arrive('ui.css', () => registerUi({ en }));
    expect(dialog()).not.toBeNull();
    expect(banners()).toHaveLength(1);
    expect(document.querySelectorAll('[data-part=root]')).toHaveLength(1);
  });

  it('records the dialog\'s decisions with the code the banner file brought, fetching no file for it', async () => {
    await boot(JSON.stringify(clinicConfig()));
    await arrive('banner.css', () => registerBanner({ en }));
    document.querySelector<HTMLElement>('[data-action=manage]')!.click();
    await arrive('ui.css', () => registerUi({ en }));
    expect(scripts()).not.toContain('consentry-proof.global.js');
  });

  it('fetches the records\' code with the dialog on a returning visit, where no banner brought it', async () => {
    await boot(JSON.stringify(clinicConfig()));
    page.Consentry!.consent!.rejectAll();
    await boot(JSON.stringify(clinicConfig()), '<a href="#" data-consentry-open>Cookie settings</a>');
    document.querySelector<HTMLElement>('[data-consentry-open]')!.click();
    await tick();
    expect(scripts()).toEqual(expect.arrayContaining(['consentry-ui.en.global.js', 'consentry-proof.global.js']));
  });

  it('shows one banner when the dialog is asked for before the banner file has arrived', async () => {
    await boot(JSON.stringify(clinicConfig()), '<a href="#" data-consentry-open>Cookie settings</a>');
    document.querySelector<HTMLElement>('[data-consentry-open]')!.click();
    await arrive('ui.css', () => registerUi({ en }));
    await arrive('banner.css', () => registerBanner({ en }));
    await tick();
    expect(banners()).toHaveLength(1);
    expect(dialog()).not.toBeNull();
  });

  it('fetches the floating button only for a config that asks for it, once there is a decision to change', async () => {
    await boot(JSON.stringify(clinicConfig({ ui: { floatingButton: true } })));
    expect(scripts()).not.toContain('consentry-floating-button.global.js');
    page.Consentry!.consent!.rejectAll();
    expect(scripts()).toContain('consentry-floating-button.global.js');
  });

  it('never fetches the floating button for a config without one', async () => {
    await boot(JSON.stringify(clinicConfig()));
    page.Consentry!.consent!.rejectAll();
    expect(scripts()).not.toContain('consentry-floating-button.global.js');
  });
});
