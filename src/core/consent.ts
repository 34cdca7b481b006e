import { ConsentConfigError } from './issues';
import { createEmitter } from './emitter';
import { createGate, gateRefusal } from './gate/gate';
import { whenGranted } from './gate/when-granted';
import { watchNavigation } from './navigation';
import { protectionOf } from './paths';
import { createProof, sendReceipt } from './proof';
import { decodeRecord, encodeRecord } from './record';
import { admit, changedIds, grantsFor, latest, stateFrom } from './state';
import { storageFor } from './storage';
import { syncTabs } from './sync';
import type {
  Consent,
  ConsentConfig,
  ConsentConfigJson,
  ConsentEvents,
  ConsentMethod,
  ConsentOptions,
  ConsentProof,
  ConsentRecord,
  ConsentState,
  DecisionContext,
  ErrorEvent,
  ResolvedCategory,
} from './types';
import { validateConfig } from './validate';

// 128 random bits; getRandomValues, unlike randomUUID, also works on plain-http pages.
const randomId = (): string => Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('-');

const ACTIONS = { 'accept-all': 'accept_all', 'reject-all': 'reject_all', gpc: 'gpc_optout' } as const;

/**
 * Types a config written in TypeScript strictly (every value's exact type, no unknown key) and returns it
 * as it is: `export default defineConfig({ … })`.
 */
export const defineConfig = (config: ConsentConfig): ConsentConfig => config;

/**
 * Creates one consent instance from a site owner's config: a `ConsentConfig`, or a JSON import of one
 * (`ConsentConfigJson`), which the validation narrows. Throws `ConsentConfigError` listing every issue
 * when the config is invalid; after that it never throws into the page: storage failures become `error`
 * events and the decision still holds in memory for the page.
 */
