// Browser-safe: the config editor page and the `consentry check` CLI share these.
export { diagnoseConfigText } from './diagnose';
export type { Diagnostic } from './diagnostic';
