/**
 * Group commit: items added while a write is running are written together by the next one, so one durable
 * commit (one fsync) acknowledges many receipts. Each caller's promise settles with its own result, and only
 * after the write holding its item has committed; a failed write rejects every item in it.
 */
export function createBatcher<T, R>(write: (items: T[]) => Promise<R[]>, max: number): (item: T) => Promise<R> {
  let queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    while (queue.length) {
      const batch = queue.slice(0, max);
      queue = queue.slice(max);
      try {
        const results = await write(batch.map((b) => b.item));
        batch.forEach((b, i) => b.resolve(results[i]!));
      } catch (error) {
        for (const b of batch) b.reject(error);
      }
    }
    running = false;
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      // Started on the next turn, so the requests already read join the first batch.
      if (!running) {
        running = true;
        setImmediate(() => void drain());
      }
    });
}
