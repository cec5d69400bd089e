/**
 * Linear-chain CRF trainer (same feature hashing and model file as the perceptron; only the learning differs):
 * conditional log-likelihood, AdaGrad updates per sentence, parameter averaging, IOB2 constraints in
 * forward-backward. Like the perceptron it honours partial MISC labels (a source without MISC leaves MISC open
 * over its O tokens: the observed expectation is a constrained forward-backward) and domain feature copies
 * (TrainSentence.domain; the copies stay out of the returned model). Deterministic (seeded shuffles).
 */
import { FeatureExtractor, featureInfo, hashString, mix, type FeatureOptions, type Lexicon } from '../features.js';
import { ALLOWED } from '../decode.js';
import { LABELS, LABEL_INDEX } from '../labels.js';
import type { NerModel, TrainedNerModel } from '../model.js';
import { rng, type TrainSentence, type TrainOptions } from './perceptron.js';

const L = LABELS.length;
const ALL = (1 << L) - 1;
const O = 0, B_MISC = LABEL_INDEX.get('B-MISC')!, I_MISC = LABEL_INDEX.get('I-MISC')!;
const MISC_OPEN = (1 << O) | (1 << B_MISC) | (1 << I_MISC);

export interface CrfOptions extends TrainOptions { learningRate?: number }

/** Scratch buffers of one forward-backward pass, grown on demand. */
class Lattice {
  alpha = new Float64Array(0); beta = new Float64Array(0); scale = new Float64Array(0); expEm = new Float64Array(0);
  ensure(len: number): void {
    if (this.alpha.length >= len * L) return;
    const n = len * L * 2;
    this.alpha = new Float64Array(n); this.beta = new Float64Array(n); this.expEm = new Float64Array(n); this.scale = new Float64Array(len * 2);
  }
}

/**
 * Scaled forward-backward over the labels each token allows (bit l of allowed[t]; null = all). Adds sign x the
 * node marginals to `node` and sign x the edge marginals to `edge`; returns log Z of the restricted lattice.
 */
function forwardBackward(scores: Float32Array, len: number, expTrans: Float64Array, allowed: Uint16Array | null, lat: Lattice, sign: number, node: Float64Array, edge: Float64Array): number {
  lat.ensure(len);
  const { alpha, beta, scale, expEm } = lat;
  let logShift = 0;
  for (let t = 0; t < len; t++) {
    const mask = allowed ? allowed[t]! : ALL;
    // shift by the best allowed score: a restricted lattice far below the overall best would underflow to 0
    let m = -Infinity;
    for (let l = 0; l < L; l++) if (mask & (1 << l) && scores[t * L + l]! > m) m = scores[t * L + l]!;
    logShift += m;
    for (let l = 0; l < L; l++) expEm[t * L + l] = mask & (1 << l) ? Math.exp(scores[t * L + l]! - m) : 0;
  }
  let z = 0;
  for (let l = 0; l < L; l++) { const v = expTrans[L * L + l]! * expEm[l]!; alpha[l] = v; z += v; }
  scale[0] = z;
  for (let l = 0; l < L; l++) alpha[l] = alpha[l]! / z;
  for (let t = 1; t < len; t++) {
    z = 0;
    for (let l = 0; l < L; l++) {
      const e = expEm[t * L + l]!;
      if (e === 0) { alpha[t * L + l] = 0; continue; }
      let sum = 0;
      for (let p = 0; p < L; p++) sum += alpha[(t - 1) * L + p]! * expTrans[p * L + l]!;
      const v = sum * e;
      alpha[t * L + l] = v; z += v;
    }
    scale[t] = z;
    for (let l = 0; l < L; l++) alpha[t * L + l] = alpha[t * L + l]! / z;
  }
  for (let l = 0; l < L; l++) beta[(len - 1) * L + l] = 1;
  for (let t = len - 2; t >= 0; t--) {
    for (let p = 0; p < L; p++) {
      let sum = 0;
      for (let l = 0; l < L; l++) sum += expTrans[p * L + l]! * expEm[(t + 1) * L + l]! * beta[(t + 1) * L + l]!;
      beta[t * L + p] = sum / scale[t + 1]!;
    }
  }
  let logZ = logShift;
  for (let t = 0; t < len; t++) logZ += Math.log(scale[t]!);
  for (let t = 0; t < len; t++) {
    for (let l = 0; l < L; l++) node[t * L + l] = node[t * L + l]! + sign * alpha[t * L + l]! * beta[t * L + l]!;
    if (t === 0) {
      for (let l = 0; l < L; l++) edge[L * L + l] = edge[L * L + l]! + sign * alpha[l]! * beta[l]!;
      continue;
    }
    for (let p = 0; p < L; p++) {
      const a = alpha[(t - 1) * L + p]!;
      if (a === 0) continue;
      for (let l = 0; l < L; l++) {
        const et = expTrans[p * L + l]!;
        if (et === 0) continue;
        edge[p * L + l] = edge[p * L + l]! + (sign * a * et * expEm[t * L + l]! * beta[t * L + l]!) / scale[t]!;
      }
    }
  }
  return logZ;
}

