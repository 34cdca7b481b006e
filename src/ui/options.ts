import type { UiConfig } from '../core/types';

/** Options of the banner and dialog, from `config.ui`. */
export type UiOptions = UiConfig;

export type ResolvedUiOptions = Required<{ [K in keyof UiOptions]: NonNullable<UiOptions[K]> }>;

/** Defaults filled in; expects options that `validateConfig` accepted. */
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
