import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src';
import { invalidFixtures, validFixtures } from '../helpers/configs';
import { invalidUiFixtures } from '../ui/fixtures';

const schema = JSON.parse(readFileSync(new URL('../../schema/consentry.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const schemaAccepts = ajv.compile(schema);
const demoConfig = JSON.parse(readFileSync(new URL('../../examples/consent.json', import.meta.url), 'utf8'));

describe('the JSON Schema and validateConfig', () => {
  it.each([...validFixtures(), { file: 'examples/consent.json', config: demoConfig }])('both accept $file', ({ config }) => {
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
