// @vitest-environment jsdom
// What the script-tag loader does for the site owner and for Cookie Policy pages (issue #11): the error panel
// on the owner's machine (jsdom's page is on localhost), syntax errors naming the config, declarations.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { clinicConfig } from '../helpers/configs';
import { bootLoader as boot, loaderPage as page, resetLoaderPage } from '../helpers/loader-page';

let errors: MockInstance<typeof console.error>;

const requested = (file: string) => document.head.querySelectorAll(`script[src$="${file}"]`).length;

beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  resetLoaderPage();
});

describe('a config error on the site owner\'s machine', () => {
  it('is logged and fetches the error panel, once, with what went wrong and the config as read', async () => {
    const config = { ...clinicConfig(), links: undefined, ui: { floatingBtn: true } };
    await boot(JSON.stringify(config));
    expect(errors.mock.calls.map((c) => c[0])).toEqual([
      expect.stringMatching(/^\[consentry\] ui\.floatingBtn: unknown key/),
      '[consentry] links: expected an object, received nothing',
    ]);
    expect(requested('consentry-debug.global.js')).toBe(1);
    expect(page.Consentry!._errors).toHaveLength(1);
    expect(page.Consentry!._input).toEqual(JSON.parse(JSON.stringify(config)));
  });

  it('that is not JSON names the inline config in its message and keeps the text for the line', async () => {
    await boot('{\n  "revision": 1,\n}');
    expect(errors.mock.calls[0]![0]).toMatch(/^\[consentry\] #consentry-config: .*JSON/);
    expect(page.Consentry!._errors![0]).toMatchObject({ source: '#consentry-config', text: '{\n  "revision": 1,\n}' });
  });
});

describe('a page with a data-consentry-declaration element', () => {
  it('loads the UI file on a returning visit and renders the declaration into each such element', async () => {
    await boot(JSON.stringify(clinicConfig()));
    page.Consentry!.consent!.rejectAll();
    await boot(JSON.stringify(clinicConfig()), '<div data-consentry-declaration id="a"></div><div data-consentry-declaration id="b"></div>');
    expect(page.Consentry!.consent!.needsDecision()).toBe(false);
    const declare = vi.fn();
    page.Consentry!._register!('ui', { mount: () => ({ openPreferences() {}, unmount() {} }), declare });
    document.head.querySelector('link')!.dispatchEvent(new Event('load'));
    await new Promise((r) => setTimeout(r));
    expect(declare.mock.calls.map(([el]) => (el as Element).id)).toEqual(['a', 'b']);
    expect(requested('consentry-ui.en.global.js')).toBe(1);
  });
});
