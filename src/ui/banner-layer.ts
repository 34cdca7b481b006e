import type { Consent, DecisionContext, ResolvedConfig } from '../core/types';
import { renderBanner } from './banner';
import { part } from './attrs';
import { element } from './element';
import { inertOutside, restoreFocus, wrapTab } from './focus';
import type { ResolvedUiOptions } from './options';
import { reserveScrollPadding } from './scroll-padding';
import type { Status } from './status';
import type { Texts } from './text-keys';

export interface BannerLayerProps {
  consent: Consent;
  /** The config's texts in the UI's language. */
  config: ResolvedConfig<string>;
  t: Texts;
  lang: string;
  options: ResolvedUiOptions;
  root: HTMLElement;
  ids: string;
  status: Status;
  /** "Manage preferences" was pressed; `button` is where focus goes back to when the dialog closes. */
  onManage: (button: HTMLElement) => void;
}

export interface BannerLayer {
  /** The dialog is open over the banner (`true`) or closed again: only one of them may hold the page inert. */
  cover(covered: boolean): void;
  destroy(): void;
}

/**
 * Shows the banner in its frame while the visitor has not decided, and takes it away once they have (from the
 * banner, the dialog, another tab or the API); it comes back when the question does (a new revision, reset(),
 * a withdrawal in another tab). A blocking banner is modal, per the APG dialog pattern (R-A11Y-2..5); a
 * non-modal one keeps clear of the focused element (R-A11Y-10).
 */
export function createBannerLayer(p: BannerLayerProps): BannerLayer {
  const { consent, root, options } = p;
  const doc = root.ownerDocument;
  let frame: HTMLElement | undefined;
  let banner: HTMLElement | undefined;
  let covered = false;
  let focusWasInBanner = false;
  let undoInert: (() => void) | undefined;
  let undoPadding: (() => void) | undefined;

  const uninert = () => {
    undoInert?.();
    undoInert = undefined;
  };
  const decide = (action: (how: DecisionContext) => void) => {
    focusWasInBanner = !!banner?.contains(doc.activeElement);
    // What the consent record keeps of this decision: where it was made and the texts shown (R-GDPR-19).
    action({ layer: 'banner', language: p.lang, shown: p.t });
    p.status.say(p.t.saved);
  };

  const show = () => {
    banner = renderBanner(doc, {
      config: p.config,
      t: p.t,
      lang: p.lang,
      level: options.headingLevel,
      ids: p.ids,
      blocking: options.blocking,
      onAcceptAll: () => decide((how) => consent.acceptAll(how)),
      onRejectAll: () => decide((how) => consent.rejectAll(how)),
      onManage: p.onManage,
    });
    frame = element(doc, 'div', { ...part('banner-frame', options.blocking ? 'modal' : 'open'), 'data-layout': options.layout, 'data-position': options.position }, banner);
    frame.onkeydown = (e) => undoInert && wrapTab(banner!, e);
    // First in DOM order, so the banner is the first thing keyboard users reach (R-A11Y-2).
    root.prepend(frame);
    if (options.blocking) {
      undoInert = inertOutside(banner);
      banner.querySelector<HTMLElement>('[tabindex="-1"]')!.focus();
    } else undoPadding = reserveScrollPadding(frame, options.position == 'top' ? 'top' : 'bottom');
  };

  const hide = () => {
    uninert();
    undoPadding?.();
    undoPadding = undefined;
    frame!.remove();
    frame = banner = undefined;
    // Focus was on a button that is gone: the next Tab goes on into the page from where the UI sits.
    if (focusWasInBanner && !covered) restoreFocus(null, root);
    focusWasInBanner = false;
  };

  const update = () => {
    const wanted = !consent.getState().decided;
    if (wanted && !frame) show();
    else if (!wanted && frame) hide();
  };
  // `change` fires only when a grant flips; a first "Reject all" flips none, but `decision` says so.
  const offs = [consent.subscribe(update), consent.on('decision', update)];
  update();

  return {
    cover(on) {
      covered = on;
      if (on) uninert();
      else if (banner && options.blocking && !undoInert) undoInert = inertOutside(banner);
    },
    destroy() {
      offs.forEach((off) => off());
      if (frame) hide();
    },
  };
}
