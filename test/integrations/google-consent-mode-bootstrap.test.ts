import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createConsent, encodeRecord, memoryStorage, validateConfig, type ConsentConfig, type ConsentRecord } from '../../src';
import { googleConsentMode, type GtagWindow } from '../../src/integrations/google-consent-mode';
import { googleConsentModeBootstrap } from '../../src/integrations/google-consent-mode-bootstrap';
import { config, consentCommands, entries, page } from './setup';

const day = 864e5;
const resolved = (extra: Partial<ConsentConfig> = {}) => {
  const result = validateConfig(config(extra));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
};

const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  version: 1,
  consentId: 'k3j2-9x8c-1a2b-77qq',
  decidedAt: Date.now() - day,
  updatedAt: Date.now() - day,
  revision: 1,
  method: 'custom',
  categories: ['essential', 'analytics'],
  services: [],
  ...over,
});

/** A page whose head runs the snippet first, in its own realm, with what an earlier visit stored. */
function load(snippet: string, { cookie = '', gpc = false, stored = {} as Record<string, string>, path = '/' } = {}) {
  const realm = createContext({
    location: { pathname: path },
    document: { cookie },
    navigator: gpc ? { globalPrivacyControl: true } : {},
    localStorage: { getItem: (key: string) => stored[key] ?? null },
  });
  realm.window = realm;
  runInContext(snippet, realm);
  return realm as GtagWindow;
}

const updates = (win: GtagWindow) => consentCommands(win.dataLayer).filter(([action]) => action == 'update').map(([, v]) => v);
const snippet = googleConsentModeBootstrap(resolved());

describe('the inline bootstrap snippet (R-INT-1)', () => {
  it('is under 1 KB for a config of six categories and services', () => {
    expect(new TextEncoder().encode(snippet).length).toBeLessThan(1024);
  });

  it('pushes consent default before the js and config commands of the Google tag that follows it', () => {
    const win = load(snippet);
    win.gtag!('js', new Date());
    win.gtag!('config', 'G-TEST');
    const kinds = entries(win.dataLayer).map((e) => (e as unknown[]).slice(0, 2).join(' '));
    expect(kinds).toEqual(['consent default', 'set ads_data_redaction', expect.stringMatching(/^js /), 'config G-TEST']);
  });

  it('defaults every type to denied but security_storage, waiting 500 ms', () => {
    expect(consentCommands(load(snippet).dataLayer)[0]![1]).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
      wait_for_update: 500,
    });
  });

  it('sends no update without a stored decision', () => {
    expect(updates(load(snippet))).toEqual([]);
  });

  it('sends one update from the stored granted categories', () => {
    const win = load(snippet, { cookie: 'consentry=' + encodeRecord(record()) });
    expect(updates(win)).toEqual([expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'denied', security_storage: 'granted' })]);
  });

  it('leaves exactly one update on the page once the adapter starts with the same decision', () => {
    const value = encodeRecord(record());
    const win = load(snippet, { cookie: 'consentry=' + value });
    googleConsentMode(page(memoryStorage(value)), { window: win });
    expect(consentCommands(win.dataLayer).map(([action]) => action)).toEqual(['default', 'update']);
  });

  it('is corrected by the adapter where the core rejects a stored value the snippet took', () => {
    // A consent id too short for the core; the snippet leaves field lengths to it.
    const value = encodeRecord(record({ consentId: 'abc' }));
    const win = load(snippet, { cookie: 'consentry=' + value });
    googleConsentMode(page(memoryStorage(value)), { window: win });
    expect(updates(win).map((u) => (u as Record<string, string>).analytics_storage)).toEqual(['granted', 'denied']);
  });

  it('is corrected by the adapter for a record granting a service outside its category, which only the core judges', () => {
    const value = encodeRecord(record({ categories: ['essential', 'analytics'], services: ['meta-pixel'] }));
    const win = load(snippet, { cookie: 'consentry=' + value });
    googleConsentMode(page(memoryStorage(value)), { window: win });
    expect(updates(win).map((u) => (u as Record<string, string>).analytics_storage)).toEqual(['granted', 'denied']);
  });

  it('grants every mapped type before any decision in opt-out mode, as the core does', () => {
    const win = load(googleConsentModeBootstrap(resolved({ mode: 'opt-out' })));
    googleConsentMode(page(memoryStorage(), { mode: 'opt-out' }), { window: win });
    expect(updates(win)).toEqual([expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'granted' })]);
  });

  it.each([
    ['of another revision', record({ revision: 2 })],
    ['older than its lifetime', record({ updatedAt: Date.now() - 183 * day, decidedAt: Date.now() - 183 * day })],
    ['dated more than a day ahead', record({ updatedAt: Date.now() + 2 * day })],
    ['naming a category the config does not know', record({ categories: ['essential', 'analytics', 'spyware'] })],
  ])('ignores a stored decision %s, as the core does', (_, stored) => {
    expect(updates(load(snippet, { cookie: 'consentry=' + encodeRecord(stored) }))).toEqual([]);
  });

  it('ignores a record of Global Privacy Control alone in opt-in mode, as the core does (R-GDPR-1)', () => {
    const stored = record({ method: 'gpc', gpc: 'honored', categories: ['essential', 'analytics'] });
    expect(updates(load(snippet, { cookie: 'consentry=' + encodeRecord(stored) }))).toEqual([]);
  });

  it('reads a record of Global Privacy Control alone in opt-out mode (R-US-3)', () => {
    const stored = record({ method: 'gpc', gpc: 'honored', categories: ['essential', 'analytics'] });
    const win = load(googleConsentModeBootstrap(resolved({ mode: 'opt-out' })), { cookie: 'consentry=' + encodeRecord(stored) });
    expect(updates(win)).toEqual([expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'denied' })]);
  });

  it('ignores a tampered stored value', () => {
    expect(updates(load(snippet, { cookie: 'consentry=' + encodeRecord(record()).replace('~c~', '~x~') }))).toEqual([]);
  });

  it('denies marketing over a stored grant while the browser sends Global Privacy Control (R-US-2)', () => {
    const win = load(snippet, { cookie: 'consentry=' + encodeRecord(record({ categories: ['essential', 'marketing'] })), gpc: true });
    expect(updates(win)).toEqual([expect.objectContaining({ ad_storage: 'denied', ad_user_data: 'denied' })]);
  });

  it("grants marketing under Global Privacy Control when the record is the visitor's explicit override (R-US-2)", () => {
    const stored = record({ categories: ['essential', 'marketing'], gpc: 'override' });
    expect(updates(load(snippet, { cookie: 'consentry=' + encodeRecord(stored), gpc: true }))).toEqual([expect.objectContaining({ ad_storage: 'granted' })]);
  });

  it('reads the decision from localStorage when the config keeps it there', () => {
    const win = load(googleConsentModeBootstrap(resolved({ storage: 'localStorage' })), { stored: { consentry: encodeRecord(record()) } });
    expect(updates(win)).toHaveLength(1);
  });

  it('finds the decision among other cookies', () => {
    expect(updates(load(snippet, { cookie: `_pk_id=1; consentry=${encodeRecord(record())}; theme=dark` }))).toHaveLength(1);
  });

  it('cannot be closed early by a cookie name holding </script>, even one that bypassed validation', () => {
    const valid = resolved();
    const forged = { ...valid, cookie: { ...valid.cookie, name: '</script><script>alert(1)//' } };
    expect(googleConsentModeBootstrap(forged)).not.toContain('</script>');
  });
});

