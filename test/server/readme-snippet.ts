// The README's consentry/server snippet, so `npm run typecheck` checks it; readme-snippet.test.ts keeps the two
// the same. Imports point into the repository: the typecheck runs before the build.
import { parseSecGpc, readConsent, renderTags, type ConsentTag } from '../../src/server';
import config from '../../examples/node-ssr/consent.json' with { type: 'json' };

const tags: ConsentTag[] = [
  { category: 'analytics', html: '<script src="/stats.js"></script>' },
  { category: 'marketing', service: 'meta-pixel', html: '<script src="/pixel.js"></script>' },
];

export function head(request: Request): string {
  const state = readConsent(request.headers.get('cookie'), config, { secGpc: request.headers.get('sec-gpc') });
  return renderTags(state, tags); // only the granted tags' markup
}

parseSecGpc('1'); // true: Global Privacy Control is on (R-US-6)
