// The arithmetic and the table of `npm run bench`, kept free of the browser so it can be tested on its own.

/** The middle value (the mean of the two middle ones for an even count). Throws on an empty list. */
export function median(values) {
  if (values.length == 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, minimum and maximum of one figure's runs, with the runs themselves for results.json. */
export function summarize(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), values };
}

/** consentry ÷ vanilla, or null when there is nothing to divide by (no long tasks, no layout shift). */
export function ratio(ours, theirs) {
  return theirs > 0 ? ours / theirs : null;
}

export function formatRatio(r) {
  return r == null ? '–' : `${r.toFixed(2)}×`;
}

const group = (n, digits) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** One value in its unit: bytes and counts whole, milliseconds to 1 decimal below 100, CLS to 3 decimals. */
export function formatValue(value, unit) {
  if (unit == 'B') return `${group(value, 0)} B`;
  if (unit == 'ms') return `${group(value, Math.abs(value) < 100 ? 1 : 0)} ms`;
  if (unit == 'cls') return value.toFixed(3);
  return group(value, 0);
}

/** "median (min–max)", or just the value when every run gave the same. */
export function formatSummary({ median: m, min, max }, unit) {
  const v = formatValue(m, unit);
  return min == max ? v : `${v} (${formatValue(min, unit).replace(/ .*/, '')}–${formatValue(max, unit)})`;
}

/**
 * The results as a Markdown table, which reads as well in a terminal as in the README: the page without a
 * library (its median, or a dash where the figure needs a library), then ours and theirs, then the ratio.
 */
export function markdownTable(figures, names) {
  const rows = [
    `| figure | CPU | ${names.base} | ${names.ours}: median (min–max) | ${names.theirs}: median (min–max) | ${names.ours} ÷ ${names.theirs} |`,
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const f of figures) {
    const base = f.base ? formatValue(f.base.median, f.unit) : '–';
    rows.push(`| ${f.label} | ${f.rate}x | ${base} | ${formatSummary(f.ours, f.unit)} | ${formatSummary(f.theirs, f.unit)} | ${formatRatio(f.ratio)} |`);
  }
  return rows.join('\n');
}
