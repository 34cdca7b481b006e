import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src';
import { invalidFixtures, validFixtures } from '../helpers/configs';

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

  it('is what package.json exports as consentry/schema.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['./schema.json']).toBe('./schema/consentry.schema.json');
  });
});
