// Every TypeScript snippet in the README type-checks as written, against the built package (issue #10). Each
// becomes a module of its own; the names a snippet takes from the prose around it are declared once.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tsProject } from '../helpers/ts-project';

const root = resolve(__dirname, '../..');
const snippets = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
const project = tsProject();
afterAll(() => project.remove());

const AROUND = `// What the README's snippets take from the prose around them.
declare global {
  const consent: import('consentry').Consent;
  const config: import('consentry').ConsentConfig;
  function showYourBanner(): void;
  function startAnalytics(): void;
  function startMatomo(): void;
}
export {};
`;

describe('the README', () => {
  it('has TypeScript snippets', () => {
    expect(snippets.length).toBeGreaterThan(5);
  });

  it('type-checks every TypeScript snippet as written', { timeout: 60_000 }, () => {
    writeFileSync(join(project.dir, 'around.d.ts'), AROUND);
    writeFileSync(join(project.dir, 'consent.json'), readFileSync(join(root, 'examples/clinic-consent.json')));
    snippets.forEach((code, i) => writeFileSync(join(project.dir, `snippet-${i + 1}.ts`), code + '\nexport {};\n'));
    writeFileSync(
      join(project.dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', resolveJsonModule: true, noEmit: true, lib: ['es2022', 'dom'] },
        include: ['*.ts'],
      }),
    );
    expect(project.tsc('.')).toEqual({ ok: true, output: '' });
  });
});
