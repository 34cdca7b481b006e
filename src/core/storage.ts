import Cookies from 'js-cookie';
import type { ConsentStorage, ResolvedConfig } from './types';

/** Keeps the decision in one first-party cookie, with attributes bound once (R-CK-2). */
export function cookieStorage(name: string, attributes: { domain?: string | undefined; secure: boolean }): ConsentStorage {
  const jar = Cookies.withAttributes({ path: '/', sameSite: 'Lax', ...attributes });
  return {
    read: () => jar.get(name),
    write(value, expires) {
      jar.set(name, value, { expires });
      // Browsers with cookies disabled drop the write without a word; only reading it back tells.
      if (jar.get(name) !== value) throw new Error('cookies are blocked');
    },
    clear: () => jar.remove(name),
  };
}

/** Keeps the decision in `localStorage`; the record's own dates decide when it lapses. */
export function localStorageStorage(key: string): ConsentStorage {
  return {
    read: () => localStorage.getItem(key) ?? undefined,
    write: (value) => localStorage.setItem(key, value),
    clear: () => localStorage.removeItem(key),
  };
}

/** Keeps the decision for the lifetime of this object only: for tests and server-side rendering. */
export function memoryStorage(initial?: string): ConsentStorage {
  let value = initial;
  return {
    read: () => value,
    write: (v) => void (value = v),
    clear: () => void (value = undefined),
  };
}

/** The storage a config asks for. */
export function storageFor(config: ResolvedConfig): ConsentStorage {
  const { name, domain } = config.cookie;
  if (config.storage == 'memory') return memoryStorage();
  if (config.storage == 'localStorage') return localStorageStorage(name);
  return cookieStorage(name, { domain, secure: typeof location != 'undefined' && location.protocol == 'https:' });
}
