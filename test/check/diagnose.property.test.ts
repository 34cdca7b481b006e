import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnoseConfigText, type Diagnostic } from '../../src/check';
import { arbitraryConfig } from '../helpers/arbitrary-config';

// Every diagnostic has a place a reporter can print and an editor can mark.
const placed = (text: string, ds: Diagnostic[]) => {
  const lines = text.split(/\r\n?|\n/).length;
  for (const d of ds) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.message).not.toBe('');
  }
};

describe('diagnoseConfigText on untrusted text', () => {
  it('never throws on any string, and places every diagnostic inside the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => placed(text, diagnoseConfigText(text))));
  });

  it('never throws on any JSON value, however written', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        placed(text, diagnoseConfigText(text));
      }),
    );
  });

  it('finds no error in a config the validators accept', () => {
    fc.assert(
      fc.property(arbitraryConfig(), (config) => {
        const text = JSON.stringify(config, null, 2);
        const ds = diagnoseConfigText(text);
        placed(text, ds);
        expect(ds.filter((d) => d.severity == 'error')).toEqual([]);
      }),
    );
  });
});
