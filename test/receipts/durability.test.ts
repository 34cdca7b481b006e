// Nothing acknowledged is lost (R-GDPR-20): the built server SIGKILLed under load and restarted, on each backend.
// Bounded here; `npm run bench:receipts` runs the same with 20,000 receipts.
import { describe, expect, it } from 'vitest';
import { loadAndKill } from '../tools/receipts-load.mjs';
import { backends } from './backends';

describe.each(backends)('durability on $name', (backend) => {
  it('keeps every receipt it answered 201 when SIGKILLed mid-load, and its chain verifies after the restart', { timeout: 60_000 }, async () => {
    const db = await backend.create();
    try {
      const result = await loadAndKill({ database: db.database, total: 400, concurrency: 20, killAfter: 200 });
      expect(result).toMatchObject({ killed: true, acknowledged: 400, stored: 400, missing: [], verified: true });
    } finally {
      await db.drop();
    }
  });
});
