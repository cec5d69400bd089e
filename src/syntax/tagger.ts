/**
 * Greedy left-to-right tagging with three hashed linear models: UPOS, then morphology (the FEATS string restricted to
 * a few keys: one value per key from one factored table, or, in older models, one class per combination), then a
 * lemma edit script for words not in the lemma table. Frequent unambiguous words take their tag from a tag dictionary.
 */
import { type WordHashes, type ClusterSpec, SUFFIXES, PREFIXES } from './features.js';
import { argmax, scoreRows as scoreAnyRows, type WeightTable } from './perceptron.js';
import { applyScript, type EditScript } from './lemma.js';
import type { StringLookup } from './table.js';

const NONE = 0x5bd1e995;

/** hash.ts's mix, copied: a call site of its own keeps V8's type feedback for the feature functions monomorphic, so
 * it is inlined as integer arithmetic (the shared function, fed different number kinds by many callers, is not).
 * Signed 32-bit result, the same bits in the Uint32Array feature buffers: a call V8 does not inline then returns a
 * small integer instead of allocating a heap number for hashes of 2^31 or more (greedy.ts's mix says more). */
function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b); h ^= h >>> 15;
  h = Math.imul(h ^ b, 0xc2b2ae35); h ^= h >>> 13;
  h = Math.imul(h ^ c, 0x27d4eb2f); h ^= h >>> 16;
  return h | 0;
}

/** perceptron.ts's scoreRows, with the compressed sparse rows every shipped tagger table has scored here (a loop of
 * its own that V8 compiles for this one case); other tables go to scoreRows. The same integer sums. */
function scoreRows(t: WeightTable, feats: Uint32Array, n: number, out: Float64Array): void {
  const sp = t.sparse;
  if (!sp) { scoreAnyRows(t, feats, n, out); return; }
  const L = t.labels, mask = (1 << t.bucketsLog2) - 1, start = sp.start, entry = sp.entry;
  for (let l = 0; l < L; l++) out[l] = 0;
  for (let i = 0; i < n; i++) {
    const b = feats[i]! & mask;
    for (let k = start[b]!, end = start[b + 1]!; k < end; k++) {
      const e = entry[k]!, l = e >>> 16;
      out[l] = out[l]! + ((e << 16) >> 16);
    }
  }
}

/** Feature hashes for the UPOS decision at word i, given the two previous predicted tags (-1 = none). */
export function posFeatures(h: WordHashes, i: number, t1: number, t2: number, out: Uint32Array, right?: Int32Array): number {
  const n = h.n, lo = h.lower;
  const lm1 = i >= 1 ? lo[i - 1]! : NONE - 1, lm2 = i >= 2 ? lo[i - 2]! : NONE - 2;
  const lp1 = i + 1 < n ? lo[i + 1]! : NONE + 1, lp2 = i + 2 < n ? lo[i + 2]! : NONE + 2;
  const s3m1 = i >= 1 ? h.suf[2 * n + i - 1]! : NONE - 1, s3p1 = i + 1 < n ? h.suf[2 * n + i + 1]! : NONE + 1;
  const shm1 = i >= 1 ? h.shape[i - 1]! : NONE - 1, shp1 = i + 1 < n ? h.shape[i + 1]! : NONE + 1;
  let m = 0;
  out[m++] = mix(0, 1);
  out[m++] = mix(1, h.lower[i]!);
  out[m++] = mix(2, h.form[i]!);
  for (let k = 0; k < 4; k++) out[m++] = mix(3 + k, h.suf[k * n + i]!);
  for (let k = 0; k < PREFIXES; k++) out[m++] = mix(7 + k, h.pre[k * n + i]!);
  out[m++] = mix(10, h.shape[i]!);
  out[m++] = mix(11, h.shape[i]!, i === 0 ? 1 : 0);
  out[m++] = mix(12, lm1);
  out[m++] = mix(13, lp1);
  out[m++] = mix(14, lm2);
  out[m++] = mix(15, lp2);
  out[m++] = mix(16, s3m1);
  out[m++] = mix(17, s3p1);
  out[m++] = mix(18, t1);
  out[m++] = mix(19, t1, t2);
  out[m++] = mix(20, t1, h.lower[i]!);
  out[m++] = mix(21, lm1, h.lower[i]!);
  out[m++] = mix(22, h.lower[i]!, lp1);
  out[m++] = mix(23, shp1);
  out[m++] = mix(24, t1, h.suf[2 * n + i]!);
  out[m++] = mix(25, h.suf[4 * n + i]!);
  out[m++] = mix(26, shm1, h.shape[i]!);
  const c = h.cluster, cm1 = i >= 1 ? c[i - 1]! : -2, cp1 = i + 1 < n ? c[i + 1]! : -3;
  out[m++] = mix(27, c[i]!); out[m++] = mix(28, c[i]! >> 4); out[m++] = mix(29, cm1); out[m++] = mix(30, cp1);
  out[m++] = mix(31, t1, c[i]!); out[m++] = mix(32, c[i]!, cp1);
  for (let k = 0; k < h.nCoarse; k++) {
    const ck = h.coarse, b = k * n;
    out[m++] = mix(200 + k, ck[b + i]!); out[m++] = mix(210 + k, t1, ck[b + i]!);
    out[m++] = mix(220 + k, i >= 1 ? ck[b + i - 1]! : -2, i + 1 < n ? ck[b + i + 1]! : -3);
  }
  if (right) {
    // second pass: the first pass's tags of this and the next two words
    const r0 = right[i]!, r1 = i + 1 < n ? right[i + 1]! : -3, r2 = i + 2 < n ? right[i + 2]! : -3;
    out[m++] = mix(90, r1); out[m++] = mix(91, r1, r2); out[m++] = mix(92, t1, r1); out[m++] = mix(93, r1, h.lower[i]!);
    out[m++] = mix(94, r0); out[m++] = mix(95, t1, r0, r1); out[m++] = mix(96, r1, h.suf[2 * n + i]!);
  }
  return m;
}

