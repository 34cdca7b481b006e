import Cookies from 'js-cookie';
import { cookiePairs, expireCookie } from './cookie-jar';
import type { ConsentStorage } from './types';

/** Keeps the decision in one first-party cookie, with attributes bound once (R-CK-2). */
export function cookieStorage(name: string, attributes: { domain?: string | undefined; secure: boolean }): ConsentStorage {
  const jar = Cookies.withAttributes({ path: '/', sameSite: 'Lax', ...attributes });
  // Every copy: after a change of `domain`, the one set before lives on beside the new one.
  const copies = () => cookiePairs(document).flatMap(([n, v]) => (n == name ? [v] : []));
  // Expiring every copy first leaves the one written as the only one, whatever the browser lists first.
  const forget = () => expireCookie(document, name);
  return {
    read: copies,
    write(value, expires) {
      forget();
      jar.set(name, value, { expires });
      // Browsers with cookies disabled drop the write without a word; only reading it back tells.
      if (!copies().includes(value)) throw new Error('cookies are blocked');
    },
    clear: forget,
  };
}
