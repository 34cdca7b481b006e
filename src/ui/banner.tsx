import type { Ref } from 'preact';
import type { ResolvedConfig } from '../core/types';
import { part } from './attrs';
import { formatList } from './format-list';
import { Heading } from './heading';
import { PolicyLinks } from './policy-links';
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
  bannerRef: Ref<HTMLElement>;
  onAcceptAll: () => void;
  onRejectAll: () => void;
  onManage: () => void;
}

/**
 * The first layer (R-GDPR-11), short enough to leave most of a phone screen to the page: what it is about,
 * every optional purpose by name ("…for Analytics, Marketing and External media"; their descriptions are in
 * the dialog), how to change one's mind, the policy links, and the three choices (R-GDPR-5, R-GDPR-12), of
 * which Accept all and Reject all look the same (R-GDPR-3). It handles no scroll, outside click, Escape or
 * timeout: none of those is a decision (R-GDPR-9).
 */
export function Banner({ config, t, lang, level, ids, blocking, bannerRef, onAcceptAll, onRejectAll, onManage }: BannerProps) {
  const purposes = formatList(
    // "Accept all" gives no separate consent, so the banner does not offer it among the purposes.
    config.categories.filter((c) => !c.required && !c.separate).map((c) => c.title),
    lang,
  );
  const button = (action: string, label: string, onClick: () => void) => (
    <button type="button" {...part('button')} data-action={action} onClick={onClick}>
      {label}
    </button>
  );
  return (
    <section
      ref={bannerRef}
      role={blocking ? 'dialog' : 'region'}
      aria-modal={blocking || undefined}
      aria-labelledby={ids + 'banner-title'}
      aria-describedby={blocking ? ids + 'banner-text' : undefined}
      {...part('banner', blocking ? 'modal' : 'open')}
    >
      <div {...part('banner-body')}>
        <Heading level={level} id={ids + 'banner-title'} part="title">
          {t.bannerTitle}
        </Heading>
        <p id={ids + 'banner-text'} {...part('text')}>
          {t.bannerText.replace('{purposes}', () => purposes)} {t.bannerChoices} <PolicyLinks links={config.links} t={t} />
        </p>
      </div>
      <div {...part('actions')}>
        {button('accept-all', t.acceptAll, onAcceptAll)}
        {button('reject-all', t.rejectAll, onRejectAll)}
        {button('manage', t.managePreferences, onManage)}
      </div>
    </section>
  );
}
