// Configs type-check as developers write them (issue #10): a JSON import passed to createConsent with no cast,
// under moduleResolution bundler, node16 and nodenext, against the built declarations; misspelt keys fail.
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tsProject } from '../helpers/ts-project';

const project = tsProject(resolve(__dirname, '../fixtures/ts-projects'));
afterAll(() => project.remove());

describe('configs in TypeScript projects', { timeout: 60_000 }, () => {
  it.each(['bundler', 'node16', 'nodenext'])('a JSON config imported with moduleResolution %s type-checks with no cast', (name) => {
    expect(project.tsc(name)).toEqual({ ok: true, output: '' });
  });

  it('misspelt ui, integrations, texts and category keys, and a wrong mode, fail to compile', () => {
    const { ok, output } = project.tsc('typos');
    expect(ok).toBe(false);
    for (const typo of ['floatingBtn', 'googleConsentMod', 'rejectAl', 'requried', 'opt-inn']) expect(output).toContain(typo);
  });
});
