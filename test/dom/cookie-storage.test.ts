// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://www.clinic.example/articles/flu-shots" }
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src';
import { clinicConfig } from '../helpers/configs';

const written: string[] = [];
const cookieSetter = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;

function recordCookieWrites() {
  vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => {
    written.push(value);
    cookieSetter.set!.call(document, value);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  written.length = 0;
  for (const c of document.cookie.split('; ').filter(Boolean)) {
    for (const domain of ['', '; domain=clinic.example']) document.cookie = `${c.split('=')[0]}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/${domain}`;
  }
  localStorage.clear();
});

describe('the consent cookie (R-CK-2)', () => {
  it('is written once, with Path=/, SameSite=Lax, Secure on https and an explicit expiry', () => {
    recordCookieWrites();
    const consent = createConsent(clinicConfig());
    consent.acceptAll();
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^consentry=1~[\w-]+~/);
    expect(written[0]).toContain('; path=/');
    expect(written[0]).toContain('; sameSite=Lax');
    expect(written[0]).toContain('; secure');
    expect(written[0]).toMatch(/; expires=\w{3}, \d\d \w{3} \d{4} /);
  });

  it('carries the configured domain so subdomains share the decision', () => {
    recordCookieWrites();
    createConsent(clinicConfig({ cookie: { name: 'consentry', domain: 'clinic.example' } })).acceptAll();
    expect(written[0]).toContain('; domain=clinic.example');
  });

  it('is read back by the next page load', () => {
    createConsent(clinicConfig()).save({ analytics: true });
    const next = createConsent(clinicConfig());
    expect(next.needsDecision()).toBe(false);
    expect(next.isGranted('analytics')).toBe(true);
  });

  it('is removed by reset', () => {
    const consent = createConsent(clinicConfig());
    consent.acceptAll();
    consent.reset();
    expect(document.cookie).not.toContain('consentry=');
  });

  it('lets two instances with different cookie names coexist on one page', () => {
    const clinic = createConsent(clinicConfig({ cookie: { name: 'clinic_consent' } }));
    const shop = createConsent(clinicConfig({ cookie: { name: 'shop_consent' } }));
    clinic.acceptAll();
    shop.rejectAll();
    expect(createConsent(clinicConfig({ cookie: { name: 'clinic_consent' } })).isGranted('analytics')).toBe(true);
    expect(createConsent(clinicConfig({ cookie: { name: 'shop_consent' } })).isGranted('analytics')).toBe(false);
  });
});

describe('when cookies are unavailable (R-CK-6)', () => {
  it('keeps the choice for the page and reports an error when the browser drops the cookie', async () => {
    vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {});
    const consent = createConsent(clinicConfig());
    const onError = vi.fn();
    consent.on('error', onError);
    consent.acceptAll();
    expect(consent.isGranted('analytics')).toBe(true);
    await Promise.resolve();
    expect(onError).toHaveBeenCalledWith({ operation: 'write', error: expect.any(Error) });
  });

  it('starts undecided without throwing when reading cookies throws', async () => {
    vi.spyOn(document, 'cookie', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    let consent!: ReturnType<typeof createConsent>;
    expect(() => (consent = createConsent(clinicConfig()))).not.toThrow();
    const onError = vi.fn();
    consent.on('error', onError);
    await Promise.resolve();
    expect(consent.needsDecision()).toBe(true);
    expect(onError).toHaveBeenCalledWith({ operation: 'read', error: expect.any(DOMException) });
  });
});

describe('storage: "localStorage"', () => {
  it('keeps the decision under the cookie name as key and sets no cookie', () => {
    recordCookieWrites();
    createConsent(clinicConfig({ storage: 'localStorage' })).acceptAll();
    expect(written).toEqual([]);
    expect(localStorage.getItem('consentry')).toMatch(/^1~/);
    expect(createConsent(clinicConfig({ storage: 'localStorage' })).isGranted('marketing')).toBe(true);
  });

  it('keeps the choice for the page when localStorage throws', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const consent = createConsent(clinicConfig({ storage: 'localStorage' }));
    const onError = vi.fn();
    consent.on('error', onError);
    expect(() => consent.acceptAll()).not.toThrow();
    expect(consent.isGranted('analytics')).toBe(true);
    await Promise.resolve();
    expect(onError).toHaveBeenCalledWith({ operation: 'write', error: expect.any(DOMException) });
  });
});
