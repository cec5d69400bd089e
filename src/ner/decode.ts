/** Emission scoring and constrained Viterbi decoding over IOB2 labels (shared by tagger and trainer). */
import { LABELS, allowedTransition } from './labels.js';
import type { WordFeats } from './features.js';
import { popcount, type PackedWeights } from '../resources/packed-weights.js';

const L = LABELS.length;
/** allowed[p * L + n]: label n may follow label p; row L is the sentence start. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) for (let n = 0; n < L; n++) a[p * L + n] = allowedTransition(p === L ? 'O' : LABELS[p]!, LABELS[n]!) ? 1 : 0;
  return a;
})();

/**
 * Sum the weights of each token's features into an n x L score matrix, for a model in training (Float32 weights,
 * scale 1); a loaded model goes through emissionsPacked.
 */
export function emissions(weights: Float32Array, mask: number, hashes: Int32Array, offsets: Int32Array, out?: Float32Array, scale = 1): Float32Array {
  const n = offsets.length - 1;
  const scores = out && out.length >= n * L ? out : new Float32Array(n * L);
  for (let t = 0; t < n; t++) {
    const base = t * L;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let k = offsets[t]!, end = offsets[t + 1]!; k < end; k++) {
      const r = (hashes[k]! & mask) * L;
      s0 += weights[r]!; s1 += weights[r + 1]!; s2 += weights[r + 2]!; s3 += weights[r + 3]!; s4 += weights[r + 4]!;
      s5 += weights[r + 5]!; s6 += weights[r + 6]!; s7 += weights[r + 7]!; s8 += weights[r + 8]!;
    }
    scores[base] = s0 * scale; scores[base + 1] = s1 * scale; scores[base + 2] = s2 * scale; scores[base + 3] = s3 * scale; scores[base + 4] = s4 * scale;
    scores[base + 5] = s5 * scale; scores[base + 6] = s6 * scale; scores[base + 7] = s7 * scale; scores[base + 8] = s8 * scale;
  }
  return scores;
}

/**
 * emissions() for a loaded model's packed int16 weights, where every sum is an exact integer whatever the order: each
 * word form's bias + own rows (the first 1 + own.length hashes of its block) are summed once and kept on its
 * WordFeats, then only the context rows are added per token; a feature whose row is all zero costs only its bitmap
 * word. The same scores as emissions() over the dense table, with about half the row reads.
 */
export function emissionsPacked(weights: PackedWeights, mask: number, hashes: Int32Array, offsets: Int32Array, feats: readonly WordFeats[], out: Float32Array, scale: number): Float32Array {
  const n = offsets.length - 1;
  const scores = out.length >= n * L ? out : new Float32Array(n * L);
  const index = weights.index, rows = weights.rows;
  for (let t = 0; t < n; t++) {
    const f = feats[t]!, k0 = offsets[t]!, kCtx = k0 + 1 + f.own.length;
    let own = f.ownSums;
    if (own === undefined) {
      own = new Float64Array(L);
      for (let k = k0; k < kCtx; k++) {
        const r = weights.rowOffset(hashes[k]! & mask);
        if (r >= 0) for (let l = 0; l < L; l++) own[l] = own[l]! + rows[r + l]!;
      }
      f.ownSums = own;
    }
    let s0 = own[0]!, s1 = own[1]!, s2 = own[2]!, s3 = own[3]!, s4 = own[4]!, s5 = own[5]!, s6 = own[6]!, s7 = own[7]!, s8 = own[8]!;
    for (let k = kCtx, end = offsets[t + 1]!; k < end; k++) {
      // PackedWeights.rowOffset, written out: this loop is the hot path of tagging
      const b = hashes[k]! & mask, i = (b >>> 5) << 1, word = index[i]!, bit = 1 << (b & 31);
      if ((word & bit) === 0) continue;
      const r = (index[i + 1]! + popcount(word & (bit - 1))) * L;
      s0 += rows[r]!; s1 += rows[r + 1]!; s2 += rows[r + 2]!; s3 += rows[r + 3]!; s4 += rows[r + 4]!;
      s5 += rows[r + 5]!; s6 += rows[r + 6]!; s7 += rows[r + 7]!; s8 += rows[r + 8]!;
    }
    const base = t * L;
    scores[base] = s0 * scale; scores[base + 1] = s1 * scale; scores[base + 2] = s2 * scale; scores[base + 3] = s3 * scale; scores[base + 4] = s4 * scale;
    scores[base + 5] = s5 * scale; scores[base + 6] = s6 * scale; scores[base + 7] = s7 * scale; scores[base + 8] = s8 * scale;
  }
  return scores;
}

/** Best label path under IOB2 constraints; returns label indices. */
export function viterbi(scores: Float32Array, n: number, trans: Float32Array): Uint8Array {
  const path = new Uint8Array(n);
  if (n === 0) return path;
  const delta = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let l = 0; l < L; l++) delta[l] = ALLOWED[L * L + l] ? scores[l]! + trans[L * L + l]! : -Infinity;
  for (let t = 1; t < n; t++) {
    for (let l = 0; l < L; l++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + l]) continue;
        const v = delta[(t - 1) * L + p]! + trans[p * L + l]!;
        if (v > best) { best = v; arg = p; }
      }
      delta[t * L + l] = best + scores[t * L + l]!;
      back[t * L + l] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  for (let l = 0; l < L; l++) if (delta[(n - 1) * L + l]! > best) { best = delta[(n - 1) * L + l]!; arg = l; }
  path[n - 1] = arg;
  for (let t = n - 1; t > 0; t--) path[t - 1] = back[t * L + path[t]!]!;
  return path;
}

/**
 * Per-token marginal probability of each label (forward-backward over the score lattice, scores as log-potentials).
 * Each log-sum-exp takes the max, then sums exp(x - max) in label order (no temporary arrays on this hot path).
 */
