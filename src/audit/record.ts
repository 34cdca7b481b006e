import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import type { ConsentryState, PassName, PassRecord, RecordedCookie, RecordedRequest } from './types';
import { isThirdParty } from './site';

/** Why a page could not be visited: a code for report.json and a line for the site owner. */
export class VisitError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

// Chromium's network errors, as what the site owner can act on.
const NET_ERRORS: readonly [RegExp, string, string][] = [
  [/ERR_NAME_NOT_RESOLVED|ERR_CONNECTION_REFUSED|ERR_ADDRESS_UNREACHABLE|ERR_CONNECTION_RESET|ERR_CONNECTION_TIMED_OUT|ERR_INTERNET_DISCONNECTED|ERR_EMPTY_RESPONSE/, 'unreachable', 'the page cannot be reached'],
  [/ERR_CERT_|ERR_SSL_|ERR_BAD_SSL/, 'tls-error', 'the page\'s TLS certificate or connection is not valid'],
  [/ERR_TOO_MANY_REDIRECTS/, 'redirect-loop', 'the page redirects in a loop'],
];

function visitError(error: unknown, url: string, timeoutMs: number): VisitError {
  const message = String((error as Error)?.message ?? error);
  if ((error as Error)?.name == 'TimeoutError') return new VisitError('page-timeout', `${url} did not load within ${timeoutMs} ms`);
  const net = /net::(ERR_[A-Z_]+)/.exec(message)?.[1];
  const known = net && NET_ERRORS.find(([re]) => re.test(net));
  if (known) return new VisitError(known[1], `${known[2]} (${net}): ${url}`);
  return new VisitError('unreachable', `the page cannot be loaded${net ? ` (${net})` : ''}: ${url}`);
}

type CdpInitiator = { type?: string; url?: string; stack?: { callFrames?: { url?: string }[]; parent?: unknown } };

// The innermost script on the initiator's stack (also across async hops), else the document or the kind.
function initiatorOf(i: CdpInitiator | undefined): string {
  for (let stack: CdpInitiator['stack'] | undefined = i?.stack; stack; stack = stack.parent as CdpInitiator['stack'])
    for (const frame of stack.callFrames ?? []) if (frame.url) return frame.url;
  return i?.url || i?.type || 'other';
}

/** A pass in progress: the recording of one browser profile's page. */
export interface Recorder {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Loads `url`, throwing a VisitError when it cannot be loaded. */
  visit(url: string, deadline: number): Promise<void>;
  /** Resolves true once no request has been in flight for `idleMs`, false at the deadline. */
  idle(idleMs: number, deadline: number): Promise<boolean>;
  /** The pass so far, with the cookies and storage keys of now. */
  snapshot(pass: PassName, idle: boolean): Promise<PassRecord>;
  consentry(): Promise<ConsentryState & { input: unknown }>;
  close(): Promise<void>;
}

export async function startRecorder(browser: Browser, setUp?: (context: BrowserContext) => Promise<void>): Promise<Recorder> {
  const context = await browser.newContext({ ignoreHTTPSErrors: false, serviceWorkers: 'block' });
  await setUp?.(context);
  const page = await context.newPage();
  // A pass starts anew after each snapshot (withdraw follows accept in one profile): its requests and times are its own.
  let started = Date.now();
  let from = 0;
  const requests: RecordedRequest[] = [];
  const inFlight = new Set<Request>();
  const initiators = new Map<string, string>();
  const messages: string[] = [];
  let lastActivity = Date.now();
  let pageHost = '';

  // Chromium's own record of who caused each request; Playwright does not expose it.
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator?: CdpInitiator }) => {
    if (!initiators.has(e.request.url)) initiators.set(e.request.url, initiatorOf(e.initiator));
  });
  await cdp.send('Network.enable');

  const settle = (r: Request) => {
    inFlight.delete(r);
    lastActivity = Date.now();
  };
  page.on('request', (r) => {
    lastActivity = Date.now();
    const from = r.redirectedFrom();
    if (from) inFlight.delete(from);
    // A stream stays open by design: it never lets the page go quiet, so it does not count as in flight.
    if (r.resourceType() != 'eventsource' && r.resourceType() != 'websocket') inFlight.add(r);
    let url: URL;
    try {
      url = new URL(r.url());
    } catch {
      return;
    }
    if (!/^(https?|wss?):$/.test(url.protocol)) return;
    if (!pageHost && r.isNavigationRequest() && r.frame() == page.mainFrame()) pageHost = url.hostname;
    requests.push({
      url: r.url(),
      host: url.hostname,
      type: r.resourceType(),
      initiator: '',
      thirdParty: false,
      atMs: Date.now(),
    });
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  page.on('console', (m) => {
    if (m.text().startsWith('[consentry]')) messages.push(m.text().slice(0, 2000));
  });

  return {
    page,
    context,
    async visit(url, deadline) {
      const timeout = Math.max(1, deadline - Date.now());
      pageHost = new URL(url).hostname;
      let response;
      try {
        response = await page.goto(url, { waitUntil: 'load', timeout });
      } catch (error) {
        throw visitError(error, url, timeout);
      }
      pageHost = new URL(page.url()).hostname;
      const status = response?.status() ?? 200;
      if (status >= 400) throw new VisitError('http-error', `the server answered ${status}: ${url}`);
    },
    async idle(idleMs, deadline) {
      for (;;) {
        if (!inFlight.size && Date.now() - lastActivity >= idleMs) return true;
        if (Date.now() >= deadline) return false;
        await new Promise((r) => setTimeout(r, Math.min(50, Math.max(1, deadline - Date.now()))));
      }
    },
    async snapshot(pass, idle) {
      const host = pageHost || new URL(page.url()).hostname;
      const cookies: RecordedCookie[] = (await context.cookies()).map((c) => ({
        name: c.name,
        domain: c.domain,
        path: c.path,
        expires: c.expires > 0 ? new Date(c.expires * 1000).toISOString() : null,
        thirdParty: isThirdParty(c.domain, host),
        httpOnly: c.httpOnly,
        secure: c.secure,
      }));
      const storage = await page
        .evaluate(() => {
          const keys = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i)!);
          return { local: keys(localStorage), session: keys(sessionStorage) };
        })
        // An opaque origin (about:blank after a failed load, a sandboxed page) has no storage to read.
        .catch(() => ({ local: [] as string[], session: [] as string[] }));
      const mine = requests.slice(from).map((r) => ({ ...r, atMs: r.atMs - started, initiator: initiators.get(r.url) ?? 'other', thirdParty: isThirdParty(r.host, host) }));
      const durationMs = Date.now() - started;
      from = requests.length;
      started = Date.now();
      return {
        pass,
        url: page.url(),
        idle,
        durationMs,
        requests: mine,
        cookies,
        localStorage: storage.local,
        sessionStorage: storage.session,
      };
    },
    async consentry() {
      const state = await page
        .evaluate(() => {
          const c = (window as unknown as { Consentry?: { consent?: unknown; _input?: unknown } }).Consentry;
          // The config as read, through JSON: what crosses to Node must be plain data anyway.
          let input: unknown;
          try {
            input = c?._input === undefined ? undefined : JSON.parse(JSON.stringify(c._input));
          } catch {
            input = undefined;
          }
          return { loaded: !!c, started: !!c?.consent, input };
        })
        .catch(() => ({ loaded: false, started: false, input: undefined }));
      return {
        loaded: state.loaded,
        config: state.started ? 'valid' : state.loaded ? 'invalid' : 'missing',
        messages: [...messages],
        input: state.input,
      };
    },
    close: () => context.close().catch(() => {}),
  };
}
