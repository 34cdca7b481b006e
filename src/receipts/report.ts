// The opt-in report: counts only, per site, revision and day (the server's UTC day of receipt). Nothing in it
// is per visitor, so it may be shared with whoever runs the site.
import { ACTIONS, LAYERS, type ReceiptAction, type ReceiptLayer, type ReceiptStore } from './types';

export interface CategoryRate {
  /** Receipts granting the category, of the `total` receipts that name it. */
  readonly granted: number;
  readonly total: number;
  /** granted / total, rounded to 4 places. */
  readonly rate: number;
}

export interface ReportDay {
  readonly revision: number;
  /** YYYY-MM-DD, UTC. */
  readonly day: string;
  readonly receipts: number;
  readonly actions: Readonly<Record<ReceiptAction, number>>;
  readonly layers: Readonly<Record<ReceiptLayer, number>>;
  readonly categories: Readonly<Record<string, CategoryRate>>;
}

export interface SiteReport {
  readonly site: string;
  readonly days: readonly ReportDay[];
}

export interface ReceiptReport {
  readonly generatedAt: string;
  readonly sites: readonly SiteReport[];
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
export const rate = (granted: number, total: number): number => (total ? Math.round((granted / total) * 1e4) / 1e4 : 0);

/** One site's report from the store's aggregate counts. */
export async function siteReport(store: ReceiptStore, site: string): Promise<SiteReport> {
  const counts = await store.reportCounts(site);
  const days = new Map<string, { revision: number; day: string; receipts: number; actions: Record<string, number>; layers: Record<string, number>; categories: Record<string, CategoryRate> }>();
  const dayOf = (revision: number, day: string) => {
    const k = `${revision} ${day}`;
    let d = days.get(k);
    if (!d) days.set(k, (d = { revision, day, receipts: 0, actions: zeros(ACTIONS), layers: zeros(LAYERS), categories: {} }));
    return d;
  };
  for (const c of counts.decisions) {
    const d = dayOf(c.revision, c.day);
    d.receipts += c.count;
    d.actions[c.action] = (d.actions[c.action] ?? 0) + c.count;
    d.layers[c.layer] = (d.layers[c.layer] ?? 0) + c.count;
  }
  for (const c of counts.categories) dayOf(c.revision, c.day).categories[c.category] = { granted: c.granted, total: c.total, rate: rate(c.granted, c.total) };
  const sorted = [...days.values()].sort((a, b) => a.revision - b.revision || (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return { site, days: sorted as ReportDay[] };
}

/** The report of `sites`, or of every site in the store. */
export async function buildReport(store: ReceiptStore, sites?: readonly string[]): Promise<ReceiptReport> {
  const names = sites ?? (await store.sites());
  return { generatedAt: new Date().toISOString(), sites: await Promise.all(names.map((s) => siteReport(store, s))) };
}
