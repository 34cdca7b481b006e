import type { ConsentConfigJson } from '../core/types';

/**
 * The config as the preview mounts it: in the chosen language and colour scheme, and without a
 * `receiptEndpoint`, so a click in the preview never sends a consent record to the owner's server.
 */
export function previewConfig(config: ConsentConfigJson, language: string | undefined, scheme: 'light' | 'dark'): ConsentConfigJson {
  const { receiptEndpoint: _, ...rest } = config;
  const ui = { ...config.ui };
  // "auto" follows the visitor's system setting: the preview's scheme switch stands for that setting.
  if (ui.theme === undefined || ui.theme == 'auto') ui.theme = scheme;
  return { ...rest, ui, ...(language && { language }) };
}
