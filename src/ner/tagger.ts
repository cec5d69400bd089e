/** German NER tagger: loads the shipped model (checksum-verified) and tags tokenised sentences with IOB2 labels. */
import { EreignisError } from '../errors.js';
import { resourceDir } from '../resources/locate.js';
import { FeatureExtractor, featureOptionsOf } from './features.js';
import { deserializeModel, type NerModel } from './model.js';
import { emissions, emissionsPacked, pathMarginals, viterbi } from './decode.js';
import { PackedWeights } from '../resources/packed-weights.js';
import { LABELS } from './labels.js';
import { linkParentheticalAcronyms } from './acronyms.js';
import { forbidLowercasePersons } from './constraints.js';
import { readManifest, readVerifiedModelFile } from '../resources/verified.js';

export interface NerManifest {
  name: string;
  version: string;
  file: string;
  sha256: string;
  bytes: number;
  labels: string[];
  [k: string]: unknown;
}

const L = LABELS.length;
/**
 * Perceptron scores are not probabilities; dividing them by this temperature before forward-backward gives
 * token confidences with the lowest negative log-likelihood on UNER-PUD de (T = 40: NLL 0.13 vs 0.70 at T = 1).
 */
const DEFAULT_TEMPERATURE = 40;

export class NerTagger {
  private readonly features: FeatureExtractor;
  private readonly mask: number;
  private scratch = new Float32Array(256 * L);
  /** Per label, the constant added to its emission score (the header's decoding biases, see labelBiases). */
  private readonly labelBias: Float32Array | undefined;
  /** The transitions divided by the confidence temperature, made on the first confidence asked for. */
  private scaledTransitions?: Float32Array;

  constructor(readonly model: NerModel, readonly manifest?: NerManifest) {
    this.features = new FeatureExtractor(model.lexicon, featureOptionsOf(model.info));
    this.mask = (1 << model.bucketsLog2) - 1;
    this.labelBias = labelBiases(model.info);
  }

  private scores(words: readonly string[]): Float32Array {
    const { hashes, offsets, feats } = this.features.sentence(words);
    if (this.scratch.length < words.length * L) this.scratch = new Float32Array(words.length * L * 2);
    const w = this.model.weights;
    // a loaded model's packed int16 weights: each word form's own rows are summed once (this tagger owns its extractor)
    const s = w instanceof PackedWeights
      ? emissionsPacked(w, this.mask, hashes, offsets, feats, this.scratch, this.model.weightScale ?? 1)
      : emissions(w, this.mask, hashes, offsets, this.scratch, this.model.weightScale ?? 1);
    // constants on the label scores trade precision for recall (chosen on dev sets, stored in the model header)
    const bias = this.labelBias;
    if (bias) for (let t = 0, k = 0; t < words.length; t++) for (let l = 0; l < L; l++, k++) s[k] = s[k]! + bias[l]!;
    forbidLowercasePersons(words, s);
    return s;
  }

  /** IOB2 labels (O, B-PER, I-PER, B-LOC, …, I-MISC), one per word. Words should be GermEval-style tokens. */
  tag(words: readonly string[]): string[] {
    if (words.length === 0) return [];
    const path = viterbi(this.scores(words), words.length, this.model.transitions);
    linkParentheticalAcronyms(words, path);
    return Array.from(path, (l) => LABELS[l]!);
  }

  /** Labels plus, per word, the model's marginal probability of the chosen label (0..1). */
  tagWithScores(words: readonly string[]): { labels: string[]; confidence: number[] } {
    const r = this.tagWithLazyScores(words);
    return { labels: r.labels, confidence: r.confidence() };
  }

  /**
   * tagWithScores() with the confidences computed only when asked for (forward-backward is the dearest step of
   * tagging, and a caller that reads confidences of entity spans only needs none for a sentence without one).
   */
  tagWithLazyScores(words: readonly string[]): { labels: string[]; confidence: () => number[] } {
    if (words.length === 0) return { labels: [], confidence: () => [] };
    const s = this.scores(words);
    const n = words.length;
    const path = viterbi(s, n, this.model.transitions);
    linkParentheticalAcronyms(words, path);
    const temp = typeof this.model.info.confidenceTemperature === 'number' ? this.model.info.confidenceTemperature : DEFAULT_TEMPERATURE;
    // the scores live in the shared scratch buffer: take the scaled copy now, run forward-backward on demand
    const scaled = s.slice(0, n * L).map((x) => x / temp);
    let confidence: number[] | undefined;
    return {
      labels: Array.from(path, (l) => LABELS[l]!),
      confidence: () => {
        if (!confidence) {
          this.scaledTransitions ??= this.model.transitions.map((x) => x / temp);
          const m = pathMarginals(scaled, n, this.scaledTransitions, path);
          confidence = Array.from(path, (_, t) => Math.round(m[t]! * 1e4) / 1e4);
        }
        return confidence;
      },
    };
  }
}

/**
 * The decoding biases of a model header: `oBias` is taken off the O score (all names alike), `typeBias` (e.g.
 * `{ "MISC": 8 }`) is added to the B- and I- scores of one type. Undefined when there are none.
 */
export function labelBiases(info: Record<string, unknown>): Float32Array | undefined {
  const bias = new Float32Array(L);
  if (typeof info.oBias === 'number') bias[0] = -info.oBias;
  const byType = info.typeBias;
  if (byType !== undefined && byType !== null && typeof byType === 'object') {
    const labels: readonly string[] = LABELS;
    for (const [type, value] of Object.entries(byType as Record<string, unknown>)) {
      const b = labels.indexOf(`B-${type}`), i = labels.indexOf(`I-${type}`);
      if (b < 0 || i < 0 || typeof value !== 'number') throw new EreignisError('E003', `typeBias: ${type} is not a label type with a number`);
      bias[b] = bias[b]! + value;
      bias[i] = bias[i]! + value;
    }
  }
  return bias.some((x) => x !== 0) ? bias : undefined;
}

/** Directory of the shipped German model (kept as a public export; resourceDir is the one locator). */
export function defaultGermanModelDir(): string {
  return resourceDir('de');
}

/**
 * Load the German NER model from `modelDir` (default: the package's models/de). Throws EreignisError E002 when the
 * manifest or model file is missing/unreadable, E003 when the checksum, size or label set does not match.
 */
export function loadGermanNer(modelDir: string = defaultGermanModelDir()): NerTagger {
  const { manifest, path: manifestPath } = readManifest<NerManifest>(modelDir, 'manifest.json');
  if (typeof manifest.file !== 'string' || typeof manifest.sha256 !== 'string' || !Array.isArray(manifest.labels))
    throw new EreignisError('E003', `${manifestPath} lacks file, sha256 or labels`);
  if (manifest.labels.join() !== LABELS.join()) throw new EreignisError('E003', `manifest label set ${manifest.labels.join()} is not ${LABELS.join()}`);
  const { bytes, path: modelPath } = readVerifiedModelFile(modelDir, { file: manifest.file, sha256: manifest.sha256 });
  let model: NerModel;
  try {
    model = deserializeModel(bytes);
  } catch (e) {
    throw new EreignisError('E003', `${modelPath}: ${(e as Error).message}`);
  }
  return new NerTagger(model, manifest);
}
