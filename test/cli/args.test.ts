import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('takes every argument after --html up to the next option as a page', () => {
    expect(parseArgs(['check', 'consent.json', '--html', 'a.html', 'b.html', '--strict'])).toEqual({
      kind: 'check',
      args: { config: 'consent.json', pages: ['a.html', 'b.html'], strict: true, format: 'human' },
    });
  });

  it('accepts --format=json as well as --format json', () => {
    expect([parseArgs(['check', 'c.json', '--format=json']), parseArgs(['check', 'c.json', '--format', 'json'])]).toEqual([
      { kind: 'check', args: { config: 'c.json', pages: [], strict: false, format: 'json' } },
      { kind: 'check', args: { config: 'c.json', pages: [], strict: false, format: 'json' } },
    ]);
  });

  it('reads a page named like an option after --', () => {
    expect(parseArgs(['check', 'c.json', '--html', '--', '--odd.html'])).toMatchObject({ kind: 'check', args: { pages: ['--odd.html'] } });
  });

  it('never throws, whatever the command line', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom('check', 'audit', 'receipts', 'serve', 'verify', '--site', '--html', '--config', '--idle', '--resolve', 'http://a.test/', '--strict', '--format', 'json', '--', '-h', 'x.json'), fc.string())), (argv) => {
      expect(['help', 'check', 'audit', 'receipts', 'usage-error']).toContain(parseArgs(argv).kind);
    }));
  });
});

describe('parseArgs for audit', () => {
  it('reads URLs, options with a space or an equals sign, and repeated --resolve', () => {
    expect(parseArgs(['audit', 'https://clinic.example/', 'http://clinic.example/portal', '--idle=500', '--config', 'c.json', '--resolve', 'a.test=127.0.0.1', '--resolve=b.test=10.0.0.1'])).toEqual({
      kind: 'audit',
      args: {
        urls: ['https://clinic.example/', 'http://clinic.example/portal'],
        config: 'c.json',
        out: 'consentry-report',
        strict: false,
        format: 'human',
        idleMs: 500,
        pageTimeoutMs: 60_000,
        totalTimeoutMs: 600_000,
        resolve: [
          { host: 'a.test', address: '127.0.0.1' },
          { host: 'b.test', address: '10.0.0.1' },
        ],
        crawl: undefined,
      },
    });
  });

  it.each([
    [['audit'], 'missing the pages: consentry audit <url…>'],
    [['audit', 'clinic.example'], 'expected http(s) URLs, received "clinic.example"'],
    [['audit', 'file:///etc/passwd'], 'expected http(s) URLs, received "file:///etc/passwd"'],
    [['audit', 'https://a.test/', '--idle', 'soon'], 'expected --idle in milliseconds (0 to a day), received "soon"'],
    [['audit', 'https://a.test/', '--timeout', '10'], 'expected --timeout in milliseconds (1000 to a day), received "10"'],
    [['audit', 'https://a.test/', '--config'], 'expected a value after --config'],
    [['audit', 'https://a.test/', '--resolve', 'a.test'], 'expected --resolve host=address, e.g. www.clinic.example=10.0.0.5, received "a.test"'],
    [['audit', 'https://a.test/', '--crawl-all'], 'unknown option "--crawl-all"'],
    [['audit', 'https://a.test/', '--crawl', '0'], 'expected --crawl with a number of pages (1 to 99999), received "0"'],
  ])('refuses %j: %s', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'usage-error', command: 'audit', message });
  });
});
