import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { InvalidFixture } from '../helpers/configs';

const dir = resolve(__dirname, '../fixtures/configs/invalid-ui');

/** Configs the core accepts but the UI refuses for what their texts say (test/fixtures/configs/invalid-ui). */
export const invalidUiFixtures = (): InvalidFixture[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<InvalidFixture, 'file'>) }));
