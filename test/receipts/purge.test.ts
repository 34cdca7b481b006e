// Retention on each backend: old receipts go, what remains still verifies from the checkpoint.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { before, parseDuration } from '../../src/receipts/duration';
import { purgeReceipts } from '../../src/receipts/purge';
import type { ReceiptStore } from '../../src/receipts/types';
import { verifyChain } from '../../src/receipts/verify';
import { backends, freshStore, receipt, type TestDatabase } from './backends';

const at = (iso: string) => new Date(iso);

describe.each(backends)('purge on $name', (backend) => {
  let db: TestDatabase;
  let store: ReceiptStore;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ db, store, close } = await freshStore(backend));
    for (const day of ['2022-01-01', '2022-06-01', '2023-01-01', '2025-01-01', '2026-01-01']) await store.add('north', receipt(), at(`${day}T12:00:00.000Z`));
    await store.add('south', receipt(), at('2022-01-01T12:00:00.000Z'));
  });
  afterEach(() => close());

  const seqs = async () => (await store.chainPage('north', { seq: -1, id: -1 }, 100)).map((r) => r.seq);

  it('deletes the receipts received before the cutoff and keeps the rest', async () => {
    expect(await purgeReceipts(store, 'north', at('2024-01-01T00:00:00.000Z'))).toMatchObject({ ok: true, deleted: 3, checkpoint: { seq: 3 } });
    expect(await seqs()).toEqual([4, 5]);
  });

  it('leaves a chain that verifies from its checkpoint', async () => {
    await purgeReceipts(store, 'north', at('2024-01-01T00:00:00.000Z'));
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: true, receipts: 2, ends: { checkpoint: { seq: 3, purgedBefore: '2024-01-01T00:00:00.000Z' } } });
  });

  it('purges again later from the last checkpoint', async () => {
    await purgeReceipts(store, 'north', at('2023-01-01T00:00:00.000Z'));
    expect(await purgeReceipts(store, 'north', at('2025-06-01T00:00:00.000Z'))).toMatchObject({ ok: true, deleted: 2, checkpoint: { seq: 4 } });
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: true, receipts: 1 });
  });

  it('can delete every receipt and still chain the next one to the checkpoint', async () => {
    await purgeReceipts(store, 'north', at('2027-01-01T00:00:00.000Z'));
    await store.add('north', receipt());
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: true, receipts: 1, ends: { checkpoint: { seq: 5 }, head: { seq: 6 } } });
  });

  it('deletes nothing when no receipt is that old', async () => {
    expect(await purgeReceipts(store, 'north', at('2020-01-01T00:00:00.000Z'))).toMatchObject({ ok: true, deleted: 0, checkpoint: { seq: 0 } });
  });

  it('purges one site only', async () => {
    await purgeReceipts(store, 'north', at('2027-01-01T00:00:00.000Z'));
    expect(await verifyChain(store, 'south')).toMatchObject({ ok: true, receipts: 1 });
  });

  it('refuses to purge a broken chain, naming the break and deleting nothing', async () => {
    await db.sql("DELETE FROM receipts WHERE site = 'north' AND seq = 2");
    expect(await purgeReceipts(store, 'north', at('2024-01-01T00:00:00.000Z'))).toMatchObject({ ok: false, break: { kind: 'deleted', seq: 2 } });
    expect(await seqs()).toEqual([1, 3, 4, 5]);
  });

  it('still names a row edited after a purge', async () => {
    await purgeReceipts(store, 'north', at('2024-01-01T00:00:00.000Z'));
    await db.sql("UPDATE receipts SET layer = 'banner' WHERE site = 'north' AND seq = 4");
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: false, break: { kind: 'edited', seq: 4 } });
  });

  it('names a row put back before the checkpoint as inserted', async () => {
    await purgeReceipts(store, 'north', at('2024-01-01T00:00:00.000Z'));
    await db.sql("UPDATE receipts SET seq = 2 WHERE site = 'north' AND seq = 5");
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: false, break: { kind: 'inserted', seq: 2 } });
  });

  it('keeps a receipt older than the cutoff that follows a newer one, so the chain loses only a prefix', async () => {
    await store.add('north', receipt(), at('2021-01-01T00:00:00.000Z'));
    await purgeReceipts(store, 'north', at('2027-01-01T00:00:00.000Z'));
    expect(await seqs()).toEqual([]);
    await store.add('north', receipt(), at('2026-06-01T00:00:00.000Z'));
    await store.add('north', receipt(), at('2021-01-01T00:00:00.000Z'));
    expect(await purgeReceipts(store, 'north', at('2024-01-01T00:00:00.000Z'))).toMatchObject({ ok: true, deleted: 0 });
  });
});

describe('retention ages', () => {
  it.each([
    ['3y', '2023-03-01T00:00:00.000Z'],
    ['18m', '2024-09-01T00:00:00.000Z'],
    ['6w', '2026-01-18T00:00:00.000Z'],
    ['90d', '2025-12-01T00:00:00.000Z'],
  ])('reads %s back from 1 March 2026', (text, expected) => {
    expect(before(at('2026-03-01T00:00:00.000Z'), parseDuration(text)!).toISOString()).toBe(expected);
  });

  it.each(['3', 'y', '0y', '3 years', '-1d', '3Y', '99999d'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});
