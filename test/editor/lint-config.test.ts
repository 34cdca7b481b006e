import { Text } from '@codemirror/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/check';
import { diagnoseConfigText } from '../../src/check';
import { issueText, marksFor } from '../../src/editor/lint-config';
import { arbitraryConfig } from '../helpers/arbitrary-config';

const doc = (text: string) => Text.of(text.split('\n'));
const issue = (at: Partial<Diagnostic>): Diagnostic => ({ severity: 'error', code: 'config', path: 'revision', message: 'bad', line: 1, column: 1, ...at });

describe('marksFor', () => {
  it('marks an issue from its line and column to its end', () => {
    const text = '{\n  "revision": 1.5\n}';
    const [mark] = marksFor(doc(text), [issue({ line: 2, column: 3, endLine: 2, endColumn: 18 })]);
    expect(text.slice(mark!.from, mark!.to)).toBe('"revision": 1.5');
    expect(mark).toMatchObject({ severity: 'error', source: 'config', message: 'revision: bad' });
  });

  it('cuts a mark spanning several lines at the end of its first', () => {
    const text = '{\n  "ui": {\n    "layout": 1\n  }\n}';
    const [mark] = marksFor(doc(text), [issue({ path: 'ui', line: 2, column: 3, endLine: 4, endColumn: 4 })]);
    expect(text.slice(mark!.from, mark!.to)).toBe('"ui": {');
  });

  it('keeps every mark inside the document and on one line, whatever the text', () => {
    // Valid configs (warnings), configs cut short (syntax errors), and any JSON or string (config errors).
    const config = arbitraryConfig().map((c) => JSON.stringify(c, null, 2));
    const texts = fc.oneof(config, config.map((t) => t.slice(0, Math.floor(t.length / 2))), fc.json(), fc.string());
    fc.assert(
      fc.property(texts, (text) => {
        const d = doc(text);
        for (const mark of marksFor(d, diagnoseConfigText(text))) {
          expect(0 <= mark.from && mark.from <= mark.to && mark.to <= d.length).toBe(true);
          expect(d.lineAt(mark.from).number).toBe(d.lineAt(mark.to).number);
        }
      }),
    );
  });
});

describe('the issue list', () => {
  it('reads an issue as its path, message and rule code', () => {
    expect(issueText(issue({ code: 'implied-consent', path: 'texts.en.bannerText', message: 'implies consent' }))).toBe(
      'texts.en.bannerText: implies consent (implied-consent)',
    );
  });
});
