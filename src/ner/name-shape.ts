/**
 * Name shape: a character n-gram naive Bayes model that says whether an unseen capitalised word looks like a
 * surname, a place name, an organisation name or a German common noun ("Millican", "Dündar" vs "Jagdlobby").
 * Trained at build time from the gazetteer lists and the dictionary (never from the evaluation sets), shipped as a
 * table n-gram -> four centred, quantised log-probabilities packed into one int32.
 */
import type { WordTable } from './word-table.js';

export const SHAPE_CLASSES = ['PER', 'LOC', 'ORG', 'NOUN'] as const;
export type ShapeClass = (typeof SHAPE_CLASSES)[number];
const K = SHAPE_CLASSES.length;
/** Quantisation: log-probabilities in steps of 1/QUANT nats, clipped to int8. */
const QUANT = 8;

/** The n-grams of a word: lower-cased, padded with ^ and $, lengths 2..4. */
export function charGrams(word: string): string[] {
  const w = `^${word.toLowerCase()}$`;
  const out: string[] = [];
  for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n));
  return out;
}

/** Count n-grams per class, smooth, centre across classes and pack; n-grams seen fewer than `minCount` times are dropped. */
export function buildNameShape(lists: Record<ShapeClass, Iterable<string>>, minCount = 3): Map<string, number> {
  const counts = new Map<string, Int32Array>();
  const totals = new Float64Array(K);
  SHAPE_CLASSES.forEach((c, k) => {
    for (const word of lists[c]) for (const g of charGrams(word)) {
      let a = counts.get(g);
      if (!a) { a = new Int32Array(K); counts.set(g, a); }
      a[k]!++;
      totals[k]!++;
    }
  });
  const kept = [...counts.entries()].filter(([, a]) => a.reduce((x, y) => x + y, 0) >= minCount);
  const vocab = kept.length;
  const out = new Map<string, number>();
  for (const [g, a] of kept.sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const logp = Array.from(a, (c, k) => Math.log((c + 0.5) / (totals[k]! + 0.5 * vocab)));
    const mean = logp.reduce((x, y) => x + y, 0) / K;
    let packed = 0;
    logp.forEach((l, k) => { const q = Math.max(-127, Math.min(127, Math.round((l - mean) * QUANT))); packed |= (q & 0xff) << (8 * k); });
    out.set(g, packed);
  }
  return out;
}

/** Summed log-likelihoods (nats, centred) of a word under each class; all zero when the table is empty. */
export function nameShapeScores(table: WordTable, word: string, out: Float64Array = new Float64Array(K)): Float64Array {
  out.fill(0);
  const w = `^${word.toLowerCase()}$`;
  const slices = table as Partial<SliceLookup>;
  for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= w.length; i++) {
    // the loaded model's table looks substrings up in place; a Map (while training) gets the substring
    const v = slices.getSlice ? slices.getSlice(w, i, i + n) : table.get(w.slice(i, i + n));
    if (v === undefined) continue;
    for (let k = 0; k < K; k++) out[k]! += ((v << (24 - 8 * k)) >> 24) / QUANT;
  }
  return out;
}

interface SliceLookup { getSlice(s: string, start: number, end: number): number | undefined }

const bucket = (x: number) => (x < 1 ? 0 : x < 3 ? 1 : x < 6 ? 2 : x < 10 ? 3 : 4);
const nnBucket = (x: number) => (x < -6 ? -3 : x < -3 ? -2 : x < 0 ? -1 : x < 3 ? 1 : x < 6 ? 2 : 3);

/**
 * Feature strings for a capitalised word: best class, its margin over the runner-up and the name-vs-noun margin,
 * both in coarse buckets (the perceptron learns how far to trust them).
 */
export function nameShapeFeatures(table: WordTable, word: string): string[] {
  if (table.size === 0) return [];
  const s = nameShapeScores(table, word);
  const [best, margin, nn] = decide(s);
  return [`ns=${SHAPE_CLASSES[best]}`, `ns=${SHAPE_CLASSES[best]}|${bucket(margin)}`, `nn=${nnBucket(nn)}`];
}

function decide(s: Float64Array): [number, number, number] {
  let best = 0;
  for (let k = 1; k < K; k++) if (s[k]! > s[best]!) best = k;
  let second = -Infinity;
  for (let k = 0; k < K; k++) if (k !== best && s[k]! > second) second = s[k]!;
  return [best, s[best]! - second, Math.max(s[0]!, s[1]!, s[2]!) - s[3]!];
}

/** Appends the hashes of nameShapeFeatures(table, word) to `out` at `n` (same values, nothing allocated per word); returns the new length. */
export function appendNameShapeHashes(table: WordTable, word: string, hash: (s: string) => number, out: Int32Array, n: number): number {
  if (table.size === 0) return n;
  const s = nameShapeScores(table, word, SCRATCH);
  const [best, margin, nn] = decide(s);
  const h = hashesFor(hash);
  out[n++] = h.best[best]!; out[n++] = h.margin[best * 5 + bucket(margin)]!; out[n++] = h.nn[nnBucket(nn) + 3]!;
  return n;
}
const SCRATCH = new Float64Array(K);
let cached: { hash: (s: string) => number; best: Int32Array; margin: Int32Array; nn: Int32Array } | undefined;
function hashesFor(hash: (s: string) => number) {
  if (cached?.hash === hash) return cached;
  const best = Int32Array.from(SHAPE_CLASSES, (c) => hash(`ns=${c}`));
  const margin = new Int32Array(K * 5);
  SHAPE_CLASSES.forEach((c, k) => { for (let b = 0; b < 5; b++) margin[k * 5 + b] = hash(`ns=${c}|${b}`); });
  const nn = Int32Array.from([-3, -2, -1, 0, 1, 2, 3], (b) => hash(`nn=${b}`));
  cached = { hash, best, margin, nn };
  return cached;
}
