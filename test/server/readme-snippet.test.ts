import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const read = (file: string) => readFileSync(resolve(__dirname, '../..', file), 'utf8');

it('the README\'s consentry/server snippet is the one the typecheck checks', () => {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('### Server-side (`consentry/server`)'));
  const snippet = /```ts\n([\s\S]*?)```/.exec(section)![1];
  const checked = read('test/server/readme-snippet.ts')
    .replace(/^(\/\/.*\n)+/, '')
    .replace("'../../src/server'", "'consentry/server'")
    .replace("'../../examples/node-ssr/consent.json'", "'./consent.json'");
  expect(snippet).toBe(checked);
});
