import type { Consent } from '../types';
import { cloneScript, setUrls } from './activate';
import { clearDeclared } from './clear-declared';
import { checkKnown, ownersOf, titleOf } from './config-lookup';
import { gateTarget } from './target';
import { fillPlaceholder } from './placeholder';
import { placeholderBox } from './placeholder-box';
import type { Gate, GateOptions } from './types';

// Any element with a deferred URL, plus inline gated scripts. Activated script copies are marked seen.
const SELECTOR = '[data-category]:is(script[type="text/plain"],[data-src],[data-srcset],[data-href])';

// On the document itself, so that copies of consentry from different bundles (npm and script tag) see it.
const CLAIM = Symbol.for('consentry.gate');
type Claimed = Document & { [CLAIM]?: true };

/**
 * Why `doc` cannot take another gate, or `undefined` when it can. Two gates on one document would each run
 * the same scripts in their own order and put two placeholders on each embed.
 */
export function gateRefusal(doc: Document): Error | undefined {
  if ((doc as Claimed)[CLAIM])
    return new Error('consentry: another instance gates this document, so this one does not; pass { gate: false } to one of them');
}

/**
 * Activates gated elements of `doc` whenever `consent` allows them, including elements added later,
 * and cleans up on withdrawal (R-GDPR-18, R-CK-4, R-INT-10).
 */
