/**
 * UUIDv7 (RFC 9562 §5.7): 48-bit Unix milliseconds, version 7, variant 10, then 74 bits that are
 * random except for a 42-bit counter (RFC 9562 §6.2, method 1) that keeps ids from one generator
 * strictly increasing within the same millisecond — ids sort by creation order, which the outbox
 * relies on to send oldest first.
 */

export interface IdSource {
  /** Wall clock in ms since the Unix epoch. */
  now?: () => number;
  /** A number in [0, 1); when omitted, `crypto.getRandomValues` supplies the randomness. */
  random?: () => number;
}

const COUNTER_MAX = 2 ** 42 - 1;

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** Returns a function that generates UUIDv7 strings, monotonic for this generator. */
export function createIdGenerator(source: IdSource = {}): () => string {
  const now = source.now ?? Date.now;
  const random32 = source.random
    ? () => Math.floor(source.random!() * 2 ** 32) >>> 0
    : () => crypto.getRandomValues(new Uint32Array(1))[0]!;
  let lastMs = -1;
  let counter = 0;
  // The counter's top bit starts at 0 so a burst in one millisecond has room to count up.
  const seed = () => (counter = random32() * 2 ** 9 + (random32() >>> 23));
  return () => {
    const ms = Math.max(0, Math.floor(now()));
    if (ms > lastMs) {
      lastMs = ms;
      seed();
    } else if (counter < COUNTER_MAX) {
      // Same millisecond, or the clock went backwards: keep the last timestamp and count up.
      counter++;
    } else {
      // Counter exhausted: borrow the next millisecond (RFC 9562 §6.2 allows this).
      lastMs++;
      seed();
    }
    // 48-bit ms, version 7, counter bits 41–30 (rand_a), variant 10, counter bits 29–0, 32 random.
    const lo = counter % 2 ** 30;
    const h =
      hex(lastMs, 12) +
      7 +
      hex(Math.floor(counter / 2 ** 30), 3) +
      hex(0x80 | (lo >>> 24), 2) +
      hex(lo & 0xffffff, 6) +
      hex(random32(), 8);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
}

/** The millisecond timestamp encoded in a UUIDv7. */
export function uuidv7Time(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
