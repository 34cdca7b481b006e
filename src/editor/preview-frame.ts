import type { ConsentConfigJson } from '../core/types';
import type { PreviewReply, PreviewRequest } from './preview-protocol';

/** preview.html with its script and stylesheet inline, put here by the build (tsup.config.ts). */
declare const __PREVIEW_DOCUMENT__: string;

export type PreviewWidth = 'phone' | 'desktop';
export type Scheme = PreviewRequest['scheme'];

/** The viewport each width stands for, in CSS pixels. */
export const VIEWPORTS: Record<PreviewWidth, { width: number; height: number }> = {
  phone: { width: 375, height: 667 },
  desktop: { width: 1280, height: 800 },
};

export interface PreviewOptions {
  language: string | undefined;
  scheme: Scheme;
  width: PreviewWidth;
}

export interface Preview {
  /** Shows a config that has no errors; the preview keeps it until the next one. */
  show(config: ConsentConfigJson): void;
  /** Shows the last config again with other options. */
  set(options: Partial<PreviewOptions>): void;
}

/**
 * The preview frame in `stage`: preview.html, sandboxed without same-origin rights, at the chosen viewport
 * size and scaled down to fit. `onReply` hears what the frame showed, or why it could not.
 * `onScale` hears the scale whenever it changes.
 */
export function createPreview(
  stage: HTMLElement,
  initial: PreviewOptions,
  onReply: (reply: PreviewReply) => void,
  onScale: (scale: number) => void,
): Preview {
  const options = { ...initial };
  const frame = stage.ownerDocument.createElement('iframe');
  frame.srcdoc = __PREVIEW_DOCUMENT__;
  frame.title = 'Preview of the banner and dialog';
  // allow-scripts alone: an opaque origin, so nothing in the frame can touch this site's cookies or storage.
  frame.sandbox.add('allow-scripts');
  const box = stage.ownerDocument.createElement('div');
  box.className = 'preview-box';
  box.append(frame);
  stage.append(box);

  let config: ConsentConfigJson | undefined;
  let ready = false;
  const send = () => {
    if (!ready || !config) return;
    const request: PreviewRequest = { type: 'consentry-preview:show', config, language: options.language, scheme: options.scheme };
    frame.contentWindow?.postMessage(request, '*');
  };
  addEventListener('message', (event: MessageEvent<PreviewReply>) => {
    if (event.source !== frame.contentWindow) return;
    if (event.data?.type == 'consentry-preview:ready') {
      ready = true;
      send();
    } else onReply(event.data);
  });

  let scale = 0;
  const fit = () => {
    const { width, height } = VIEWPORTS[options.width];
    const style = getComputedStyle(stage);
    const room = (size: number, start: string, end: string) => size - parseFloat(start) - parseFloat(end);
    const next = Math.min(
      1,
      room(stage.clientWidth, style.paddingLeft, style.paddingRight) / width,
      room(stage.clientHeight, style.paddingTop, style.paddingBottom) / height,
    );
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
    // zoom rather than a transform: the frame keeps its viewport size, and hit testing stays exact.
    frame.style.zoom = String(next);
    if (next != scale) onScale((scale = next));
  };
  new ResizeObserver(fit).observe(stage);
  fit();

  return {
    show(next) {
      config = next;
      send();
    },
    set(changes) {
      Object.assign(options, changes);
      fit();
      send();
    },
  };
}
