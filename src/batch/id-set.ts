/**
 * The ids of a batch run (duplicate check, resume) as 64-bit hashes in an open-addressing table: about 20 bytes per
 * id whatever its length, where a Set of strings needs ~50 for a short id ("d123456") and more for a URL, so that a
 * corpus of 10^8 documents does not need many gigabytes in the process that reads it. Two different ids share a hash
 * with a probability of about n²/2^65 (10^8 ids: 3·10^-4), which would report the later one as a duplicate.
 */
export class IdSet {
  /** The two 32-bit halves of each slot's hash; (0, 0) marks an empty slot. */
  private high = new Uint32Array(1024);
  private low = new Uint32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  has(id: string): boolean {
    const [h, l] = hash64(id);
    return this.slotOf(h, l, this.high, this.low) < 0;
  }

  /** Adds `id`; false when it was there already. */
  add(id: string): boolean {
    const [h, l] = hash64(id);
    const slot = this.slotOf(h, l, this.high, this.low);
    if (slot < 0) return false;
    this.high[slot] = h;
    this.low[slot] = l;
    if (++this.count * 4 > this.high.length * 3) this.grow();
    return true;
  }

  /** The empty slot for (h, l), or -1 when the table holds it. */
  private slotOf(h: number, l: number, high: Uint32Array, low: Uint32Array): number {
    const mask = high.length - 1;
    for (let i = l & mask; ; i = (i + 1) & mask) {
      const sh = high[i]!;
      const sl = low[i]!;
      if (sh === 0 && sl === 0) return i;
      if (sh === h && sl === l) return -1;
    }
  }

  private grow(): void {
    const high = new Uint32Array(this.high.length * 2);
    const low = new Uint32Array(this.low.length * 2);
    for (let i = 0; i < this.high.length; i++) {
      const h = this.high[i]!;
      const l = this.low[i]!;
      if (h === 0 && l === 0) continue;
      const slot = this.slotOf(h, l, high, low);
      high[slot] = h;
      low[slot] = l;
    }
    this.high = high;
    this.low = low;
  }
}

/** Two 32-bit multiplicative hashes over the UTF-16 units, each mixed with the other at the end; never (0, 0). */
export function hash64(s: string): [number, number] {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b = Math.imul(b ^ (b >>> 16), 0x27d4eb2f) ^ Math.imul(a ^ (a >>> 15), 0x165667b1);
  a >>>= 0;
  b >>>= 0;
  return a === 0 && b === 0 ? [0, 1] : [a, b];
}
