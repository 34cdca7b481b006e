/** One finding of `consentry check`, in a config or a page. */
export interface Diagnostic {
  /** `error`: the banner will not show or the page breaks the rules; `warning`: worth a look before publishing. */
  readonly severity: 'error' | 'warning';
  /** Stable name of the rule, e.g. `json-syntax`, `config`, `implied-consent` (see the README's table). */
  readonly code: string;
  /** Config path such as `categories[2].id` (empty for the whole config, or for a page finding). */
  readonly path: string;
  readonly message: string;
  /** 1-based position of the offending key (or value, or character). */
  readonly line: number;
  readonly column: number;
  /** 1-based position just past the offending property or value, where known. */
  readonly endLine?: number;
  readonly endColumn?: number;
}

/** A finding at a config path, before it is given a position. */
export interface Finding {
  readonly path: string;
  readonly message: string;
}

/** A lint rule: a pure function of a valid config, with the code and severity of what it finds. */
export interface Rule<Input> {
  readonly code: string;
  readonly severity: Diagnostic['severity'];
  readonly check: (input: Input) => Finding[];
}
