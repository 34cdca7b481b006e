// Every store operation, on each backend (R-GDPR-20).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS } from '../../src/receipts/chain';
import { openReceiptStore } from '../../src/receipts/open-store';
import type { ReceiptStore } from '../../src/receipts/types';
import { backends, freshStore, receipt, type TestDatabase } from './backends';

describe.each(backends)('receipt store on $name', (backend) => {
  let db: TestDatabase;
  let store: ReceiptStore;
  let close: () => Promise<void>;
  beforeEach(async () => ({ db, store, close } = await freshStore(backend)));
  afterEach(() => close());

  it('stores a receipt and gives it back by consent id, with the time it was received', async () => {
    const r = receipt();
    expect(await store.add('north', r, new Date('2026-11-25T09:00:01.000Z'))).toBe(true);
    expect(await store.byConsentId('north', r.consentId)).toEqual([{ ...r, receivedAt: '2026-11-25T09:00:01.000Z' }]);
  });

  it('stores a receipt delivered twice only once', async () => {
    const r = receipt();
    expect([await store.add('north', r), await store.add('north', r)]).toEqual([true, false]);
    expect(await store.byConsentId('north', r.consentId)).toHaveLength(1);
  });

  it('stores the same receipt twice in one batch only once', async () => {
    const r = receipt();
    expect(await Promise.all([store.add('north', r), store.add('north', r)])).toEqual([true, false]);
    expect((await store.ends('north')).head.seq).toBe(1);
  });

  it("gives one visitor's receipts oldest first", async () => {
    const later = receipt({ timestamp: '2026-11-26T09:00:00.000Z', action: 'withdraw' });
    await store.add('north', later);
    await store.add('north', { ...later, timestamp: '2026-11-25T09:00:00.000Z', action: 'accept_all' });
    expect((await store.byConsentId('north', later.consentId)).map((r) => r.action)).toEqual(['accept_all', 'withdraw']);
  });

  it('keeps each site apart: the same receipt on two sites is two receipts, each found only on its own site', async () => {
    const r = receipt();
    expect([await store.add('north', r), await store.add('south', r)]).toEqual([true, true]);
    expect(await store.byConsentId('north', r.consentId)).toHaveLength(1);
    expect(await store.byConsentId('east', r.consentId)).toEqual([]);
    expect(await store.sites()).toEqual(['north', 'south']);
    expect((await store.ends('north')).head.seq).toBe(1);
  });

  it('numbers a site\'s receipts 1, 2, 3… in one chain, also when many arrive at once', async () => {
    await Promise.all(Array.from({ length: 120 }, () => store.add('north', receipt())));
    const rows = await store.chainPage('north', { seq: -1, id: -1 }, 1000);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect((await store.ends('north')).head).toEqual({ seq: 120, hash: rows[119]!.hash });
  });

  it('pages through the chain after a given row', async () => {
    for (let i = 0; i < 5; i++) await store.add('north', receipt());
    const [, second] = await store.chainPage('north', { seq: -1, id: -1 }, 2);
    expect((await store.chainPage('north', second!, 10)).map((r) => r.seq)).toEqual([3, 4, 5]);
  });

  it('starts every chain at the genesis hash, before any receipt or purge', async () => {
    expect(await store.ends('nowhere')).toEqual({ checkpoint: { seq: 0, hash: GENESIS, purgedAt: null, purgedBefore: null }, head: { seq: 0, hash: GENESIS } });
  });

  it('extends one chain from two stores on the same database, as two server instances do', async () => {
    const other = await openReceiptStore(db.database);
    try {
      await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? store : other).add('north', receipt())));
    } finally {
      await other.close();
    }
    const rows = await store.chainPage('north', { seq: -1, id: -1 }, 1000);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  it('finds the first receipt received at or after a time', async () => {
    await store.add('north', receipt(), new Date('2024-01-01T00:00:00.000Z'));
    await store.add('north', receipt(), new Date('2025-01-01T00:00:00.000Z'));
    expect(await store.firstSeqFrom('north', new Date('2024-06-01T00:00:00.000Z'))).toBe(2);
    expect(await store.firstSeqFrom('north', new Date('2026-01-01T00:00:00.000Z'))).toBeNull();
  });

  it('deletes receipts through a seq and records the last one as the checkpoint', async () => {
    for (let i = 0; i < 3; i++) await store.add('north', receipt());
    const [, second] = await store.chainPage('north', { seq: -1, id: -1 }, 10);
    expect(await store.deleteThrough('north', 2, new Date('2026-01-01T00:00:00.000Z'))).toBe(2);
    const ends = await store.ends('north');
    expect(ends.checkpoint).toMatchObject({ seq: 2, hash: second!.hash, purgedBefore: '2026-01-01T00:00:00.000Z' });
    expect((await store.chainPage('north', { seq: -1, id: -1 }, 10)).map((r) => r.seq)).toEqual([3]);
  });

  it('keeps what it acknowledged: a reopened store has every receipt', async () => {
    const r = receipt();
    await store.add('north', r);
    const reopened = await openReceiptStore(db.database);
    try {
      expect(await reopened.byConsentId('north', r.consentId)).toHaveLength(1);
    } finally {
      await reopened.close();
    }
  });

  it('has no column for an address, a user agent or any request data (R-GDPR-19)', async () => {
    await store.add('north', receipt());
    const [row] = await db.sql('SELECT * FROM receipts');
    expect(Object.keys(row!).filter((c) => /ip|addr|agent|header|host|referer/i.test(c))).toEqual([]);
  });
});
