import { describe, expect, it } from 'vitest';
import { isThirdParty, siteOf } from '../../src/audit/site';

describe('siteOf', () => {
  it.each([
    ['www.clinic.example', 'clinic.example'],
    ['a.b.clinic.co.uk', 'clinic.co.uk'],
    ['WWW.Clinic.Example.', 'clinic.example'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '::1'],
    ['localhost', 'localhost'],
  ])('gives %s the site %s', (host, site) => {
    expect(siteOf(host)).toBe(site);
  });
});

describe('isThirdParty', () => {
  it('counts a subdomain, and a cookie domain with its dot, as the same site', () => {
    expect([isThirdParty('cdn.clinic.example', 'www.clinic.example'), isThirdParty('.clinic.example', 'www.clinic.example')]).toEqual([false, false]);
  });

  it('counts another registrable domain under the same country suffix as another site', () => {
    expect(isThirdParty('tracker.co.uk', 'clinic.co.uk')).toBe(true);
  });

  it('counts another port-less host on a page served from an IP address as another site', () => {
    expect(isThirdParty('www.googletagmanager.com', '127.0.0.1')).toBe(true);
  });
});
