/**
 * Linear-chain CRF trainer (same feature hashing and model file as the perceptron; only the learning differs):
 * conditional log-likelihood, AdaGrad updates per sentence, parameter averaging, IOB2 constraints in
 * forward-backward. Deterministic (seeded shuffles).
 */
import { FeatureExtractor, type Lexicon } from './features.js';
import { ALLOWED, emissions } from './decode.js';
import { LABELS, LABEL_INDEX } from './labels.js';
import type { NerModel } from './model.js';
import { rng, type TrainSentence, type TrainOptions } from './train.js';

const L = LABELS.length;

export interface CrfOptions extends TrainOptions { learningRate?: number }

export function trainCrf(data: readonly TrainSentence[], lexicon: Lexicon, opts: CrfOptions = {}): NerModel {
  const bucketsLog2 = opts.bucketsLog2 ?? 20;
  const epochs = opts.epochs ?? 8;
  const eta = opts.learningRate ?? 0.1;
  const log = opts.log ?? (() => {});
  const mask = (1 << bucketsLog2) - 1;
  const fx = new FeatureExtractor(lexicon);
  const sents = data.map((s) => {
    const { hashes, offsets } = fx.sentence(s.words);
    const rows = Int32Array.from(hashes, (h) => (h & mask) * L);
    return { rows, offsets, gold: Uint8Array.from(s.tags, (t) => LABEL_INDEX.get(t)!), weight: s.weight };
  });
  const n = (mask + 1) * L;
  const w = new Float32Array(n), g2 = new Float32Array(n), acc = new Float64Array(n);
  const T = (L + 1) * L;
  const tw = new Float64Array(T), tg2 = new Float64Array(T), tacc = new Float64Array(T);
  const trans = new Float32Array(T);
  let c = 1;
  const order = sents.map((_, i) => i);
  const random = rng(opts.seed ?? 42);
  const averaged = (): NerModel => {
    const weights = new Float32Array(n);
    for (let i = 0; i < n; i++) weights[i] = w[i]! - acc[i]! / c;
    const transitions = new Float32Array(T);
    for (let i = 0; i < T; i++) transitions[i] = tw[i]! - tacc[i]! / c;
    return { bucketsLog2, labels: [...LABELS], weights, transitions, lexicon, info: { trainer: 'crf', confidenceTemperature: 1 } };
  };
  let alpha = new Float64Array(1024 * L), beta = new Float64Array(1024 * L), scores = new Float32Array(1024 * L);
  let grad = new Float64Array(1024 * L);
  const tgrad = new Float64Array(T);
  const expTrans = new Float64Array(T);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); const t = order[i]!; order[i] = order[j]!; order[j] = t; }
    let nll = 0, tokens = 0;
    const t0 = Date.now();
    for (const si of order) {
      const s = sents[si]!;
      const len = s.gold.length;
      tokens += len;
      if (alpha.length < len * L) { alpha = new Float64Array(len * L * 2); beta = new Float64Array(len * L * 2); scores = new Float32Array(len * L * 2); grad = new Float64Array(len * L * 2); }
      for (let i = 0; i < T; i++) { trans[i] = tw[i]!; expTrans[i] = ALLOWED[i] ? Math.exp(tw[i]!) : 0; }
      // emission scores via the shared routine (it masks hashes itself, so pass rows/L back as hashes)
      emissionsFromRows(w, s.rows, s.offsets, scores, len);
      // scaled forward-backward in probability space with per-position normalisers
      const scale = new Float64Array(len);
      let z = 0;
      for (let l = 0; l < L; l++) { const v = ALLOWED[L * L + l] ? Math.exp(scores[l]! + tw[L * L + l]! - maxRow(scores, 0)) : 0; alpha[l] = v; z += v; }
      scale[0] = z;
      for (let l = 0; l < L; l++) alpha[l] = alpha[l]! / z;
      for (let t = 1; t < len; t++) {
        const m = maxRow(scores, t);
        z = 0;
        for (let l = 0; l < L; l++) {
          let sum = 0;
          for (let p = 0; p < L; p++) sum += alpha[(t - 1) * L + p]! * expTrans[p * L + l]!;
          const v = sum * Math.exp(scores[t * L + l]! - m);
          alpha[t * L + l] = v; z += v;
        }
        scale[t] = z;
        for (let l = 0; l < L; l++) alpha[t * L + l] = alpha[t * L + l]! / z;
      }
      for (let l = 0; l < L; l++) beta[(len - 1) * L + l] = 1;
      for (let t = len - 2; t >= 0; t--) {
        const m = maxRow(scores, t + 1);
        for (let p = 0; p < L; p++) {
          let sum = 0;
          for (let l = 0; l < L; l++) sum += expTrans[p * L + l]! * Math.exp(scores[(t + 1) * L + l]! - m) * beta[(t + 1) * L + l]!;
          beta[t * L + p] = sum / scale[t + 1]!;
        }
      }
      // log Z = sum log scale + sum of maxima; gold score for the NLL report
      let logZ = 0;
      for (let t = 0; t < len; t++) logZ += Math.log(scale[t]!) + maxRow(scores, t);
      let goldScore = 0;
      for (let t = 0; t < len; t++) goldScore += scores[t * L + s.gold[t]!]! + tw[(t === 0 ? L : s.gold[t - 1]!) * L + s.gold[t]!]!;
      nll += logZ - goldScore;
      // gradients (expected - observed), emission part per token and label
      tgrad.fill(0);
      for (let t = 0; t < len; t++) {
        for (let l = 0; l < L; l++) grad[t * L + l] = alpha[t * L + l]! * beta[t * L + l]!;
        grad[t * L + s.gold[t]!] = grad[t * L + s.gold[t]!]! - 1;
        if (t === 0) {
          for (let l = 0; l < L; l++) tgrad[L * L + l] = tgrad[L * L + l]! + alpha[l]! * beta[l]!;
          tgrad[L * L + s.gold[0]!] = tgrad[L * L + s.gold[0]!]! - 1;
        } else {
          const m = maxRow(scores, t);
          for (let p = 0; p < L; p++) {
            const a = alpha[(t - 1) * L + p]!;
            if (a === 0) continue;
            for (let l = 0; l < L; l++) {
              if (!ALLOWED[p * L + l]) continue;
              const xi = (a * expTrans[p * L + l]! * Math.exp(scores[t * L + l]! - m) * beta[t * L + l]!) / scale[t]!;
              tgrad[p * L + l] = tgrad[p * L + l]! + xi;
            }
          }
          const gp = s.gold[t - 1]! * L + s.gold[t]!;
          tgrad[gp] = tgrad[gp]! - 1;
        }
      }
      const d = s.weight;
      for (let t = 0; t < len; t++) {
        for (let k = s.offsets[t]!, e = s.offsets[t + 1]!; k < e; k++) {
          const r = s.rows[k]!;
          for (let l = 0; l < L; l++) {
            const gr = grad[t * L + l]! * d;
            if (gr > -1e-4 && gr < 1e-4) continue;
            const i = r + l;
            g2[i] = g2[i]! + gr * gr;
            const step = (eta * gr) / Math.sqrt(g2[i]!);
            w[i] = w[i]! - step; acc[i] = acc[i]! - c * step;
          }
        }
      }
      for (let i = 0; i < T; i++) {
        const gr = tgrad[i]! * d;
        if (gr === 0 || !ALLOWED[i]) continue;
        tg2[i] = tg2[i]! + gr * gr;
        const step = (eta * gr) / Math.sqrt(tg2[i]!);
        tw[i] = tw[i]! - step; tacc[i] = tacc[i]! - c * step;
      }
      c++;
    }
    log(`crf epoch ${epoch}: mean NLL/token ${(nll / tokens).toFixed(4)}, ${Date.now() - t0} ms`);
    opts.onEpoch?.(epoch, averaged());
  }
  void trans; void emissions;
  return averaged();
}

function maxRow(scores: Float32Array, t: number): number {
  let m = -Infinity;
  for (let l = 0; l < L; l++) if (scores[t * L + l]! > m) m = scores[t * L + l]!;
  return m;
}

function emissionsFromRows(w: Float32Array, rows: Int32Array, offsets: Int32Array, out: Float32Array, len: number): void {
  out.fill(0, 0, len * L);
  for (let t = 0; t < len; t++) {
    for (let k = offsets[t]!, e = offsets[t + 1]!; k < e; k++) {
      const r = rows[k]!;
      for (let l = 0; l < L; l++) out[t * L + l] = out[t * L + l]! + w[r + l]!;
    }
  }
}
