import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent, memoryStorage, type ConsentConfig, type ConsentProof, type ErrorEvent, type ReceiptError } from '../../src';
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
  const answer = (status: number, body: string) => vi.fn(() => Promise.resolve(new Response(body, { status })));
  const errorsOf = (consent: ReturnType<typeof setup>['consent']) => {
    const errors: ErrorEvent[] = [];
    consent.on('error', (e) => errors.push(e));
    return errors;
  };

  it('are posted with fetch and keepalive as a text body (no preflight), once per decision', async () => {
    const fetch = answer(201, '{"stored":true}');
    vi.stubGlobal('fetch', fetch);
    const { consent, next } = setup(clinicConfig({ receiptEndpoint: '/consent-receipts' }));
    consent.acceptAll();
    const record = await next();
    expect(fetch).toHaveBeenCalledTimes(1);
    // No headers: a string body goes as text/plain, which a cross-origin endpoint takes without a preflight.
    expect(fetch).toHaveBeenCalledWith('/consent-receipts', { method: 'POST', body: JSON.stringify(record), keepalive: true });
  });

  it('raise no error when the server stores them', async () => {
    const fetch = answer(200, '{"stored":false}');
    vi.stubGlobal('fetch', fetch);
    const { consent, next } = setup(clinicConfig({ receiptEndpoint: '/r' }));
    const errors = errorsOf(consent);
    consent.acceptAll();
    await next();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    await new Promise((done) => setTimeout(done, 10));
    expect(errors).toEqual([]);
  });

  it('refused by the server are an error event carrying the status and the parsed answer', async () => {
    const refusal = { error: 'invalid receipt', issues: [{ path: 'language', message: 'expected a language tag' }] };
    vi.stubGlobal('fetch', answer(400, JSON.stringify(refusal)));
    const { consent } = setup(clinicConfig({ receiptEndpoint: '/r' }));
    const errors = errorsOf(consent);
    consent.acceptAll();
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    const [{ operation, error }] = errors as [ErrorEvent & { error: ReceiptError }];
    expect(operation).toBe('receipt');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ status: 400, body: refusal });
    expect(error.message).toBe(`Receipt refused: 400 ${JSON.stringify(refusal)}`);
  });

  it('refused with an answer that is not JSON are an error event carrying its text', async () => {
    vi.stubGlobal('fetch', answer(502, '<h1>Bad Gateway</h1>'));
    const { consent } = setup(clinicConfig({ receiptEndpoint: '/r' }));
    const errors = errorsOf(consent);
    consent.rejectAll();
    await vi.waitFor(() => expect(errors).toEqual([{ operation: 'receipt', error: expect.objectContaining({ status: 502, body: '<h1>Bad Gateway</h1>' }) }]));
  });

  it('report a failed post as an error event, never as an exception', async () => {
    vi.stubGlobal('navigator', {});
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    const { consent } = setup(clinicConfig({ receiptEndpoint: '/r' }));
    const errors = errorsOf(consent);
    expect(() => consent.acceptAll()).not.toThrow();
    await vi.waitFor(() => expect(errors).toEqual([{ operation: 'receipt', error: expect.any(TypeError) }]));
  });

  it('fall back to sendBeacon where fetch is missing', async () => {
    const sendBeacon = vi.fn(() => true);
    vi.stubGlobal('navigator', { sendBeacon });
    vi.stubGlobal('fetch', undefined);
    const { consent, next } = setup(clinicConfig({ receiptEndpoint: 'https://clinic.example/receipts' }));
    const errors = errorsOf(consent);
    consent.rejectAll();
    const record = await next();
    expect(sendBeacon).toHaveBeenCalledWith('https://clinic.example/receipts', JSON.stringify(record));
    await new Promise((done) => setTimeout(done, 10));
    expect(errors).toEqual([]);
  });

  it('fall back to sendBeacon where fetch throws at once', async () => {
    const sendBeacon = vi.fn(() => true);
    vi.stubGlobal('navigator', { sendBeacon });
    vi.stubGlobal('fetch', () => {
      throw new TypeError('blocked');
    });
    const { consent, next } = setup(clinicConfig({ receiptEndpoint: '/r' }));
    consent.acceptAll();
    await next();
    expect(sendBeacon).toHaveBeenCalledTimes(1);
  });

  it('report the fetch error when sendBeacon refuses too', async () => {
    vi.stubGlobal('navigator', { sendBeacon: () => false });
    vi.stubGlobal('fetch', undefined);
    const { consent } = setup(clinicConfig({ receiptEndpoint: '/r' }));
    const errors = errorsOf(consent);
    consent.acceptAll();
    await vi.waitFor(() => expect(errors).toEqual([{ operation: 'receipt', error: expect.any(TypeError) }]));
  });

  it('are not sent without a receipt endpoint', async () => {
    const sendBeacon = vi.fn(() => true);
    const fetch = answer(201, '{"stored":true}');
    vi.stubGlobal('navigator', { sendBeacon });
    vi.stubGlobal('fetch', fetch);
    const { consent, next } = setup();
    consent.acceptAll();
    await next();
    expect(fetch).not.toHaveBeenCalled();
    expect(sendBeacon).not.toHaveBeenCalled();
  });
});
