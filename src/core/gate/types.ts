/**
 * Texts of the placeholder shown instead of a blocked embed (`<iframe data-category data-src>`).
 * `{service}` becomes the service title (or the embed's host) and `{category}` the category title.
 */
export interface GateTexts {
  /** @default "This content is hosted by {service} and needs your consent for {category} cookies." */
  embedMessage?: string | undefined;
  /** Button that loads this one embed and stores nothing. @default "Load this once" */
  embedLoadOnce?: string | undefined;
  /** Button that grants the category (and the embed's service, if it names one). @default "Allow {category}" */
  embedAllow?: string | undefined;
}

/** Passed to `onWithdraw` whenever a granted category or service becomes denied. */
export interface WithdrawEvent {
  /** Category and service ids that went from granted to denied. */
  readonly withdrawn: readonly string[];
  /** Whether a gated script of one of them already ran on this page: running code cannot be unloaded. */
  readonly ran: boolean;
}

export interface GateOptions {
  /** Reload the page when a withdrawn category's script already ran (R-GDPR-18). @default true */
  reloadOnWithdraw?: boolean | undefined;
  /** How to reload. @default () => doc.defaultView.location.reload() */
  reload?: (() => void) | undefined;
  /** Called on every withdrawal, before any reload. */
  onWithdraw?: ((event: WithdrawEvent) => void) | undefined;
  texts?: GateTexts | undefined;
}

export interface LoadScriptOptions {
  /** Category id; `"!id"` loads only while it is denied. */
  category: string;
  /** Service id: when given, its grant decides instead of the category's. */
  service?: string | undefined;
  /** Extra attributes for the script element, e.g. `{ async: '', integrity: 'sha384-…' }`. */
  attributes?: Readonly<Record<string, string>> | undefined;
}

/**
 * Activates gated `<script type="text/plain">`, `<iframe>`, `<img>`, `<source>` and `<link>` elements as
 * consent allows. One gate per document: creating a second while one is live throws.
 */
export interface Gate {
  /**
   * Stops watching the page and removes the placeholders; activated elements stay. The document is free for
   * another gate afterwards. Calling it again does nothing.
   */
  destroy(): void;
  /**
   * Adds a gated external script. Resolves with the real script once consent allows it and it has loaded;
   * rejects if it fails to load, or at once after `destroy()`, or at once with a `TypeError` naming the known
   * ids when the config has no such category, or no such service in it. Never settles while consent is missing.
   */
  loadScript(src: string, options: LoadScriptOptions): Promise<HTMLScriptElement>;
}
