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
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom('check', 'audit', '--html', '--config', '--idle', '--resolve', 'http://a.test/', '--strict', '--format', 'json', '--', '-h', 'x.json'), fc.string())), (argv) => {
      expect(['help', 'check', 'audit', 'usage-error']).toContain(parseArgs(argv).kind);
    }));
  });
});
