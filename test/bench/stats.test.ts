// The arithmetic behind `npm run bench` (bench/perf/stats.mjs); the benchmark itself is not a test.
import { describe, expect, it } from 'vitest';
import { formatRatio, formatSummary, formatValue, markdownTable, median, ratio, summarize } from '../../bench/perf/stats.mjs';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5, 3, 7])).toBe(5);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty list rather than inventing a figure', () => {
    expect(() => median([])).toThrow(RangeError);
  });

  it('leaves the runs it was given in their order', () => {
    const runs = [3, 1, 2];
    median(runs);
    expect(runs).toEqual([3, 1, 2]);
  });
});

describe('summarize', () => {
  it('gives the median, the minimum and the maximum, and keeps the runs', () => {
    expect(summarize([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, values: [30, 10, 20] });
  });
});

describe('ratio', () => {
  it('divides consentry by vanilla-cookieconsent', () => {
    expect(ratio(150, 100)).toBe(1.5);
  });

  it('is null when vanilla-cookieconsent measured zero, shown as a dash', () => {
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(0, 0)).toBeNull();
    expect(formatRatio(null)).toBe('–');
  });

  it('is written with two decimals and a times sign', () => {
    expect(formatRatio(1.2345)).toBe('1.23×');
  });
});

describe('formatValue', () => {
  it('writes bytes whole with thousands separators', () => {
    expect(formatValue(15498, 'B')).toBe('15,498 B');
  });

  it('writes milliseconds with one decimal below 100 and whole from 100', () => {
    expect(formatValue(28.64, 'ms')).toBe('28.6 ms');
    expect(formatValue(1088.4, 'ms')).toBe('1,088 ms');
  });

  it('writes CLS with three decimals and counts whole', () => {
    expect(formatValue(0.01234, 'cls')).toBe('0.012');
    expect(formatValue(3, 'count')).toBe('3');
  });
});

describe('formatSummary', () => {
  it('writes the median and then the range, the unit once', () => {
    expect(formatSummary(summarize([340, 362, 401]), 'ms')).toBe('362 ms (340–401 ms)');
  });

  it('writes one value when every run gave the same', () => {
    expect(formatSummary(summarize([15498, 15498]), 'B')).toBe('15,498 B');
  });
});

describe('markdownTable', () => {
  const names = { base: 'no library', ours: 'consentry', theirs: 'vanilla' };

  it('has a header and one row per figure and CPU rate: the page without a library, ours, theirs, the ratio', () => {
    const table = markdownTable(
      [{ label: 'time to banner visible', unit: 'ms', rate: 4, base: summarize([50, 70]), ours: summarize([90]), theirs: summarize([100]), ratio: 0.9 }],
      names,
    );
    expect(table.split('\n')).toEqual([
      '| figure | CPU | no library | consentry: median (min–max) | vanilla: median (min–max) | consentry ÷ vanilla |',
      '| --- | --- | --- | --- | --- | --- |',
      '| time to banner visible | 4x | 60.0 ms | 90.0 ms | 100 ms | 0.90× |',
    ]);
  });

  it('shows a dash for the page without a library where the figure needs one', () => {
    const table = markdownTable([{ label: 'Accept all to all ran', unit: 'ms', rate: 1, base: null, ours: summarize([40]), theirs: summarize([20]), ratio: 2 }], names);
    expect(table.split('\n')[2]).toBe('| Accept all to all ran | 1x | – | 40.0 ms | 20.0 ms | 2.00× |');
  });
});
