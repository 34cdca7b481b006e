import type { ResolvedConfig } from '../core/types';
import { part } from './attrs';
import { element } from './element';
import { formatList } from './format-list';
import { policyLinks } from './policy-links';
import type { Texts } from './text-keys';

export interface BannerProps {
  config: ResolvedConfig<string>;
  t: Texts;
  /** Language of `t`, for the list of purposes. */
  lang: string;
  level: number;
  ids: string;
  /** A modal dialog instead of a labelled region (R-A11Y-1). */
  blocking: boolean;
  onAcceptAll: () => void;
  onRejectAll: () => void;
  onManage: (button: HTMLElement) => void;
}

/**
 * The first layer (R-GDPR-11), short enough to leave most of a phone screen to the page: what it is about,
 * every optional purpose by name ("…for Analytics, Marketing and External media"; their descriptions are in
 * the dialog), how to change one's mind, the policy links, and the three choices (R-GDPR-5, R-GDPR-12), of
 * which Accept all and Reject all look the same (R-GDPR-3). It handles no scroll, outside click, Escape or
 * timeout: none of those is a decision (R-GDPR-9). Plain DOM, so a first visit paints it without Preact.
 */
export function renderBanner(doc: Document, { config, t, lang, level, ids, blocking, onAcceptAll, onRejectAll, onManage }: BannerProps): HTMLElement {
  const purposes = formatList(
    // "Accept all" gives no separate consent, so the banner does not offer it among the purposes.
    config.categories.filter((c) => !c.required && !c.separate).map((c) => c.title),
    lang,
  );
  const button = (action: string, label: string, onClick: (b: HTMLElement) => void) => {
    const b = element(doc, 'button', { type: 'button', ...part('button'), 'data-action': action }, label);
    b.onclick = () => onClick(b);
    return b;
  };
  return element(
    doc,
    'section',
    {
      role: blocking ? 'dialog' : 'region',
      'aria-modal': blocking && 'true',
      'aria-labelledby': ids + 'banner-title',
      'aria-describedby': blocking && ids + 'banner-text',
      ...part('banner', blocking ? 'modal' : 'open'),
    },
    element(
      doc,
      'div',
      part('banner-body'),
      // A real heading at the configured level (R-A11Y-17), focusable from script only, as a modal's first stop.
      element(doc, ('h' + level) as 'h2', { id: ids + 'banner-title', tabindex: '-1', ...part('title') }, t.bannerTitle),
      element(
        doc,
        'p',
        { id: ids + 'banner-text', ...part('text') },
        t.bannerText.replace('{purposes}', () => purposes) + ' ' + t.bannerChoices + ' ',
        policyLinks(doc, config.links, t),
      ),
    ),
    element(
      doc,
      'div',
      part('actions'),
      button('accept-all', t.acceptAll, onAcceptAll),
      button('reject-all', t.rejectAll, onRejectAll),
      button('manage', t.managePreferences, onManage),
    ),
  );
}
