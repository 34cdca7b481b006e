import { ConsentConfigError } from '../core/issues';
import { configStamp } from '../core/stamp';
import { validateConfig } from '../core/validate';

/**
 * The `data-config-stamp` for a page whose config is `text` (the inline config's text, or the file that
 * `data-config` names): with it on consentry's script tag, a visitor's browser skips downloading the config
 * validator, since this one already accepted this text. Throws `ConsentConfigError` for text that is not JSON
 * or not a valid config: a stamp vouches for nothing else. It changes with the text and with the library's
 * version, and a stale one only costs the visitor that download.
 */
export function stampConfig(text: string): string {
  let input: unknown;
  try {
    input = JSON.parse(text.trim());
  } catch (e) {
    throw new ConsentConfigError([{ path: '', message: 'not JSON: ' + (e as Error).message }]);
  }
  const result = validateConfig(input);
  if (!result.ok) throw new ConsentConfigError(result.issues);
  return configStamp(text);
}
