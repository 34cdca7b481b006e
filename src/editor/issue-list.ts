import type { Diagnostic } from '../check';
import { issueText } from './lint-config';

const count = (n: number, one: string) => `${n} ${one}${n == 1 ? '' : 's'}`;

/** "2 errors, 1 warning", or that there is nothing to fix. */
export function summarize(issues: readonly Diagnostic[]): string {
  const errors = issues.filter((i) => i.severity == 'error').length;
  const warnings = issues.length - errors;
  if (!issues.length) return 'No errors or warnings.';
  return [errors && count(errors, 'error'), warnings && count(warnings, 'warning')].filter(Boolean).join(', ') + '.';
}

/**
 * The issues as a list below the editor, one button each that puts the cursor at the issue: the inline
 * marks say the same, and this list is how a keyboard or screen-reader user reaches them.
 */
export function renderIssues(list: HTMLElement, issues: readonly Diagnostic[], goTo: (issue: Diagnostic) => void): void {
  const doc = list.ownerDocument;
  list.replaceChildren(
    ...issues.map((issue) => {
      const item = doc.createElement('li');
      item.dataset.severity = issue.severity;
      const button = doc.createElement('button');
      button.type = 'button';
      const where = doc.createElement('span');
      where.className = 'where';
      where.textContent = `${issue.severity == 'error' ? 'Error' : 'Warning'}, line ${issue.line}:${issue.column}`;
      button.append(where, ' ', issueText(issue));
      button.addEventListener('click', () => goTo(issue));
      item.append(button);
      return item;
    }),
  );
}
