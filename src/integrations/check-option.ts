import type { ConsentState } from '../core/types';

/**
 * Throws a `TypeError` naming the option when `ok` is false. Integration options may come straight from
 * `consent.json` (`integrations`), so a typo must stop the page's set-up loudly instead of granting or
 * sending something unnoticed.
 */
export function checkOption(ok: boolean, integration: string, path: string, expected: string, received: unknown): void {
  if (!ok) throw new TypeError(`consentry ${integration}: ${path}: expected ${expected}, received ${JSON.stringify(received) ?? String(received)}`);
}

/** Rejects keys the integration does not know, e.g. `"waitForUpdates"`. */
export function checkKeys(options: object, known: readonly string[], integration: string): void {
  for (const key of Object.keys(options)) checkOption(known.includes(key), integration, key, 'one of: ' + known.join(', '), key);
}

/** The ids of a config, as the keys of any of its states. */
export type KnownIds = Pick<ConsentState, 'categories' | 'services'>;

/** Checks that `id` names a category or service of the config, and returns it. */
export function checkId(ids: KnownIds, id: unknown, integration: string, path: string): string {
  const own = (o: object) => Object.prototype.hasOwnProperty.call(o, id as PropertyKey);
  const known = [...Object.keys(ids.categories), ...Object.keys(ids.services)].join(', ');
  checkOption(typeof id == 'string' && (own(ids.categories) || own(ids.services)), integration, path, 'a category or service id of the config (one of: ' + known + ')', id);
  return id as string;
}

/** Checks that `ids` is a list of category or service ids of the config, and returns it. */
export function checkIds(known: KnownIds, ids: unknown, integration: string, path: string): readonly string[] {
  checkOption(Array.isArray(ids), integration, path, 'a list of category or service ids', ids);
  (ids as unknown[]).forEach((id, i) => checkId(known, id, integration, `${path}[${i}]`));
  return ids as readonly string[];
}
