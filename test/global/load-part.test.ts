// @vitest-environment jsdom
// How the script-tag loader fetches the banner and UI files: with its own nonce, and with a usable message on failure.
import { afterEach, describe, expect, it } from 'vitest';
import { loadPart } from '../../src/global/load-part';

const BASE = 'https://cdn.example/consentry/';
const added = () => ({ link: document.head.querySelector('link')!, script: document.head.querySelector('script')! });

afterEach(() => {
  document.head.innerHTML = '';
});

describe('loadPart()', () => {
  it("puts the loader's nonce on the script and the stylesheet, for a nonce-only CSP", () => {
    void loadPart(BASE, 'ui', 'en', () => {}, 'r4nd0m');
    const { link, script } = added();
    expect([script.nonce, link.nonce]).toEqual(['r4nd0m', 'r4nd0m']);
  });

  it('rejects with the URL of a script that failed to load, and why it may have failed', async () => {
    const loaded = loadPart(BASE, 'ui', 'de', () => {});
    added().script.dispatchEvent(new Event('error'));
    await expect(loaded).rejects.toThrow(
      'Could not load https://cdn.example/consentry/consentry-ui.de.global.js (blocked by Content-Security-Policy or network error); the preferences dialog and the cookie declaration cannot show.',
    );
  });

  it('rejects with the URL of a stylesheet that failed to load', async () => {
    const loaded = loadPart(BASE, 'banner', 'en', () => {});
    added().link.dispatchEvent(new Event('error'));
    await expect(loaded).rejects.toThrow('Could not load https://cdn.example/consentry/banner.css (');
  });

  it('resolves with what the script registered once its stylesheet has loaded too', async () => {
    let take: ((part: never) => void) | undefined;
    const loaded = loadPart(BASE, 'banner', 'fr', (_, t) => void (take = t as never));
    const part = { show: () => ({}) };
    take!(part as never);
    added().link.dispatchEvent(new Event('load'));
    await expect(loaded).resolves.toBe(part);
    expect(added().script.src).toBe(BASE + 'consentry-banner.fr.global.js');
  });
});