/** Feature hashes for the morphology label at word i (UPOS known for the whole sentence; f1 = previous label). */
export function morphFeatures(h: WordHashes, upos: Int32Array, i: number, f1: number, out: Uint32Array, dec?: MorphDecoder): number {
  const n = h.n, lo = h.lower;
  const lm1 = i >= 1 ? lo[i - 1]! : NONE - 1, lm2 = i >= 2 ? lo[i - 2]! : NONE - 2, lp1 = i + 1 < n ? lo[i + 1]! : NONE + 1;
  const tm1 = i >= 1 ? upos[i - 1]! : -2, tm2 = i >= 2 ? upos[i - 2]! : -2, tp1 = i + 1 < n ? upos[i + 1]! : -3, tp2 = i + 2 < n ? upos[i + 2]! : -3;
  const s2m1 = i >= 1 ? h.suf[n + i - 1]! : NONE - 1, s2p1 = i + 1 < n ? h.suf[n + i + 1]! : NONE + 1;
  const u = upos[i]!;
  let m = 0;
  out[m++] = mix(40, u);
  out[m++] = mix(41, u, h.lower[i]!);
  out[m++] = mix(42, u, h.suf[0 * n + i]!);
  out[m++] = mix(43, u, h.suf[1 * n + i]!);
  out[m++] = mix(44, u, h.suf[2 * n + i]!);
  out[m++] = mix(45, u, h.suf[3 * n + i]!);
  out[m++] = mix(46, u, tm1);
  out[m++] = mix(47, u, tp1);
  out[m++] = mix(48, u, f1);
  out[m++] = mix(49, u, lm1);
  out[m++] = mix(50, u, lp1);
  out[m++] = mix(51, u, tm1, tm2);
  out[m++] = mix(52, u, tp1, s2p1);
  out[m++] = mix(53, u, tm1, s2m1);
  out[m++] = mix(54, u, h.form[i]!);
  out[m++] = mix(55, u, lm2);
  out[m++] = mix(56, u, f1, h.suf[1 * n + i]!);
  out[m++] = mix(57, u, tp1, tp2);
  out[m++] = mix(58, u, h.cluster[i]!);
  for (let k = 0; k < h.nCoarse; k++) out[m++] = mix(230 + k, u, h.coarse[k * n + i]!);
  if (dec) {
    // agreement with the previous word: its first three keys' values (Case, Gender, Number), apart and with the ending
    const G = dec.keys.length, known = f1 >= 0 && f1 < UNSEEN_MORPH && f1 * G < dec.vals.length;
    for (let g = 0; g < 3 && g < G; g++) out[m++] = mix(86 + g, u, known ? dec.vals[f1 * G + g]! : -1);
    out[m++] = mix(89, u, known ? dec.vals[f1 * G]! : -1, h.suf[n + i]!);
    // agreement within the noun phrase: the neighbours' endings, the next word's class
    const s3p1 = i + 1 < n ? h.suf[2 * n + i + 1]! : NONE + 1, lp2 = i + 2 < n ? lo[i + 2]! : NONE + 2;
    out[m++] = mix(80, u, s3p1);
    out[m++] = mix(81, u, lp2);
    out[m++] = mix(82, u, h.suf[n + i]!, lp1);
    out[m++] = mix(83, u, lm1, h.suf[n + i]!);
    out[m++] = mix(84, u, i + 1 < n ? h.cluster[i + 1]! : -3);
    out[m++] = mix(85, u, lm1, lp1);
  }
  return m;
}

