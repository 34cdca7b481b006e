import { findNodeAtLocation, type Node, type Segment } from 'jsonc-parser';

/** How lines end, as HTML parsers and editors count them: CR LF, LF, or a lone CR. */
export const LINE_BREAK = /\r\n?|\n/;

/** 1-based line and column of each offset of `text`, found by binary search over the line starts. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] == '\n' || (text[i] == '\r' && text[i + 1] != '\n')) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** `categories[2].cookies[0].name` as segments: `['categories', 2, 'cookies', 0, 'name']`. */
export function segmentsOf(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] === undefined ? m[1]! : Number(m[2]));
  return out;
}

/**
 * Where a config path is in the parsed tree: the property's key to the end of its value, or the list item.
 * A path to something missing points at the name of the closest part that is there, so "received nothing"
 * lands on the object that lacks the field.
 */
export function spanOf(root: Node, path: string): { start: number; end: number } {
  const segments = segmentsOf(path);
  for (let n = segments.length; n >= 0; n--) {
    const node = n ? findNodeAtLocation(root, segments.slice(0, n)) : root;
    if (!node) continue;
    const key = node.parent?.type == 'property' ? node.parent.children![0]! : undefined;
    // The part that is there, as far as its name (or its first character): all of it would cover the file.
    if (n < segments.length) return key ? { start: key.offset, end: key.offset + key.length } : { start: node.offset, end: node.offset + 1 };
    const start = key?.offset ?? node.offset;
    return { start, end: node.offset + node.length };
  }
  return { start: root.offset, end: root.offset + root.length };
}
