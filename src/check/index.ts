// Browser-safe: the config editor page and the `consentry check` CLI share these. The page scan (src/check/html) is
// imported on its own, so the editor does not carry an HTML parser.
export { diagnoseConfigText, type DiagnoseOptions } from './diagnose';
export type { Diagnostic } from './diagnostic';
