/**
 * A loaded model's hashed weight table as its file stores it: only the rows with a non-zero weight, found through a
 * bitmap (the NER models' emission weights: a third of the German model's 2^20 buckets; the syntax models' parser
 * transitions: 14 % of the German and 39 % of the English 2^21). Why not the dense table: it is mostly zeros
 * (19 MB for German NER, 12.6 MB per parser); building it took ~60 ms of the NER load plus the first writes to that
 * much fresh memory, and its rows lie spread over more memory. The weights and every sum are the same.
 */
export class PackedWeights {
  /** per 32 buckets: their bitmap word (bit j = bucket 32k + j has a row), then the number of rows before them */
  readonly index: Int32Array;

  /**
   * `bitmap`: one bit per bucket (bucket b is bit b & 7 of byte b >> 3, as in the model file); `rows`: the non-zero
   * rows in bucket order, `labels` weights each.
   */
  constructor(readonly labels: number, readonly buckets: number, bitmap: Uint8Array, readonly rows: Int16Array) {
    if (buckets % 32 !== 0 || bitmap.length * 8 < buckets) throw new Error(`weight bitmap of ${bitmap.length} bytes for ${buckets} buckets`);
    const index = new Int32Array((buckets >> 5) * 2);
    let count = 0;
    for (let k = 0; k < buckets >> 5; k++) {
      const word = bitmap[4 * k]! | (bitmap[4 * k + 1]! << 8) | (bitmap[4 * k + 2]! << 16) | (bitmap[4 * k + 3]! << 24);
      index[2 * k] = word;
      index[2 * k + 1] = count;
      count += popcount(word);
    }
    if (count * labels !== rows.length) throw new Error(`weight bitmap has ${count} rows, the table ${rows.length / labels}`);
    this.index = index;
  }

  /** The number of weights of the dense table (buckets × labels). */
  get length(): number { return this.buckets * this.labels; }

  /** Where bucket b's row starts in `rows`, or -1 when all its weights are 0. */
  rowOffset(b: number): number {
    const i = (b >>> 5) << 1, word = this.index[i]!, bit = 1 << (b & 31);
    return (word & bit) === 0 ? -1 : (this.index[i + 1]! + popcount(word & (bit - 1))) * this.labels;
  }

  /** Weight i of the dense table (bucket i / labels, label i % labels). */
  at(i: number): number {
    const r = this.rowOffset(Math.floor(i / this.labels));
    return r < 0 ? 0 : this.rows[r + (i % this.labels)]!;
  }
}

/** Set bits of a 32-bit integer. */
export function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
