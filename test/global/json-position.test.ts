// Line and column of a config that is not JSON, from each engine's JSON.parse message or, where the message
// names none (Safari), from a scan of the text (issue #11).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, jsonPosition } from '../../src/global/json-position';

// A trailing comma: the error is at the "}" on line 4.
const TEXT = '{\n  "revision": 1,\n  "links": {},\n}\n';

describe('jsonPosition()', () => {
  it("reads Chromium's line and column", () => {
    expect(jsonPosition(TEXT, 'Expected double-quoted property name in JSON at position 34 (line 4 column 1)')).toEqual({ line: 4, column: 1 });
  });

  it("reads Firefox's line and column", () => {
    expect(jsonPosition(TEXT, 'JSON.parse: expected double-quoted property name at line 4 column 1 of the JSON data')).toEqual({ line: 4, column: 1 });
  });

  it("counts the line and column of an older V8's position", () => {
    expect(jsonPosition(TEXT, 'Expected double-quoted property name in JSON at position 34')).toEqual({ line: 4, column: 1 });
  });

  it('counts Windows line ends as one', () => {
    expect(jsonPosition(TEXT.replace(/\n/g, '\r\n'), 'Unexpected token } in JSON at position 37')).toEqual({ line: 4, column: 1 });
  });

  it('puts a text that ends too early at its end, as no engine names a position for it', () => {
    const cut = '{\n  "revision": 1,';
    expect(jsonPosition(cut, 'Unexpected end of JSON input')).toEqual({ line: 2, column: 17 });
    expect(jsonPosition(cut, 'JSON Parse error: Unexpected EOF')).toEqual({ line: 2, column: 17 });
  });

  it("finds the position itself where the engine's message names none (Safari)", () => {
    expect(jsonPosition(TEXT, "JSON Parse error: Expected '}'")).toEqual({ line: 4, column: 1 });
  });

  it('gives no position for text that is JSON after all, rather than a wrong one', () => {
    expect(jsonPosition('{"a": [1, 2]}', 'JSON Parse error: something else')).toBeUndefined();
  });
  it("agrees with this engine's own JSON.parse", () => {
    let message = '';
    try {
      JSON.parse(TEXT);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(jsonPosition(TEXT, message)).toEqual({ line: 4, column: 1 });
  });
});

/** What this engine's JSON.parse says of `text`: nothing when it parses. */
function parseError(text: string): string | undefined {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
}

// JSON (compact or indented) with one character inserted or removed: the edits a site owner makes.
const edited = fc
  .tuple(fc.json(), fc.boolean(), fc.nat(), fc.constantFrom(',', '}', ']', '{', '[', '"', ':', '\\', '1', '-', '.', 'x', '\n', ''))
  .map(([json, indent, at, insert]) => {
    const text = indent ? JSON.stringify(JSON.parse(json), null, 2) : json;
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i + (insert ? 0 : 1));
  });

describe('jsonErrorOffset()', () => {
  it('finds an error exactly when JSON.parse throws', () => {
    fc.assert(fc.property(fc.oneof(edited, fc.string()), (text) => (jsonErrorOffset(text) === undefined) == (parseError(text) === undefined)));
  });

  it("points at the start of the token V8 faults, on V8's line", () => {
    fc.assert(
      fc.property(edited, (text) => {
        const named = /position (\d+)/.exec(parseError(text) ?? '')?.[1];
        fc.pre(named !== undefined);
        const offset = jsonErrorOffset(text)!;
        const lineOf = (o: number) => text.slice(0, o).split('\n').length;
        return offset <= +named! && lineOf(offset) == lineOf(+named!);
      }),
    );
  });

  it('gives up, naming no position and throwing nothing, on nesting too deep to scan', () => {
    expect(jsonErrorOffset('['.repeat(200_000))).toBeUndefined();
  });
});
