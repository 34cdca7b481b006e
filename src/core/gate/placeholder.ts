import type { GateTexts } from './types';

const DEFAULTS: Record<keyof GateTexts, string> = {
  embedMessage: 'This content is hosted by {service} and needs your consent for {category} cookies.',
  embedLoadOnce: 'Load this once',
  embedAllow: 'Allow {category}',
};

/**
 * The stand-in for a blocked embed, sized like it. Built with textContent only, so config texts can
 * never inject markup; native buttons keep it keyboard operable.
 */
export function createPlaceholder(
  doc: Document,
  frame: HTMLIFrameElement,
  vars: { service: string; category: string },
  texts: GateTexts,
  onLoadOnce: () => void,
  onAllow: () => void,
): HTMLElement {
  const text = (k: keyof GateTexts) =>
    (texts[k] ?? DEFAULTS[k]).replace(/\{(service|category)\}/g, (_, v: 'service' | 'category') => vars[v]);
  // type="button": the embed may sit inside a form, which a default (submit) button would send.
  const button = (k: keyof GateTexts, onclick: () => void) =>
    Object.assign(doc.createElement('button'), { type: 'button', textContent: text(k), onclick });
  const box = doc.createElement('div');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', vars.service);
  box.dataset.scope = 'consent';
  box.dataset.part = 'placeholder';
  // Width/height attributes are numbers of CSS px or percentages.
  for (const d of ['width', 'height'] as const) {
    const v = frame[d];
    if (v) box.style[d] = +v ? v + 'px' : v;
  }
  box.append(
    Object.assign(doc.createElement('p'), { textContent: text('embedMessage') }),
    button('embedLoadOnce', onLoadOnce),
    button('embedAllow', onAllow),
  );
  return box;
}
