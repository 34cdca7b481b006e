// @vitest-environment jsdom
// The record's language comes verbatim from `<html lang>` when neither the config nor the UI names one; pages
// write things receipt servers refuse, such as "en_US" (issue #8, R-GDPR-19).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent, memoryStorage, type ConsentProof } from '../../src';
import { clinicConfig } from '../helpers/configs';

afterEach(() => document.documentElement.removeAttribute('lang'));

async function recordOnPage(lang: string): Promise<ConsentProof> {
  document.documentElement.lang = lang;
  const consent = createConsent(clinicConfig(), { storage: memoryStorage(), gate: false, gpc: false });
  const records: ConsentProof[] = [];
  consent.on('record', (r) => records.push(r));
  consent.acceptAll();
  await vi.waitFor(() => expect(records).toHaveLength(1));
  return records[0]!;
}

describe('consent records on a page with an odd <html lang> (R-GDPR-19)', () => {
  it('carry the tag en-US from <html lang="en_US">', async () => {
    expect((await recordOnPage('en_US')).language).toBe('en-US');
  });

  it('carry "" from an <html lang> that is no language tag', async () => {
    expect((await recordOnPage('en US')).language).toBe('');
  });
});
