// Property tests of the one rule where stored records become state: whatever the stored value, the state is
// one the visitor could have chosen under the current config and mode, or no decision (R-GDPR-1, R-CK-3).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createConsent, memoryStorage, type ConsentConfig, type ConsentState } from '../../src';
import { arbitraryConfig, arbitraryStored, idsOf } from '../helpers/arbitrary-config';

const now = Date.UTC(2026, 11, 1);
const open = (config: ConsentConfig, stored: string | undefined, gpc: boolean) =>
  createConsent(config, { storage: memoryStorage(stored), gate: false, gpc, now: () => now });
const grants = (state: ConsentState) => ({ categories: { ...state.categories }, services: { ...state.services } });

/** A config, whether the browser sends Global Privacy Control, and a stored value for that config. */
const scenario = fc
  .tuple(arbitraryConfig(), fc.boolean())
  .chain(([config, gpc]) => fc.tuple(fc.constant(config), fc.constant(gpc), arbitraryStored(config, now)));

describe('state from any stored value', () => {
  // About one stored value in eight makes a decision, so this looks at some 16,000 to keep 2,000: 10 s on a
  // 2-core machine, more than the suite's 20 s allows on a slower one.
  it('is, once decided, exactly what the visitor gets by choosing those grants themselves', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenario, ([config, gpc, stored]) => {
        const state = open(config, stored, gpc).getState();
        fc.pre(state.decided);
        const replay = open(config, undefined, gpc);
        replay.save({ ...state.categories, ...state.services });
        expect(grants(replay.getState())).toEqual(grants(state));
      }),
      { numRuns: 2000 },
    );
  });

  it('grants, while undecided, nothing that having no record at all would not grant', () => {
    fc.assert(
      fc.property(scenario, ([config, gpc, stored]) => {
        const state = open(config, stored, gpc).getState();
        fc.pre(!state.decided);
        const blank = open(config, undefined, gpc).getState();
        for (const kind of ['categories', 'services'] as const) {
          for (const [id, granted] of Object.entries(state[kind])) if (granted) expect(blank[kind][id]).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('grants nothing optional in opt-in mode while undecided, whatever is stored', () => {
    fc.assert(
      fc.property(scenario, ([config, gpc, stored]) => {
        fc.pre((config.mode ?? 'opt-in') == 'opt-in');
        const consent = open(config, stored, gpc);
        fc.pre(consent.needsDecision());
        const optional = config.categories.filter((c) => !c.required).flatMap((c) => [c.id, ...(c.services ?? []).map((s) => s.id)]);
        expect(optional.filter((id) => consent.isGranted(id))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('never keeps a record naming an id the config lacks', () => {
    fc.assert(
      fc.property(scenario, ([config, gpc, stored]) => {
        const { record } = open(config, stored, gpc).getState();
        const known = idsOf(config);
        for (const id of [...(record?.categories ?? []), ...(record?.services ?? [])]) expect(known).toContain(id);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a decision stored and read back', () => {
  const decision = arbitraryConfig().chain((config) =>
    fc.tuple(
      fc.constant(config),
      fc.boolean(),
      fc.oneof(
        fc.constant<'accept' | 'reject'>('accept'),
        fc.constant<'accept' | 'reject'>('reject'),
        fc.dictionary(fc.constantFrom(...idsOf(config)), fc.boolean()),
      ),
    ),
  );

  it('gives the same state on the next page as right after the decision (encode, decode, state)', () => {
    fc.assert(
      fc.property(decision, ([config, gpc, choice]) => {
        const storage = memoryStorage();
        const first = createConsent(config, { storage, gate: false, gpc, now: () => now });
        if (typeof choice == 'object') first.save(choice);
        else if (choice == 'accept') first.acceptAll();
        else first.rejectAll();
        const next = createConsent(config, { storage, gate: false, gpc, now: () => now + 1000 });
        expect(next.getState().decided).toBe(true);
        expect(grants(next.getState())).toEqual(grants(first.getState()));
        expect(next.getState().record).toEqual(first.getState().record);
      }),
      { numRuns: 1000 },
    );
  });
});
