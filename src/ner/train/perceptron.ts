/** Averaged structured perceptron trainer for the NER tagger (deterministic: seeded shuffles, stable order). */
import { FeatureExtractor, featureInfo, hashString, mix, type FeatureOptions, type Lexicon } from '../features.js';
import { emissions, viterbi } from '../decode.js';
import { LABELS, LABEL_INDEX } from '../labels.js';
import type { NerModel, TrainedNerModel } from '../model.js';
// The seeded PRNG (mulberry32) is the syntax trainer's: one implementation for every trainer.
import { rng } from '../../syntax/hash.js';
export { rng };

export interface TrainSentence {
  words: string[];
  tags: string[];
  /** update weight (source weight) */
  weight: number;
  /** The source has no MISC class: a predicted MISC span over gold O tokens is not counted as an error. */
  noMisc?: boolean;
  /**
   * Source name for domain adaptation: sentences with a domain also train a private copy of every feature
   * (kept out of the shipped model), which absorbs that source's own annotation conventions (Daumé 2007,
   * with the target domain sharing only the general weights).
   */
  domain?: string;
  /** Also used in the extra fine-tuning epochs (TrainOptions.finetuneEpochs). */
  finetune?: boolean;
}
export interface TrainOptions {
  bucketsLog2?: number;
  epochs?: number;
  seed?: number;
  log?: (msg: string) => void;
  /** Probability of hiding a token's word-identity features (w=, l=) in an update, so the model also learns from context and shape. */
  wordDropout?: number;
  /** Extra epochs over the sentences marked `finetune` only (in-domain data last). */
  finetuneEpochs?: number;
  /**
   * Cost-augmented decoding in training: every label other than the gold one gets this much extra score, so an
   * update also happens when the gold path wins by less than the margin (0 = plain perceptron).
   */
  margin?: number;
  /** Feature groups beyond the base set (recorded in the model header as info.features). */
  features?: FeatureOptions;
  /** Called after each epoch with the averaged model so far (for learning curves). */
  onEpoch?: (epoch: number, model: NerModel) => void;
}

const L = LABELS.length;


const B_MISC = LABEL_INDEX.get('B-MISC')!, I_MISC = LABEL_INDEX.get('I-MISC')!;

/** Gold with every predicted MISC span copied in where gold has only O (partial labels for sources without MISC). */
function acceptMisc(gold: Uint8Array, pred: Uint8Array): Uint8Array {
  let out: Uint8Array | null = null;
  for (let t = 0; t < pred.length; t++) {
    if (pred[t] !== B_MISC) continue;
    let e = t + 1;
    while (e < pred.length && pred[e] === I_MISC) e++;
    let allO = true;
    for (let k = t; k < e; k++) if (gold[k] !== 0) { allO = false; break; }
    if (allO && (e >= gold.length || gold[e] !== I_MISC)) {
      out ??= gold.slice();
      for (let k = t; k < e; k++) out[k] = pred[k]!;
    }
    t = e - 1;
  }
  return out ?? gold;
}

