import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { linter, lintGutter, lintKeymap, type Diagnostic } from '@codemirror/lint';
import { EditorSelection, type Text } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/** Lint delay after the last keystroke: issues show well within half a second of typing. */
export const LINT_DELAY_MS = 150;

// JSON token colours as CSS variables, so the page's light and dark palettes (editor.css) both keep
// 4.5:1 contrast.
const jsonColours = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--code-key)' },
  { tag: tags.string, color: 'var(--code-string)' },
  { tag: tags.number, color: 'var(--code-number)' },
  { tag: [tags.bool, tags.null], color: 'var(--code-keyword)' },
]);

/** The offset of 1-based `line`:`column` in `doc`, kept inside the document and the line. */
export function offsetAt(doc: Text, line: number, column: number): number {
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(l.from + Math.max(column - 1, 0), l.to);
}

export interface CodeEditor {
  readonly view: EditorView;
  text(): string;
  /** Replaces the whole text, e.g. with a loaded file. */
  setText(text: string): void;
  /** Puts the cursor at `line`:`column` (1-based) and focuses the editor. */
  goTo(line: number, column: number): void;
}

/**
 * A CodeMirror 6 JSON editor in `parent`, named by the element `labelledBy`. `lint` runs on the text
 * shortly after each change (and once at the start) and gives the issues to mark inline.
 */
export function createCodeEditor(parent: HTMLElement, doc: string, labelledBy: string, lint: (doc: Text) => Diagnostic[]): CodeEditor {
  const view = new EditorView({
    parent,
    doc,
    extensions: [
      lineNumbers(),
      highlightActiveLineGutter(),
      highlightActiveLine(),
      drawSelection(),
      EditorView.lineWrapping,
      history(),
      bracketMatching(),
      json(),
      syntaxHighlighting(jsonColours),
      linter((v) => lint(v.state.doc), { delay: LINT_DELAY_MS }),
      lintGutter(),
      // No Tab binding: Tab leaves the editor, as it does everywhere else on the page (WCAG 2.1.2).
      keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
      // tabindex: the editable text is focusable anyway; saying so lets checkers see the scroller's content can be reached.
      EditorView.contentAttributes.of({ 'aria-labelledby': labelledBy, tabindex: '0' }),
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: EditorSelection.cursor(0) });
    },
    goTo(line, column) {
      const pos = offsetAt(view.state.doc, line, column);
      view.dispatch({ selection: EditorSelection.cursor(pos), effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
      view.focus();
    },
  };
}
