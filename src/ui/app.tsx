import { Component, createRef } from 'preact';
import { localizeConfig } from '../core/localize';
import type { Consent, ConsentState, ResolvedConfig } from '../core/types';
import { part } from './attrs';
import { Banner } from './banner';
import { inertOutside, restoreFocus, wrapTab } from './focus';
import { keepClearOfFocus } from './keep-clear';
import type { ResolvedUiOptions } from './options';
import { PreferencesDialog } from './preferences-dialog';
import { reserveScrollPadding } from './scroll-padding';
import type { Texts } from './text-keys';

export interface AppProps {
  consent: Consent;
  doc: Document;
  t: Texts;
  /** Language of `t`, for the consent record and lists of titles. */
  lang: string;
  options: ResolvedUiOptions;
  /**
   * The UI's root element. Focus goes there when the banner or dialog that had it closes with no opener to go
   * back to: the next Tab goes on into the page from where the UI sits, and no ring outlines a page region.
   */
  root: HTMLElement;
  /** Prefix for element ids, unique per mounted UI. */
  ids: string;
  /** Receives `open`, for `openPreferences()` (a prop: Preact 11 passes `ref` on to components as a prop). */
  expose: (open: (opener?: Element | null) => void) => void;
}

interface AppState {
  consent: ConsentState;
  dialog: boolean;
  draft: Record<string, boolean>;
  status: string;
}

// How long the "saved" confirmation stays visible; screen readers announce it at once (R-A11Y-16).
const STATUS_MS = 6000;

/**
 * The controller behind the banner and the dialog: it holds what the view needs (the core's state, whether the
 * dialog is open, the unsaved draft, the status message) and calls the core's actions. It makes no consent
 * decision of its own: the core decides what accept, reject and save mean.
 */
export class App extends Component<AppProps, AppState> {
  // The config's texts in the UI's language, once: every component below shows only these.
  private config: ResolvedConfig<string>;
  private frame = createRef<HTMLDivElement>();
  private banner = createRef<HTMLElement>();
  private dialog = createRef<HTMLDivElement>();
  private statusRef = createRef<HTMLDivElement>();
  private opener: Element | null = null;
  private modal: Element | null = null;
  private undoInert: (() => void) | undefined;
  private undoPadding: (() => void) | undefined;
  private undoClear: (() => void) | undefined;
  private focusWasInBanner = false;
  private off: (() => void) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(props: AppProps) {
    super(props);
    this.config = localizeConfig(props.consent.config, props.lang);
    this.state = { consent: props.consent.getState(), dialog: false, draft: {}, status: '' };
    props.expose((opener) => this.open(opener));
  }

  override componentDidMount() {
    const { consent } = this.props;
    const update = () => this.setState({ consent: consent.getState() });
    this.off = consent.subscribe(update);
    this.sync(false, true);
  }

  override componentDidUpdate(_: AppProps, prev: AppState) {
    this.sync(prev.dialog, !prev.consent.decided);
  }

  override componentWillUnmount() {
    this.off?.();
    this.undoInert?.();
    this.undoPadding?.();
    this.undoClear?.();
    clearTimeout(this.timer);
  }

  /** Opens the dialog showing the current choice; focus goes back to `opener` when it closes (R-GDPR-16). */
  open(opener?: Element | null) {
    if (this.state.dialog) return;
    this.opener = opener ?? this.props.doc.activeElement;
    this.setState({ dialog: true, draft: { ...this.state.consent.choices }, status: '' });
  }

  private close = () => this.setState({ dialog: false });

  private toggle = (id: string, on: boolean) => {
    const { categories } = this.props.consent.config;
    const draft = { ...this.state.draft, [id]: on };
    const category = categories.find((c) => c.id == id);
    // A category switch sets its services; switching a service on needs its category on.
    if (category) for (const s of category.services) draft[s.id] = on;
    else if (on) draft[categories.find((c) => c.services.some((s) => s.id == id))!.id] = true;
    this.setState({ draft });
  };

