import type { UiConfig } from '../core/types';

/** Options of the banner and dialog, from `config.ui`. */
export type UiOptions = UiConfig;

export type ResolvedUiOptions = Required<{ [K in keyof UiOptions]: NonNullable<UiOptions[K]> }>;

/** The `ui` options that take one of a few words, with those words (the first is the default). */
export const UI_CHOICES = {
  layout: ['box', 'bar'],
  position: ['bottom', 'top', 'center'],
  theme: ['auto', 'light', 'dark'],
} as const;

export const UI_OPTION_KEYS = ['floatingButton', 'blocking', 'headingLevel', 'layout', 'position', 'theme'] as const;

/** Defaults filled in; expects options that `validateUiConfig` accepted. */
export function resolveUiOptions(ui: Readonly<Record<string, unknown>> = {}): ResolvedUiOptions {
  const position = (ui.position as ResolvedUiOptions['position'] | undefined) ?? (ui.blocking === true ? 'center' : 'bottom');
  return {
    floatingButton: ui.floatingButton === true,
    blocking: ui.blocking === true || position == 'center',
    headingLevel: typeof ui.headingLevel == 'number' ? ui.headingLevel : 2,
    layout: (ui.layout as ResolvedUiOptions['layout'] | undefined) ?? 'box',
    position,
    theme: (ui.theme as ResolvedUiOptions['theme'] | undefined) ?? 'auto',
  };
}
