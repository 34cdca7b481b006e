// Server side: no DOM, no cookie library, only standard JavaScript, so it runs in Node and edge runtimes.
export { readConsent } from './read-consent';
export { parseSecGpc } from './sec-gpc';
export { isTagAllowed, renderTags } from './render-tags';
export { stampConfig } from './stamp-config';
// Its own copy in CommonJS builds: catch the error this entry throws with the class this entry exports.
export { ConsentConfigError } from '../core/issues';

export type { ReadConsentOptions } from './read-consent';
export type { ConsentTag } from './render-tags';
export type { ConfigIssue } from '../core/issues';
export type { ConsentConfig, ConsentRecord, ConsentState, ResolvedConfig } from '../core/types';
