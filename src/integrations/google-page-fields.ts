import { protectionOf } from '../core/paths';
import type { PageProtection, ResolvedConfig } from '../core/types';
import type { ResolvedGoogleSettings } from './google-consent-settings';

/** The page as the browser shows it, and where the visitor came from. */
export interface PageAddress {
  readonly href: string;
  readonly title: string;
  readonly referrer: string;
}

/** Google's page fields (`gtag('set', …)`). */
export type PageFields = Partial<Record<'page_location' | 'page_title' | 'page_referrer', string>>;

/**
 * What Google is told of a page in place of what it reads itself: on a protected page the origin and
 * `redactedPath` (no path detail, no query) and `redactedTitle`; after one (a same-origin referrer on a
 * protected path), the same as the referrer. Nothing for other pages.
 */
export function redactedFields(config: ResolvedConfig, settings: ResolvedGoogleSettings, page: PageProtection, at: PageAddress): PageFields {
  const { origin } = new URL(at.href);
  const fields: PageFields = {};
  if (page != 'none') Object.assign(fields, { page_location: origin + settings.redactedPath, page_title: settings.redactedTitle });
  let from: URL | undefined;
  try {
    from = new URL(at.referrer);
  } catch {}
  if (from?.origin == origin && protectionOf(config, from.pathname) != 'none') fields.page_referrer = origin + settings.redactedPath;
  return fields;
}

/** The real page, for Google once a single-page app moves from a protected page to another. */
export const realFields = (at: PageAddress): PageFields => ({ page_location: at.href, page_title: at.title });
