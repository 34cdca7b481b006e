// validateConfig returns issues for any input and never throws (issue #8, items 5 and 6).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateConfig, type ConsentConfig } from '../../src';
import { MAX_COOKIE_BYTES, recordFits } from '../../src/core/limits';
import { clinicConfig } from '../helpers/configs';

const paths = (input: unknown) => {
  const result = validateConfig(input);
  return result.ok ? [] : result.issues.map((i) => i.path);
};
const messageAt = (input: unknown, path: string) => {
  const result = validateConfig(input);
  return result.ok ? undefined : result.issues.find((i) => i.path == path)?.message;
};

describe('validateConfig on values JSON cannot hold', () => {
  it('reports a cycle at its path', () => {
    const config: Record<string, unknown> = { ...clinicConfig() };
    config.ui = { self: config };
    expect(paths(config)).toEqual(['ui.self']);
    expect(messageAt(config, 'ui.self')).toMatch(/cycle/);
  });

  it('reports a getter at its path without calling it', () => {
    let called = false;
    const config = Object.defineProperty({ ...clinicConfig() }, 'revision', {
      enumerable: true,
      get: () => ((called = true), 1),
    });
    expect(paths(config)).toEqual(['revision']);
    expect(called).toBe(false);
  });

  it('refuses an object that inherits its fields', () => {
    expect(paths(Object.create(clinicConfig()))).toEqual(['']);
  });

  it('refuses class instances such as a Map or a Date', () => {
    expect(paths({ ...clinicConfig(), ui: new Map() })).toEqual(['ui']);
    expect(paths({ ...clinicConfig(), revision: new Date() })).toEqual(['revision']);
  });

  it('reports functions, symbols and bigints at their paths', () => {
    expect(paths({ ...clinicConfig(), revision: 1n, ui: { f: () => 1, s: Symbol('s') } })).toEqual(['revision', 'ui.f', 'ui.s']);
  });

  it('reports a value that throws when read', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(paths({ ...clinicConfig(), ui: proxy })).toEqual(['ui']);
  });

  it('reports nesting 100,000 levels deep once, at the depth where it stops', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const found = paths({ ...clinicConfig(), integrations: deep });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^integrations(\.a)+$/);
  });

  it('reads parsed JSON 100,000 levels deep without throwing', () => {
    const json = `{"ui":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(() => validateConfig(JSON.parse(json))).not.toThrow();
  });

  it('copies an object used in two places once, and accepts it', () => {
    const shared = { name: '_ga', provider: 'Google' };
    const config = clinicConfig();
    config.categories = config.categories.map((c) => (c.required ? c : { ...c, cookies: [shared] }));
    expect(validateConfig(config).ok).toBe(true);
  });

  it('ignores fields added to Object.prototype by other code on the page', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.required = true;
    try {
      const result = validateConfig(clinicConfig());
      expect(result.ok && result.config.categories.filter((c) => c.required)).toHaveLength(1);
    } finally {
      delete proto.required;
    }
  });

  it('never throws on arbitrary JavaScript values', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true }), (input) => {
        expect(() => validateConfig(input)).not.toThrow();
        expect(() => validateConfig({ ...clinicConfig(), ui: input, integrations: { x: input } })).not.toThrow();
      }),
    );
  });
});

describe('cookie names and sizes that browsers or js-cookie mishandle', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('refuses the cookie name %s', (name) => {
    expect(paths(JSON.parse(JSON.stringify({ ...clinicConfig(), cookie: { name } })))).toEqual(['cookie.name']);
  });

  it.each(['has space', 'semi;colon', 'équipe', 'a"b', 'a/b', 'a%b', ''])('refuses the cookie name "%s"', (name) => {
    expect(paths({ ...clinicConfig(), cookie: { name } })).toEqual(['cookie.name']);
  });

  it.each(['consentry', 'consent.v2', 'site_consent-2026'])('accepts the cookie name %s', (name) => {
    expect(paths({ ...clinicConfig(), cookie: { name } })).toEqual([]);
  });

  /** A config whose categories have ids of 32 characters, `count` of them optional. */
  const wide = (count: number, name = 'consentry'): ConsentConfig => ({
    cookie: { name },
    links: { cookiePolicy: '/c', privacyPolicy: '/p' },
    categories: [
      { id: 'essential', required: true, title: 'Essential', description: '' },
      ...Array.from({ length: count }, (_, i) => ({ id: 'c' + String(i).padStart(31, '0'), title: 'T', description: '' })),
    ],
  });
  const idsOf = (c: ConsentConfig) => c.categories.map((x) => x.id);
  // The most 32-character categories whose full record still fits beside the default cookie name.
  let most = 0;
  while (recordFits('consentry', idsOf(wide(most + 1)))) most++;

  it(`refuses a config whose largest decision would pass ${MAX_COOKIE_BYTES} bytes`, () => {
    expect(paths(wide(most + 1))).toEqual(['categories']);
  });

  it('accepts the largest config whose decision fits', () => {
    expect(paths(wide(most))).toEqual([]);
  });

  it('counts the cookie name against the bound', () => {
    expect(paths(wide(most, 'x'.repeat(64)))).toEqual(['categories']);
  });
});
