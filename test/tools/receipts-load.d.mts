export interface LoadResult {
  /** Receipts the server answered 201 (or 200: stored before its first answer was lost). */
  acknowledged: number;
  /** Receipts of the load's site in the database afterwards. */
  stored: number;
  /** Consent ids acknowledged but not in the database: must be empty. */
  missing: string[];
  /** Posts cut off by the kill and sent again. */
  retried: number;
  /** Retried posts answered 200: committed before the kill, though their 201 never arrived. */
  alreadyStored: number;
  killed: boolean;
  /** Whether the site's hash chain verifies afterwards. */
  verified: boolean;
  /** Acknowledged receipts per second of server uptime. */
  perSecond: number;
  /** From the kill until the restarted server listened. */
  downMs: number;
}
/** Posts `total` receipts over `concurrency` connections, SIGKILLs the server after `killAfter`, restarts it, and checks the database. */
export function loadAndKill(options: { database: string; total: number; concurrency: number; killAfter: number }): Promise<LoadResult>;
