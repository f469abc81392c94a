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
export function createIdGenerator({ now = Date.now, random }: IdSource = {}): () => string {
  const random32 = () =>
    random ? (random() * 2 ** 32) >>> 0 : crypto.getRandomValues(new Uint32Array(1))[0]!;
  let lastMs = -1;
  let counter = 0;
  return () => {
    const ms = Math.floor(now());
    if (ms > lastMs || counter >= COUNTER_MAX) {
      // A new millisecond, or the counter is exhausted: then borrow the next millisecond (RFC
      // 9562 §6.2 allows this). The counter restarts at random, its top bit 0 so a burst in one
      // millisecond has room to count up.
      lastMs = Math.max(ms, lastMs + 1);
      counter = random32() * 2 ** 9 + (random32() >>> 23);
    } else {
      // Same millisecond, or the clock went backwards: keep the last timestamp and count up.
      counter++;
    }
    // 48-bit ms; version 7 and counter bits 41–30 (rand_a); variant 10 and counter bits 29–0;
    // 32 random bits.
    return (
      hex(lastMs, 12) +
      hex(0x7000 + Math.floor(counter / 2 ** 30), 4) +
      hex(2 ** 31 + (counter % 2 ** 30), 8) +
      hex(random32(), 8)
    ).replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
  };
}

/** The millisecond timestamp encoded in a UUIDv7. */
export function uuidv7Time(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
