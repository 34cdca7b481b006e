const UNITS = { d: 'days', w: 'weeks', m: 'months', y: 'years' } as const;

/** A retention period such as `3y`, `18m`, `6w` or `90d`; undefined for anything else. */
export interface Duration {
  readonly amount: number;
  readonly unit: keyof typeof UNITS;
}

export function parseDuration(text: string): Duration | undefined {
  const m = /^([1-9]\d{0,3})([dwmy])$/.exec(text);
  return m ? { amount: Number(m[1]), unit: m[2] as Duration['unit'] } : undefined;
}

/** `now` moved back by the duration, in UTC calendar terms (3y before 29 Feb is 1 Mar). */
export function before(now: Date, { amount, unit }: Duration): Date {
  const t = new Date(now);
  if (unit == 'd') t.setUTCDate(t.getUTCDate() - amount);
  else if (unit == 'w') t.setUTCDate(t.getUTCDate() - 7 * amount);
  else if (unit == 'm') t.setUTCMonth(t.getUTCMonth() - amount);
  else t.setUTCFullYear(t.getUTCFullYear() - amount);
  return t;
}

export const describeDuration = ({ amount, unit }: Duration): string => `${amount} ${amount == 1 ? UNITS[unit].slice(0, -1) : UNITS[unit]}`;
