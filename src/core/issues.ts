/** One problem found in a config. */
export interface ConfigIssue {
  /** Where, e.g. `categories[2].id`; empty for the config itself. */
  readonly path: string;
  /** What was expected and what was found, in plain English. */
  readonly message: string;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly config: T }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

/** Thrown by `createConsent` for an invalid config; lists every issue at once. */
export class ConsentConfigError extends Error {
  readonly issues: readonly ConfigIssue[];
  constructor(issues: readonly ConfigIssue[]) {
    super('Invalid consentry config:\n' + issues.map((i) => `- ${i.path || '(config)'}: ${i.message}`).join('\n'));
    this.name = 'ConsentConfigError';
    this.issues = issues;
  }
}