export function marginals(scores: Float32Array, n: number, trans: Float32Array): Float64Array {
  const alpha = new Float64Array(n * L), beta = new Float64Array(n * L), out = new Float64Array(n * L);
  for (let l = 0; l < L; l++) alpha[l] = ALLOWED[L * L + l] ? scores[l]! + trans[L * L + l]! : -Infinity;
  for (let t = 1; t < n; t++) for (let l = 0; l < L; l++) {
    const prev = (t - 1) * L;
    let m = -Infinity;
    for (let p = 0; p < L; p++) if (ALLOWED[p * L + l]) { const x = alpha[prev + p]! + trans[p * L + l]!; if (x > m) m = x; }
    let lse = m;
    if (m !== -Infinity) {
      let s = 0;
      for (let p = 0; p < L; p++) if (ALLOWED[p * L + l]) s += Math.exp(alpha[prev + p]! + trans[p * L + l]! - m);
      lse = m + Math.log(s);
    }
    alpha[t * L + l] = lse + scores[t * L + l]!;
  }
  for (let l = 0; l < L; l++) beta[(n - 1) * L + l] = 0;
  for (let t = n - 2; t >= 0; t--) for (let p = 0; p < L; p++) {
    const next = (t + 1) * L;
    let m = -Infinity;
    for (let l = 0; l < L; l++) if (ALLOWED[p * L + l]) { const x = trans[p * L + l]! + scores[next + l]! + beta[next + l]!; if (x > m) m = x; }
    let lse = m;
    if (m !== -Infinity) {
      let s = 0;
      for (let l = 0; l < L; l++) if (ALLOWED[p * L + l]) s += Math.exp(trans[p * L + l]! + scores[next + l]! + beta[next + l]! - m);
      lse = m + Math.log(s);
    }
    beta[t * L + p] = lse;
  }
  let m = -Infinity;
  for (let l = 0; l < L; l++) { const x = alpha[(n - 1) * L + l]!; if (x > m) m = x; }
  let z = m;
  if (m !== -Infinity) {
    let s = 0;
    for (let l = 0; l < L; l++) s += Math.exp(alpha[(n - 1) * L + l]! - m);
    z = m + Math.log(s);
  }
  for (let i = 0; i < n * L; i++) out[i] = Math.exp(alpha[i]! + beta[i]! - z);
  return out;
}

/** For each label l, the labels that may precede it (ascending), and for each label p, those that may follow it. */
const PREV: readonly Int32Array[] = Array.from({ length: L }, (_, l) => Int32Array.from({ length: L }, (_, p) => p).filter((p) => ALLOWED[p * L + l] === 1));
const NEXT: readonly Int32Array[] = Array.from({ length: L }, (_, p) => Int32Array.from({ length: L }, (_, l) => l).filter((l) => ALLOWED[p * L + l] === 1));
let ALPHA = new Float64Array(64 * L), BETA = new Float64Array(64 * L);
const TERMS = new Float64Array(L);

/**
 * marginals()[t * L + path[t]] for every t: the same forward-backward, operation for operation (the same sums in the
 * same order, so the same doubles), over the allowed transitions only and without the n x L output nobody reads:
 * about 1.4 times as fast.
 */
export function pathMarginals(scores: Float32Array, n: number, trans: Float32Array, path: Uint8Array): Float64Array {
  if (ALPHA.length < n * L) { ALPHA = new Float64Array(n * L * 2); BETA = new Float64Array(n * L * 2); }
  const alpha = ALPHA, beta = BETA, x = TERMS, out = new Float64Array(n);
  for (let l = 0; l < L; l++) alpha[l] = ALLOWED[L * L + l] ? scores[l]! + trans[L * L + l]! : -Infinity;
  for (let t = 1; t < n; t++) {
    const prev = (t - 1) * L;
    for (let l = 0; l < L; l++) {
      const ps = PREV[l]!, k = ps.length;
      let m = -Infinity;
      for (let j = 0; j < k; j++) { const p = ps[j]!; const v = alpha[prev + p]! + trans[p * L + l]!; x[j] = v; if (v > m) m = v; }
      let lse = m;
      if (m !== -Infinity) {
        let s = 0;
        for (let j = 0; j < k; j++) s += Math.exp(x[j]! - m);
        lse = m + Math.log(s);
      }
      alpha[t * L + l] = lse + scores[t * L + l]!;
    }
  }
  for (let l = 0; l < L; l++) beta[(n - 1) * L + l] = 0;
  for (let t = n - 2; t >= 0; t--) {
    const next = (t + 1) * L;
    for (let p = 0; p < L; p++) {
      const ls = NEXT[p]!, k = ls.length;
      let m = -Infinity;
      for (let j = 0; j < k; j++) { const l = ls[j]!; const v = trans[p * L + l]! + scores[next + l]! + beta[next + l]!; x[j] = v; if (v > m) m = v; }
      let lse = m;
      if (m !== -Infinity) {
        let s = 0;
        for (let j = 0; j < k; j++) s += Math.exp(x[j]! - m);
        lse = m + Math.log(s);
      }
      beta[t * L + p] = lse;
    }
  }
  let m = -Infinity;
  for (let l = 0; l < L; l++) { const v = alpha[(n - 1) * L + l]!; if (v > m) m = v; }
  let z = m;
  if (m !== -Infinity) {
    let s = 0;
    for (let l = 0; l < L; l++) s += Math.exp(alpha[(n - 1) * L + l]! - m);
    z = m + Math.log(s);
  }
  for (let t = 0; t < n; t++) { const i = t * L + path[t]!; out[t] = Math.exp(alpha[i]! + beta[i]! - z); }
  return out;
}
