// The server's state is the browser core's state: for any config and any stored value, `readConsent` on the
// request's Cookie header gives what `createConsent(...).getState()` gives in that visitor's browser (issue #10,
// R-CK-7, R-US-1, R-US-6).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createConsent, memoryStorage, type ConsentConfig, type ConsentState } from '../../src';
import { readConsent } from '../../src/server';
import { arbitraryConfig, arbitraryStored } from '../helpers/arbitrary-config';

const now = Date.UTC(2026, 11, 1);
const browserState = (config: ConsentConfig, stored: string | undefined, gpc: boolean) =>
  createConsent(config, { storage: memoryStorage(stored), gate: false, gpc, now: () => now }).getState();
const view = ({ decided, gpc, categories, services }: ConsentState) => ({ decided, gpc, categories: { ...categories }, services: { ...services } });

/** The browser's record, unless the browser rewrote it at start-up to store what the signal denied. */
function expectSameRecord(server: ConsentState, browser: ConsentState, gpc: boolean) {
  if (JSON.stringify(server.record) === JSON.stringify(browser.record)) return;
  // Only the signal rewrites: the same decision (or the signal's own, method gpc), noting the denial.
  expect(gpc).toBe(true);
  const granted = (ids: Readonly<Record<string, boolean>>) => Object.keys(ids).filter((id) => ids[id]);
  expect(browser.record).toMatchObject({
    gpc: 'honored',
    categories: granted(server.categories),
    services: granted(server.services),
    ...(server.record
      ? { consentId: server.record.consentId, decidedAt: server.record.decidedAt, updatedAt: server.record.updatedAt, method: server.record.method }
      : { method: 'gpc' }),
  });
}

const withMode = (config: ConsentConfig, mode: 'opt-in' | 'opt-out' | undefined): ConsentConfig => (mode ? { ...config, mode } : config);

/** A config in either mode, a cookie name (the default or its own), GPC on or off, and a stored value for it. */
const scenario = fc
  .record({
    config: arbitraryConfig(),
    mode: fc.constantFrom(undefined, 'opt-in' as const, 'opt-out' as const),
    // Names any object has are refused by the validator (js-cookie reads cookies into a plain object).
    name: fc.option(fc.stringMatching(/^[\w!#$&'*+.^`|~-]{1,64}$/).filter((n) => !(n in {})), { nil: undefined }),
    gpc: fc.boolean(),
  })
  .map(({ config, mode, name, gpc }) => ({ config: withMode(name ? { ...config, cookie: { name } } : config, mode), gpc }))
  .chain(({ config, gpc }) => fc.record({ config: fc.constant(config), gpc: fc.constant(gpc), stored: arbitraryStored(config, now) }));

const nameOf = (config: ConsentConfig) => config.cookie?.name ?? 'consentry';

describe('readConsent, against the browser core', () => {
  it('gives the state getState() gives for the same stored value, Sec-GPC and mode', () => {
    fc.assert(
      fc.property(scenario, ({ config, gpc, stored }) => {
        const browser = browserState(config, stored, gpc);
        const server = readConsent(`${nameOf(config)}=${stored}`, config, { secGpc: gpc ? '1' : undefined, now });
        expect(view(server)).toEqual(view(browser));
        expectSameRecord(server, browser, gpc);
      }),
      { numRuns: 7000 },
    );
  });

  it('reads every copy, as the browser reads one per domain, between other cookies', () => {
    const twoCopies = scenario.chain((s) => fc.record({ ...Object.fromEntries(Object.entries(s).map(([k, v]) => [k, fc.constant(v)])), other: arbitraryStored(s.config, now) }) as fc.Arbitrary<typeof s & { other: string }>);
    fc.assert(
      fc.property(twoCopies, ({ config, gpc, stored, other }) => {
        const name = nameOf(config);
        const browser = createConsent(config, { storage: { read: () => [stored, other], write() {}, clear() {} }, gate: false, gpc, now: () => now }).getState();
        const header = `_ga=GA1.2.3; ${name}=${stored}; lang=de; ${name}=${other}`;
        const server = readConsent(header, config, { secGpc: gpc ? '1' : undefined, now });
        expect(view(server)).toEqual(view(browser));
        expectSameRecord(server, browser, gpc);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on any Cookie header, and a header without the cookie gives the state of no decision', () => {
    fc.assert(
      fc.property(arbitraryConfig(), fc.string({ maxLength: 300, unit: 'binary' }), (config, header) => {
        const state = readConsent(header, config, { now });
        if (!header.includes('consentry')) expect(view(state)).toEqual(view(browserState(config, undefined, false)));
      }),
      { numRuns: 1000 },
    );
  });
});
