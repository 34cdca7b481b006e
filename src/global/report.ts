/**
 * Logs a config error, one line per issue with its path, so the site owner can fix every one at once; any
 * other error as its message alone, one line the site owner can act on.
 */
export function report(error: unknown): void {
  const issues = (error as { issues?: readonly { path: string; message: string }[] }).issues;
  if (issues) for (const i of issues) console.error(`[consentry] ${i.path || '(config)'}: ${i.message}`);
  else console.error('[consentry] ' + (error instanceof Error ? error.message : String(error)));
}