export function createConsent(input: ConsentConfig | ConsentConfigJson, options: ConsentOptions = {}): Consent {
  const result = validateConfig(input);
  if (!result.ok) throw new ConsentConfigError(result.issues);
  const { config } = result;
  const now = options.now ?? Date.now;
  const storage = options.storage ?? storageFor(config);
  const emitter = createEmitter<ConsentEvents>();
  const browser = typeof document != 'undefined';
  const gpc = options.gpc ?? (typeof navigator != 'undefined' && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true);

  // Errors are reported a tick later, so listeners added right after creation still hear start-up failures.
  const fail = (operation: ErrorEvent['operation'], error: unknown) =>
    queueMicrotask(() => emitter.emit('error', { operation, error }));
  const attempt = <T>(operation: ErrorEvent['operation'], fn: () => T): T | void => {
    try {
      return fn();
    } catch (error) {
      fail(operation, error);
    }
  };

  let page = protectionOf(config, options.path ?? (browser ? location.pathname : '/'));
  // The state of a record on this page.
  const at = (record: ConsentRecord | null) => stateFrom(config, record, gpc, page);
  // Every id the config has, whatever the page: computed once.
  const ids = at(null).choices;
  const known = (id: string) => id in ids;
  // A cookie may exist on several domains after a config change: every copy is read as this config reads records.
  const read = (): ConsentRecord | null =>
    latest([attempt('read', () => storage.read())].flat().map((value) => admit(config, decodeRecord(value), now())));
  const write = (record: ConsentRecord) =>
    attempt('write', () => storage.write(encodeRecord(record), new Date(record.updatedAt + config.cookie.expiresDays * 864e5)));

  // The loader's stamp goes into every record; a stored one stamped otherwise (another config text or library
  // version) is written back as it is with this one, so the next visit skips validating this config. No
  // decision: no event, no proof.
  const stamp = options.configStamp;
  const stored = read();
  const record = stamp && stored && stored.stamp != stamp ? { ...stored, stamp } : stored;
  if (record != stored) write(record!);
  let state = at(record);
  // Ids granted on this page at any time: their code may be running, and code cannot be unloaded.
  const exposed = new Set<string>();
  const expose = () => Object.keys(state.choices).forEach((id) => consent.isGranted(id) && exposed.add(id));

  // A change is any flip of a grant, and also of `decided` (a first "Reject all" grants nothing new, yet the
  // banner must close, and reopen after reset()) or of the page's protection (adapters redact by it).
  const commit = (next: ConsentState, remote?: boolean): void => {
    const changed = changedIds(state, next);
    const flipped = next.decided != state.decided || next.page != state.page;
    state = next;
    expose();
    if (changed.length || flipped) emitter.emit('change', { state, changed, remote });
  };

  // Records are hashed in parallel but come out in the order of the decisions they prove: one decision can
  // make two (the cookie decision and a separate consent), and a receipt log must not swap them.
  let proofs: Promise<unknown> = Promise.resolve();
  const prove = (action: ConsentProof['action'], context: DecisionContext = {}, separate?: ResolvedCategory) => {
    const decided = state;
    const language = context.language ?? config.language ?? (browser ? document.documentElement.lang : '');
    const made = createProof(config, decided, now(), { action, layer: context.layer ?? 'api', language, gpc, shown: context.shown, separate });
    proofs = proofs.then(() => made).then(
      (proof) => {
        emitter.emit('record', proof);
        if (config.receiptEndpoint) sendReceipt(config.receiptEndpoint, proof, (error) => fail('receipt', error));
      },
      (error) => fail('receipt', error),
    );
  };

  const store = (record: ConsentRecord) => {
    write(record);
    tabs?.notify();
    commit(at(record));
  };

  const separates = config.categories.filter((c) => c.separate);
  // The category an id is, or whose service it is.
  const ownerOf = (id: string) => config.categories.find((c) => c.id == id || c.services.some((s) => s.id == id));
  // The next record of this visitor: same consent id and first decision time, this config's revision. A
  // separate consent keeps the time it was first given for as long as it stays granted.
  const storeNext = (time: number, fields: Omit<ConsentRecord, 'version' | 'consentId' | 'decidedAt' | 'revision' | 'separate' | 'stamp'>) => {
    const granted = separates.filter((c) => fields.categories.includes(c.id));
    const since = (id: string) => (state.record?.categories.includes(id) && state.record.separate?.[id]) || time;
    store({
      version: 1,
      consentId: state.record?.consentId ?? randomId(),
      decidedAt: state.record?.decidedAt ?? time,
      revision: config.revision,
      ...fields,
      ...(stamp && { stamp }),
      // No prototype: a category id such as "constructor" must not find Object.prototype members.
      ...(granted[0] && { separate: Object.assign(Object.create(null), Object.fromEntries(granted.map((c) => [c.id, since(c.id)]))) }),
    });
  };

  const decide = (method: ConsentMethod, given: (id: string) => boolean | undefined, context?: DecisionContext): void => {
    const previous = state;
    const time = now();
    const grants = grantsFor(config, state, given);
    const gpcCategories = config.categories.filter((c) => c.gpc);
    storeNext(time, {
      updatedAt: time,
      method,
      // With the signal, a gpc category granted here was turned on explicitly: the visitor's override (R-US-2).
      ...(gpc && gpcCategories[0] && { gpc: gpcCategories.some((c) => grants.categories.includes(c.id)) ? 'override' : 'honored' }),
      ...grants,
    });
    emitter.emit('decision', { state, method });
    // The cookie decision and each separate consent are records of their own (R-HEALTH): a save that only
    // changes a separate consent makes no cookie record.
    const changed = changedIds(previous, state).filter((id) => previous.choices[id] !== state.choices[id]);
    const cookieChanges = changed.filter((id) => !ownerOf(id)!.separate);
    if (method != 'custom' || !previous.decided || cookieChanges[0] || !changed[0]) {
      const withdrawn = previous.decided && cookieChanges[0] && cookieChanges.every((id) => !state.choices[id]);
      prove(method == 'custom' ? (withdrawn ? 'withdraw' : 'save_custom') : ACTIONS[method], context);
    }
    for (const c of separates) {
      const own = changed.filter((id) => ownerOf(id) == c);
      if (own[0]) prove(own.every((id) => !state.choices[id]) ? 'separate_withdraw' : 'separate_grant', context, c);
    }
  };

  const gpcCategory = (id: string) => config.categories.some((c) => c.gpc && c.id == id);
  const separateId = (id: string) => !!ownerOf(id)?.separate;
  let destroyed = false;
  // A decision after destroy() would be stored but never reach the gate, the other tabs or the listeners.
  const live = () => {
    if (destroyed) throw new Error('consentry: this instance was destroyed');
  };
  const consent: Consent = {
    config,
    getState: () => state,
    isGranted: (id) => state.categories[id] ?? state.services[id] ?? false,
    needsDecision: () => !state.decided,
    // With Global Privacy Control, "accept all" on the banner is no explicit choice for the gpc categories.
    // A separate consent is given by its own switch only: "accept all" leaves it as it is.
    acceptAll: (context) => (live(), decide('accept-all', (id) => (separateId(id) ? undefined : !(gpc && gpcCategory(id))), context)),
    rejectAll: (context) => (live(), decide('reject-all', () => false, context)),
    save(choices, context) {
      live();
      const unknown = Object.keys(choices).filter((id) => !known(id));
      if (unknown.length) throw new TypeError('consentry: unknown category or service: ' + unknown);
      decide('custom', (id) => (Object.prototype.hasOwnProperty.call(choices, id) ? choices[id] === true : undefined), context);
    },
    reset() {
      live();
      attempt('clear', () => storage.clear());
      tabs?.notify();
      commit(at(null));
    },
    on: emitter.on,
    subscribe(listener) {
      const off = emitter.on('change', listener);
      listener({ state, changed: [] });
      return off;
    },
    whenGranted: (id, fn) => whenGranted(consent, id, fn),
    loadScript: (src, opts) => (gate ? gate.loadScript(src, opts) : Promise.reject(new Error('consentry: not gating a document'))),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      tabs?.stop();
      unwatch?.();
      if (gate) gate.destroy();
    },
  };

  // Another tab stored a decision (or forgot it): apply it here without writing it again.
  const tabs =
    browser && config.storage != 'memory' && !options.storage
      ? syncTabs(config.cookie.name, config.storage == 'localStorage', () => {
          const stored = read();
          const encoded = (r: ConsentRecord | null) => r && encodeRecord(r);
          if (encoded(stored) !== encoded(state.record)) commit(at(stored), true);
        })
      : undefined;

  // Global Privacy Control denies what a stored grant (or opt-out mode) would allow; storing that keeps it
  // denied on later visits without the signal (R-US-1, R-US-3).
  const ungated = stateFrom(config, state.record, false, page);
  if (gpc && changedIds(ungated, state)[0]) {
    const time = now();
    storeNext(time, {
      // The visitor's own decision (if any) keeps its method and its age: the signal only takes grants away.
      updatedAt: state.record?.updatedAt ?? time,
      method: state.record?.method ?? 'gpc',
      gpc: 'honored',
      ...grantsFor(config, state, () => undefined),
    });
    prove('gpc_optout');
  }

  expose();
  // A single-page app moving to a page that protects what already ran here must load that page anew.
  const unwatch =
    browser && (config.trackerFreePaths[0] || config.sensitivePaths[0])
      ? watchNavigation(window, {
          leaves(url) {
            if (url.origin != location.origin) return false;
            const next = stateFrom(config, state.record, gpc, protectionOf(config, url.pathname));
            return [...exposed].some((id) => !(next.categories[id] ?? next.services[id]));
          },
          leave: options.onProtectedNavigation ?? ((url) => location.assign(url)),
          moved(url) {
            page = protectionOf(config, url.pathname);
            commit(at(state.record));
          },
        })
      : undefined;

  const { gate: gateOption = browser } = options;
  // A second instance on the page still decides; the first one's gate hears its decisions as another tab's.
  const refused = gateOption && gateRefusal(document);
  if (refused) fail('gate', refused);
  const gate =
    gateOption &&
    !refused &&
    createGate(consent, document, gateOption === true ? {} : gateOption);
  return consent;
}