/** Feature hashes for the lemma edit script of word i. */
export function lemmaFeatures(h: WordHashes, upos: number, morph: number, i: number, out: Uint32Array): number {
  const n = h.n;
  let m = 0;
  out[m++] = mix(60, upos);
  out[m++] = mix(61, upos, morph);
  for (let k = 0; k < SUFFIXES; k++) out[m++] = mix(62 + k, upos, h.suf[k * n + i]!);
  for (let k = 0; k < SUFFIXES; k++) out[m++] = mix(67 + k, h.suf[k * n + i]!);
  for (let k = 0; k < PREFIXES; k++) out[m++] = mix(72 + k, h.pre[k * n + i]!);
  out[m++] = mix(75, h.shape[i]!, upos);
  out[m++] = mix(76, h.lower[i]!);
  out[m++] = mix(77, morph, h.suf[2 * n + i]!);
  out[m++] = mix(78, i === 0 ? 1 : 0, h.shape[i]!);
  return m;
}

/**
 * Factored morphology: one small classifier per FEATS key (Case: Nom/Acc/Dat/Gen/none, …), all in one weight table
 * whose row holds every key's labels (key g at labels off[g] … off[g + 1] - 1), so a word costs one row per feature,
 * not a row of every combination seen (133 in German).
 */
export interface MorphFactors {
  keys: string[];
  /** values[g]: '' (key absent) first, then the values seen in training, sorted */
  values: string[][];
  /** UPOS ids whose training words never had any of the keys: '_' without scoring */
  bare: number[];
  /**
   * per UPOS id, the morphology label ids seen with it in training: the decoder picks the one whose values score
   * highest in sum (so keys agree, e.g. no Person on a noun); absent or empty: each key's best value
   */
  allowed?: number[][];
}

/** Run-time form of MorphFactors. */
export interface MorphDecoder extends MorphFactors {
  off: Int32Array;
  radix: Int32Array;
  bareUpos: Uint8Array;
  /** code (sum of value index x radix) -> id of the combined label in morphLabels */
  known: Map<number, number>;
  /** label id -> its label index in the table for each key (vals[id * keys + g]), -1 row for unknown labels */
  vals: Int32Array;
}

/** Ids of combinations not among the training labels: UNSEEN_MORPH + code (the parser hashes the id). */
export const UNSEEN_MORPH = 1 << 20;

export function morphDecoder(f: MorphFactors, morphLabels: readonly string[], uposCount: number): MorphDecoder {
  const G = f.keys.length;
  const off = new Int32Array(G + 1), radix = new Int32Array(G);
  let r = 1;
  for (let g = 0; g < G; g++) { off[g + 1] = off[g]! + f.values[g]!.length; radix[g] = r; r *= f.values[g]!.length; }
  const bareUpos = new Uint8Array(Math.max(uposCount, 1));
  for (const u of f.bare) bareUpos[u] = 1;
  const d: MorphDecoder = { ...f, off, radix, bareUpos, known: new Map(), vals: new Int32Array(morphLabels.length * G).fill(-1) };
  morphLabels.forEach((label, id) => {
    const c = morphCode(d, label);
    if (c < 0) return;
    if (!d.known.has(c)) d.known.set(c, id);
    let rest = c;
    for (let g = G - 1; g >= 0; g--) { const v = Math.floor(rest / radix[g]!); rest -= v * radix[g]!; d.vals[id * G + g] = off[g]! + v; }
  });
  return d;
}

/** The code of a restricted FEATS string, -1 when it has a key or value the decoder does not know. */
export function morphCode(d: MorphDecoder, feats: string): number {
  if (feats === '_' || feats === '') return 0;
  let code = 0;
  for (const kv of feats.split('|')) {
    const eq = kv.indexOf('=');
    const g = d.keys.indexOf(kv.slice(0, eq));
    if (g < 0) continue;
    const v = d.values[g]!.indexOf(kv.slice(eq + 1));
    if (v < 0) return -1;
    code += v * d.radix[g]!;
  }
  return code;
}

