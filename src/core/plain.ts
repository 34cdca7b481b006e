// Nothing a config needs nests deeper than 8 levels; vendor options get room to spare.
const MAX_DEPTH = 32;

const isPlainObject = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v);
  // JSON.parse in any realm (an iframe's too) makes objects whose prototype is that realm's Object.prototype.
  return proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(v) == '[object Object]');
};

/**
 * A private copy of a config as JSON data: own enumerable properties of plain objects and lists, strings,
 * numbers, booleans and null. What JSON cannot hold is reported at its path and left out: getters (never
 * called), cycles, nesting deeper than 32 levels, lists with holes, class instances, functions, symbols,
 * bigints, and anything that throws when read (a revoked Proxy). Inherited fields are not read at all, and
 * the copied objects have no prototype. An object met twice is copied once, so shared parts cost nothing twice.
 */
export function toPlain(input: unknown, fail: (path: string, message: string) => void): unknown {
  const copies = new WeakMap<object, unknown>();
  const open = new WeakSet<object>();
  const path = (at: string, key: string, list: boolean) => (list ? `${at}[${key}]` : at ? at + '.' + key : key);

  const copy = (value: unknown, at: string, depth: number): unknown => {
    if (value === null || typeof value == 'string' || typeof value == 'number' || typeof value == 'boolean') return value;
    if (typeof value != 'object') return fail(at, `expected JSON data, received a ${typeof value}`);
    if (copies.has(value)) return copies.get(value);
    if (open.has(value)) return fail(at, 'expected JSON data, received a reference to an enclosing object (a cycle)');
    if (depth >= MAX_DEPTH) return fail(at, `expected JSON data nested at most ${MAX_DEPTH} levels deep`);
    try {
      const list = Array.isArray(value);
      if (!list && !isPlainObject(value)) return fail(at, 'expected a plain object or list, received an instance of a class');
      const keys = Object.keys(value);
      if (list && keys.length != value.length) return fail(at, 'expected a list without holes');
      open.add(value);
      // No prototype: a polluted Object.prototype (say a `required: true` on it) must not show through.
      const out: Record<string, unknown> | unknown[] = list ? [] : Object.create(null);
      for (const key of keys) {
        const here = path(at, key, list);
        const field = Object.getOwnPropertyDescriptor(value, key);
        // A getter could run any code, or answer differently each time it is read.
        if (!field || !('value' in field)) fail(here, 'expected a plain value, received a getter or setter');
        else (out as Record<string, unknown>)[key] = copy(field.value, here, depth + 1);
      }
      open.delete(value);
      copies.set(value, out);
      return out;
    } catch {
      return fail(at, 'expected JSON data, received a value that throws when read');
    }
  };
  return copy(input, '', 0);
}
