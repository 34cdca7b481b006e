import { describe, expect, it } from 'vitest';
import { diagnoseConfigText } from '../../src/check';
import { clinicConfig } from '../helpers/configs';

const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const codes = (text: string) => diagnoseConfigText(text).map((d) => `${d.code} ${d.line}:${d.column} ${d.path}`);

describe('diagnoseConfigText', () => {
  it('finds nothing in a valid config', () => {
    expect(diagnoseConfigText(pretty(clinicConfig()))).toEqual([]);
  });

  it('reports a trailing comma at the comma', () => {
    expect(diagnoseConfigText('{\n  "revision": 1,\n}')).toEqual([
      { severity: 'error', code: 'json-syntax', path: '', message: 'expected no comma after the last item: JSON allows none before "}"', line: 2, column: 16, endLine: 2, endColumn: 17 },
    ]);
  });

  it('reports a comment as a syntax error, since browsers read the file as JSON', () => {
    expect(codes('{\n  // the clinic\n  "revision": 1\n}')).toEqual(['json-syntax 2:3 ']);
  });

  it('asks for double quotes where single quotes are used', () => {
    expect(diagnoseConfigText("{'revision': 1}")[0]!.message).toBe('expected double quotes: JSON strings and names take ", not \'');
  });

  it('reports an empty file as a missing value at 1:1', () => {
    expect(codes('')).toEqual(['json-syntax 1:1 ']);
  });

  it('reports every core and UI issue in one pass, each at the line of its key', () => {
    const config = { ...clinicConfig(), revision: 0, texts: { en: { bannerTitel: 'Cookies', bannerText: 'By using our site, you consent to cookies' } } };
    const text = pretty(config);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(codes(text)).toEqual([
      `config ${lineOf('"revision"')}:3 revision`,
      `config ${lineOf('"bannerTitel"')}:7 texts.en.bannerTitel`,
      `implied-consent ${lineOf('"bannerText"')}:7 texts.en.bannerText`,
    ]);
  });

  it('spans the offending property from its key to the end of its value', () => {
    const d = diagnoseConfigText('{\n  "revision": "two",\n  "links": {}\n}').find((x) => x.path == 'revision');
    expect(d).toMatchObject({ path: 'revision', line: 2, column: 3, endLine: 2, endColumn: 20 });
  });

  it('points a missing field at the object that lacks it', () => {
    const { links, ...config } = clinicConfig();
    const text = pretty({ ...config, links: { cookiePolicy: '/cookies' } });
    const line = text.split('\n').findIndex((l) => l.includes('"links"')) + 1;
    expect(diagnoseConfigText(text)).toEqual([
      expect.objectContaining({ code: 'policy-link', path: 'links.privacyPolicy', line, column: 3, endLine: line, endColumn: 10 }),
    ]);
  });

  it('codes a scheme-less policy link as policy-link', () => {
    const text = pretty(clinicConfig({ links: { cookiePolicy: 'www.clinic.example/cookies', privacyPolicy: '/privacy' } }));
    expect(diagnoseConfigText(text).map((d) => [d.code, d.severity])).toEqual([['policy-link', 'error']]);
  });

  it('warns about a key given twice, at the second one', () => {
    expect(codes('{\n  "revision": 1,\n  "revision": 2\n}')).toContain('duplicate-key 3:3 revision');
  });

  it('runs the lint rules only once the validators pass, as warnings', () => {
    const config = clinicConfig();
    const essential = { ...config.categories[0]!, cookies: [{ name: '_ga' }] };
    const text = pretty({ ...config, categories: [essential, ...config.categories.slice(1)] });
    expect(diagnoseConfigText(text).map((d) => [d.severity, d.code, d.path])).toEqual([['warning', 'tracking-cookie-required', 'categories[0].cookies[0]']]);
    expect(codes(pretty({ ...config, revision: 0, categories: [essential, ...config.categories.slice(1)] }))).toEqual([expect.stringMatching(/^config /)]);
  });

  it('counts CR LF and a lone CR as one line break each, as editors do', () => {
    expect(codes('{\r\n  "revision": 1,\r  "cokie": {}\r\n}').filter((c) => c.startsWith('config 3:'))).toEqual(['config 3:3 cokie']);
  });

  it('counts a byte order mark as whitespace', () => {
    expect(diagnoseConfigText('\uFEFF' + pretty(clinicConfig()))).toEqual([]);
  });

  it('reads "__proto__" as an own key, as JSON.parse does, and reports it as unknown', () => {
    expect(codes('{"__proto__": {"revision": 1}}')).toContain('config 1:2 __proto__');
  });
});
