/** PackedWeights (src/resources/packed-weights.ts): a loaded model's non-zero weight rows, found through a bitmap. */
import assert from 'node:assert/strict';
import { PackedWeights, popcount } from '../src/resources/packed-weights.js';
import { rng } from '../src/syntax/hash.js';

describe('PackedWeights', () => {
  it('popcount counts every bit, the sign bit included', () => {
    assert.equal(popcount(0), 0);
    assert.equal(popcount(1), 1);
    assert.equal(popcount(0x80000000 | 0), 1);
    assert.equal(popcount(-1), 32);
    assert.equal(popcount(0x0f0f0f0f), 16);
  });

  it('finds each row of a dense table, and -1 for the zero rows, across bitmap words (bit 31 included)', () => {
    const labels = 3, buckets = 256;
    const random = rng(11);
    const dense = new Int16Array(buckets * labels);
    // rows 31, 32, 63 and 255 sit on the edges of the 32-bucket words
    const nonZero = new Set([0, 31, 32, 63, 64, 200, 255]);
    for (let b = 0; b < buckets; b++) if (random() < 0.3) nonZero.add(b);
    for (const b of nonZero) for (let l = 0; l < labels; l++) dense[b * labels + l] = Math.round(random() * 2000 - 1000) || 1;
    const bitmap = new Uint8Array(buckets >> 3);
    const rows: number[] = [];
    for (let b = 0; b < buckets; b++) if (nonZero.has(b)) { bitmap[b >> 3]! |= 1 << (b & 7); for (let l = 0; l < labels; l++) rows.push(dense[b * labels + l]!); }
    const packed = new PackedWeights(labels, buckets, bitmap, Int16Array.from(rows));
    assert.equal(packed.length, dense.length);
    for (let b = 0; b < buckets; b++) {
      const r = packed.rowOffset(b);
      if (!nonZero.has(b)) { assert.equal(r, -1, `bucket ${b}`); continue; }
      assert.deepEqual([...packed.rows.subarray(r, r + labels)], [...dense.subarray(b * labels, b * labels + labels)], `bucket ${b}`);
    }
    for (let i = 0; i < dense.length; i++) assert.equal(packed.at(i), dense[i], `weight ${i}`);
  });

  it('rejects a bitmap that does not match the rows', () => {
    const bitmap = new Uint8Array(4);
    bitmap[0] = 0b101;
    assert.throws(() => new PackedWeights(2, 32, bitmap, new Int16Array(2)), /2 rows, the table 1/);
  });
});
