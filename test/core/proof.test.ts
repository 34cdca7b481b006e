import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent, memoryStorage, type ConsentConfig, type ConsentProof, type ErrorEvent } from '../../src';
import { LANGUAGE, MAX_LANGUAGE_LENGTH } from '../../src/core/limits';
import { clinicConfig } from '../helpers/configs';

const start = Date.UTC(2026, 10, 25, 9, 30);
const day = 864e5;

function setup(config: ConsentConfig = clinicConfig()) {
  const consent = createConsent(config, { storage: memoryStorage(), now: () => start, gpc: false });
  const records: ConsentProof[] = [];
  consent.on('record', (r) => records.push(r));
  let read = 0;
  /** The next record not yet looked at, once it has arrived (hashing makes records asynchronous). */
  const next = async () => {
    await vi.waitFor(() => expect(records.length).toBeGreaterThan(read));
    return records[read++]!;
  };
  return { consent, records, next };
}

afterEach(() => vi.unstubAllGlobals());

describe('consent records (R-GDPR-19)', () => {
  it('are emitted for each decision with what was granted, when, how and on which texts', async () => {
    const { consent, next } = setup();
    consent.acceptAll({ layer: 'banner' });
    const record = await next();
    expect(record).toEqual({
      consentId: consent.getState().record!.consentId,
      timestamp: '2026-11-25T09:30:00.000Z',
      revision: 1,
      action: 'accept_all',
      layer: 'banner',
      categories: { essential: true, analytics: true, marketing: true },
      services: { 'meta-pixel': true },
      language: '',
      gpc: false,
      textHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      expiresAt: new Date(start + 182 * day).toISOString(),
    });
  });

  it('hold no personal data: only the listed fields', async () => {
    const { consent, next } = setup();
    consent.rejectAll();
    expect(Object.keys(await next()).sort()).toEqual(
      ['action', 'categories', 'consentId', 'expiresAt', 'gpc', 'language', 'layer', 'revision', 'services', 'textHash', 'timestamp'],
    );
  });

  it('say "api" when no layer is given', async () => {
    const { consent, next } = setup();
    consent.rejectAll();
    expect(await next()).toMatchObject({ action: 'reject_all', layer: 'api' });
  });

  it('call a choice that only turns things off a withdrawal', async () => {
    const { consent, next } = setup();
    consent.acceptAll();
    await next();
    consent.save({ marketing: false }, { layer: 'dialog' });
    expect(await next()).toMatchObject({ action: 'withdraw', layer: 'dialog' });
  });

  it('call a first custom choice a custom save', async () => {
    const { consent, next } = setup();
    consent.save({ analytics: true });
    expect((await next()).action).toBe('save_custom');
  });

  it('hash the same texts to the same value', async () => {
    const a = setup();
    const b = setup();
    a.consent.acceptAll({ shown: { bannerTitle: 'Cookies' } });
    b.consent.rejectAll({ shown: { bannerTitle: 'Cookies' } });
    expect((await a.next()).textHash).toBe((await b.next()).textHash);
  });

  it('hash different shown texts to different values', async () => {
    const a = setup();
    const b = setup();
    a.consent.acceptAll({ shown: { bannerTitle: 'Cookies' } });
    b.consent.acceptAll({ shown: { bannerTitle: 'Cookies!' } });
    expect((await a.next()).textHash).not.toBe((await b.next()).textHash);
  });

  it('hash a changed category description to a different value', async () => {
    const config = clinicConfig();
    const changed = { ...config, categories: config.categories.map((c, i) => (i == 1 ? { ...c, description: 'Other words.' } : c)) };
    const a = setup(config);
    const b = setup(changed);
    a.consent.acceptAll();
    b.consent.acceptAll();
    expect((await a.next()).textHash).not.toBe((await b.next()).textHash);
  });
});

describe('the language of consent records (R-GDPR-19)', () => {
  it('is written as a language tag when the page writes it with "_" (en_US becomes en-US)', async () => {
    const { consent, next } = setup();
    consent.acceptAll({ language: 'en_US' });
    expect((await next()).language).toBe('en-US');
  });

  it('is "" when the page language is no language tag', async () => {
    const { consent, next } = setup();
    consent.acceptAll({ language: 'English (UK)' });
    expect((await next()).language).toBe('');
  });

  it(`is "" when the page language is a tag longer than ${MAX_LANGUAGE_LENGTH} characters`, async () => {
    const { consent, next } = setup();
    const long = 'en' + '-abcdefgh'.repeat(4);
    expect(LANGUAGE.test(long) && long.length > MAX_LANGUAGE_LENGTH).toBe(true);
    consent.acceptAll({ language: long });
    expect((await next()).language).toBe('');
  });

  it('is hashed as written in the record, so the textHash can be recomputed from it', async () => {
    const a = setup();
    const b = setup();
    a.consent.acceptAll({ language: 'en_US' });
    b.consent.acceptAll({ language: 'en-US' });
    expect((await a.next()).textHash).toBe((await b.next()).textHash);
  });
});

describe('receipts (R-GDPR-20)', () => {
  it('are posted to the receipt endpoint with sendBeacon, once per decision', async () => {
    const sendBeacon = vi.fn(() => true);
    vi.stubGlobal('navigator', { sendBeacon });
    const { consent, next } = setup(clinicConfig({ receiptEndpoint: '/consent-receipts' }));
    consent.acceptAll();
    const record = await next();
    expect(sendBeacon).toHaveBeenCalledTimes(1);
    expect(sendBeacon).toHaveBeenCalledWith('/consent-receipts', JSON.stringify(record));
  });

  it('fall back to fetch with keepalive when sendBeacon refuses', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response()));
    vi.stubGlobal('navigator', { sendBeacon: () => false });
    vi.stubGlobal('fetch', fetch);
    const { consent, next } = setup(clinicConfig({ receiptEndpoint: 'https://clinic.example/receipts' }));
    consent.rejectAll();
    await next();
    expect(fetch).toHaveBeenCalledWith('https://clinic.example/receipts', expect.objectContaining({ method: 'POST', keepalive: true }));
  });

  it('report a failed post as an error event, never as an exception', async () => {
    vi.stubGlobal('navigator', {});
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    const { consent } = setup(clinicConfig({ receiptEndpoint: '/r' }));
    const errors: ErrorEvent[] = [];
    consent.on('error', (e) => errors.push(e));
    expect(() => consent.acceptAll()).not.toThrow();
    await vi.waitFor(() => expect(errors).toEqual([{ operation: 'receipt', error: expect.any(TypeError) }]));
  });

  it('are not sent without a receipt endpoint', async () => {
    const sendBeacon = vi.fn(() => true);
    vi.stubGlobal('navigator', { sendBeacon });
    const { consent, next } = setup();
    consent.acceptAll();
    await next();
    expect(sendBeacon).not.toHaveBeenCalled();
  });
});
