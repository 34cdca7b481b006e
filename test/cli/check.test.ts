// Runs the built bin (`npm run build` first; `npm test` does) on fixture files, as a site owner would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configStamp } from '../../src/core/stamp';

const root = resolve(__dirname, '../..');
const fixtures = 'test/fixtures/check';
mkdirSync(join(root, 'test/.artifacts'), { recursive: true });
const tmp = mkdtempSync(join(root, 'test/.artifacts/check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const check = (...args: string[]) => run('check', ...args);
const stampOf = (file: string) => configStamp(readFileSync(join(root, file), 'utf8'));
const noStack = (r: { out: string; err: string }) => expect(r.out + r.err).not.toMatch(/^\s+at .+[(:]\d+/m);

describe('consentry check on configs', () => {
  it('exits 0 and says so when nothing is found', () => {
    const r = check(`${fixtures}/clean.json`, '--html', `${fixtures}/pages/clean.html`);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('No problems found in 2 files.');
  });

  it('prints the config stamp of a config without errors, for the script tag\'s data-config-stamp', () => {
    const stamp = stampOf(`${fixtures}/clean.json`);
    expect(check(`${fixtures}/clean.json`).out).toBe(
      'No problems found in 1 file.\n\n' +
        `Config stamp: ${stamp}. With data-config-stamp="${stamp}" on consentry's <script> tag, a first-time visitor's browser\n` +
        'skips downloading the config validator. It holds for this config\'s text and this version of consentry only.\n',
    );
  });

  it('prints no config stamp for a config with errors', () => {
    expect(check(`${fixtures}/issues.json`).out).not.toContain('stamp');
    expect(JSON.parse(check(`${fixtures}/issues.json`, '--format', 'json').out).stamp).toBeNull();
  });

  it('reports a trailing comma at its line and column, with the line, and exits 1', () => {
    const r = check(`${fixtures}/trailing-comma.json`);
    expect(r.code).toBe(1);
    expect(r.out.split('\n').slice(0, 3)).toEqual([
      `${fixtures}/trailing-comma.json:5:92 expected no comma after the last item: JSON allows none before "]"  error json-syntax`,
      '    5 |     { "id": "essential", "required": true, "title": "Essential", "description": "Needed." },',
      '      |                                                                                            ^',
    ]);
  });

  it('reports every core and UI issue in one pass as file:line:col path: message', () => {
    const r = check(`${fixtures}/issues.json`);
    const heads = r.out.split('\n').filter((l) => l.startsWith(fixtures));
    expect(heads.map((l) => l.replace(/: .*  (error|warning) /, ' $1 '))).toEqual([
      `${fixtures}/issues.json:2:3 revision error config`,
      `${fixtures}/issues.json:4:5 links.cookiePolicy error policy-link`,
      `${fixtures}/issues.json:9:7 texts.en.bannerTitel error config`,
      `${fixtures}/issues.json:10:7 texts.en.bannerChoices error implied-consent`,
    ]);
    expect(r.out).toContain('    9 |       "bannerTitel": "Cookies",\n');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('4 errors, 0 warnings in 1 file');
    expect(r.code).toBe(1);
  });

  it('exits 0 on warnings alone, and 2 with --strict', () => {
    expect(check(`${fixtures}/warnings.json`).code).toBe(0);
    const strict = check(`${fixtures}/warnings.json`, '--strict');
    expect(strict.code).toBe(2);
    expect(strict.out).toMatch(/^test\/fixtures\/check\/warnings\.json:7:19 categories\[0\]\.cookies\[0\]: "_ga" is a Google Analytics cookie.*warning tracking-cookie-required$/m);
  });

  it('prints JSON for CI with --format json', () => {
    const r = check(`${fixtures}/warnings.json`, '--format', 'json');
    expect(JSON.parse(r.out)).toEqual({
      errors: 0,
      warnings: 1,
      exitCode: 0,
      stamp: stampOf(`${fixtures}/warnings.json`),
      diagnostics: [expect.objectContaining({ file: `${fixtures}/warnings.json`, severity: 'warning', code: 'tracking-cookie-required', line: 7, column: 19 })],
    });
  });

  it('prints no colours when the output is not a terminal', () => {
    expect(check(`${fixtures}/issues.json`).out).not.toContain('\x1b[');
  });
});

describe('consentry check --html', () => {
  const leaky = check(`${fixtures}/clean.json`, '--html', `${fixtures}/pages/leaky.html`);
  const found = leaky.out
    .split('\n')
    .filter((l) => l.startsWith(fixtures))
    .map((l) => `${l.split(' ')[0]} ${l.split('  ').at(-1)}`);

  it('lists third-party scripts, iframes and pixels that load before consent, each at file:line:col', () => {
    expect(found).toEqual(
      expect.arrayContaining([
        `${fixtures}/pages/leaky.html:6:3 warning ungated-script`,
        `${fixtures}/pages/leaky.html:10:3 warning ungated-iframe`,
        `${fixtures}/pages/leaky.html:11:13 warning ungated-pixel`,
      ]),
    );
  });

  it('reports a gated element naming a category the config lacks, and one that loads anyway', () => {
    expect(found).toEqual(expect.arrayContaining([`${fixtures}/pages/leaky.html:7:3 error gate-unknown-id`, `${fixtures}/pages/leaky.html:12:3 error gate-loads-anyway`]));
    expect(leaky.out).toContain('waits for the category "anlytics", which the config lacks, so it never loads; known: essential, analytics, media');
    expect(leaky.code).toBe(1);
  });

  it('leaves the consentry loader itself alone', () => {
    expect(found.some((f) => f.startsWith(`${fixtures}/pages/leaky.html:5:`))).toBe(false);
  });

  it('warns when no page can reopen the preferences and there is no floating button', () => {
    expect(found).toContain(`${fixtures}/clean.json:1:1 warning no-withdrawal`);
  });

  it('finds a way to withdraw on any of the pages', () => {
    const r = check(`${fixtures}/clean.json`, '--html', `${fixtures}/pages/leaky.html`, `${fixtures}/pages/clean.html`);
    expect(r.out).not.toContain('no-withdrawal');
  });
});

describe('consentry check on bad input', () => {
  it.each([
    ['a missing file', () => 'nope.json', 'nope.json:1:1 cannot read the file: it does not exist'],
    ['a directory', () => fixtures, `${fixtures}:1:1 cannot read the file: it is a directory, not a file`],
    ['a binary file', () => (writeFileSync(join(tmp, 'binary.json'), Buffer.from([0x7b, 0, 0xff, 0x10])), join(tmp, 'binary.json')), 'cannot read the file: it is not a text file (it contains NUL bytes)'],
    ['a file that is not UTF-8', () => (writeFileSync(join(tmp, 'latin1.json'), Buffer.from('{"a": "K\xf6ln"}', 'latin1')), join(tmp, 'latin1.json')), 'cannot read the file: it is not UTF-8 text'],
    ['a 50 MB file', () => (writeFileSync(join(tmp, 'huge.json'), ''), truncateSync(join(tmp, 'huge.json'), 50 * 1024 * 1024), join(tmp, 'huge.json')), 'cannot read the file: it is 50.0 MB; consentry check reads files up to 5.0 MB'],
  ])('reports %s in one line, without a stack trace, and exits 1', (_, file, message) => {
    const r = check(file());
    expect(r.code).toBe(1);
    expect(r.out).toContain(message + '  error unreadable');
    noStack(r);
  });

  it('reports an unreadable page and still checks the config', () => {
    const r = check(`${fixtures}/warnings.json`, '--html', 'missing.html');
    expect(r.out).toContain('missing.html:1:1 cannot read the file: it does not exist  error unreadable\n\n');
    expect(r.out).toContain('tracking-cookie-required');
  });

  it.each([
    [['check', 'consent.json', '--fix'], 'unknown option "--fix"'],
    [['check'], 'missing the config file: consentry check <consent.json>'],
    [['check', 'a.json', 'b.json'], 'expected one config file, received 2 (a.json, b.json); pages go after --html'],
    [['check', 'a.json', '--format', 'xml'], 'expected --format human or json, received "xml"'],
    [['check', 'a.json', '--html'], 'expected pages after --html'],
  ])('prints the usage for %j and exits 1', (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`consentry: ${message}\n\nUsage: consentry check <consent.json>`);
    noStack(r);
  });

  it.each([
    [['lint', 'consent.json'], 'unknown command "lint"; the commands are "check", "audit" and "receipts"'],
    [[], 'missing command: consentry check <consent.json>, consentry audit <url…> or consentry receipts serve'],
  ])('prints the list of commands for %j and exits 1', (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`consentry: ${message}\n\nUsage: consentry <command> …\n`);
  });

  it('prints the commands for --help and exits 0', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: consentry <command> …\n/);
  });

  it('prints the usage of check for check --help and exits 0', () => {
    const r = run('check', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: consentry check <consent.json> \[--html <page.html>…\] \[--strict\] \[--format human\|json\]\n/);
  });
});
