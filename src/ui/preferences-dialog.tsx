import type { Ref } from 'preact';
import type { ResolvedConfig } from '../core/types';
import { part } from './attrs';
import { CategoryItem } from './category-item';
import { formatList } from './format-list';
import { Heading } from './heading';
import { Built } from './built';
import { policyLinks } from './policy-links';
import type { Texts } from './text-keys';

export interface PreferencesDialogProps {
  config: ResolvedConfig<string>;
  t: Texts;
  /** Language of `t`, for lists of category titles. */
  lang: string;
  level: number;
  ids: string;
  draft: Readonly<Record<string, boolean>>;
  /** The browser sends Global Privacy Control and it is honored (R-US-4). */
  gpc: boolean;
  dialogRef: Ref<HTMLDivElement>;
  onToggle: (id: string, on: boolean) => void;
  onSave: () => void;
  onAcceptAll: () => void;
  onRejectAll: () => void;
  onClose: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

// A plain cross, drawn rather than a font glyph, so it is centred and the same in every font.
const Cross = () => (
  <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
    <path d="M5 5l10 10M15 5L5 15" />
  </svg>
);

// The header's divider appears only once the body scrolls under it.
const markScrolled = (e: Event) => {
  const body = e.currentTarget as HTMLElement;
  body.dataset.state = body.scrollTop > 0 ? 'scrolled' : 'top';
};

/**
 * "Manage your cookie preferences": a modal dialog (R-A11Y-1) with one switch per purpose, grouped under the
 * dialog's title (R-A11Y-7). Toggling only changes the draft; only the three footer buttons decide (R-A11Y-8).
 */
export function PreferencesDialog(p: PreferencesDialogProps) {
  const { config, t, ids } = p;
  const button = (action: string, label: string, onClick: () => void) => (
    <button type="button" {...part('button')} data-action={action} onClick={onClick}>
      {label}
    </button>
  );
  const separate = config.categories.filter((c) => c.separate);
  const gpcCategories = formatList(
    config.categories.filter((c) => c.gpc).map((c) => c.title),
    p.lang,
  );
  return (
    <div {...part('backdrop')}>
      <div
        ref={p.dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={ids + 'dialog-title'}
        aria-describedby={ids + 'dialog-text'}
        {...part('dialog', 'open')}
        onKeyDown={p.onKeyDown}
      >
        <div {...part('dialog-header')}>
          <Heading level={p.level} id={ids + 'dialog-title'} part="title">
            {t.preferencesTitle}
          </Heading>
          <button type="button" aria-label={t.close} title={t.close} {...part('close')} onClick={p.onClose}>
            <Cross />
          </button>
        </div>
        <div {...part('dialog-body')} onScroll={markScrolled}>
          <p id={ids + 'dialog-text'} {...part('text')}>
            {t.preferencesText}
          </p>
          {p.gpc && (
            <p role="status" {...part('gpc-notice')}>
              {t.gpcHonored.replace('{categories}', () => gpcCategories)}
            </p>
          )}
          <div role="group" aria-labelledby={ids + 'dialog-title'}>
            <ul {...part('categories')}>
              {config.categories
                .filter((c) => !c.separate)
                .map((c) => (
                  <CategoryItem category={c} draft={p.draft} t={t} level={p.level + 1} ids={ids} onToggle={p.onToggle} />
                ))}
            </ul>
          </div>
          {separate[0] && (
            // A consent of its own (R-HEALTH): apart from the cookie choices, under its own heading and words.
            <section aria-labelledby={ids + 'separate-title'} aria-describedby={ids + 'separate-text'} {...part('separate')}>
              <Heading level={p.level + 1} id={ids + 'separate-title'} part="separate-title">
                {t.separateTitle}
              </Heading>
              <p id={ids + 'separate-text'} {...part('separate-text')}>
                {t.separateText}
              </p>
              <ul {...part('categories')}>
                {separate.map((c) => (
                  <CategoryItem category={c} draft={p.draft} t={t} level={p.level + 2} ids={ids} onToggle={p.onToggle} />
                ))}
              </ul>
            </section>
          )}
          <p {...part('text')}>
            <Built build={(doc) => policyLinks(doc, config.links, t)} />
          </p>
        </div>
        <div {...part('actions')}>
          {button('accept-all', t.acceptAll, p.onAcceptAll)}
          {button('reject-all', t.rejectAll, p.onRejectAll)}
          {button('save', t.savePreferences, p.onSave)}
        </div>
      </div>
    </div>
  );
}