/** The FEATS string of a morphology id (a training label, or UNSEEN_MORPH + code). */
export function morphFeats(p: Pick<TaggerParts, 'morphLabels' | 'factors'>, id: number): string {
  if (id < UNSEEN_MORPH || !p.factors) return p.morphLabels[id] ?? '_';
  const d = p.factors;
  let code = id - UNSEEN_MORPH;
  const out: string[] = [];
  for (let g = d.keys.length - 1; g >= 0; g--) {
    const v = Math.floor(code / d.radix[g]!);
    code -= v * d.radix[g]!;
    if (v > 0) out.unshift(`${d.keys[g]}=${d.values[g]![v]}`);
  }
  return out.length ? out.join('|') : '_';
}

export const morphLexKey = (form: number, upos: number): number => mix(97, form, upos) >>> 0;

/** The best allowed combination for UPOS u (summed per-key scores), else per key the best value; its morphology id. */
export function decodeMorph(d: MorphDecoder, scores: Float64Array, u: number, lex?: number[]): number {
  const G = d.keys.length, ids = lex ?? d.allowed?.[u];
  if (ids && ids.length) {
    let best = ids[0]!, bs = -Infinity;
    for (const id of ids) {
      const b = id * G;
      if (d.vals[b]! < 0) continue;
      let sc = 0;
      for (let g = 0; g < G; g++) sc += scores[d.vals[b + g]!]!;
      if (sc > bs) { bs = sc; best = id; }
    }
    return best;
  }
  let code = 0;
  for (let g = 0; g < d.keys.length; g++) {
    const a = d.off[g]!, b = d.off[g + 1]!;
    let best = a, bs = scores[a]!;
    for (let l = a + 1; l < b; l++) if (scores[l]! > bs) { bs = scores[l]!; best = l; }
    code += (best - a) * d.radix[g]!;
  }
  return d.known.get(code) ?? UNSEEN_MORPH + code;
}

export interface TaggerParts {
  pos: WeightTable;
  /** second pass (optional): reads the first pass's tags to the right */
  pos2?: WeightTable;
  /** words whose first-pass score margin (best - second, scaled) is at least this keep their first-pass tag */
  pos2Margin?: number;
  morph: WeightTable;
  lemma: WeightTable;
  uposLabels: string[];
  morphLabels: string[];
  scripts: EditScript[];
  /** scripts indexed by deleted suffix, to find the applicable ones fast */
  scriptsBySuffix: Map<string, number[]>;
  /** `${form}\t${upos}` -> lemma, and `${form}` -> lemma (most frequent) */
  lexicon: StringLookup<string>;
  /** word -> distributional class path (may be empty) */
  clusters: StringLookup<number>;
  clusterSpec: ClusterSpec;
  /** factored morphology (absent in models with one label per combination) */
  factors?: MorphDecoder;
  /** morphology lexicon: morphLexKey(form hash, UPOS) -> the label ids seen with that form and UPOS (decoding picks among them) */
  morphLex?: Map<number, number[]>;
  /** hash of a frequent unambiguous form (WordHashes.form) -> its UPOS id, not scored */
  tagDict?: Map<number, number>;
  /** run time: lemmas already predicted for unknown words (form, UPOS, morphology, first word or not); bounded */
  lemmaCache?: Map<string, string>;
}

