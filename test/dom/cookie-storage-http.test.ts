// @vitest-environment jsdom
// @vitest-environment-options { "url": "http://localhost:8080/" }
import { expect, it, vi } from 'vitest';
import { createConsent } from '../../src';
import { clinicConfig } from '../helpers/configs';

it('leaves Secure off the consent cookie on a plain-http page, where the browser would drop it', () => {
  const writes: string[] = [];
  const setter = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!.set!;
  vi.spyOn(document, 'cookie', 'set').mockImplementation((v: string) => {
    writes.push(v);
    setter.call(document, v);
  });
  const consent = createConsent(clinicConfig());
  consent.acceptAll();
  expect(writes[0]).not.toContain('secure');
  expect(createConsent(clinicConfig()).isGranted('analytics')).toBe(true);
});
