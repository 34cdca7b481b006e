import { describe, expect, it } from 'vitest';
import { ConsentConfigError, createConsent, memoryStorage, validateConfig } from '../../src';
import { clinicConfig, invalidFixtures, validFixtures } from '../helpers/configs';

describe('validateConfig', () => {
  it.each(validFixtures())('accepts the valid fixture $file', ({ config }) => {
    expect(validateConfig(config)).toMatchObject({ ok: true });
  });

  it.each([...invalidFixtures(), ...invalidFixtures('invalid-semantic')])(
    'reports exactly the expected paths for $file ($description)',
    ({ config, paths }) => {
      const result = validateConfig(config);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(paths);
    },
  );

  it('says what was expected and what was found', () => {
    const result = validateConfig({ ...clinicConfig(), revision: '2' });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'revision', message: 'expected a whole number from 1 to 1000000000, received "2"' }],
    });
  });

  it('names the allowed keys when it meets an unknown one', () => {
    const result = validateConfig({ ...clinicConfig(), cokie: {} });
    expect(!result.ok && result.issues[0]!.message).toBe(
      'unknown key "cokie"; expected one of: $schema, revision, cookie, storage, mode, receiptEndpoint, integrations, trackerFreePaths, sensitivePaths, language, defaultLanguage, texts, ui, links, categories',
    );
  });

  it('says a missing field was received as nothing', () => {
    const { links, ...config } = clinicConfig();
    const result = validateConfig(config);
    expect(!result.ok && result.issues[0]!.message).toBe('expected an object, received nothing');
  });

  it('points at the first use of a duplicated id', () => {
    const config = clinicConfig();
    const result = validateConfig({ ...config, categories: [...config.categories, { ...config.categories[1] }] });
    expect(!result.ok && result.issues[0]!.message).toBe('expected a unique id, received "analytics" (also at categories[1].id)');
  });

  it('shortens a long value in a message', () => {
    const result = validateConfig({ ...clinicConfig(), storage: 'x'.repeat(5000) });
    expect(!result.ok && result.issues[0]!.message.length).toBeLessThan(120);
  });

  it.each(['https://clinic.example/cookies', 'http://clinic.example', 'mailto:dpo@clinic.example', '/cookies', 'cookies.html', '../privacy#top', '?page=privacy'])(
    'accepts the policy link %s',
    (link) => {
      expect(validateConfig({ ...clinicConfig(), links: { cookiePolicy: link, privacyPolicy: link } }).ok).toBe(true);
    },
  );

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', ''])(
    'refuses the policy link %j',
    (link) => {
      const result = validateConfig({ ...clinicConfig(), links: { cookiePolicy: link, privacyPolicy: '/privacy' } });
      expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['links.cookiePolicy']);
    },
  );

  it.each(['www.clinic.example/cookies', 'clinic.example/privacy', 'WWW.clinic.example'])('refuses the scheme-less link %s, naming the scheme it needs', (link) => {
    const result = validateConfig({ ...clinicConfig(), links: { cookiePolicy: link, privacyPolicy: '/privacy' } });
    expect(!result.ok && result.issues).toEqual([
      { path: 'links.cookiePolicy', message: `expected a URL with its scheme, such as "https://${link}": without one, browsers read "${link}" as a path on this site` },
    ]);
  });

  it('reports a misspelt text key in the same pass as the other issues', () => {
    const result = validateConfig({ ...clinicConfig(), revision: 0, texts: { de: { bannerTitel: 'Cookies' } }, ui: { floatingBtn: true } });
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['revision', 'texts.de.bannerTitel', 'ui.floatingBtn']);
  });

  it('names the known text keys for a misspelt one', () => {
    const result = validateConfig({ ...clinicConfig(), texts: { de: { bannerTitel: 'x' } } });
    expect(!result.ok && result.issues[0]!.message).toMatch(/^unknown key "bannerTitel"; expected one of: bannerTitle, /);
  });

  it('names the words it accepts for a layout, position or theme', () => {
    expect(validateConfig({ ...clinicConfig(), ui: { position: 'left' } })).toEqual({
      ok: false,
      issues: [{ path: 'ui.position', message: 'expected one of "bottom", "top", "center", received "left"' }],
    });
  });

  it('accepts every layout, position and theme', () => {
    const ok = (layout: string, position: string, theme: string) => validateConfig({ ...clinicConfig(), ui: { layout, position, theme, floatingButton: true, headingLevel: 3 } }).ok;
    expect([ok('box', 'bottom', 'auto'), ok('bar', 'top', 'light'), ok('box', 'center', 'dark')]).toEqual([true, true, true]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 0, 'x', [], () => {}, Symbol('x'), { categories: [null, 1, 'a'] }]) {
      expect(() => validateConfig(input)).not.toThrow();
    }
  });

  it('fills in the defaults', () => {
    const result = validateConfig(validFixtures().find((f) => f.file == 'minimal.json')!.config);
    expect(result.ok && result.config).toMatchObject({
      revision: 1,
      storage: 'cookie',
      cookie: { name: 'consentry', expiresDays: 182 },
      categories: [{ id: 'essential', required: true, services: [], cookies: [], localStorage: [] }],
    });
  });

  it('returns a deeply frozen config', () => {
    const result = validateConfig(clinicConfig());
    if (!result.ok) throw new Error('fixture should be valid');
    expect(Object.isFrozen(result.config)).toBe(true);
    expect(Object.isFrozen(result.config.categories[1]!.cookies[0])).toBe(true);
  });

  it('leaves the caller\'s config object unfrozen and unchanged', () => {
    const input = clinicConfig();
    const before = JSON.stringify(input);
    validateConfig(input);
    expect(Object.isFrozen(input.categories)).toBe(false);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('createConsent with an invalid config', () => {
  it('throws one ConsentConfigError listing every issue', () => {
    const fixture = invalidFixtures().find((f) => f.file == 'many-issues.json')!;
    let error: unknown;
    try {
      createConsent(fixture.config as never, { storage: memoryStorage() });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConsentConfigError);
    expect((error as ConsentConfigError).issues.map((i) => i.path)).toEqual(fixture.paths);
    for (const path of fixture.paths) expect((error as Error).message).toContain(`- ${path}:`);
  });
});