export function indexScripts(scripts: EditScript[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  scripts.forEach((s, i) => { const k = s.delSuffix; const a = m.get(k); if (a) a.push(i); else m.set(k, [i]); });
  return m;
}

export interface Tagged { upos: Int32Array; morph: Int32Array; lemma: string[] }

const FEAT_BUF = 96;
let MARGINS = new Float64Array(256);
const TAG_BUF = new Uint32Array(FEAT_BUF);

export function tagWords(p: TaggerParts, words: readonly string[], h: WordHashes, scratch: Float64Array, lemmas = true): Tagged {
  const n = words.length;
  const upos = new Int32Array(n), morph = new Int32Array(n);
  const f = TAG_BUF;
  if (p.pos2) {
    const margin = p.pos2Margin !== undefined && p.pos2Margin > 0 ? MARGINS.length >= n ? MARGINS : (MARGINS = new Float64Array(n * 2)) : undefined;
    tagPass(p, p.pos, h, upos, scratch, undefined, margin);
    tagPass(p, p.pos2, h, upos, scratch, Int32Array.from(upos), undefined, margin, p.pos2Margin);
  } else tagPass(p, p.pos, h, upos, scratch);
  let f1 = -1;
  const d = p.factors;
  for (let i = 0; i < n; i++) {
    if (d && d.bareUpos[upos[i]!]) { f1 = morph[i] = 0; continue; }
    const k = morphFeatures(h, upos, i, f1, f, d);
    scoreRows(p.morph, f, k, scratch);
    f1 = morph[i] = d ? decodeMorph(d, scratch, upos[i]!, p.morphLex?.get(morphLexKey(h.form[i]!, upos[i]!))) : argmax(scratch, p.morph.labels);
  }
  const lemma: string[] = new Array(n);
  if (lemmas) for (let i = 0; i < n; i++) lemma[i] = lemmaOf(p, words[i]!, h, upos[i]!, morph[i]!, i, f, scratch);
  return { upos, morph, lemma };
}

/** One greedy left-to-right UPOS pass into `upos` (`right`: the first pass's tags, for the second pass). */
export function tagPass(p: Pick<TaggerParts, 'tagDict'>, table: WeightTable, h: WordHashes, upos: Int32Array, scratch: Float64Array, right?: Int32Array, marginOut?: Float64Array, marginIn?: Float64Array, keep = Infinity): void {
  const dict = p.tagDict, f = TAG_BUF;
  let t1 = -1, t2 = -2;
  for (let i = 0; i < h.n; i++) {
    let t = dict ? dict.get(h.form[i]! >>> 0) : undefined;
    if (t === undefined && marginIn && right && marginIn[i]! >= keep) t = right[i]!;
    if (t === undefined) {
      const k = posFeatures(h, i, t1, t2, f, right);
      scoreRows(table, f, k, scratch);
      t = argmax(scratch, table.labels);
      if (marginOut) {
        let second = -Infinity;
        for (let l = 0; l < table.labels; l++) if (l !== t && scratch[l]! > second) second = scratch[l]!;
        marginOut[i] = (scratch[t]! - second) * table.scale;
      }
    } else if (marginOut) marginOut[i] = Infinity;
    upos[i] = t; t2 = t1; t1 = t;
  }
}

export function candidateScripts(p: TaggerParts, form: string): number[] {
  const out: number[] = [];
  const forms = [form, form.charAt(0).toLowerCase() + form.slice(1), form.toLowerCase(), form.charAt(0).toUpperCase() + form.slice(1)];
  const seen = new Set<string>();
  for (const f of forms) {
    for (let k = 0; k <= f.length; k++) {
      const suffix = f.slice(f.length - k);
      if (seen.has(suffix)) continue;
      seen.add(suffix);
      const ids = p.scriptsBySuffix.get(suffix);
      if (ids) for (const id of ids) out.push(id);
    }
  }
  return out;
}

export function lemmaOf(p: TaggerParts, form: string, h: WordHashes, upos: number, morph: number, i: number, f: Uint32Array, scratch: Float64Array): string {
  const known = p.lexicon.get(`${form}\t${p.uposLabels[upos]}`) ?? p.lexicon.get(form);
  if (known !== undefined) return known;
  const cache = p.lemmaCache;
  const key = cache ? `${form}\t${upos}\t${morph}\t${i === 0 ? 1 : 0}` : '';
  const hit = cache?.get(key);
  if (hit !== undefined) return hit;
  const lemma = predictLemma(p, form, h, upos, morph, i, f, scratch);
  if (cache) { if (cache.size >= LEMMA_CACHE_MAX) cache.clear(); cache.set(key, lemma); }
  return lemma;
}

const LEMMA_CACHE_MAX = 50000;

function predictLemma(p: TaggerParts, form: string, h: WordHashes, upos: number, morph: number, i: number, f: Uint32Array, scratch: Float64Array): string {
  const k = lemmaFeatures(h, upos, morph, i, f);
  scoreRows(p.lemma, f, k, scratch);
  let best: string | undefined, bs = -Infinity;
  for (const id of candidateScripts(p, form)) {
    if (scratch[id]! <= bs) continue;
    const l = applyScript(form, p.scripts[id]!);
    if (l !== undefined && l !== '') { bs = scratch[id]!; best = l; }
  }
  return best ?? form;
}
