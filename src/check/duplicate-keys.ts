import type { Node } from 'jsonc-parser';

/** A key written twice in one object: JSON.parse (and so every reader) silently keeps the last. */
export interface DuplicateKey {
  readonly path: string;
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

/** Every key that repeats an earlier key of the same object, with the path of the object's field. */
export function duplicateKeys(root: Node): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const walk = (node: Node, path: string) => {
    if (node.type == 'array') node.children?.forEach((c, i) => walk(c, `${path}[${i}]`));
    if (node.type != 'object') return;
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (!key) continue;
      const name = String(key.value);
      const at = path ? `${path}.${name}` : name;
      if (seen.has(name)) out.push({ path: at, offset: key.offset, length: prop.length, message: `"${name}" is given twice in this object; only the last one counts` });
      seen.add(name);
      if (value) walk(value, at);
    }
  };
  walk(root, '');
  return out;
}
