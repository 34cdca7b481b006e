export interface Summary {
  median: number;
  min: number;
  max: number;
  values: number[];
}
export type Unit = 'B' | 'ms' | 'cls' | 'count';
export interface Figure {
  label: string;
  unit: Unit;
  rate: number;
  /** The page without a library; null where the figure needs one. */
  base: Summary | null;
  ours: Summary;
  theirs: Summary;
  ratio: number | null;
}
/** The middle value (the mean of the two middle ones for an even count). Throws on an empty list. */
export function median(values: readonly number[]): number;
export function summarize(values: number[]): Summary;
/** consentry ÷ vanilla, or null when there is nothing to divide by. */
export function ratio(ours: number, theirs: number): number | null;
export function formatRatio(r: number | null): string;
export function formatValue(value: number, unit: Unit): string;
export function formatSummary(summary: Summary, unit: Unit): string;
export function markdownTable(figures: readonly Figure[], names: { base: string; ours: string; theirs: string }): string;
