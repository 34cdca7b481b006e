/** Logs a config error, one line per issue with its path, so the site owner can fix every one at once. */
export function report(error: unknown): void {
  const issues = (error as { issues?: readonly { path: string; message: string }[] }).issues;
  if (issues) for (const i of issues) console.error(`[consentry] ${i.path || '(config)'}: ${i.message}`);
  else console.error('[consentry]', error);
}
