// @vitest-environment jsdom
// The in-page error panel of the script-tag build (consentry-debug.global.js), issue #11.
import { afterEach, describe, expect, it } from 'vitest';
import { ConsentConfigError } from '../../src/core/issues';
import { panelEntries, showErrorPanel, type PanelEntry } from '../../src/global/error-panel';

afterEach(() => {
  document.body.innerHTML = '';
});

/** What JSON.parse threw for `text`, as the loader reports it. */
function syntaxError(text: string, source = '/consent.json') {
  try {
    JSON.parse(text);
  } catch (e) {
    return Object.assign(Error(source + ': ' + (e as Error).message), { source, text });
  }
  throw new Error('valid JSON');
}

const panel = () => document.querySelector('[data-consentry-debug]')?.shadowRoot;

describe('panelEntries()', () => {
  it('lists every issue of an invalid config with its path', () => {
    const error = new ConsentConfigError([
      { path: 'links.cookiePolicy', message: 'expected a string, received nothing' },
      { path: '', message: 'unknown key "categorys"' },
    ]);
    expect(panelEntries([error], {})).toEqual([
      { where: 'links.cookiePolicy', message: 'expected a string, received nothing' },
      { where: '(config)', message: 'unknown key "categorys"' },
    ]);
  });

  it("adds the UI's own issues (its texts' wording) to the core's, so one round of fixes is enough", () => {
    const input = { texts: { en: { bannerText: 'By using our site, you consent to cookies.' } } };
    const error = new ConsentConfigError([{ path: 'links', message: 'expected an object, received nothing' }]);
    expect(panelEntries([error], input).map((e) => e.where)).toEqual(['links', 'texts.en.bannerText']);
  });

  it('does not list an issue twice when the core and the UI both find it at one path', () => {
    const error = new ConsentConfigError([{ path: 'ui.floatingBtn', message: 'unknown key' }]);
    expect(panelEntries([error], { ui: { floatingBtn: true } })).toHaveLength(1);
  });

  it("gives a syntax error's file, line and column, the engine's reason and the line with a caret", () => {
    const [entry] = panelEntries([syntaxError('{\n  "revision": 1,\n  "links": {},\n}\n')], undefined);
    expect(entry).toEqual({ where: '/consent.json, line 4, column 1', message: 'not valid JSON: Expected double-quoted property name', excerpt: '}\n^' });
  });

  it('puts the caret under the column of the offending character', () => {
    const [entry] = panelEntries([syntaxError('{"revision" 1}', '#consentry-config')], undefined);
    expect(entry!.where).toBe('#consentry-config, line 1, column 13');
    expect(entry!.excerpt).toBe('{"revision" 1}\n            ^');
  });

  it("finds the line and column itself when the engine's message names none (Safari)", () => {
    const text = '{\n  "revision": 1,,\n}';
    const error = Object.assign(Error("/consent.json: JSON Parse error: Expected '}'"), { source: '/consent.json', text });
    expect(panelEntries([error], undefined)).toEqual([
      { where: '/consent.json, line 2, column 17', message: "not valid JSON: JSON Parse error: Expected '}'", excerpt: '  "revision": 1,,\n                ^' },
    ]);
  });

  it('gives any other error as its message', () => {
    expect(panelEntries([Error('/consent.json: HTTP 404')], undefined)).toEqual([{ where: '', message: '/consent.json: HTTP 404' }]);
  });
});

describe('showErrorPanel()', () => {
  const entries: PanelEntry[] = [
    { where: 'categories[1].id', message: 'expected a lowercase id' },
    { where: '/consent.json, line 4, column 1', message: 'not valid JSON', excerpt: '}\n^' },
  ];

  it('is a region labelled by its heading, which counts the problems', () => {
    showErrorPanel(document, entries);
    const section = panel()!.querySelector('section')!;
    const heading = panel()!.getElementById(section.getAttribute('aria-labelledby')!)!;
    expect(heading.tagName).toBe('H2');
    expect(heading.textContent).toBe('consentry: 2 problems to fix');
    expect([...panel()!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'categories[1].id: expected a lowercase id',
      '/consent.json, line 4, column 1: not valid JSON}\n^',
    ]);
  });

  it('renders messages as text: markup in a message makes no element', () => {
    showErrorPanel(document, [{ where: '<b>x</b>', message: '<img src=x onerror=alert(1)>' }]);
    expect(panel()!.querySelectorAll('img, b')).toHaveLength(0);
    expect(panel()!.querySelector('li')!.textContent).toBe('<b>x</b>: <img src=x onerror=alert(1)>');
  });

  it('leaves focus where it was', () => {
    document.body.innerHTML = '<button>Book</button>';
    document.querySelector('button')!.focus();
    showErrorPanel(document, entries);
    expect(document.activeElement!.textContent).toBe('Book');
  });

  it('goes away with its Dismiss button', () => {
    showErrorPanel(document, entries);
    panel()!.querySelector('button')!.click();
    expect(document.querySelector('[data-consentry-debug]')).toBeNull();
  });

  it('replaces an earlier panel rather than stacking a second one', () => {
    showErrorPanel(document, entries);
    showErrorPanel(document, entries.slice(0, 1));
    expect(document.querySelectorAll('[data-consentry-debug]')).toHaveLength(1);
    expect(panel()!.querySelector('h2')!.textContent).toBe('consentry: a problem to fix');
  });
});