export function trainCrf(data: readonly TrainSentence[], lexicon: Lexicon, opts: CrfOptions = {}): TrainedNerModel {
  const bucketsLog2 = opts.bucketsLog2 ?? 20;
  const epochs = opts.epochs ?? 8;
  const eta = opts.learningRate ?? 0.1;
  const log = opts.log ?? (() => {});
  const mask = (1 << bucketsLog2) - 1;
  const fx = new FeatureExtractor(lexicon, opts.features);
  const sents = data.map((s) => {
    const { hashes, offsets } = fx.sentence(s.words);
    const rows = Int32Array.from(hashes, (h) => (h & mask) * L);
    const dseed = s.domain ? hashString(`domain:${s.domain}`) : 0;
    const drows = dseed ? Int32Array.from(hashes, (h) => (mix(h, dseed) & mask) * L) : null;
    const gold = Uint8Array.from(s.tags, (t) => LABEL_INDEX.get(t)!);
    // a gold path the lattice forbids has probability 0: chunked sources (Europeana) can start inside a name
    for (let t = 0; t < gold.length; t++) if (!ALLOWED[(t === 0 ? L : gold[t - 1]!) * L + gold[t]!]) gold[t] = gold[t]! - 1;
    // partial labels: MISC stays open over the O tokens of a source that has no MISC class
    let allowed: Uint16Array | null = null;
    if (s.noMisc) {
      allowed = Uint16Array.from(gold, (g) => (g === O ? MISC_OPEN : 1 << g));
      if (!gold.some((g) => g === O)) allowed = null;
    }
    return { rows, drows, offsets, gold, allowed, weight: s.weight };
  });
  const n = (mask + 1) * L;
  const w = new Float32Array(n), g2 = new Float32Array(n), acc = new Float64Array(n);
  const domains = sents.some((s) => s.drows);
  const wd = domains ? new Float32Array(n) : null, gd2 = domains ? new Float32Array(n) : null;
  const T = (L + 1) * L;
  const tw = new Float64Array(T), tg2 = new Float64Array(T), tacc = new Float64Array(T);
  let c = 1;
  const order = sents.map((_, i) => i);
  const random = rng(opts.seed ?? 42);
  const averaged = (): TrainedNerModel => {
    const weights = new Float32Array(n);
    for (let i = 0; i < n; i++) weights[i] = w[i]! - acc[i]! / c;
    const transitions = new Float32Array(T);
    for (let i = 0; i < T; i++) transitions[i] = tw[i]! - tacc[i]! / c;
    return { bucketsLog2, labels: [...LABELS], weights, transitions, lexicon, info: { trainer: 'crf', confidenceTemperature: 1, ...featureInfo(opts.features) } };
  };
  const lat = new Lattice();
  let scores = new Float32Array(1024 * L), grad = new Float64Array(1024 * L);
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
      if (scores.length < len * L) { scores = new Float32Array(len * L * 2); grad = new Float64Array(len * L * 2); }
      for (let i = 0; i < T; i++) expTrans[i] = ALLOWED[i] ? Math.exp(tw[i]!) : 0;
      scores.fill(0, 0, len * L);
      addRows(w, s.rows, s.offsets, scores, len);
      if (wd && s.drows) addRows(wd, s.drows, s.offsets, scores, len);
      grad.fill(0, 0, len * L);
      tgrad.fill(0);
      // gradient of the NLL = model expectations - observed (gold path, or the constrained lattice for partial labels)
      const logZ = forwardBackward(scores, len, expTrans, null, lat, 1, grad, tgrad);
      if (s.allowed) nll += logZ - forwardBackward(scores, len, expTrans, s.allowed, lat, -1, grad, tgrad);
      else {
        let goldScore = 0;
        for (let t = 0; t < len; t++) {
          const g = s.gold[t]!, e = (t === 0 ? L : s.gold[t - 1]!) * L + g;
          goldScore += scores[t * L + g]! + tw[e]!;
          grad[t * L + g] = grad[t * L + g]! - 1;
          tgrad[e] = tgrad[e]! - 1;
        }
        nll += logZ - goldScore;
      }
      const d = s.weight;
      for (let t = 0; t < len; t++) {
        for (let k = s.offsets[t]!, e = s.offsets[t + 1]!; k < e; k++) {
          const r = s.rows[k]!, rd = s.drows ? s.drows[k]! : -1;
          for (let l = 0; l < L; l++) {
            const gr = grad[t * L + l]! * d;
            if (gr > -1e-4 && gr < 1e-4) continue;
            const i = r + l;
            g2[i] = g2[i]! + gr * gr;
            const step = (eta * gr) / Math.sqrt(g2[i]!);
            w[i] = w[i]! - step; acc[i] = acc[i]! - c * step;
            if (rd >= 0) {
              const j = rd + l;
              gd2![j] = gd2![j]! + gr * gr;
              wd![j] = wd![j]! - (eta * gr) / Math.sqrt(gd2![j]!);
            }
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
  return averaged();
}

function addRows(w: Float32Array, rows: Int32Array, offsets: Int32Array, out: Float32Array, len: number): void {
  for (let t = 0; t < len; t++) {
    for (let k = offsets[t]!, e = offsets[t + 1]!; k < e; k++) {
      const r = rows[k]!;
      for (let l = 0; l < L; l++) out[t * L + l] = out[t * L + l]! + w[r + l]!;
    }
  }
}
