import { createHash, timingSafeEqual } from 'node:crypto';

/** The shortest bearer token the server accepts: a short one could be guessed. */
export const MIN_TOKEN_LENGTH = 32;

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Checks an `Authorization` header against the token in constant time (both hashed first, so neither length
 * nor content leaks through timing): `missing` without a bearer token, `wrong` for another one.
 */
export function checkBearer(header: string | undefined, token: string): 'ok' | 'missing' | 'wrong' {
  const m = /^Bearer +(\S+) *$/i.exec(header ?? '');
  if (!m) return 'missing';
  return timingSafeEqual(digest(m[1]!), digest(token)) ? 'ok' : 'wrong';
}
