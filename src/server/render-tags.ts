import type { ConsentState } from '../core/types';

/** A tag the page includes only with consent, e.g. an analytics snippet. */
export interface ConsentTag {
  /** The category it needs. */
  readonly category: string;
  /** The service it belongs to, when the config lists services: then it also needs that service. */
  readonly service?: string | undefined;
  /**
   * The markup, written by the site (never by a visitor): it goes into the page as it is. Only what the state
   * grants is ever sent, so a denied tag cannot run, be read or be re-enabled by the page.
   */
  readonly html: string;
}

const grant = (ids: ConsentState['categories'], id: string): boolean => {
  const value = ids[id];
  // A misspelt id would drop its tag on every page without a word; failing loudly shows it on the first request.
  if (value === undefined) throw new TypeError('consentry: unknown category or service: ' + id);
  return value;
};

/** Whether `tag` may be on the page in `state`. Throws a `TypeError` for an id the config lacks. */
export function isTagAllowed(state: ConsentState, tag: ConsentTag): boolean {
  // Both ids are checked before either decides, so a misspelt service fails while its category is denied too.
  const category = grant(state.categories, tag.category);
  return (tag.service === undefined || grant(state.services, tag.service)) && category;
}

/** The markup of the tags `state` allows, in their order, one per line ("" when none is). */
export const renderTags = (state: ConsentState, tags: readonly ConsentTag[]): string =>
  tags
    .filter((tag) => isTagAllowed(state, tag))
    .map((tag) => tag.html)
    .join('\n');