export function createGate(consent: Consent, doc: Document, options: GateOptions = {}): Gate {
  const refused = gateRefusal(doc);
  if (refused) throw refused;
  (doc as Claimed)[CLAIM] = true;
  const win = doc.defaultView!;
  // Activated or queued elements: each runs at most once.
  const seen = new WeakSet<Element>();
  // Blocked iframes and their placeholders.
  const held = new Map<HTMLElement, HTMLElement>();
  // loadScript() callbacks, keyed by the gated element.
  const settle = new WeakMap<Element, (e: Event) => void>();
  // Ids whose scripts ran: code cannot be unloaded, so withdrawing them needs a reload.
  const ran = new Set<string>();
  let live = true;

  const allowed = (el: HTMLElement) => {
    const [id, neg] = gateTarget(el);
    return neg != consent.isGranted(id);
  };

  // The page's own display of each held iframe, put back when it is shown.
  const displays = new Map<HTMLElement, [string, string]>();
  const unhide = (el: HTMLElement) => {
    const [value, priority] = displays.get(el)!;
    el.style.setProperty('display', value, priority);
    held.get(el)!.remove();
  };

  const show = (el: HTMLElement) => {
    seen.add(el);
    setUrls(el);
    const ph = held.get(el);
    if (ph) {
      const focused = ph.contains(doc.activeElement);
      unhide(el);
      // Keep keyboard users on the embed instead of dropping focus to <body>.
      if (focused) el.focus();
    }
  };

  // Allowed scripts waiting for their turn, in document order; `waiting` while an external one loads.
  const pending: HTMLScriptElement[] = [];
  let waiting = false;

  // Like the parser: inline scripts run back to back in one go, an external one holds up all after it.
  const drain = () => {
    while (!waiting && pending[0]) {
      const el = pending.shift()!;
      // Consent may have been withdrawn, or the node removed, while it waited.
      if (!el.isConnected || !allowed(el)) {
        seen.delete(el);
        continue;
      }
      const s = cloneScript(el);
      seen.add(s);
      const [id, neg] = gateTarget(el);
      // Withdrawing a category also flips its services, so the one id is enough to match later.
      if (!neg) ran.add(id);
      // Inline scripts run on insertion; only external ones have a load/error event to wait for.
      if (s.src) {
        waiting = true;
        const end = (e: Event) => {
          waiting = false;
          settle.get(el)?.(e);
          // After the reactions to loadScript()'s promise, which a later script may count on.
          queueMicrotask(drain);
        };
        // Listeners, not onload: the page's own onload attribute came along with the copy.
        s.addEventListener('load', end);
        s.addEventListener('error', end);
      }
      el.replaceWith(s);
    }
  };

  const language = consent.config.language ?? doc.documentElement.lang;
  const hold = (el: HTMLIFrameElement) => {
    const cat = el.dataset.category!;
    const svc = el.dataset.service;
    const vars = {
      // An anchor parses any URL without throwing, unlike new URL().
      service: svc ? titleOf(consent.config, svc, language) : Object.assign(doc.createElement('a'), { href: el.dataset.src }).host,
      category: titleOf(consent.config, cat, language),
    };
    const ph = placeholderBox(doc, el, vars.service);
    fillPlaceholder(ph, {
      vars,
      config: consent.config,
      texts: options.texts,
      onLoadOnce: () => show(el),
      // A category's services follow it, so this also grants the embed's own service.
      onAllow: () => consent.save({ [cat]: true }),
    });
    held.set(el, ph);
    // Inline and important, set through CSSOM: the page's own `iframe { display: block }` must not show the
    // empty frame (or leave it a Tab stop) beside its placeholder; only the page's inline !important can.
    displays.set(el, [el.style.getPropertyValue('display'), el.style.getPropertyPriority('display')]);
    el.style.setProperty('display', 'none', 'important');
    el.before(ph);
  };

  const apply = () => {
    // While the parser runs, an inline script it inserted may not have all its text yet.
    if (doc.readyState == 'loading') return;
    for (const el of doc.querySelectorAll<HTMLElement>(SELECTOR)) {
      if (seen.has(el)) continue;
      if (allowed(el)) {
        if (el.tagName != 'SCRIPT') show(el);
        else {
          seen.add(el);
          pending.push(el as HTMLScriptElement);
        }
      } else if (el.tagName == 'IFRAME' && !held.has(el) && !gateTarget(el)[1]) hold(el as HTMLIFrameElement);
    }
    drain();
  };

  const mo = new win.MutationObserver(apply);
  mo.observe(doc, { childList: true, subtree: true });
  doc.addEventListener('DOMContentLoaded', apply);

  // A tick later, so vendor adapters listening to the same change send their "denied" update before cookies
  // are deleted, and their "granted" update before scripts run (R-INT-11).
  const off = consent.subscribe(({ changed, remote }) =>
    queueMicrotask(() => {
      if (!live) return;
      // Withdrawn by the visitor: a grant the page only holds back (a protected page) leaves its cookies alone.
      const { choices } = consent.getState();
      const gone = changed.filter((id) => !choices[id]);
      if (gone[0]) {
        clearDeclared(doc, ownersOf(consent.config, gone));
        const reload = gone.some((i) => ran.has(i));
        options.onWithdraw?.({ withdrawn: gone, ran: reload });
        // Another tab's withdrawal must not reload this one under the visitor's hands (a half-filled form).
        if (reload && !remote && options.reloadOnWithdraw !== false) (options.reload ?? (() => win.location.reload()))();
      }
      apply();
    }),
  );

  return {
    destroy() {
      if (!live) return;
      live = false;
      delete (doc as Claimed)[CLAIM];
      off();
      mo.disconnect();
      doc.removeEventListener('DOMContentLoaded', apply);
      held.forEach((_, el) => unhide(el));
    },
    loadScript(src, { category, service, attributes }) {
      if (!live) return Promise.reject(new Error('consentry: this gate was destroyed'));
      return new Promise((resolve, reject) => {
        // What these throw rejects the promise at once.
        const cats = consent.config.categories;
        const id = category.replace(/^!/, '');
        checkKnown(id, cats.map((c) => c.id), 'category', 'loadScript()');
        if (service) checkKnown(service, cats.find((c) => c.id == id)!.services.map((s) => s.id), 'service', `loadScript() for category "${id}"`);
        const el = doc.createElement('script');
        for (const k in attributes) el.setAttribute(k, attributes[k]!);
        el.type = 'text/plain';
        Object.assign(el.dataset, { category, src }, service && { service });
        settle.set(el, (e) => (e.type == 'load' ? resolve(e.target as HTMLScriptElement) : reject(e)));
        // The MutationObserver picks it up like any other gated script.
        doc.head.append(el);
      });
    },
  };
}
