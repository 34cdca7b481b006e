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
}

export type ResolvedUiOptions = Required<{ [K in keyof UiOptions]: NonNullable<UiOptions[K]> }>;

export const UI_OPTION_KEYS = ['floatingButton', 'blocking', 'headingLevel'] as const;

/** Defaults filled in; expects options that `validateUiConfig` accepted. */
export const resolveUiOptions = (ui: Readonly<Record<string, unknown>> = {}): ResolvedUiOptions => ({
  floatingButton: ui.floatingButton === true,
  blocking: ui.blocking === true,
  headingLevel: typeof ui.headingLevel == 'number' ? ui.headingLevel : 2,
});