  private decide(action: () => void) {
    this.focusWasInBanner = !!this.banner.current?.contains(this.props.doc.activeElement);
    action();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.setState({ status: '' }), STATUS_MS);
    this.setState({ dialog: false, status: this.props.t.saved });
  }

  /** What the consent record keeps of this decision: where it was made and the texts shown (R-GDPR-19). */
  private decision = () => ({ layer: this.state.dialog ? ('dialog' as const) : ('banner' as const), language: this.props.lang, shown: this.props.t });
  private acceptAll = () => this.decide(() => this.props.consent.acceptAll(this.decision()));
  private rejectAll = () => this.decide(() => this.props.consent.rejectAll(this.decision()));
  private save = () => this.decide(() => this.props.consent.save(this.state.draft, this.decision()));

  private dialogKeys = (e: KeyboardEvent) => {
    // Escape closes without saving (R-A11Y-4).
    if (e.key == 'Escape') {
      e.preventDefault();
      this.close();
    } else wrapTab(e.currentTarget as Element, e);
  };

  private bannerKeys = (e: KeyboardEvent) => {
    if (this.modal == this.banner.current) wrapTab(this.banner.current!, e);
  };

  /** Moves focus and inertness after a render, per the APG dialog pattern (R-A11Y-2..5). */
  private sync(dialogWas: boolean, bannerWas: boolean) {
    const { root, options } = this.props;
    const { dialog, consent } = this.state;
    const bannerShown = !consent.decided;
    const modal = dialog ? this.dialog.current : options.blocking && bannerShown ? this.banner.current : null;
    if (modal != this.modal) {
      this.undoInert?.();
      this.undoInert = modal ? inertOutside(modal) : undefined;
      this.modal = modal;
      if (modal && (dialog || !dialogWas)) modal.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
    }
    if (dialogWas && !dialog) restoreFocus(this.opener, root);
    else if (bannerWas && !bannerShown && this.focusWasInBanner) restoreFocus(null, root);
    this.focusWasInBanner = false;

    // A non-modal banner must not hide the focused element (R-A11Y-10).
    const padded = bannerShown && !options.blocking ? this.frame.current : null;
    if (padded) this.undoPadding ??= reserveScrollPadding(padded, options.position == 'top' ? 'top' : 'bottom');
    else {
      this.undoPadding?.();
      this.undoPadding = undefined;
    }
    // Nor may the status message, placed after focus has moved.
    const status = this.state.status ? this.statusRef.current : null;
    if (status) this.undoClear ??= keepClearOfFocus(status);
    else {
      this.undoClear?.();
      this.undoClear = undefined;
    }
  }

  render() {
    const { consent, t, lang, options, ids } = this.props;
    const { dialog, draft, status } = this.state;
    const config = this.config;
    const level = options.headingLevel;
    return (
      <>
        {!this.state.consent.decided && (
          <div
            ref={this.frame}
            onKeyDown={this.bannerKeys}
            {...part('banner-frame', options.blocking ? 'modal' : 'open')}
            data-layout={options.layout}
            data-position={options.position}
          >
            <Banner
              config={config}
              t={t}
              lang={lang}
              level={level}
              ids={ids}
              blocking={options.blocking}
              bannerRef={this.banner}
              onAcceptAll={this.acceptAll}
              onRejectAll={this.rejectAll}
              onManage={() => this.open()}
            />
          </div>
        )}
        {dialog && (
          <PreferencesDialog
            config={config}
            t={t}
            lang={lang}
            level={level}
            ids={ids}
            draft={draft}
            gpc={this.state.consent.gpc}
            dialogRef={this.dialog}
            onToggle={this.toggle}
            onSave={this.save}
            onAcceptAll={this.acceptAll}
            onRejectAll={this.rejectAll}
            onClose={this.close}
            onKeyDown={this.dialogKeys}
          />
        )}
        <div ref={this.statusRef} role="status" {...part('status', status ? 'visible' : 'empty')}>
          {status}
        </div>
      </>
    );
  }
}
