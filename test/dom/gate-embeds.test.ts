// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createConsent, memoryStorage } from '../../src';
import { createGate } from '../../src/core/gate';
import type { Gate } from '../../src/core/gate';
import { fakeConsent } from '../helpers/fake-consent';
import { page, tick } from '../helpers/dom';

let gate: Gate | undefined;
afterEach(() => {
  gate?.destroy();
  gate = undefined;
  document.body.innerHTML = '';
});

const VIDEO = '<iframe data-category="marketing" data-src="https://www.youtube-nocookie.com/embed/x" width="560" height="315"></iframe>';
const placeholder = () => document.querySelector<HTMLElement>('[data-part="placeholder"]');
const button = (name: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent == name) ?? null;

describe('gated iframes, images and links (R-GDPR-1)', () => {
  it('sets the real URL of an iframe, img and link only after consent', async () => {
    page(
      VIDEO +
        '<img data-category="marketing" data-src="/t/pixel.gif" data-srcset="/t/pixel2.gif 2x">' +
        '<link rel="stylesheet" data-category="marketing" data-href="/t/font.css">',
    );
    const consent = fakeConsent();
    gate = createGate(consent, document);
    await tick();
    expect(document.querySelector('[src]')).toBeNull();
    expect(document.querySelector('link')!.hasAttribute('href')).toBe(false);

    consent.set({ marketing: true });
    await tick();
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/x');
    expect(document.querySelector('img')!.getAttribute('src')).toBe('/t/pixel.gif');
    expect(document.querySelector('img')!.getAttribute('srcset')).toBe('/t/pixel2.gif 2x');
    expect(document.querySelector('link')!.getAttribute('href')).toBe('/t/font.css');
  });

  it('activates an embed added after start-up as soon as consent allows it', async () => {
    const consent = fakeConsent(undefined, { marketing: true });
    gate = createGate(consent, document);
    document.body.insertAdjacentHTML('beforeend', '<img data-category="marketing" data-src="/t/late.gif">');
    await tick();
    expect(document.querySelector('img')!.getAttribute('src')).toBe('/t/late.gif');
  });
});

