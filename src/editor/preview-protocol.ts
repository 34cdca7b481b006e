import type { ConsentConfigJson } from '../core/types';

/** What the editor asks the preview frame to show. */
export interface PreviewRequest {
  type: 'consentry-preview:show';
  /** A config with no errors, as parsed from the editor. */
  config: ConsentConfigJson;
  /** The language to show; `undefined`: the one the config itself would show. */
  language: string | undefined;
  /** The visitor's system colour scheme (a config's own `ui.theme` "light" or "dark" wins, as on a site). */
  scheme: 'light' | 'dark';
}

/** What the preview frame answers. */
export type PreviewReply =
  | { type: 'consentry-preview:ready' }
  | {
      type: 'consentry-preview:shown';
      /** Every language the config has texts in, its default first. */
      languages: string[];
      language: string;
      /** The config's `ui.theme` when it fixes one. */
      fixedTheme: 'light' | 'dark' | undefined;
    }
  | { type: 'consentry-preview:failed'; message: string };
