import { open, stat } from 'node:fs/promises';

/** Files above this are refused unread: a consent.json or a page is a few kilobytes, so this is a wrong file. */
export const MAX_BYTES = 5 * 1024 * 1024;

/** The text, or why it cannot be read, as words that follow "cannot read the file: ". */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1) + ' MB';

// What a site owner can act on, for the errors file systems give.
const REASONS: Record<string, string> = {
  ENOENT: 'it does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory, not a file',
  ENOTDIR: 'it does not exist (a part of the path is not a directory)',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
};

/** Reads a UTF-8 text file for checking, refusing directories, binary files and files above MAX_BYTES. Never throws. */
export async function readText(path: string): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: REASONS.EISDIR! };
    if (!info.isFile()) return { ok: false, message: 'it is not a regular file' };
    if (info.size > MAX_BYTES) return { ok: false, message: `it is ${megabytes(info.size)}; consentry check reads files up to ${megabytes(MAX_BYTES)}` };
    // Read through one handle, at most one byte past the limit: the file may grow after stat().
    const file = await open(path, 'r');
    let bytes: Buffer;
    try {
      const buffer = Buffer.alloc(MAX_BYTES + 1);
      const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
    if (bytes.length > MAX_BYTES) return { ok: false, message: `it is over ${megabytes(MAX_BYTES)}; consentry check reads files up to that` };
    if (bytes.includes(0)) return { ok: false, message: 'it is not a text file (it contains NUL bytes)' };
    try {
      // The decoder drops a byte order mark, as browsers do.
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, message: 'it is not UTF-8 text' };
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return { ok: false, message: REASONS[code] ?? (code || (error as Error).message) };
  }
}
