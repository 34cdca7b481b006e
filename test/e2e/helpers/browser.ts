import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tools/chromium.mjs';

export interface Browser {
  /** A fresh browser profile: no cookies, no storage. */
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium; each `newContext()` is a separate process with its own new user-data-dir.
 * `args` are added to the defaults, e.g. `--host-resolver-rules=...`.
 */
export async function launchBrowser(args: string[] = []): Promise<Browser> {
  const executablePath = await findChromium();
  const open: { context: BrowserContext; dir: string }[] = [];
  return {
    async newContext() {
      const dir = await mkdtemp(join(tmpdir(), 'consentry-e2e-'));
      const context = await chromium.launchPersistentContext(dir, {
        executablePath,
        headless: true,
        args: [...CHROMIUM_ARGS, ...args],
      });
      open.push({ context, dir });
      return context;
    },
    async close() {
      for (const { context, dir } of open.splice(0)) {
        await context.close().catch(() => {});
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
