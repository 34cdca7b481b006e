import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createRateLimit } from '../../src/receipts/rate-limit';

const socket = () => ({}) as Socket;

describe('the rate limit per connection', () => {
  it('lets a burst of twice the rate through, then refuses', () => {
    const allowed = createRateLimit(5, () => 0);
    const one = socket();
    expect(Array.from({ length: 11 }, () => allowed(one))).toEqual([...Array(10).fill(true), false]);
  });

  it('refills at the rate per second', () => {
    let now = 0;
    const allowed = createRateLimit(5, () => now);
    const one = socket();
    for (let i = 0; i < 10; i++) allowed(one);
    now = 400;
    expect([allowed(one), allowed(one), allowed(one)]).toEqual([true, true, false]);
  });

  it('never holds more than the burst, however long a connection was quiet', () => {
    let now = 0;
    const allowed = createRateLimit(5, () => now);
    const one = socket();
    allowed(one);
    now = 3_600_000;
    expect(Array.from({ length: 11 }, () => allowed(one)).filter(Boolean)).toHaveLength(10);
  });

  it('counts each connection on its own', () => {
    const allowed = createRateLimit(1, () => 0);
    const [a, b] = [socket(), socket()];
    expect([allowed(a), allowed(a), allowed(a), allowed(b)]).toEqual([true, true, false, true]);
  });
});
