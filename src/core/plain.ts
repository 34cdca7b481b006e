// Nothing a config needs nests deeper than 8 levels; vendor options get room to spare.
const MAX_DEPTH = 32;

/**
 * A private copy of a config as JSON data: own enumerable properties of plain objects and lists, strings,
 * numbers, booleans and null. What JSON cannot hold is reported at its path and left out: getters (never
 * called), cycles, nesting deeper than 32 levels, lists with holes, class instances, functions, symbols,
 * bigints, and anything that throws when read (a revoked Proxy). Inherited fields are not read at all, and
 * the copied objects have no prototype, so a polluted Object.prototype cannot show through. An object met
 * twice is copied once, so shared parts cost nothing twice.
 */
export function toPlain(input: unknown, fail: (path: string, message: string) => void): unknown {
  const copies = new Map<object, unknown>();
  const copy = (value: unknown, at: string, depth: number): unknown => {
    const refuse = (what: string) => fail(at, 'expected JSON data, received ' + what);
    if (value === null || /^(string|number|boolean)$/.test(typeof value)) return value;
    // A function, symbol, bigint or undefined.
    if (typeof value != 'object') return refuse('a ' + typeof value);
    if (copies.has(value)) return copies.get(value) ?? refuse('a cycle');
    if (depth > MAX_DEPTH) return refuse(`nesting over ${MAX_DEPTH} levels`);
    try {
      const list = Array.isArray(value);
      const proto = Object.getPrototypeOf(value);
      // JSON.parse in any realm (an iframe's too) makes objects whose prototype's prototype is null.
      const plain = !proto || (!Object.getPrototypeOf(proto) && Object.prototype.toString.call(value) == '[object Object]');
      if (!list && !plain) return refuse('an object that is not plain (a class instance, or one inheriting its fields)');
      const keys = Object.keys(value);
      if (list && keys.length != value.length) return refuse('a list with holes');
      // Marks the object as being copied: met again inside itself, it is a cycle.
      copies.set(value, undefined);
      const out: Record<string, unknown> = list ? [] : Object.create(null);
      for (const key of keys) {
        const here = list ? `${at}[${key}]` : at ? at + '.' + key : key;
        const field = Object.getOwnPropertyDescriptor(value, key)!;
        // A getter could run any code, or answer differently each time it is read.
        if ('value' in field) out[key] = copy(field.value, here, depth + 1);
        else fail(here, 'expected JSON data, received a getter');
      }
      copies.set(value, out);
      return out;
    } catch {
      return refuse('a value that throws when read');
    }
  };
  return copy(input, '', 0);
}
