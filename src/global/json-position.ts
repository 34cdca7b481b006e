/** Where in a text a JSON syntax error is, counted from 1 as editors count. */
export interface JsonPosition {
  line: number;
  column: number;
}

const WHITESPACE = /[ \t\n\r]*/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*"/y;
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * The offset of the first character that stops `text` from being JSON (the start of a bad token, or the end
 * of a text that ends too early), or `undefined` for valid JSON. For engines whose message names no position.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const take = (re: RegExp) => {
    re.lastIndex = i;
    const found = re.test(text);
    if (found) i = re.lastIndex;
    return found;
  };
  const next = (c: string) => (take(WHITESPACE), text[i] == c && ++i > 0);
  // Each of a container's members, after its opening bracket, until `close`.
  const members = (close: string, member: () => boolean): boolean => {
    if (next(close)) return true;
    do if (!member()) return false;
    while (next(','));
    return next(close);
  };
  const value = (): boolean => {
    take(WHITESPACE);
    if (next('{')) return members('}', () => (take(WHITESPACE), take(STRING)) && next(':') && value());
    if (next('[')) return members(']', value);
    return take(STRING) || take(SCALAR);
  };
  try {
    if (value() && (take(WHITESPACE), i == text.length)) return;
  } catch {
    // Nesting too deep for the stack: the position is unknown, not the first character.
    return;
  }
  return i;
}

/**
 * The position of the error `message` (what `JSON.parse(text)` threw) in `text`. Engines word it differently:
 * Chromium says "at position 12 (line 3 column 1)", older V8 "at position 12", Firefox "at line 3 column 1 of
 * the JSON data"; Safari names no position ("JSON Parse error: Expected '}'"), and neither does any engine for
 * a text that ends too early: then the text is scanned for it.
 */
export function jsonPosition(text: string, message: string): JsonPosition | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: +lineColumn[1]!, column: +lineColumn[2]! };
  const named = /position (\d+)/.exec(message)?.[1];
  const offset = named === undefined ? jsonErrorOffset(text) : +named;
  if (offset === undefined) return;
  const lines = text.slice(0, offset).split(/\r\n?|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
