import { baseOf } from '../language';
import { stylePlaceholders } from './placeholder-style';
import { EMBED_TEXTS } from './placeholder-texts';
import type { GateTexts } from './types';

/**
 * The stand-in for a blocked embed. It takes the place the iframe had on the page (its size, display, margins
 * and alignment, measured where the iframe was laid out, else from its attributes), so nothing moves when it
 * goes in. Built with textContent only, so config texts can never inject markup; native buttons keep it
 * keyboard operable. `lang` is set when the texts are not in the page's (base) language.
 */
export function createPlaceholder(
  doc: Document,
  frame: HTMLIFrameElement,
  vars: { service: string; category: string },
  texts: GateTexts,
  lang: string,
  onLoadOnce: () => void,
  onAllow: () => void,
): HTMLElement {
  stylePlaceholders(doc);
  const text = (k: keyof GateTexts) => (texts[k] ?? EMBED_TEXTS.en![k]).replace(/\{(service|category)\}/g, (_, v: 'service' | 'category') => vars[v]);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>, ...children: Node[]) => {
    const node = Object.assign(doc.createElement(tag), props);
    node.append(...children);
    return node;
  };
  // type="button": the embed may sit inside a form, which a default (submit) button would send.
  const button = (k: keyof GateTexts, onclick: () => void) => el('button', { type: 'button', textContent: text(k), onclick });
  const box = el('div', {}, el('div', {}, el('p', { textContent: text('embedMessage') }), el('p', {}, button('embedLoadOnce', onLoadOnce), button('embedAllow', onAllow))));
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', vars.service);
  if (baseOf(lang) != baseOf(doc.documentElement.lang)) box.lang = lang;
  box.dataset.scope = 'consent';
  box.dataset.part = 'placeholder';

  // CSSOM, not a style attribute: allowed under a strict style-src.
  const { style } = box;
  const rect = frame.getBoundingClientRect();
  if (rect.width) {
    const computed = doc.defaultView!.getComputedStyle(frame);
    style.width = rect.width + 'px';
    style.height = rect.height + 'px';
    style.display = computed.display == 'inline' ? 'inline-block' : computed.display;
    for (const p of ['margin', 'verticalAlign', 'cssFloat'] as const) style[p] = computed[p];
  } else {
    // Width/height attributes are numbers of CSS px or percentages; an iframe is 300 × 150 without them.
    style.display = 'inline-block';
    for (const [d, fallback] of [['width', 300], ['height', 150]] as const) {
      const v = frame.getAttribute(d) || fallback;
      style[d] = +v ? v + 'px' : String(v);
    }
  }
  style.maxWidth = '100%';
  return box;
}
