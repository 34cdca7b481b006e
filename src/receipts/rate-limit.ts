import type { Socket } from 'node:net';

/**
 * A token bucket per connection: `perSecond` requests a second, in bursts of up to twice that. Keyed by the
 * socket itself, so no address is read or kept; the bucket goes with the connection.
 */
export function createRateLimit(perSecond: number, now: () => number = Date.now): (socket: Socket) => boolean {
  const burst = perSecond * 2;
  const buckets = new WeakMap<Socket, { tokens: number; at: number }>();
  return (socket) => {
    const t = now();
    const b = buckets.get(socket) ?? { tokens: burst, at: t };
    b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * perSecond);
    b.at = t;
    buckets.set(socket, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  };
}
