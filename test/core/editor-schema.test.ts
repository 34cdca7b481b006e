// The packed package, installed as a site owner installs it: an editor finds the schema through the README's
// "$schema" path and reports a misspelt key at its line (issue #10).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLanguageService, TextDocument } from 'vscode-json-languageservice';

const root = resolve(__dirname, '../..');
const schemaPath = readFileSync(resolve(root, 'README.md'), 'utf8').match(/"\$schema": "(\.\/node_modules\/consentry\/[^"]+)"/)![1]!;
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'consentry-editor-'));
  const [tarball] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { cwd: root, encoding: 'utf8' }));
  writeFileSync(join(project, 'package.json'), '{ "name": "site", "private": true }');
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(project, tarball.filename)], { cwd: project, stdio: 'ignore' });
}, 120_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** What VS Code's JSON language service reports for `text`, as a file in the site's project. */
async function diagnose(text: string) {
  const service = getLanguageService({
    schemaRequestService: async (uri) => readFileSync(new URL(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  });
  const doc = TextDocument.create(pathToFileURL(join(project, 'consent.json')).href, 'json', 1, text);
  return service.doValidation(doc, service.parseJSONDocument(doc), { schemaRequest: 'error', schemaValidation: 'error' });
}

describe('the editor schema in the installed package', () => {
  it('is a real file at the path the README gives', () => {
    expect(() => readFileSync(join(project, schemaPath), 'utf8')).not.toThrow();
  });

  it('reports a misspelt "requried" at its line through the README\'s $schema path', async () => {
    const text = JSON.stringify(
      {
        $schema: schemaPath,
        links: { cookiePolicy: '/c', privacyPolicy: '/p' },
        categories: [{ id: 'essential', requried: true, title: 'Essential', description: '' }],
      },
      null,
      2,
    );
    const line = text.split('\n').findIndex((l) => l.includes('"requried"'));
    const found = (await diagnose(text)).filter((d) => /requried/.test(typeof d.message == 'string' ? d.message : d.message.value) || d.range.start.line == line);
    expect(found.map((d) => d.range.start.line)).toContain(line);
  });

  it('reports nothing for a valid config', async () => {
    const text = JSON.stringify({ $schema: schemaPath, links: { cookiePolicy: '/c', privacyPolicy: '/p' }, categories: [{ id: 'essential', required: true, title: 'Essential', description: '' }] }, null, 2);
    expect(await diagnose(text)).toEqual([]);
  });
});
