// @vitest-environment jsdom
// What an instance does after destroy(), and with a second instance on the same page (issue #8, item 6 and 7).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent, createGate, memoryStorage, type Consent, type ConsentOptions } from '../../src';
import { clinicConfig } from '../helpers/configs';
import { page, recordRuns, report, tick } from '../helpers/dom';

const made: Consent[] = [];
afterEach(() => {
  made.splice(0).forEach((c) => c.destroy());
  document.body.innerHTML = '';
});
const make = (options: ConsentOptions = {}) => {
  const consent = createConsent(clinicConfig(), { storage: memoryStorage(), ...options });
  made.push(consent);
  return consent;
};

describe('after destroy()', () => {
  it.each(['acceptAll', 'rejectAll', 'reset'] as const)('%s throws and stores nothing', (method) => {
    const storage = memoryStorage();
    const consent = make({ storage });
    consent.destroy();
    expect(() => consent[method]()).toThrow(/destroyed/);
    expect(storage.read()).toBeUndefined();
  });

  it('save throws and stores nothing', () => {
    const storage = memoryStorage();
    const consent = make({ storage });
    consent.destroy();
    expect(() => consent.save({ analytics: true })).toThrow(/destroyed/);
    expect(storage.read()).toBeUndefined();
  });

  it('emits no event for a refused decision', async () => {
    const consent = make();
    const events = vi.fn();
    consent.on('change', events);
    consent.on('record', events);
    consent.destroy();
    expect(() => consent.acceptAll()).toThrow();
    await tick();
    expect(events).not.toHaveBeenCalled();
  });

  it('still answers with the last state', () => {
    const consent = make();
    consent.save({ analytics: true });
    consent.destroy();
    expect(consent.isGranted('analytics')).toBe(true);
    expect(consent.needsDecision()).toBe(false);
    expect(consent.getState().categories.analytics).toBe(true);
  });

  it('loadScript rejects at once', async () => {
    const consent = make();
    consent.destroy();
    await expect(consent.loadScript('/t/a.js', { category: 'analytics' })).rejects.toThrow();
  });

  it('a second destroy() does nothing', () => {
    const consent = make();
    consent.destroy();
    expect(() => consent.destroy()).not.toThrow();
  });

  it('frees the document for a new instance to gate', async () => {
    make().destroy();
    page(`<script type="text/plain" data-category="analytics">${report('analytics')}</script>`);
    const runs = recordRuns();
    const next = make();
    next.acceptAll();
    await tick();
    expect(runs).toEqual(['analytics']);
  });
});

describe('a second instance on the same page', () => {
  it('does not gate the document, and says why in an error event', async () => {
    make();
    const second = make();
    const errors = vi.fn();
    second.on('error', errors);
    await tick();
    expect(errors).toHaveBeenCalledWith({ operation: 'gate', error: expect.objectContaining({ message: expect.stringMatching(/another instance gates this document/) }) });
  });

  it('runs each gated script once, through the first instance', async () => {
    page(`<script type="text/plain" data-category="analytics">${report('analytics')}</script>`);
    const runs = recordRuns();
    const first = make();
    make();
    first.acceptAll();
    await tick();
    expect(runs).toEqual(['analytics']);
  });

  it('puts one placeholder on a blocked embed', async () => {
    page('<iframe data-category="marketing" data-src="https://maps.example/embed"></iframe>');
    make();
    make();
    await tick();
    expect(document.querySelectorAll('[data-part="placeholder"]')).toHaveLength(1);
  });

  it('gates with gate: false on the second and no error', async () => {
    make();
    const second = make({ gate: false });
    const errors = vi.fn();
    second.on('error', errors);
    await tick();
    expect(errors).not.toHaveBeenCalled();
  });

  it('createGate on a document another gate holds throws, naming the way out', () => {
    const consent = make();
    expect(() => createGate(consent, document)).toThrow(/gate: false/);
  });
});

describe('responsive images', () => {
  it('activates an <img> with data-srcset and no data-src', async () => {
    page('<img data-category="analytics" data-srcset="/t/a.gif 1x, /t/b.gif 2x" alt="">');
    make().acceptAll();
    await tick();
    expect(document.querySelector('img')!.getAttribute('srcset')).toBe('/t/a.gif 1x, /t/b.gif 2x');
  });

  it('activates a <source> inside <picture> with data-srcset', async () => {
    page('<picture><source data-category="analytics" data-srcset="/t/a.gif"><img data-category="analytics" data-src="/t/b.gif" alt=""></picture>');
    make().acceptAll();
    await tick();
    expect(document.querySelector('source')!.getAttribute('srcset')).toBe('/t/a.gif');
  });

  it('leaves data-srcset alone until consent', async () => {
    page('<img data-category="analytics" data-srcset="/t/a.gif 1x" alt="">');
    make();
    await tick();
    expect(document.querySelector('img')!.hasAttribute('srcset')).toBe(false);
  });
});
