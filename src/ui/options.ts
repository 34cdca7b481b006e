/** Options of the banner and dialog, from `config.ui`. */
export interface UiOptions {
  /**
   * Show a small round "Cookie settings" button in the corner once the visitor has decided, so they can
   * change their mind from any page. @default false
   */
  floatingButton?: boolean | undefined;
  /**
   * Make the banner a modal dialog that keeps focus until the visitor chooses. The default banner is a
   * labelled region that leaves the page usable. @default false
   */
  blocking?: boolean | undefined;
  /** Level of the banner and dialog headings (2 to 6); category titles are one level lower. @default 2 */
  headingLevel?: number | undefined;
  /**
   * `"box"`: a card in the corner (a sheet across the bottom on phones). `"bar"`: a strip across the whole
   * width, text beside the buttons. @default "box"
   */
  layout?: 'box' | 'bar' | undefined;
  /**
   * Where the banner sits. `"center"` is the modal look: in the middle of the screen over a dimmed page, and
   * it makes the banner `blocking`. @default "center" with `blocking`, else "bottom"
   */
  position?: 'bottom' | 'top' | 'center' | undefined;
  /** `"auto"` follows the visitor's system setting (`prefers-color-scheme`). @default "auto" */
  theme?: 'auto' | 'light' | 'dark' | undefined;
}

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
