// Line and column of a config that is not JSON, from each engine's JSON.parse message (issue #11).
import { describe, expect, it } from 'vitest';
import { jsonPosition } from '../../src/global/json-position';

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

  it('puts a text that ends too early at its end, as Chromium and Safari word it', () => {
    const cut = '{\n  "revision": 1,';
    expect(jsonPosition(cut, 'Unexpected end of JSON input')).toEqual({ line: 2, column: 17 });
    expect(jsonPosition(cut, 'JSON Parse error: Unexpected EOF')).toEqual({ line: 2, column: 17 });
  });

  it('gives no position where the engine names none (Safari), rather than a wrong one', () => {
    expect(jsonPosition(TEXT, "JSON Parse error: Expected '}'")).toBeUndefined();
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
