import { parseTree, type Node, type ParseError } from 'jsonc-parser';

// jsonc-parser's ParseErrorCode, by number: its const enum cannot be imported under isolatedModules.
const MESSAGES: Record<number, string> = {
  1: 'unexpected character',
  2: 'expected a number such as 12 or 0.5',
  3: 'expected a property name in double quotes',
  4: 'expected a value',
  5: 'expected ":" after the property name',
  6: 'expected "," between two items',
  7: 'expected "}" to close the object',
  8: 'expected "]" to close the list',
  9: 'expected the end of the file after the config',
  10: 'expected no comment: JSON has none',
  11: 'expected the end of the comment, and no comment: JSON has none',
  12: 'expected the closing " of the string',
  13: 'expected the rest of the number',
  14: 'expected four hex digits after \\u',
  15: 'expected an escape such as \\n, \\" or \\\\ after the backslash',
  16: 'expected no control character inside a string: write a line break as \\n',
};

/** A JSON syntax error: what was expected, at an offset of the text. */
export interface SyntaxIssue {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

export type ParsedJson = { ok: true; tree: Node; value: unknown } | { ok: false; issues: [SyntaxIssue] };

// Browsers, editors and JSON.parse read the same file, so anything jsonc-parser forgives (comments, a comma
// after the last item) is an error here, as it is for the demo's fetch().json().
function describe(text: string, e: ParseError): SyntaxIssue {
  const at = text[e.offset];
  const before = text.slice(0, e.offset).trimEnd();
  if ((e.error == 3 || e.error == 4) && (at == '}' || at == ']') && before.endsWith(','))
    return { offset: before.length - 1, length: 1, message: `expected no comma after the last item: JSON allows none before "${at}"` };
  if (e.error == 1 && at == "'") return { offset: e.offset, length: 1, message: "expected double quotes: JSON strings and names take \", not '" };
  if (e.error == 1 && at !== undefined) return { offset: e.offset, length: e.length, message: `${MESSAGES[1]} ${JSON.stringify(text.slice(e.offset, e.offset + Math.min(e.length, 20)))}` };
  return { offset: e.offset, length: e.length, message: MESSAGES[e.error] ?? 'invalid JSON' };
}

/** Parses strict JSON, keeping each value's position; the first syntax error with its offset, never a throw. */
export function parseJson(text: string): ParsedJson {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (!errors.length && tree) {
    try {
      // JSON.parse for the value: it keeps "__proto__" an own key, as every reader of the file will.
      return { ok: true, tree, value: JSON.parse(text) };
    } catch (e) {
      const offset = Number(/position (\d+)/.exec(String(e))?.[1] ?? 0);
      return { ok: false, issues: [{ offset, length: 1, message: 'invalid JSON: ' + (e as Error).message }] };
    }
  }
  // After the first error the parser guesses how the text goes on, and what it reports next is mostly an echo
  // of that guess: the first error alone is the one worth fixing, as with JSON.parse.
  return { ok: false, issues: [errors[0] ? describe(text, errors[0]) : { offset: 0, length: 0, message: MESSAGES[4]! }] };
}
