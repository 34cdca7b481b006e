/** Where in a text a JSON syntax error is, counted from 1 as editors count. */
export interface JsonPosition {
  line: number;
  column: number;
}

/**
 * The position of the error `message` (what `JSON.parse(text)` threw) in `text`. Engines word it differently:
 * Chromium says "at position 12 (line 3 column 1)", older V8 "at position 12", Firefox "at line 3 column 1 of
 * the JSON data"; for a text that ends too early Chromium says "Unexpected end of JSON input" and Safari
 * "Unexpected EOF". Safari gives no position for any other error: then `undefined`.
 */
export function jsonPosition(text: string, message: string): JsonPosition | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: +lineColumn[1]!, column: +lineColumn[2]! };
  const offset = /position (\d+)/.exec(message)?.[1] ?? (/end of (JSON )?(input|data)|EOF/i.test(message) ? text.length : undefined);
  if (offset === undefined) return;
  const lines = text.slice(0, +offset).split(/\r\n?|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
