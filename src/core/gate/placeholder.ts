import { baseOf } from '../language';
import { embedTexts } from '../texts';
import type { ResolvedConfig } from '../types';
import { stylePlaceholders } from './placeholder-style';
import { EMBED_TEXTS } from './placeholder-texts';
import type { GateTexts } from './types';

/** What a blocked embed's placeholder says and does. */
export interface PlaceholderContent {
  /** The embed's service (or host) and category, by title. */
  vars: { service: string; category: string };
  config: ResolvedConfig;
  /** The gate's `texts` option, over the built-in and config texts. */
  texts: GateTexts | undefined;
  onLoadOnce: () => void;
  onAllow: () => void;
}

/**
 * Fills a placeholder's box (`placeholderBox`) with its message and its two buttons, in the language the page
 * asks for (`lang` set when that is not the page's base language). Built with textContent only, so config texts
 * can never inject markup; native buttons keep it keyboard operable.
 */
export function fillPlaceholder(box: HTMLElement, { vars, config, texts, onLoadOnce, onAllow }: PlaceholderContent): void {
  const doc = box.ownerDocument;
  stylePlaceholders(doc);
  const embed = embedTexts(config, doc.documentElement.lang);
  const all = { ...embed.texts, ...texts };
  const text = (k: keyof GateTexts) => (all[k] ?? EMBED_TEXTS.en![k]).replace(/\{(service|category)\}/g, (_, v: 'service' | 'category') => vars[v]);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>, ...children: Node[]) => {
    const node = Object.assign(doc.createElement(tag), props);
    node.append(...children);
    return node;
  };
  // type="button": the embed may sit inside a form, which a default (submit) button would send.
  const button = (k: keyof GateTexts, onclick: () => void) => el('button', { type: 'button', textContent: text(k), onclick });
  box.append(el('div', {}, el('p', { textContent: text('embedMessage') }), el('p', {}, button('embedLoadOnce', onLoadOnce), button('embedAllow', onAllow))));
  if (baseOf(embed.lang) != baseOf(doc.documentElement.lang)) box.lang = embed.lang;
}
