import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../src/audit/findings';
import type { PassName, PassRecord, RecordedCookie, RecordedRequest } from '../../src/audit/types';
import { validateConfig } from '../../src/core/validate';

const result = validateConfig({
  links: { cookiePolicy: '/c', privacyPolicy: '/p' },
  categories: [
    { id: 'essential', required: true, title: 'E', description: 'E.', cookies: [{ name: 'session' }] },
    { id: 'analytics', title: 'A', description: 'A.', cookies: [{ pattern: '^_ga' }], localStorage: [{ pattern: '^_hj' }] },
  ],
});
if (!result.ok) throw new Error('fixture config');
const config = result.config;
const url = 'https://clinic.example/';

const request = (host: string, extra: Partial<RecordedRequest> = {}): RecordedRequest => ({
  url: `https://${host}/x`,
  host,
  type: 'script',
  initiator: 'parser',
  thirdParty: !host.endsWith('clinic.example'),
  atMs: 1,
  ...extra,
});
const cookie = (name: string): RecordedCookie => ({ name, domain: 'clinic.example', path: '/', expires: null, thirdParty: false, httpOnly: false, secure: true });
const pass = (name: PassName, data: Partial<PassRecord> = {}): PassRecord => ({
  pass: name,
  url,
  idle: true,
  durationMs: 1,
  requests: [],
  cookies: [],
  localStorage: [],
  sessionStorage: [],
  ...data,
});
const codes = (passes: PassRecord[], trackerFree = false) => findingsOf({ url, trackerFree, passes, config }).map((f) => `${f.pass} ${f.code}`);

