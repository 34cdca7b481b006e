import type { Diagnostic as Mark } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import { diagnoseConfigText, type Diagnostic } from '../check';
import { offsetAt } from './code-editor';

const located = (d: Diagnostic) => `${d.path ? d.path + ': ' : ''}${d.message}`;

/** How an issue reads in the list: its config path, message and rule code. */
export const issueText = (d: Diagnostic): string => `${located(d)} (${d.code})`;

/**
 * The inline marks of `diagnostics` in `doc`: each from its line and column to its end, cut at the end of
 * its first line, so an issue about a whole category underlines its key rather than forty lines.
 */
export function marksFor(doc: Text, diagnostics: readonly Diagnostic[]): Mark[] {
  return diagnostics.map((d) => {
    const from = offsetAt(doc, d.line, d.column);
    const end = d.endLine === undefined ? from : offsetAt(doc, d.endLine, d.endColumn ?? 1);
    return { from, to: Math.min(Math.max(end, from), doc.lineAt(from).to), severity: d.severity, source: d.code, message: located(d) };
  });
}

/** Checks the editor's text, hands every issue to `onIssues`, and returns their marks. */
export function lintConfig(doc: Text, onIssues: (text: string, issues: readonly Diagnostic[]) => void): Mark[] {
  const text = doc.toString();
  const issues = diagnoseConfigText(text);
  onIssues(text, issues);
  return marksFor(doc, issues);
}