describe('embed placeholder', () => {
  it('stands in for a blocked iframe at its size, naming the host and the category title', async () => {
    page(VIDEO);
    gate = createGate(fakeConsent(), document);
    await tick();
    const ph = placeholder()!;
    expect(ph.nextElementSibling).toBe(document.querySelector('iframe'));
    expect(document.querySelector('iframe')!.style.getPropertyValue('display')).toBe('none');
    expect(document.querySelector('iframe')!.style.getPropertyPriority('display')).toBe('important');
    expect(ph.style.width).toBe('560px');
    expect(ph.style.height).toBe('315px');
    expect(ph.querySelector('p')!.textContent).toBe(
      'This content is hosted by www.youtube-nocookie.com and needs your consent for Marketing cookies.',
    );
  });

  it('keeps percentage sizes as they are', async () => {
    page('<iframe data-category="marketing" data-src="https://maps.example/x" width="100%" height="300"></iframe>');
    gate = createGate(fakeConsent(), document);
    await tick();
    expect(placeholder()!.style.width).toBe('100%');
  });

  it('names the service by its config title when data-service is set', async () => {
    page('<iframe data-category="marketing" data-service="youtube" data-src="https://www.youtube.com/embed/x"></iframe>');
    gate = createGate(fakeConsent(), document);
    await tick();
    expect(placeholder()!.querySelector('p')!.textContent).toContain('hosted by YouTube');
  });

  it('is a group named after the service, with native buttons that keyboard users can reach (R-A11Y-6)', async () => {
    page(VIDEO);
    gate = createGate(fakeConsent(), document);
    await tick();
    const ph = placeholder()!;
    expect(ph.getAttribute('role')).toBe('group');
    expect(ph.getAttribute('aria-label')).toBe('www.youtube-nocookie.com');
    const buttons = [...ph.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Load this once', 'Allow Marketing']);
    expect(buttons.every((b) => b.type == 'button' && b.tabIndex == 0)).toBe(true);
  });

  it('"Load this once" loads only that embed and stores nothing', async () => {
    page(VIDEO + VIDEO.replace('/x"', '/y"'));
    const consent = fakeConsent();
    gate = createGate(consent, document);
    await tick();
    button('Load this once')!.click();
    await tick();
    const [first, second] = document.querySelectorAll('iframe');
    expect(first!.getAttribute('src')).toMatch(/\/x$/);
    expect(first!.hidden).toBe(false);
    expect(second!.hasAttribute('src')).toBe(false);
    expect(document.querySelectorAll('[data-part="placeholder"]')).toHaveLength(1);
    expect(consent.getState().decided).toBe(false);
    expect(consent.isGranted('marketing')).toBe(false);
  });

  it('"Allow {category}" grants the category and loads every embed of it', async () => {
    page(VIDEO + VIDEO.replace('/x"', '/y"'));
    const consent = fakeConsent();
    gate = createGate(consent, document);
    await tick();
    button('Allow Marketing')!.click();
    await tick();
    expect(consent.isGranted('marketing')).toBe(true);
    expect([...document.querySelectorAll('iframe')].map((f) => f.hasAttribute('src'))).toEqual([true, true]);
    expect(placeholder()).toBeNull();
  });

  it('moves focus to the embed when the placeholder holding focus goes away', async () => {
    page(VIDEO);
    gate = createGate(fakeConsent(), document);
    await tick();
    const once = button('Load this once')!;
    once.focus();
    once.click();
    expect(document.activeElement).toBe(document.querySelector('iframe'));
  });

  it('uses the texts given in options', async () => {
    page(VIDEO);
    gate = createGate(fakeConsent(), document, {
      texts: { embedMessage: '{service} braucht Ihre Zustimmung für {category}.', embedLoadOnce: 'Einmal laden', embedAllow: '{category} erlauben' },
    });
    await tick();
    expect(placeholder()!.querySelector('p')!.textContent).toBe('www.youtube-nocookie.com braucht Ihre Zustimmung für Marketing.');
    expect(button('Einmal laden')).not.toBeNull();
    expect(button('Marketing erlauben')).not.toBeNull();
  });

  it('shows no placeholder for a "!category" embed', async () => {
    page('<iframe data-category="!marketing" data-src="/t/static-map.html"></iframe>');
    gate = createGate(fakeConsent(undefined, { marketing: true }), document);
    await tick();
    expect(placeholder()).toBeNull();
  });

  it('removes its placeholders on destroy()', async () => {
    page(VIDEO);
    gate = createGate(fakeConsent(), document);
    await tick();
    gate.destroy();
    expect(placeholder()).toBeNull();
    expect(document.querySelector('iframe')!.hidden).toBe(false);
  });
});

describe('embed placeholder texts and looks (issue #9)', () => {
  afterEach(() => {
    document.documentElement.lang = '';
  });

  it.each([
    ['de', 'Einmal laden'],
    ['de-AT', 'Einmal laden'],
    ['fr', 'Charger une seule fois'],
    ['pl', 'Wczytaj jednorazowo'],
  ])('speaks the page language %s without the UI', async (lang, loadOnce) => {
    document.documentElement.lang = lang;
    page(VIDEO);
    gate = createGate(fakeConsent(), document);
    await tick();
    expect(button(loadOnce)).not.toBeNull();
    expect(placeholder()!.hasAttribute('lang')).toBe(false);
  });

  it('falls back to English for a language without texts, and says so with lang', async () => {
    document.documentElement.lang = 'sv';
    page(VIDEO);
    gate = createGate(fakeConsent(), document);
    await tick();
    expect(button('Load this once')).not.toBeNull();
    expect(placeholder()!.lang).toBe('en');
  });

  it('takes the config\'s texts for the page language over the built-in ones', async () => {
    document.documentElement.lang = 'de';
    page(VIDEO);
    const consent = createConsent(
      { links: { cookiePolicy: '/c', privacyPolicy: '/p' }, texts: { de: { embedLoadOnce: 'Nur dieses Mal' } }, categories: [{ id: 'essential', required: true, title: 'E', description: '' }, { id: 'marketing', title: 'Marketing', description: '' }] },
      { storage: memoryStorage(), gate: false },
    );
    gate = createGate(consent, document);
    await tick();
    expect(button('Nur dieses Mal')).not.toBeNull();
    expect(button('Marketing erlauben')).not.toBeNull();
  });

  it('puts back the iframe\'s own inline display when it is shown', async () => {
    page(VIDEO.replace('<iframe', '<iframe style="display: block"'));
    const consent = fakeConsent();
    gate = createGate(consent, document);
    await tick();
    consent.set({ marketing: true });
    await tick();
    expect(document.querySelector('iframe')!.style.display).toBe('block');
    expect(document.querySelector('iframe')!.style.getPropertyPriority('display')).toBe('');
  });

  it('falls back to the 300 × 150 an iframe has without size attributes', async () => {
    page('<iframe data-category="marketing" data-src="https://maps.example/x"></iframe>');
    gate = createGate(fakeConsent(), document);
    await tick();
    expect([placeholder()!.style.width, placeholder()!.style.height]).toEqual(['300px', '150px']);
  });
});
