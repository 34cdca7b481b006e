import { cookiePairs, expireCookie } from './cookie-jar';
import { cookieStorage } from './cookie-storage';
import { isRecordText } from './record';
import type { ConsentStorage, ResolvedConfig } from './types';

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

/**
 * Deletes every consentry record this page can reach in cookies or localStorage, whatever its name or
 * domain. Changing `cookie.name`, `cookie.domain` or `storage` leaves the earlier copy behind, and a later
 * change back would read it again: a decision the visitor has since replaced. Errors are ignored (R-CK-6).
 */
function forgetCopies(): void {
  try {
    for (const [name, value] of cookiePairs(document)) if (isRecordText(value)) expireCookie(document, name);
    for (const key of Object.keys(localStorage)) if (isRecordText(localStorage.getItem(key))) localStorage.removeItem(key);
  } catch {}
}

/** The storage a config asks for; in a page, each write and clear first removes every earlier copy. */
export function storageFor(config: ResolvedConfig): ConsentStorage {
  const { name, domain } = config.cookie;
  const store =
    config.storage == 'memory'
      ? memoryStorage()
      : config.storage == 'localStorage'
        ? localStorageStorage(name)
        : cookieStorage(name, { domain, secure: typeof location != 'undefined' && location.protocol == 'https:' });
  if (typeof document == 'undefined') return store;
  return {
    read: store.read,
    write: (value, expires) => (forgetCopies(), store.write(value, expires)),
    clear: () => (forgetCopies(), store.clear()),
  };
}