describe('findingsOf', () => {
  it('reports one finding per tracker host and pass, counting the further requests', () => {
    const found = findingsOf({ url, trackerFree: false, config, passes: [pass('first-visit', { requests: [request('www.googletagmanager.com'), request('www.googletagmanager.com')] })] });
    expect(found).toMatchObject([{ code: 'tracker-before-decision', severity: 'violation', evidence: { more: 1 } }]);
  });

  it('leaves a first-party request and an unknown third party alone on an ordinary page', () => {
    expect(codes([pass('first-visit', { requests: [request('cdn.clinic.example'), request('fonts.example.org')] })])).toEqual([]);
  });

  it('allows cookies of the required category before a decision, and refuses declared optional ones', () => {
    expect(codes([pass('first-visit', { cookies: [cookie('session'), cookie('_ga_X1')] })])).toEqual(['first-visit cookie-before-decision']);
  });

  it('refuses storage keys of an optional category before a decision and after a refusal, naming the storage', () => {
    const found = findingsOf({ url, trackerFree: false, config, passes: [pass('first-visit', { localStorage: ['_hjSession'] }), pass('reject', { sessionStorage: ['_hjTLD'] })] }).filter((f) => f.code.startsWith('storage-'));
    expect(found.map((f) => [f.pass, f.code, f.evidence.storage, f.evidence.storageKey])).toEqual([
      ['first-visit', 'storage-before-decision', 'localStorage', '_hjSession'],
      ['reject', 'storage-after-refusal', 'sessionStorage', '_hjTLD'],
    ]);
  });

  it('refuses a storage key the catalogue knows and the config does not declare, with the vendor', () => {
    const [f] = findingsOf({ url, trackerFree: false, config, passes: [pass('first-visit', { sessionStorage: ['hjViewportId'] })] });
    expect(f).toMatchObject({ code: 'storage-before-decision', evidence: { storage: 'sessionStorage', storageKey: 'hjViewportId' }, suggestion: { provider: 'Hotjar', category: 'analytics' } });
  });

  it('leaves storage keys neither the config nor the catalogue names alone', () => {
    expect(codes([pass('first-visit', { localStorage: ['theme'] })])).toEqual([]);
  });

  it('treats a catalogue cookie the config does not declare as optional, and as undeclared', () => {
    expect(codes([pass('reject', { cookies: [cookie('_fbp')] })])).toEqual(['reject cookie-after-refusal', 'reject cookie-undeclared']);
  });

  it('only warns of an unknown undeclared cookie before a decision: its category is not known', () => {
    expect(codes([pass('first-visit', { cookies: [cookie('prefs')] })])).toEqual(['first-visit cookie-undeclared']);
  });

  it('never counts consentry\'s own cookie', () => {
    expect(codes([pass('first-visit', { cookies: [cookie('consentry')] }), pass('accept', { cookies: [cookie('consentry')] })])).toEqual([]);
  });

  it('reports a cookie Accept all brought that survives the withdrawal, not one a refusal also has', () => {
    const passes = [
      pass('reject', { cookies: [cookie('session')] }),
      pass('accept', { cookies: [cookie('session'), cookie('_ga'), cookie('prefs')] }),
      pass('withdraw', { cookies: [cookie('session'), cookie('_ga')] }),
    ];
    expect(codes(passes).filter((c) => !c.endsWith('undeclared'))).toEqual(['withdraw cookie-survives-withdrawal']);
  });

  it('reports a storage key of an optional category that Accept all brought and the withdrawal left, in the storage holding it', () => {
    const passes = [
      pass('reject', { localStorage: ['consentry', 'theme'] }),
      pass('accept', { localStorage: ['consentry', 'theme', '_hjA'], sessionStorage: ['_hjB', 'hjViewportId'] }),
      pass('withdraw', { localStorage: ['consentry', 'theme', '_hjA'], sessionStorage: ['_hjB', 'hjViewportId'] }),
    ];
    const found = findingsOf({ url, trackerFree: false, config, passes }).filter((f) => f.code.startsWith('storage-'));
    expect(found.map((f) => [f.code, f.evidence.storage, f.evidence.storageKey])).toEqual([
      ['storage-survives-withdrawal', 'localStorage', '_hjA'],
      ['storage-survives-withdrawal', 'sessionStorage', '_hjB'],
      ['storage-survives-withdrawal', 'sessionStorage', 'hjViewportId'],
    ]);
    expect(found[1]!.message).toContain('localStorage only');
    expect(found[2]!.suggestion).toMatchObject({ provider: 'Hotjar' });
  });

  it('does not report a storage key the withdrawal removed, or one a refusal also has', () => {
    const passes = [pass('reject', { sessionStorage: ['_hjB'] }), pass('accept', { localStorage: ['_hjA'], sessionStorage: ['_hjB'] }), pass('withdraw', { sessionStorage: ['_hjB'] })];
    expect(codes(passes).filter((c) => c.includes('withdrawal'))).toEqual([]);
  });

  it('reports any third-party request on a tracker-free page, first-party ones not', () => {
    expect(codes([pass('accept', { requests: [request('cdn.clinic.example'), request('fonts.example.org')] })], true)).toEqual(['accept third-party-on-tracker-free-page']);
  });

  it('warns of a session-replay vendor once, by its host or its cookie', () => {
    expect(codes([pass('accept', { requests: [request('static.hotjar.com')], cookies: [cookie('_hjSession_1')] })]).filter((c) => c.includes('replay'))).toEqual(['accept session-replay']);
  });

  it('warns of a session-replay vendor known only by its storage key', () => {
    const [f] = findingsOf({ url, trackerFree: false, config, passes: [pass('accept', { sessionStorage: ['hjViewportId'] })] });
    expect(f).toMatchObject({ code: 'session-replay', pass: 'accept', evidence: { storageKey: 'hjViewportId', storage: 'sessionStorage' }, suggestion: { provider: 'Hotjar' } });
  });

  it('gives every finding its evidence, whatever the recorded data', () => {
    const name = fc.oneof(fc.constantFrom('_ga', '_fbp', 'consentry', 'session', '_hjid'), fc.string());
    const host = fc.oneof(fc.constantFrom('www.googletagmanager.com', 'clinic.example', 'static.hotjar.com'), fc.domain());
    const key = fc.oneof(fc.constantFrom('_hjA', 'hjViewportId', 'consentry', 'theme'), fc.string());
    const record = fc.record({
      pass: fc.constantFrom<PassName>('first-visit', 'reject', 'accept', 'withdraw'),
      requests: fc.array(host.map((h) => request(h)), { maxLength: 5 }),
      cookies: fc.array(name.map(cookie), { maxLength: 5 }),
      localStorage: fc.array(key, { maxLength: 3 }),
      sessionStorage: fc.array(key, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 4 }), fc.boolean(), (records, trackerFree) => {
        for (const f of findingsOf({ url, trackerFree, config, passes: records.map((r) => pass(r.pass, r)) })) {
          expect(f.evidence.url).toBe(url);
          expect(f.evidence.request ?? f.evidence.cookie ?? f.evidence.storageKey).toBeDefined();
        }
      }),
    );
  });
});
