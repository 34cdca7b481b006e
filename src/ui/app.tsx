import { Component, createRef } from 'preact';
import type { ConsentState } from '../core/types';
import { inertOutside, restoreFocus, wrapTab } from './focus';
import { PreferencesDialog } from './preferences-dialog';
import type { Shell } from './shell';

export interface AppProps {
  shell: Shell;
  /** Receives `open`, for `openPreferences()` (a prop: Preact 11 passes `ref` on to components as a prop). */
  expose: (open: (opener?: Element | null) => void) => void;
}

interface AppState {
  consent: ConsentState;
  dialog: boolean;
  draft: Record<string, boolean>;
}

/**
 * The controller behind the preferences dialog: it holds what the view needs (the core's state, whether the
 * dialog is open, the unsaved draft) and calls the core's actions. It makes no consent decision of its own:
 * the core decides what accept, reject and save mean. The banner is the shell's, in plain DOM.
 */
export class App extends Component<AppProps, AppState> {
  private dialog = createRef<HTMLDivElement>();
  private opener: Element | null = null;
  private undoInert: (() => void) | undefined;
  private off: (() => void) | undefined;

  constructor(props: AppProps) {
    super(props);
    this.state = { consent: props.shell.consent.getState(), dialog: false, draft: {} };
    props.expose((opener) => this.open(opener));
  }

  override componentDidMount() {
    const { consent } = this.props.shell;
    this.off = consent.subscribe(() => this.setState({ consent: consent.getState() }));
  }

  override componentDidUpdate(_: AppProps, prev: AppState) {
    if (prev.dialog != this.state.dialog) this.sync();
  }

  override componentWillUnmount() {
    this.off?.();
    this.undoInert?.();
  }

  /** Opens the dialog showing the current choice; focus goes back to `opener` when it closes (R-GDPR-16). */
  open(opener?: Element | null) {
    if (this.state.dialog) return;
    this.opener = opener ?? this.props.shell.root.ownerDocument.activeElement;
    this.setState({ dialog: true, draft: { ...this.state.consent.choices } });
  }

  private close = () => this.setState({ dialog: false });

  private toggle = (id: string, on: boolean) => {
    const { categories } = this.props.shell.consent.config;
    const draft = { ...this.state.draft, [id]: on };
    const category = categories.find((c) => c.id == id);
    // A category switch sets its services; switching a service on needs its category on.
    if (category) for (const s of category.services) draft[s.id] = on;
    else if (on) draft[categories.find((c) => c.services.some((s) => s.id == id))!.id] = true;
    this.setState({ draft });
  };

  private decide(action: () => void) {
    action();
    this.props.shell.status.say(this.props.shell.t.saved);
    this.setState({ dialog: false });
  }

  /** What the consent record keeps of this decision: where it was made and the texts shown (R-GDPR-19). */
  private decision = () => ({ layer: 'dialog' as const, language: this.props.shell.lang, shown: this.props.shell.t });
  private acceptAll = () => this.decide(() => this.props.shell.consent.acceptAll(this.decision()));
  private rejectAll = () => this.decide(() => this.props.shell.consent.rejectAll(this.decision()));
  private save = () => this.decide(() => this.props.shell.consent.save(this.state.draft, this.decision()));

  private keys = (e: KeyboardEvent) => {
    // Escape closes without saving (R-A11Y-4).
    if (e.key == 'Escape') {
      e.preventDefault();
      this.close();
    } else wrapTab(e.currentTarget as Element, e);
  };

  /** Moves focus and inertness after the dialog opened or closed, per the APG dialog pattern (R-A11Y-2..5). */
  private sync() {
    const { banner, root } = this.props.shell;
    this.undoInert?.();
    this.undoInert = undefined;
    const dialog = this.state.dialog && this.dialog.current;
    // A blocking banner gives up the page's inertness to the dialog, and takes it back after.
    banner.cover(!!dialog);
    if (dialog) {
      this.undoInert = inertOutside(dialog);
      dialog.querySelector<HTMLElement>('[tabindex="-1"]')!.focus();
    } else restoreFocus(this.opener, root);
  }

  render() {
    const { config, t, lang, options, ids } = this.props.shell;
    const { dialog, draft } = this.state;
    return (
      dialog && (
        <PreferencesDialog
          config={config}
          t={t}
          lang={lang}
          level={options.headingLevel}
          ids={ids}
          draft={draft}
          gpc={this.state.consent.gpc}
          dialogRef={this.dialog}
          onToggle={this.toggle}
          onSave={this.save}
          onAcceptAll={this.acceptAll}
          onRejectAll={this.rejectAll}
          onClose={this.close}
          onKeyDown={this.keys}
        />
      )
    );
  }
}
