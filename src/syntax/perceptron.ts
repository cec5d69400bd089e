/**
 * Hashed multi-class linear models: a feature hash selects a row of `labels` weights. Training uses an averaged
 * perceptron (lazy averaging: `acc` holds the sum of step x update, the average is w - acc / steps); a shipped model
 * holds int16 weights and a scale.
 */

import type { PackedWeights } from '../resources/packed-weights.js';

export interface WeightTable {
  bucketsLog2: number;
  labels: number;
  /** buckets x labels; Int16Array in a loaded model (scaled by `scale`), Float32Array during training. */
  weights: Int16Array | Float32Array;
  scale: number;
  /**
   * Loaded models only, for tables with few non-zero weights per row (compressed sparse rows): bucket b's weights are
   * entry[k] for k in [start[b], start[b + 1]), each label << 16 | (int16 weight & 0xffff) (one array: one cache miss
   * per row, not two). The same integer sums as the dense rows, in less memory; `weights` then holds the values.
   */
  sparse?: { start: Int32Array; entry: Int32Array };
  /**
   * Loaded models only, for the tables with few labels (the parser's transitions): the non-zero rows, found through a
   * bitmap (src/resources/packed-weights.ts); `weights` then holds those rows. The same sums as the dense rows, in a
   * seventh (German) to two fifths (English) of the memory.
   */
  packed?: PackedWeights;
}

/** out[0..L) = sum of the rows of the n features (unscaled: multiply by table.scale for comparable scores). */
export function scoreRows(t: WeightTable, feats: Uint32Array | number[], n: number, out: Float64Array): void {
  const L = t.labels, w = t.weights, mask = (1 << t.bucketsLog2) - 1;
  for (let l = 0; l < L; l++) out[l] = 0;
  const packed = t.packed;
  if (packed) {
    for (let i = 0; i < n; i++) {
      const base = packed.rowOffset(feats[i]! & mask);
      if (base >= 0) for (let l = 0; l < L; l++) out[l] = out[l]! + packed.rows[base + l]!;
    }
    return;
  }
  const sp = t.sparse;
  if (sp) {
    const start = sp.start, entry = sp.entry;
    for (let i = 0; i < n; i++) {
      const b = feats[i]! & mask;
      for (let k = start[b]!, end = start[b + 1]!; k < end; k++) {
        const e = entry[k]!, l = e >>> 16;
        out[l] = out[l]! + ((e << 16) >> 16);
      }
    }
    return;
  }
  if (L === 3) {
    // the parser's transition table: three labels, summed in registers (the same additions in the same order)
    let a = 0, b = 0, c = 0;
    for (let i = 0; i < n; i++) {
      const base = (feats[i]! & mask) * 3;
      a += w[base]!; b += w[base + 1]!; c += w[base + 2]!;
    }
    out[0] = a; out[1] = b; out[2] = c;
    return;
  }
  for (let i = 0; i < n; i++) {
    const base = (feats[i]! & mask) * L;
    for (let l = 0; l < L; l++) out[l] = out[l]! + w[base + l]!;
  }
}

export function argmax(scores: Float64Array, L: number, allowed?: (l: number) => boolean): number {
  let best = -1, bs = -Infinity;
  for (let l = 0; l < L; l++) {
    if (allowed && !allowed(l)) continue;
    const s = scores[l]!;
    if (s > bs) { bs = s; best = l; }
  }
  return best;
}

export class AveragedPerceptron implements WeightTable {
  readonly weights: Float32Array;
  private readonly acc: Float64Array;
  readonly scale = 1;
  /** Number of examples seen (the averaging clock). */
  steps = 1;

  constructor(readonly bucketsLog2: number, readonly labels: number) {
    this.weights = new Float32Array((1 << bucketsLog2) * labels);
    this.acc = new Float64Array((1 << bucketsLog2) * labels);
  }

  /** Move the weights of `feats` towards `good` and away from `bad` by `delta`. */
  update(feats: Uint32Array | number[], n: number, good: number, bad: number, delta = 1): void {
    const L = this.labels, mask = (1 << this.bucketsLog2) - 1, c = this.steps * delta;
    for (let i = 0; i < n; i++) {
      const base = (feats[i]! & mask) * L;
      this.weights[base + good] = this.weights[base + good]! + delta; this.acc[base + good] = this.acc[base + good]! + c;
      this.weights[base + bad] = this.weights[base + bad]! - delta; this.acc[base + bad] = this.acc[base + bad]! - c;
    }
  }

  /** Add delta to the weights of `label` for `feats` (global training updates whole transition sequences). */
  add(feats: Uint32Array | number[], n: number, label: number, delta: number): void {
    const L = this.labels, mask = (1 << this.bucketsLog2) - 1, c = this.steps * delta;
    for (let i = 0; i < n; i++) {
      const j = (feats[i]! & mask) * L + label;
      this.weights[j] = this.weights[j]! + delta; this.acc[j] = this.acc[j]! + c;
    }
  }

  tick(): void { this.steps++; }

  /** The averaged weights as a new table (training copy untouched). */
  averaged(): WeightTable {
    const out = new Float32Array(this.weights.length);
    for (let i = 0; i < out.length; i++) out[i] = this.weights[i]! - this.acc[i]! / this.steps;
    return { bucketsLog2: this.bucketsLog2, labels: this.labels, weights: out, scale: 1 };
  }
}

/** Quantise to int16 (max |w| -> 32767); weights whose |q| <= prune become 0. */
export function quantize(t: WeightTable, prune = 0): WeightTable {
  const s = t.scale;
  let maxAbs = 0;
  for (let i = 0; i < t.weights.length; i++) { const a = Math.abs(t.weights[i]! * s); if (a > maxAbs) maxAbs = a; }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const q = new Int16Array(t.weights.length);
  for (let i = 0; i < q.length; i++) {
    const v = Math.round((t.weights[i]! * s) / scale);
    q[i] = Math.abs(v) <= prune ? 0 : v;
  }
  return { bucketsLog2: t.bucketsLog2, labels: t.labels, weights: q, scale };
}
