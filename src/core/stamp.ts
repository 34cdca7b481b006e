import { version } from '../../package.json';

/**
 * The stamp of a config: cyrb53 (53 bits, base 36) of the library version and the config's text, white space
 * around it left out (an inline config sits on lines of its own; a file may start with a byte order mark). A
 * record carrying it was written after this validator accepted this text, and a script tag carrying it says
 * `consentry check` or `stampConfig` did, so the loader need not fetch the validator until either changes. Not
 * a secret: whoever can write the site's cookies or its pages can already write a decision or the library.
 */
export function configStamp(text: string): string {
  const input = version + '\n' + text.trim();
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
