import { describe, expect, it } from 'vitest';
import { validateUiConfig } from '../../src/ui';
import { invalidUiFixtures } from './fixtures';

describe('validateUiConfig', () => {
  it.each(invalidUiFixtures())('reports exactly the paths of $file ($description)', ({ config, paths }) => {
    expect(validateUiConfig(config as never).map((i) => i.path)).toEqual(paths);
  });

  it('accepts known text keys and options', () => {
    expect(validateUiConfig({ texts: { de: { rejectAll: 'Nur notwendige' } }, ui: { floatingButton: true, headingLevel: 3, blocking: false } })).toEqual([]);
  });

  it('accepts every layout, position and theme', () => {
    const ui = (layout: string, position: string, theme: string) => validateUiConfig({ ui: { layout, position, theme } });
    expect([ui('box', 'bottom', 'auto'), ui('bar', 'top', 'light'), ui('box', 'center', 'dark')]).toEqual([[], [], []]);
  });

  it('names the words it accepts for a layout, position or theme', () => {
    expect(validateUiConfig({ ui: { position: 'left' } })).toEqual([
      { path: 'ui.position', message: 'expected one of "bottom", "top", "center", received "left"' },
    ]);
  });

  it('asks for {purposes} in a banner text, so the banner keeps naming the optional purposes (R-GDPR-11)', () => {
    expect(validateUiConfig({ texts: { de: { bannerText: 'Wir verwenden Cookies.' } } })[0]!.message).toBe(
      'expected a text containing {purposes}, received "Wir verwenden Cookies."',
    );
  });

  it('says what it expected and what it received', () => {
    expect(validateUiConfig({ ui: { floatingButton: 'yes' } })).toEqual([
      { path: 'ui.floatingButton', message: 'expected true or false, received "yes"' },
    ]);
  });

  it('names the known keys for a misspelt text key', () => {
    expect(validateUiConfig({ texts: { de: { bannerTitel: 'x' } } })[0]!.message).toMatch(/^unknown key "bannerTitel"; expected one of: bannerTitle, /);
  });

  it('refuses copy that treats using the site as consent (R-GDPR-10)', () => {
    expect(validateUiConfig({ texts: { en: { bannerText: 'By using our site, you consent to cookies' } } }).map((i) => i.path)).toEqual([
      'texts.en.bannerText',
    ]);
  });

  it('asks for every text of a language without built-in texts (R-GDPR-22)', () => {
    expect(validateUiConfig({ texts: { sv: { rejectAll: 'Avvisa alla' } } }).map((i) => i.path)).toContain('texts.sv.bannerTitle');
  });
});
