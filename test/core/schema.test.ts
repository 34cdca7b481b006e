import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src';
import { prepareIntegrations } from '../../src/global/prepare-integrations';
import { clinicConfig, invalidFixtures, validFixtures } from '../helpers/configs';
import { invalidUiFixtures } from '../ui/fixtures';

const schema = JSON.parse(readFileSync(new URL('../../schema/consentry.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const schemaAccepts = ajv.compile(schema);
const demoConfig = JSON.parse(readFileSync(new URL('../../examples/clinic-consent.json', import.meta.url), 'utf8'));

describe('the JSON Schema and validateConfig', () => {
  it.each([...validFixtures(), { file: 'examples/clinic-consent.json', config: demoConfig }])('both accept $file', ({ config }) => {
    expect(validateConfig(config).ok).toBe(true);
    expect(schemaAccepts(config), JSON.stringify(schemaAccepts.errors)).toBe(true);
  });

  it.each(invalidFixtures())('both reject $file ($description)', ({ config }) => {
    expect(validateConfig(config).ok).toBe(false);
    expect(schemaAccepts(config)).toBe(false);
  });

  // JSON Schema cannot compare values across an array or compile a regular expression: these rules are the
  // validator's alone, and the README says so. The test pins that gap so it cannot widen unnoticed.
  it.each(invalidFixtures('invalid-semantic'))('leaves $file to validateConfig ($description)', ({ config }) => {
    expect(validateConfig(config).ok).toBe(false);
    expect(schemaAccepts(config)).toBe(true);
  });

  // What texts say is the UI's to check (validateUiConfig), so the core accepts these; the schema rejects what
  // it can express (a placeholder pattern) and accepts the rest (implied-consent copy, "every key for a language
  // without built-in texts"), which the fixture marks `schemaAccepts`.
  it.each(invalidUiFixtures())('leaves the words of $file to the UI, and the schema agrees where it can ($description)', (fixture) => {
    expect(validateConfig(fixture.config).ok).toBe(true);
    expect(schemaAccepts(fixture.config)).toBe((fixture as { schemaAccepts?: boolean }).schemaAccepts === true);
  });

  it('is what package.json exports as consentry/schema.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['./schema.json']).toBe('./schema/consentry.schema.json');
  });
});

describe('the JSON Schema of the Microsoft integrations and consentry-integrations.global.js (R-INT-8, R-INT-13)', () => {
  const withIntegrations = (integrations: unknown) => ({ ...clinicConfig(), integrations });
  /** Whether consentry-integrations.global.js starts with these integrations. */
  const starts = (integrations: unknown) => {
    try {
      prepareIntegrations(withIntegrations(integrations));
      return true;
    } catch {
      return false;
    }
  };

  it.each([
    { microsoftUet: true },
    { microsoftUet: { adStorage: ['marketing', 'meta-pixel'] } },
    { microsoftUet: { adStorage: [] } },
    { microsoftClarity: true },
    { microsoftClarity: { analyticsStorage: ['analytics'], adStorage: [] } },
  ])('both accept %j', (integrations) => {
    expect(schemaAccepts(withIntegrations(integrations)), JSON.stringify(schemaAccepts.errors)).toBe(true);
    expect(starts(integrations)).toBe(true);
  });

  it.each([
    { microsoftUet: false },
    { microsoftUet: { adStorage: 'marketing' } },
    { microsoftUet: { adStorage: [1] } },
    { microsoftUet: { ad_storage: ['marketing'] } },
    { microsoftClarity: { analyticsStorage: { analytics: true } } },
    { microsoftClarity: { analytics_Storage: ['analytics'] } },
    { microsoftClarity: { window: {} } },
  ])('both reject %j', (integrations) => {
    expect(schemaAccepts(withIntegrations(integrations))).toBe(false);
    expect(starts(integrations)).toBe(false);
  });

  // A schema cannot know the config's own ids: the script-tag file checks them when it starts.
  it('leaves ids the config lacks to consentry-integrations.global.js', () => {
    const integrations = { microsoftUet: { adStorage: ['ads'] }, microsoftClarity: { analyticsStorage: ['statistics'] } };
    expect(schemaAccepts(withIntegrations(integrations))).toBe(true);
    expect(starts(integrations)).toBe(false);
  });

  it.each(['microsoftUet', 'microsoftClarity'])('describes %s and each of its options', (key) => {
    const entry = schema.properties.integrations.properties[key];
    const options = entry.oneOf.find((o: { type?: string }) => o.type == 'object').properties;
    expect(entry.description).toEqual(expect.any(String));
    expect(Object.values(options).map((o) => (o as { description?: unknown }).description)).toEqual(Object.keys(options).map(() => expect.any(String)));
  });
});
