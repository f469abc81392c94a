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

const COUNTER_LO_MAX = 2 ** 30 - 1;
const COUNTER_HI_MAX = 0xfff;

/** Returns a function that generates UUIDv7 strings, monotonic for this generator. */
export function createIdGenerator(source: IdSource = {}): () => string {
  const now = source.now ?? Date.now;
  const fill = source.random
    ? (bytes: Uint8Array) => {
        const random = source.random as () => number;
        for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256) & 0xff;
      }
    : (bytes: Uint8Array) => crypto.getRandomValues(bytes);
  const random = new Uint8Array(10);

  let lastMs = -1;
  let hi = 0; // 12 bits, in rand_a
  let lo = 0; // 30 bits, at the top of rand_b

  const seed = () => {
    fill(random);
    // The counter's top bit starts at 0 so a burst in one millisecond has room to count up.
    hi = ((random[0]! << 8) | random[1]!) & 0x7ff;
    lo = ((random[2]! << 22) | (random[3]! << 14) | (random[4]! << 6) | (random[5]! >> 2)) >>> 0;
    lo &= COUNTER_LO_MAX;
  };

  return () => {
    const ms = Math.max(0, Math.floor(now()));
    if (ms > lastMs) {
      lastMs = ms;
      seed();
    } else if (lo < COUNTER_LO_MAX) {
      // Same millisecond, or the clock went backwards: keep the last timestamp and count up.
      lo++;
    } else if (hi < COUNTER_HI_MAX) {
      lo = 0;
      hi++;
    } else {
      // Counter exhausted: borrow the next millisecond (RFC 9562 §6.2 allows this).
      lastMs++;
      seed();
    }
    fill(random);
    const b = new Uint8Array(16);
    let t = lastMs;
    for (let i = 5; i >= 0; i--) {
      b[i] = t % 256;
      t = Math.floor(t / 256);
    }
    b[6] = 0x70 | (hi >> 8);
    b[7] = hi & 0xff;
    b[8] = 0x80 | (lo >>> 24);
    b[9] = (lo >>> 16) & 0xff;
    b[10] = (lo >>> 8) & 0xff;
    b[11] = lo & 0xff;
    b.set(random.subarray(6, 10), 12);
    return format(b);
  };
}

function format(b: Uint8Array): string {
  let hex = '';
  for (const byte of b) hex += byte.toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The millisecond timestamp encoded in a UUIDv7. */
export function uuidv7Time(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
