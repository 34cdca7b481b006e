// @vitest-environment jsdom
// One UI per consent instance (issue #10): a second mount would stack a second banner over the first.
import { describe, expect, it } from 'vitest';
import { mountConsentUI } from '../../src/ui';
import { mountUi } from './setup';

const roots = () => document.querySelectorAll('[data-scope=consent][data-part=root]').length;
const ALREADY = 'consentry: this consent instance already has a UI; call its unmount() before mounting another';

describe('mountConsentUI() on an instance that has a UI', () => {
  it('throws while the first UI is mounted, and leaves one banner', () => {
    const { consent } = mountUi();
    expect(() => mountConsentUI(consent)).toThrow(new Error(ALREADY));
    expect(roots()).toBe(1);
  });

  it("mounts again after the first UI's unmount()", () => {
    const { consent, ui } = mountUi();
    ui.unmount();
    const again = mountConsentUI(consent);
    expect(roots()).toBe(1);
    again.unmount();
  });

  it("still throws after a stale UI's second unmount()", () => {
    const { consent, ui } = mountUi();
    ui.unmount();
    const second = mountConsentUI(consent);
    ui.unmount();
    expect(() => mountConsentUI(consent)).toThrow(ALREADY);
    second.unmount();
  });
});
