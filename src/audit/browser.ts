import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** A reason the audit cannot start at all, as one line for the site owner. */
export class AuditSetupError extends Error {}

// Quiet, deterministic Chromium: no sandbox (containers, root), no GPU, and no background traffic that would
// show up among the requests a page made.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function playwright(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core');
  } catch {
    throw new AuditSetupError('install playwright-core to use consentry audit: npm install --save-dev playwright-core');
  }
}

/** Chromium from CHROMIUM_PATH, the system's, or Playwright's own install; never downloaded here. */
function executable(pw: typeof import('playwright-core')): string {
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    if (existsSync(env)) return env;
    throw new AuditSetupError(`CHROMIUM_PATH is ${env}, which does not exist`);
  }
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  let own: string | undefined;
  try {
    own = pw.chromium.executablePath();
  } catch {
    // Playwright knows no path for this platform: the message below says what to do.
  }
  if (own && existsSync(own)) return own;
  throw new AuditSetupError('no Chromium found: set CHROMIUM_PATH=/path/to/chromium, install your system\'s chromium package, or run `npx playwright-core install chromium`');
}

/** Launches headless Chromium, resolving each `resolve` host to its address instead of through DNS. */
export async function launch(resolve: readonly { host: string; address: string }[]): Promise<Browser> {
  const pw = await playwright();
  const rules = resolve.map((r) => `MAP ${r.host} ${r.address}`).join(', ');
  try {
    return await pw.chromium.launch({ executablePath: executable(pw), headless: true, args: [...FLAGS, ...(rules ? [`--host-resolver-rules=${rules}`] : [])] });
  } catch (error) {
    if (error instanceof AuditSetupError) throw error;
    throw new AuditSetupError(`Chromium did not start: ${String((error as Error).message).split('\n')[0]}`);
  }
}
