// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://www.clinic.example/articles/flu-shots" }
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src';
import { clinicConfig } from '../helpers/configs';

const written: string[] = [];
const cookieSetter = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;

/** Writes that set a value; the others expire earlier copies before the decision is written. */
const settings = () => written.filter((w) => !/max-age=0/.test(w));

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
    const [cookie, ...more] = settings();
    expect(more).toEqual([]);
    expect(cookie).toMatch(/^consentry=1~[\w-]+~/);
    expect(cookie).toContain('; path=/');
    expect(cookie).toContain('; sameSite=Lax');
    expect(cookie).toContain('; secure');
    expect(cookie).toMatch(/; expires=\w{3}, \d\d \w{3} \d{4} /);
  });

  it('carries the configured domain so subdomains share the decision', () => {
    recordCookieWrites();
    createConsent(clinicConfig({ cookie: { name: 'consentry', domain: 'clinic.example' } })).acceptAll();
    expect(settings()[0]).toContain('; domain=clinic.example');
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

});

// A site keeps one decision: a copy left under an earlier name, domain or storage must never be read again
// after the visitor decided anew (issue #8, item 3).
describe('earlier copies of the decision', () => {
  const config = (cookie: { name?: string; domain?: string }, storage?: 'cookie' | 'localStorage' | 'memory') =>
    clinicConfig({ cookie: { name: 'consentry', ...cookie }, ...(storage && { storage }) });
  const cookies = (name: string) => document.cookie.split('; ').filter((c) => c.startsWith(name + '='));

  it('a decision under a new domain removes the host-only copy, so a refusal sticks', () => {
    createConsent(config({}), { gate: false }).acceptAll();
    createConsent(config({ domain: 'clinic.example' }), { gate: false }).rejectAll();
    expect(cookies('consentry')).toHaveLength(1);
    expect(createConsent(config({ domain: 'clinic.example' }), { gate: false }).isGranted('analytics')).toBe(false);
  });

  it('a decision without the domain removes the parent-domain copy, so a refusal sticks', () => {
    createConsent(config({ domain: 'clinic.example' }), { gate: false }).acceptAll();
    const next = createConsent(config({}), { gate: false });
    const errors = vi.fn();
    next.on('error', errors);
    next.rejectAll();
    expect(cookies('consentry')).toHaveLength(1);
    expect(createConsent(config({}), { gate: false }).isGranted('analytics')).toBe(false);
    expect(errors).not.toHaveBeenCalled();
  });

  it('a decision under a new cookie name removes the copy under the old name', () => {
    createConsent(config({ name: 'old_consent' }), { gate: false }).acceptAll();
    createConsent(config({ name: 'new_consent' }), { gate: false }).rejectAll();
    expect(cookies('old_consent')).toEqual([]);
    expect(createConsent(config({ name: 'old_consent' }), { gate: false }).needsDecision()).toBe(true);
  });

  it('a decision in localStorage removes the cookie copy, and one in a cookie the localStorage copy', () => {
    createConsent(config({}), { gate: false }).acceptAll();
    createConsent(config({}, 'localStorage'), { gate: false }).rejectAll();
    expect(cookies('consentry')).toEqual([]);
    createConsent(config({}), { gate: false }).rejectAll();
    expect(localStorage.getItem('consentry')).toBeNull();
  });

  it('a decision kept in memory only removes the stored copies', () => {
    createConsent(config({}), { gate: false }).acceptAll();
    createConsent(config({}, 'memory'), { gate: false }).rejectAll();
    expect(createConsent(config({}), { gate: false }).needsDecision()).toBe(true);
  });

  it('leaves cookies that hold no consent record alone', () => {
    document.cookie = 'session=abc; path=/';
    createConsent(config({}), { gate: false }).acceptAll();
    expect(cookies('session')).toEqual(['session=abc']);
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
