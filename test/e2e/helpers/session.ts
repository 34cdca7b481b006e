import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import type { TestServer } from './server';

export interface Session {
  readonly server: TestServer;
  readonly browser: Browser;
  /** This test's fresh browser profile. */
  readonly context: BrowserContext;
  /** This test's page. */
  readonly page: Page;
}

/**
 * The hooks of one end-to-end file: starts its server and Chromium once (with extra `args`), and gives every
 * test a fresh profile and page (after `onPage`, e.g. listeners or init scripts) with the server's counts reset.
 */
export function browserSession(
  start: () => Promise<TestServer>,
  { args = [], onPage }: { args?: string[]; onPage?: (page: Page, context: BrowserContext) => unknown } = {},
): Session {
  const s = {} as { -readonly [K in keyof Session]: Session[K] };
  beforeAll(async () => {
    s.server = await start();
    s.browser = await launchBrowser(args);
  }, 300_000);
  afterAll(async () => {
    await s.browser?.close();
    await s.server?.close();
  });
  beforeEach(async () => {
    s.context = await s.browser.newContext();
    s.page = s.context.pages()[0] ?? (await s.context.newPage());
    s.server.reset();
    await onPage?.(s.page, s.context);
  });
  afterEach(() => s.context.close());
  return s;
}
