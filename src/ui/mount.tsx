import { render } from 'preact';
import type { Consent } from '../core/types';
import { App } from './app';
import { part } from './attrs';
import { element } from './element';
import { bindOpeners } from './openers';
import { createShell, type Shell } from './shell';
import type { Texts } from './text-keys';

export interface MountOptions {
  /** Element the UI's root is inserted into, as its first child. @default document.body */
  container?: Element | undefined;
  /** Open the dialog on clicks on `[data-consentry-open]` elements. @default true */
  bindOpeners?: boolean | undefined;
  /** Overrides `config.ui.floatingButton`. */
  floatingButton?: boolean | undefined;
}

/** What `mountConsentUI` returns. */
export interface ConsentUI {
  /** Opens "Manage your cookie preferences"; focus returns to `opener` (default: the focused element) on close. */
  openPreferences(opener?: Element | null): void;
  /** Removes the UI and every listener; the consent instance stays as it is and may get a new UI. */
  unmount(): void;
}

// Instances with a UI: a second one would stack a second banner over the first.
const withUi = new WeakSet<Consent>();

/**
 * Mounts with the given built-in locales (the script-tag build passes one; `mountConsentUI` English and the
 * site's `locales`): the shell (root, banner, live region), or the one the script-tag loader already shows,
 * and the dialog into it. The floating button is not part of it: the script-tag loader shows that one itself,
 * without loading the UI. Throws while `consent` already has a UI that was not unmounted, and a
 * `ConsentConfigError` for texts or ui options the UI refuses.
 */
export function mount(consent: Consent, options: MountOptions, builtIn: Readonly<Record<string, Texts>>, shown?: Shell): ConsentUI {
  if (withUi.has(consent)) throw new Error('consentry: this consent instance already has a UI; call its unmount() before mounting another');
  let open: (opener?: Element | null) => void = () => {};
  const shell = shown ?? createShell(consent, options.container ?? document.body, builtIn, (button) => open(button));
  const { root } = shell;
  // Preact renders into a layer of its own: it would take the banner's plain-DOM nodes beside it for its own.
  const layer = element(root.ownerDocument, 'div', part('dialog-layer'));
  shell.status.element.before(layer);
  render(<App shell={shell} expose={(fn) => (open = fn)} />, layer);

  const unbind = options.bindOpeners === false ? undefined : bindOpeners(root.ownerDocument, (el) => open(el));
  withUi.add(consent);
  let live = true;
  return {
    openPreferences: (opener) => open(opener),
    unmount() {
      // A stale UI's second unmount() must not free the instance for a third UI beside a live second one.
      if (!live) return;
      live = false;
      withUi.delete(consent);
      unbind?.();
      render(null, layer);
      shell.destroy();
    },
  };
}
