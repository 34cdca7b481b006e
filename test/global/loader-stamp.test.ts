// @vitest-environment jsdom
// The config stamp on script-tag sites (issue #13): a returning visitor whose record carries the stamp of this
// config text downloads no validator; any other visit fetches it before anything starts. vitest runs src
// without the build's stand-in, so these tests look at what the loader fetches and when it starts.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { decodeRecord } from '../../src/core/record';
import { configStamp } from '../../src/core/stamp';
import { clinicConfig } from '../helpers/configs';
import { arriveValidator, bootLoader as boot, loaderPage as page, resetLoaderPage } from '../helpers/loader-page';

const VALIDATOR = 'consentry-validate.global.js';
const scripts = () => [...document.head.querySelectorAll('script')].map((s) => s.getAttribute('src'));
const stored = () => decodeRecord(document.cookie.match(/(?:^|; )consentry=([^;]*)/)?.[1]);
const text = JSON.stringify(clinicConfig());
const changed = JSON.stringify(clinicConfig(), null, 2);
let errors: MockInstance<typeof console.error>;

/** A visitor who decided on a page whose config is `configText`. */
const decidedOn = async (configText: string) => {
  await boot(configText);
  page.Consentry!.consent!.rejectAll();
};

beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  resetLoaderPage();
});

describe('the config stamp on a script-tag site', () => {
  it('is the stamp of the config text as read, in the record of a decision', async () => {
    await decidedOn(text);
    expect(stored()?.stamp).toBe(configStamp(text));
  });

  it('fits the record format for any config text: 1 to 11 base-36 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (any) => {
        expect(configStamp(any)).toMatch(/^[\da-z]{1,11}$/);
      }),
    );
  });

  it('differs for a config text that differs in white space only', () => {
    expect(configStamp(changed)).not.toBe(configStamp(text));
  });

  // An inline config sits on lines of its own; a file read with its byte order mark starts with one.
  it('leaves out white space and a byte order mark around the text', () => {
    expect(configStamp(`\n  ${text}\n`)).toBe(configStamp(text));
    expect(configStamp(`\uFEFF${text}`)).toBe(configStamp(text));
  });

  it('lets a returning visit start without fetching the validator', async () => {
    await decidedOn(text);
    await boot(text, '', false);
    expect(scripts()).not.toContain(VALIDATOR);
    expect(page.Consentry!.consent!.needsDecision()).toBe(false);
  });

  it('makes a returning visit after a config change fetch the validator, and start only once it arrives', async () => {
    await decidedOn(text);
    await boot(changed, '', false);
    expect(scripts()).toContain(VALIDATOR);
    expect(page.Consentry!.consent).toBeNull();
    await arriveValidator();
    expect(page.Consentry!.consent!.needsDecision()).toBe(false);
  });

  it('fetches no banner file for a returning visit that waits for the validator', async () => {
    await decidedOn(text);
    await boot(changed, '', false);
    expect(scripts()).toEqual([VALIDATOR]);
  });

  it('is written into the stored record once the changed config is validated, so the visit after fetches no validator', async () => {
    await decidedOn(text);
    await boot(changed);
    expect(stored()?.stamp).toBe(configStamp(changed));
    await boot(changed, '', false);
    expect(scripts()).not.toContain(VALIDATOR);
  });

  it('makes a first visit fetch the banner file alongside the validator, before the validator arrives', async () => {
    await boot(text, '', false);
    expect(scripts()).toEqual(['consentry-banner.en.global.js', VALIDATOR]);
  });

  it('is looked for in localStorage for a config that keeps the decision there', async () => {
    const local = JSON.stringify(clinicConfig({ storage: 'localStorage' }));
    await decidedOn(local);
    await boot(local, '', false);
    expect(scripts()).not.toContain(VALIDATOR);
    localStorage.clear();
  });

  it('is looked for under the cookie name the config sets', async () => {
    const named = JSON.stringify(clinicConfig({ cookie: { name: 'clinic_consent' } }));
    await decidedOn(named);
    await boot(named, '', false);
    expect(scripts()).not.toContain(VALIDATOR);
    document.cookie = 'clinic_consent=; max-age=0; path=/';
  });
});

describe('the config stamp on the script tag (data-config-stamp)', () => {
  it('lets a first visit start without fetching the validator when it is the stamp of this config text', async () => {
    await boot(text, '', false, { 'data-config-stamp': configStamp(text) });
    expect(scripts()).toEqual(['consentry-banner.en.global.js']);
    expect(page.Consentry!.consent!.needsDecision()).toBe(true);
  });

  it('makes a first visit fetch the validator, and start only once it arrives, when it is the stamp of another text', async () => {
    await boot(changed, '', false, { 'data-config-stamp': configStamp(text) });
    expect(scripts()).toContain(VALIDATOR);
    expect(page.Consentry!.consent).toBeNull();
    await arriveValidator();
    expect(page.Consentry!.consent!.needsDecision()).toBe(true);
  });

  it('vouches for nothing when empty', async () => {
    await boot(text, '', false, { 'data-config-stamp': '' });
    expect(scripts()).toContain(VALIDATOR);
  });
});

describe('a validator that does not load (fail closed)', () => {
  it('logs one error naming its file, and nothing starts', async () => {
    await decidedOn(text);
    errors.mockClear();
    await boot(changed, '', false);
    document.head.querySelector(`script[src="${VALIDATOR}"]`)!.dispatchEvent(new Event('error'));
    await new Promise((r) => setTimeout(r));
    expect(errors.mock.calls).toEqual([
      [`[consentry] Could not load ${VALIDATOR} (blocked by Content-Security-Policy or network error); the config cannot be checked, so consentry does not start and no optional script runs.`],
    ]);
    expect(page.Consentry!.consent).toBeNull();
  });
});