export function trainPerceptron(data: readonly TrainSentence[], lexicon: Lexicon, opts: TrainOptions = {}): TrainedNerModel {
  const bucketsLog2 = opts.bucketsLog2 ?? 20;
  const epochs = opts.epochs ?? 8;
  const log = opts.log ?? (() => {});
  const mask = (1 << bucketsLog2) - 1;
  const fx = new FeatureExtractor(lexicon, opts.features);
  const sents = data.map((s) => {
    const { hashes, offsets } = fx.sentence(s.words);
    const gold = Uint8Array.from(s.tags, (t) => {
      const i = LABEL_INDEX.get(t);
      if (i === undefined) throw new Error(`unknown label ${t}`);
      return i;
    });
    const h = hashes.slice();
    const dseed = s.domain ? hashString(`domain:${s.domain}`) : 0;
    return { finetune: s.finetune ?? false, hashes: h, dhashes: dseed ? h.map((x) => mix(x, dseed)) : null, offsets, gold, weight: s.weight, noMisc: s.noMisc ?? false };
  });
  const ws = sents.some((s) => s.dhashes) ? new Float32Array((mask + 1) * L) : null;
  const n = (mask + 1) * L;
  const w = new Float32Array(n), acc = new Float64Array(n);
  const tw = new Float64Array((L + 1) * L), tacc = new Float64Array((L + 1) * L);
  const trans32 = new Float32Array((L + 1) * L);
  let c = 1;
  const allOrder = sents.map((_, i) => i);
  const random = rng(opts.seed ?? 42);
  const averaged = (): TrainedNerModel => {
    const weights = new Float32Array(n);
    for (let i = 0; i < n; i++) weights[i] = w[i]! - acc[i]! / c;
    const transitions = new Float32Array((L + 1) * L);
    for (let i = 0; i < transitions.length; i++) transitions[i] = tw[i]! - tacc[i]! / c;
    return { bucketsLog2, labels: [...LABELS], weights, transitions, lexicon, info: featureInfo(opts.features) };
  };
  let scratch = new Float32Array(1024 * L);
  const dropout = opts.wordDropout ?? 0;
  const margin = opts.margin ?? 0;
  const H_UNK_W = hashString('w=<unk>'), H_UNK_L = hashString('l=<unk>');
  const fineOrder = sents.map((s, i) => (s.finetune ? i : -1)).filter((i) => i >= 0);
  const total = epochs + (fineOrder.length ? opts.finetuneEpochs ?? 0 : 0);
  for (let epoch = 1; epoch <= total; epoch++) {
    const order = epoch <= epochs ? allOrder : fineOrder;
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); const t = order[i]!; order[i] = order[j]!; order[j] = t; }
    let errors = 0, tokens = 0;
    const t0 = Date.now();
    for (const si of order) {
      const s0 = sents[si]!;
      const len = s0.gold.length;
      let s = s0;
      if (dropout > 0) {
        // features 1 and 2 of each token are its w= and l= hashes (see FeatureExtractor.sentence)
        const hashes = s0.hashes.slice();
        for (let t = 0; t < len; t++) if (random() < dropout) { hashes[s0.offsets[t]! + 1] = H_UNK_W; hashes[s0.offsets[t]! + 2] = H_UNK_L; }
        s = { ...s0, hashes };
      }
      tokens += len;
      for (let i = 0; i < trans32.length; i++) trans32[i] = tw[i]!;
      if (scratch.length < len * L) scratch = new Float32Array(len * L * 2);
      const em = emissions(w, mask, s.hashes, s.offsets, scratch);
      const dh = s0.dhashes;
      if (ws && dh) {
        for (let t = 0; t < len; t++) for (let k = s0.offsets[t]!, e = s0.offsets[t + 1]!; k < e; k++) {
          const r = (dh[k]! & mask) * L;
          for (let l = 0; l < L; l++) em[t * L + l] = em[t * L + l]! + ws[r + l]!;
        }
      }
      if (margin > 0) {
        for (let t = 0; t < len; t++) {
          const g = s0.gold[t]!;
          for (let l = 0; l < L; l++) {
            // sources without MISC do not know whether MISC over their O tokens is wrong: no cost there
            if (l === g || (s0.noMisc && g === 0 && (l === B_MISC || l === I_MISC))) continue;
            em[t * L + l] = em[t * L + l]! + margin;
          }
        }
      }
      const pred = viterbi(em, len, trans32);
      const d = s.weight;
      const gold = s.noMisc ? acceptMisc(s.gold, pred) : s.gold;
      for (let t = 0; t < len; t++) {
        const g = gold[t]!, p = pred[t]!;
        const gp = t === 0 ? L : gold[t - 1]!, pp = t === 0 ? L : pred[t - 1]!;
        if (g !== p) {
          errors++;
          for (let k = s.offsets[t]!, e = s.offsets[t + 1]!; k < e; k++) {
            const r = (s.hashes[k]! & mask) * L;
            w[r + g] = w[r + g]! + d; acc[r + g] = acc[r + g]! + c * d;
            w[r + p] = w[r + p]! - d; acc[r + p] = acc[r + p]! - c * d;
          }
          if (ws && dh) for (let k = s0.offsets[t]!, e = s0.offsets[t + 1]!; k < e; k++) {
            const r = (dh[k]! & mask) * L;
            ws[r + g] = ws[r + g]! + d;
            ws[r + p] = ws[r + p]! - d;
          }
        }
        if (g !== p || gp !== pp) {
          tw[gp * L + g] = tw[gp * L + g]! + d; tacc[gp * L + g] = tacc[gp * L + g]! + c * d;
          tw[pp * L + p] = tw[pp * L + p]! - d; tacc[pp * L + p] = tacc[pp * L + p]! - c * d;
        }
      }
      c++;
    }
    log(`epoch ${epoch}: ${errors} token errors / ${tokens} (${((100 * errors) / tokens).toFixed(2)}%), ${Date.now() - t0} ms`);
    opts.onEpoch?.(epoch, averaged());
  }
  return averaged();
}