describe('the inline bootstrap snippet on protected pages (R-HEALTH)', () => {
  const protectedConfig = resolved({
    trackerFreePaths: ['/portal/*', '/intake*'],
    sensitivePaths: ['/conditions/*'],
    categories: [
      ...config().categories,
      { id: 'replay', title: 'Replay', description: '', sessionReplay: true, googleConsentMode: ['personalization_storage'] },
    ],
  });
  const protectedSnippet = googleConsentModeBootstrap(protectedConfig);
  const everything = 'consentry=' + encodeRecord(record({ method: 'accept-all', categories: protectedConfig.categories.map((c) => c.id), services: protectedConfig.categories.flatMap((c) => c.services.map((s) => s.id)) }));

  it.each(['/portal/inbox', '/Portal/', '/%70ortal/x', '//portal', '/intake-form'])('sends no update on the tracker-free page %s', (path) => {
    expect(updates(load(protectedSnippet, { cookie: everything, path }))).toEqual([]);
  });

  it('grants as stored on other pages', () => {
    expect(updates(load(protectedSnippet, { cookie: everything, path: '/portals' }))).toEqual([
      expect.objectContaining({ analytics_storage: 'granted', personalization_storage: 'granted' }),
    ]);
  });

  it('leaves session replay out of the update on a sensitive page', () => {
    const replayOnly = 'consentry=' + encodeRecord(record({ categories: ['essential', 'analytics', 'replay'] }));
    expect(updates(load(protectedSnippet, { cookie: replayOnly, path: '/conditions/asthma' }))).toEqual([
      expect.objectContaining({ analytics_storage: 'granted', personalization_storage: 'denied' }),
    ]);
  });

  it('agrees with the core on every page: what the adapter then holds is what the snippet sent', () => {
    const value = everything.slice('consentry='.length);
    for (const path of ['/portal/inbox', '/conditions/asthma', '/about']) {
      const win = load(protectedSnippet, { cookie: everything, path });
      const held = () => ({ ...(consentCommands(win.dataLayer).filter(([action]) => action != 'set').pop()![1] as object), wait_for_update: undefined });
      const sent = held();
      googleConsentMode(createConsent(protectedConfig, { storage: memoryStorage(value), gate: false, path }), { window: win });
      expect(held()).toEqual(sent);
    }
  });
});

