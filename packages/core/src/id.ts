/**
 * UUIDv7 (RFC 9562 §5.7): 48-bit Unix milliseconds, version 7, a 12-bit counter (RFC 9562 §6.2,
 * method 1, in `rand_a`) that keeps ids from one generator strictly increasing within the same
 * millisecond — ids sort by creation order, which the outbox relies on to send oldest first —
 * then variant 10 and 62 random bits. A 12-bit counter (RFC 9562 allows 12 to 42) keeps all of
 * `rand_b` random, for ids from other tabs and devices; the counter itself starts at random.
 */

export interface IdSource {
  /** Wall clock in ms since the Unix epoch. */
  now?: () => number;
  /** A number in [0, 1); when omitted, `crypto.getRandomValues` supplies the randomness. */
  random?: () => number;
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** Returns a function that generates UUIDv7 strings, monotonic for this generator. */
export function createIdGenerator({ now = Date.now, random }: IdSource = {}): () => string {
  const values = new Uint16Array(5);
  /** Five random 16-bit numbers. */
  const random16 = () =>
    random ? values.map(() => random() * 65536) : crypto.getRandomValues(values);
  let lastMs = -1;
  let counter = 0;
  return () => {
    const ms = Math.floor(now());
    const [a, b, c, d, e] = random16();
    if (ms > lastMs || counter >= 0xfff) {
      // A new millisecond, or the counter is exhausted: then borrow the next millisecond (RFC
      // 9562 §6.2 allows this). The counter restarts at random, its top bit 0 so a burst in one
      // millisecond has room to count up (at least 2,048 ids).
      lastMs = Math.max(ms, lastMs + 1);
      counter = e! >> 5;
    } else {
      // Same millisecond, or the clock went backwards: keep the last timestamp and count up.
      counter++;
    }
    // 48-bit ms; version 7 and the counter; variant 10 and 14 random bits; 48 random bits.
    return `${hex(lastMs, 12).replace(/.{8}/, '$&-')}-7${hex(counter, 3)}-${hex(0x8000 | (b! >> 2), 4)}-${hex(c!, 4)}${hex(d!, 4)}${hex(a!, 4)}`;
  };
}

/** The millisecond timestamp encoded in a UUIDv7. */
export function uuidv7Time(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
