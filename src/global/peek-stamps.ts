import { cookiePairs } from '../core/cookie-jar';
import { decodeRecord } from '../core/record';

/**
 * The stamps of the stored records (an empty stamp for a record without one), read where the config, not yet
 * validated, says records are kept (`storage`, `cookie.name`), so the loader can tell whether this browser
 * already validated this config. Anything unreadable counts as no record.
 */
export function peekStamps(input: unknown): string[] {
  const { storage, cookie } = (input ?? {}) as { storage?: unknown; cookie?: { name?: unknown } };
  const name = (cookie && typeof cookie == 'object' && cookie.name) || 'consentry';
  let values: unknown[] = [];
  try {
    values =
      storage == 'localStorage' ? [localStorage.getItem(name as string)] : storage == 'memory' ? [] : cookiePairs(document).flatMap(([n, v]) => (n == name ? [v] : []));
  } catch {}
  return values.flatMap((v) => {
    const record = decodeRecord(v);
    return record ? [record.stamp ?? ''] : [];
  });
}
