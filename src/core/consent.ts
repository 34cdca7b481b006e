import { ConsentConfigError } from './issues';
import { createEmitter } from './emitter';
import { createGate } from './gate/gate';
import { whenGranted } from './gate/when-granted';
import { decodeRecord, encodeRecord } from './record';
import { changedIds, grantsFor, isStale, stateFrom } from './state';
import { storageFor } from './storage';
import { textsFor } from './texts';
import type { Consent, ConsentConfig, ConsentEvents, ConsentMethod, ConsentOptions, ConsentState, ErrorEvent } from './types';
import { validateConfig } from './validate';

// 128 random bits; getRandomValues, unlike randomUUID, also works on plain-http pages.
const randomId = (): string => Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('-');

/**
 * Creates one consent instance from a site owner's config. Throws `ConsentConfigError` listing every issue
 * when the config is invalid; after that it never throws into the page: storage failures become `error`
 * events and the decision still holds in memory for the page.
 */
export function createConsent(input: ConsentConfig, options: ConsentOptions = {}): Consent {
  const result = validateConfig(input);
  if (!result.ok) throw new ConsentConfigError(result.issues);
  const { config } = result;
  const now = options.now ?? Date.now;
  const storage = options.storage ?? storageFor(config);
  const emitter = createEmitter<ConsentEvents>();

  // Errors are reported a tick later, so listeners added right after creation still hear start-up failures.
  const attempt = <T>(operation: ErrorEvent['operation'], fn: () => T): T | void => {
    try {
      return fn();
    } catch (error) {
      queueMicrotask(() => emitter.emit('error', { operation, error }));
    }
  };

  const blank = stateFrom(config, null);
  const known = (id: string) => id in blank.categories || id in blank.services;
  const stored = decodeRecord(attempt('read', () => storage.read()));
  let state = stateFrom(
    config,
    // A record naming ids this config does not know is foreign or tampered: it counts as no decision at all.
    stored && !isStale(config, stored, now()) && [...stored.categories, ...stored.services].every(known) ? stored : null,
  );

  const commit = (next: ConsentState): void => {
    const changed = changedIds(state, next);
    state = next;
    if (changed.length) emitter.emit('change', { state, changed });
  };

  const decide = (method: ConsentMethod, given: (id: string) => boolean | undefined): void => {
    const time = now();
    const previous = state.record;
    const record = {
      version: 1 as const,
      consentId: previous?.consentId ?? randomId(),
      decidedAt: previous?.decidedAt ?? time,
      updatedAt: time,
      revision: config.revision,
      method,
      ...grantsFor(config, state, given),
    };
    attempt('write', () => storage.write(encodeRecord(record), new Date(time + config.cookie.expiresDays * 864e5)));
    commit(stateFrom(config, record));
    emitter.emit('decision', { state, method });
  };

  const consent: Consent = {
    config,
    getState: () => state,
    isGranted: (id) => state.categories[id] ?? state.services[id] ?? false,
    needsDecision: () => !state.decided,
    acceptAll: () => decide('accept-all', () => true),
    rejectAll: () => decide('reject-all', () => false),
    save(choices) {
      const unknown = Object.keys(choices).filter((id) => !known(id));
      if (unknown.length) throw new TypeError('consentry: unknown category or service: ' + unknown);
      decide('custom', (id) => (Object.prototype.hasOwnProperty.call(choices, id) ? choices[id] === true : undefined));
    },
    reset() {
      attempt('clear', () => storage.clear());
      commit(blank);
    },
    on: emitter.on,
    subscribe(listener) {
      const off = emitter.on('change', listener);
      listener({ state, changed: [] });
      return off;
    },
    whenGranted: (id, fn) => whenGranted(consent, id, fn),
    destroy: () => gate && gate.destroy(),
    loadScript: (src, opts) => (gate ? gate.loadScript(src, opts) : Promise.reject(new Error('consentry: not gating a document'))),
  };
  const { gate: gateOption = typeof document != 'undefined' } = options;
  const gate =
    gateOption &&
    createGate(consent, document, {
      texts: textsFor(config, document.documentElement.lang),
      ...(gateOption === true ? {} : gateOption),
    });
  return consent;
}
