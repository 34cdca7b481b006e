import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ConsentConfig } from '../../src';

// __dirname rather than import.meta.url: under jsdom the latter is not a file: URL.
const root = resolve(__dirname, '../fixtures/configs');

export interface InvalidFixture {
  file: string;
  description: string;
  paths: string[];
  config: unknown;
}

// Read with JSON.parse (not a JSON import) so keys such as "__proto__" stay own properties, as in a real config.
const read = (dir: string, file: string): unknown => JSON.parse(readFileSync(join(root, dir, file), 'utf8'));
const list = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).sort();

export const validFixtures = () => list('valid').map((file) => ({ file, config: read('valid', file) }));
export const invalidFixtures = (dir: 'invalid' | 'invalid-semantic' = 'invalid'): InvalidFixture[] =>
  list(dir).map((file) => ({ file, ...(read(dir, file) as Omit<InvalidFixture, 'file'>) }));

/** The config from the issue: essential, analytics with a declared cookie, marketing with one service. */
export const clinicConfig = (overrides: Partial<ConsentConfig> = {}): ConsentConfig =>
  ({ ...(read('valid', 'issue-example.json') as ConsentConfig), ...overrides });
