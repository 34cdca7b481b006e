// Tamper evidence on each backend: rows edited, deleted or inserted directly in the database are named exactly.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chainHash } from '../../src/receipts/chain';
import type { ReceiptStore } from '../../src/receipts/types';
import { purgeReceipts } from '../../src/receipts/purge';
import { verifyChain } from '../../src/receipts/verify';
import { backends, freshStore, receipt, type TestDatabase } from './backends';

describe.each(backends)('chain verification on $name', (backend) => {
  let db: TestDatabase;
  let store: ReceiptStore;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ db, store, close } = await freshStore(backend));
    for (let i = 0; i < 5; i++) await store.add('north', receipt());
    await store.add('south', receipt());
  });
  afterEach(() => close());

  const idOf = async (seq: number) => Number((await db.sql<{ id: number }>("SELECT id FROM receipts WHERE site = 'north' AND seq = ?", [seq]))[0]!.id);
  /** A copy of row `seq` as a new row with another consent id, as someone adding a receipt by hand would write it. */
  const insertCopy = async (seq: number, newSeq: number, hash?: string) => {
    await db.sql(
      `INSERT INTO receipts (site, seq, consent_id, timestamp, revision, action, layer, categories, services, language, gpc, text_hash, expires_at, received_at, hash)
       SELECT site, ?, 'forged-visitor-1', timestamp, revision, action, layer, categories, services, language, gpc, text_hash, expires_at, received_at, ${hash ? '?' : 'hash'}
       FROM receipts WHERE site = 'north' AND seq = ?`,
      hash ? [newSeq, hash, seq] : [newSeq, seq],
    );
    return Number((await db.sql<{ id: number }>("SELECT id FROM receipts WHERE consent_id = 'forged-visitor-1'"))[0]!.id);
  };

  it('finds an untouched chain intact and reports its head', async () => {
    const result = await verifyChain(store, 'north');
    expect(result).toMatchObject({ ok: true, receipts: 5, ends: { head: { seq: 5 } } });
  });

  it.each([
    ['action', "UPDATE receipts SET action = 'accept_all' WHERE site = 'north' AND seq = 3"],
    ['categories', `UPDATE receipts SET categories = '{"essential":true,"analytics":false,"marketing":false}' WHERE site = 'north' AND seq = 3`],
    ['timestamp', "UPDATE receipts SET timestamp = '2026-11-20T09:00:00.000Z' WHERE site = 'north' AND seq = 3"],
    ['hash', "UPDATE receipts SET hash = (CASE WHEN substr(hash, 1, 1) = 'f' THEN 'e' ELSE 'f' END) || substr(hash, 2) WHERE site = 'north' AND seq = 3"],
  ])('names the row whose %s was edited', async (_, sql) => {
    await db.sql(sql);
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: false, break: { kind: 'edited', seq: 3, id: await idOf(3) } });
  });

  it('names the row an edit made unreadable (categories that are no JSON)', async () => {
    await db.sql("UPDATE receipts SET categories = 'granted' WHERE site = 'north' AND seq = 2");
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: false, break: { kind: 'edited', seq: 2 } });
  });

  it('names a row after an edited one whose hash was recomputed to hide the edit', async () => {
    const [row] = await store.chainPage('north', { seq: 1, id: Number.MAX_SAFE_INTEGER }, 1);
    const first = (await store.chainPage('north', { seq: -1, id: -1 }, 1))[0]!;
    const forged = chainHash(first.hash, 'north', 2, { ...row!.receipt, action: 'accept_all' });
    await db.sql("UPDATE receipts SET action = 'accept_all', hash = ? WHERE site = 'north' AND seq = 2", [forged]);
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: false, break: { kind: 'edited', seq: 3 } });
  });

  it('names a deleted row in the middle by its seq', async () => {
    await db.sql("DELETE FROM receipts WHERE site = 'north' AND seq = 3");
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: false, break: { kind: 'deleted', seq: 3, id: null } });
  });

  it('names the deleted last row', async () => {
    await db.sql("DELETE FROM receipts WHERE site = 'north' AND seq = 5");
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: false, break: { kind: 'deleted', seq: 5 } });
  });

  it('names the first of several deleted rows', async () => {
    await db.sql("DELETE FROM receipts WHERE site = 'north' AND seq IN (2, 4)");
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: false, break: { kind: 'deleted', seq: 2 } });
  });

  it('names a row inserted with the seq of an existing one', async () => {
    const id = await insertCopy(3, 3, 'b'.repeat(64));
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: false, break: { kind: 'inserted', seq: 3, id } });
  });

  it('names a row inserted ahead of the real one with its seq (a smaller row id)', async () => {
    await db.sql("UPDATE receipts SET id = id + 100 WHERE site = 'north' AND seq >= 3");
    await db.sql(
      `INSERT INTO receipts (id, site, seq, consent_id, timestamp, revision, action, layer, categories, services, language, gpc, text_hash, expires_at, received_at, hash)
       SELECT 50, site, seq, 'forged-visitor-1', timestamp, revision, 'accept_all', layer, categories, services, language, gpc, text_hash, expires_at, received_at, hash
       FROM receipts WHERE site = 'north' AND seq = 3`,
    );
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: false, break: { kind: 'inserted', seq: 3, id: 50 } });
  });

  it('names a row appended after the recorded head', async () => {
    const id = await insertCopy(5, 6);
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: false, break: { kind: 'inserted', seq: 6, id } });
  });

  it('finds the chain intact when receipts were stored after it read the head', async () => {
    const stale = await store.ends('north');
    await store.add('north', receipt());
    await store.add('north', receipt());
    let first = true;
    const racing: ReceiptStore = { ...store, ends: async (site) => (first ? ((first = false), stale) : store.ends(site)) };
    expect(await verifyChain(racing, 'north')).toMatchObject({ ok: true, receipts: 7 });
  });

  it('finds the chain intact when another instance purged it during the walk', async () => {
    const stale = await store.ends('north');
    await purgeReceipts(store, 'north', new Date(Date.now() + 60_000));
    await store.add('north', receipt());
    let first = true;
    const racing: ReceiptStore = { ...store, ends: async (site) => (first ? ((first = false), stale) : store.ends(site)) };
    expect(await verifyChain(racing, 'north')).toMatchObject({ ok: true, receipts: 1, ends: { checkpoint: { seq: 5 } } });
  });

  it("leaves another site's chain intact when one is tampered with", async () => {
    await db.sql("DELETE FROM receipts WHERE site = 'north' AND seq = 1");
    expect(await verifyChain(store, 'south')).toMatchObject({ ok: true, receipts: 1 });
  });

  it('names a row moved to another site: a deletion on one, an insertion on the other', async () => {
    await db.sql("UPDATE receipts SET site = 'south', seq = 2 WHERE site = 'north' AND seq = 5");
    expect(await verifyChain(store, 'north')).toMatchObject({ ok: false, break: { kind: 'deleted', seq: 5 } });
    expect(await verifyChain(store, 'south')).toMatchObject({ ok: false, break: { kind: 'inserted', seq: 2 } });
  });
});
