import type { Ref } from 'preact';
import type { ResolvedConfig } from '../core/types';
import { part } from './attrs';
import { Heading } from './heading';
import { PolicyLinks } from './policy-links';
import type { Texts } from './text-keys';

export interface BannerProps {
  config: ResolvedConfig<string>;
  t: Texts;
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
 * The first layer (R-GDPR-11): what it is about, each optional purpose, how to choose and how to change one's
 * mind, the policy links, and three equal buttons in one row (R-GDPR-3, R-GDPR-5, R-GDPR-12). It handles no
 * scroll, outside click, Escape or timeout: none of those is a decision (R-GDPR-9).
 */
export function Banner({ config, t, level, ids, blocking, bannerRef, onAcceptAll, onRejectAll, onManage }: BannerProps) {
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
          {t.bannerText}
        </p>
        <ul {...part('purposes')}>
          {config.categories
            .filter((c) => !c.required)
            .map((c) => (
              <li {...part('purpose')}>
                <strong>{c.title}</strong> {c.description}
              </li>
            ))}
        </ul>
        <p {...part('text')}>{t.bannerChoices}</p>
        <PolicyLinks links={config.links} t={t} />
      </div>
      <div {...part('actions')}>
        {button('accept-all', t.acceptAll, onAcceptAll)}
        {button('reject-all', t.rejectAll, onRejectAll)}
        {button('manage', t.managePreferences, onManage)}
      </div>
    </section>
  );
}
