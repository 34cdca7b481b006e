// @vitest-environment jsdom
// How the script-tag loader fetches the UI files: with its own nonce, and with a usable message on failure.
import { afterEach, describe, expect, it } from 'vitest';
import { loadUi } from '../../src/global/load-ui';

const BASE = 'https://cdn.example/consentry/';
const added = () => ({ link: document.head.querySelector('link')!, script: document.head.querySelector('script')! });

afterEach(() => {
  document.head.innerHTML = '';
});

describe('loadUi()', () => {
  it("puts the loader's nonce on the UI script and the stylesheet, for a nonce-only CSP", () => {
    void loadUi(BASE, 'en', () => {}, 'r4nd0m');
    const { link, script } = added();
    expect([script.nonce, link.nonce]).toEqual(['r4nd0m', 'r4nd0m']);
  });

  it('rejects with the URL of a UI script that failed to load, and why it may have failed', async () => {
    const loaded = loadUi(BASE, 'de', () => {});
    added().script.dispatchEvent(new Event('error'));
    await expect(loaded).rejects.toThrow(
      'Could not load https://cdn.example/consentry/consentry-ui.de.global.js (blocked by Content-Security-Policy or network error); the banner cannot show.',
    );
  });

  it('rejects with the URL of a stylesheet that failed to load', async () => {
    const loaded = loadUi(BASE, 'en', () => {});
    added().link.dispatchEvent(new Event('error'));
    await expect(loaded).rejects.toThrow('Could not load https://cdn.example/consentry/ui.css (');
  });
});
