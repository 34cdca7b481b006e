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

// Marks every ConsentConfigError, whichever copy of this module made it: the ESM and CommonJS builds, and
// each entry of the CommonJS build, carry their own copy of the class.
const BRAND = Symbol.for('consentry.ConsentConfigError');

/** Thrown by `createConsent` for an invalid config; lists every issue at once. */
export class ConsentConfigError extends Error {
  /** `instanceof` holds for an error from any entry (`consentry`, `consentry/ui`, …) in ESM and CommonJS. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value == 'object' && value != null && BRAND in value;
  }
  readonly issues: readonly ConfigIssue[];
  readonly [BRAND] = true;
  constructor(issues: readonly ConfigIssue[]) {
    super('Invalid consentry config:\n' + issues.map((i) => `- ${i.path || '(config)'}: ${i.message}`).join('\n'));
    this.name = 'ConsentConfigError';
    this.issues = issues;
  }
}
