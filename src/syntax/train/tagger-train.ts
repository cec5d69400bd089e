/** Training of the tagger's parts (build time): UPOS passes, morphology (factored or one label per combination), lemma scripts. */
import { AveragedPerceptron, argmax, scoreRows, type WeightTable } from '../perceptron.js';
import { rng, shuffle } from '../hash.js';
import type { WordHashes } from '../features.js';
import { posFeatures, morphFeatures, lemmaFeatures, candidateScripts, decodeMorph, morphLexKey, UNSEEN_MORPH, type TaggerParts, type MorphDecoder } from '../tagger.js';
import { applyScript, type parseScriptKey } from '../lemma.js';

/** The training options the tagger's parts read (TrainOptions, src/syntax/train/train.ts, has them all). */
type TrainOptions = Record<'seed' | 'tagEpochs' | 'posBucketsLog2' | 'morphBucketsLog2' | 'lemmaBucketsLog2' | 'tagDictMin' | 'tagDictShare' | 'morphLexMin', number>;

export interface Prepared {
  words: string[];
  h: WordHashes;
  upos: Int32Array;
  morph: Int32Array;
  /** factored morphology: value index of key g of word i at [i * keys + g] */
  mval: Int32Array;
  lemma: string[];
  script: Int32Array;
  /** gold heads, n = root (projectivised), and labels */
  head: Int32Array;
  rel: Int32Array;
}

const sortStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Errors and examples of one epoch, counted by a trainer's sentence step. */
interface EpochCount { err: number; tot: number }

/**
 * The loop every tagger part trains with: each epoch visits the sentences in a fresh seeded shuffle, `step` learns
 * from one sentence (ticking the perceptron per example and counting into `c`); returns the averaged weights.
 */
function perceptronEpochs(p: AveragedPerceptron, data: Prepared[], epochs: number, seed: number, name: string, log: (s: string) => void, step: (d: Prepared, si: number, c: EpochCount) => void): WeightTable {
  const order = data.map((_, i) => i);
  const random = rng(seed);
  for (let e = 0; e < epochs; e++) {
    shuffle(order, random);
    const c: EpochCount = { err: 0, tot: 0 };
    for (const si of order) step(data[si]!, si, c);
    log(`  ${name} epoch ${e + 1}: train acc ${(100 - (100 * c.err) / c.tot).toFixed(2)}`);
  }
  return p.averaged();
}

/** Per word, the value index of each key of its restricted FEATS (0 = key absent). */
export function goldValues(d: MorphDecoder, feats: string[]): Int32Array {
  const G = d.keys.length, out = new Int32Array(feats.length * G);
  feats.forEach((f, i) => {
    if (f === '_') return;
    for (const kv of f.split('|')) { const eq = kv.indexOf('='); const g = d.keys.indexOf(kv.slice(0, eq)); out[i * G + g] = d.values[g]!.indexOf(kv.slice(eq + 1)); }
  });
  return out;
}

/** `form\tUPOS` lines (sorted) of the forms seen >= tagDictMin times with one UPOS in >= tagDictShare of them. */
export function buildTagDict(data: Prepared[], upos: string[], o: TrainOptions): string {
  const counts = new Map<string, Int32Array>();
  for (const d of data) d.words.forEach((w, i) => { let c = counts.get(w); if (!c) counts.set(w, (c = new Int32Array(upos.length))); const t = d.upos[i]!; c[t] = c[t]! + 1; });
  const lines: string[] = [];
  for (const w of [...counts.keys()].sort(sortStr)) {
    const c = counts.get(w)!;
    let total = 0, best = 0;
    for (let t = 0; t < c.length; t++) { total += c[t]!; if (c[t]! > c[best]!) best = t; }
    if (total >= o.tagDictMin && c[best]! >= o.tagDictShare * total && !w.includes('\n') && !w.includes('\t')) lines.push(`${w}\t${upos[best]}`);
  }
  return lines.join('\n');
}

export function trainPos(data: Prepared[], L: number, o: TrainOptions, seed: number, log: (s: string) => void, dict?: Map<number, number>, right?: Int32Array[]): WeightTable {
  const p = new AveragedPerceptron(o.posBucketsLog2, L);
  const f = new Uint32Array(64), sc = new Float64Array(L);
  return perceptronEpochs(p, data, o.tagEpochs, seed, 'pos', log, (d, si, c) => {
    let t1 = -1, t2 = -2;
    for (let i = 0; i < d.words.length; i++) {
      const known = dict?.get(d.h.form[i]! >>> 0);
      if (known !== undefined) { t2 = t1; t1 = known; continue; }
      const k = posFeatures(d.h, i, t1, t2, f, right?.[si]);
      scoreRows(p, f, k, sc);
      const pred = argmax(sc, L), gold = d.upos[i]!;
      if (pred !== gold) { p.update(f, k, gold, pred); c.err++; }
      p.tick(); c.tot++;
      t2 = t1; t1 = pred;
    }
  });
}

export function trainMorph(data: Prepared[], L: number, o: TrainOptions, seed: number, log: (s: string) => void): WeightTable {
  const p = new AveragedPerceptron(o.morphBucketsLog2, L);
  const f = new Uint32Array(64), sc = new Float64Array(L);
  return perceptronEpochs(p, data, o.tagEpochs, seed + 100, 'morph', log, (d, _si, c) => {
    let f1 = -1;
    for (let i = 0; i < d.words.length; i++) {
      const k = morphFeatures(d.h, d.upos, i, f1, f);
      scoreRows(p, f, k, sc);
      const pred = argmax(sc, L), gold = d.morph[i]!;
      if (pred !== gold) { p.update(f, k, gold, pred); c.err++; }
      p.tick(); c.tot++;
      f1 = pred;
    }
  });
}

/** `form\tUPOS\tids` lines (sorted) of the (form, UPOS) pairs seen >= morphLexMin times, with the label ids seen. */
export function buildMorphLex(data: Prepared[], upos: string[], o: TrainOptions): string {
  const seen = new Map<string, { n: number; ids: Set<number> }>();
  for (const d of data) d.words.forEach((w, i) => {
    const k = `${w}\t${upos[d.upos[i]!]}`;
    let x = seen.get(k);
    if (!x) seen.set(k, (x = { n: 0, ids: new Set() }));
    x.n++; x.ids.add(d.morph[i]!);
  });
  const lines: string[] = [];
  for (const k of [...seen.keys()].sort(sortStr)) {
    const x = seen.get(k)!;
    if (x.n >= o.morphLexMin && !k.includes('\n')) lines.push(`${k}\t${[...x.ids].sort((a, b) => a - b).join(',')}`);
  }
  return lines.join('\n');
}

export function trainMorphFactored(data: Prepared[], dec: MorphDecoder, o: TrainOptions, seed: number, log: (s: string) => void, lex?: Map<number, number[]>): WeightTable {
  const G = dec.keys.length, L = dec.off[G]!;
  const p = new AveragedPerceptron(o.morphBucketsLog2, L);
  const f = new Uint32Array(64), sc = new Float64Array(L);
  return perceptronEpochs(p, data, o.tagEpochs, seed + 100, 'morph', log, (d, _si, c) => {
    let f1 = -1;
    for (let i = 0; i < d.words.length; i++) {
      if (dec.bareUpos[d.upos[i]!]) { f1 = 0; continue; }
      const k = morphFeatures(d.h, d.upos, i, f1, f, dec);
      scoreRows(p, f, k, sc);
      const pred = decodeMorph(dec, sc, d.upos[i]!, lex?.get(morphLexKey(d.h.form[i]!, d.upos[i]!)));
      let wrong = false;
      for (let g = 0; g < G; g++) {
        const a = dec.off[g]!;
        const best = pred < UNSEEN_MORPH ? dec.vals[pred * G + g]! : a + Math.floor((pred - UNSEEN_MORPH) / dec.radix[g]!) % (dec.off[g + 1]! - a);
        const gold = a + d.mval[i * G + g]!;
        if (best !== gold) { p.update(f, k, gold, best); wrong = true; }
      }
      if (wrong) c.err++;
      p.tick(); c.tot++;
      f1 = pred;
    }
  });
}

export function trainLemma(data: Prepared[], scripts: ReturnType<typeof parseScriptKey>[], parts: TaggerParts, o: TrainOptions, log: (s: string) => void): WeightTable {
  const L = Math.max(1, scripts.length);
  const p = new AveragedPerceptron(o.lemmaBucketsLog2, L);
  const f = new Uint32Array(64), sc = new Float64Array(L);
  return perceptronEpochs(p, data, Math.min(o.tagEpochs, 5), o.seed + 200, 'lemma', log, (d, _si, c) => {
    for (let i = 0; i < d.words.length; i++) {
      const gold = d.script[i]!;
      if (gold < 0) continue;
      const k = lemmaFeatures(d.h, d.upos[i]!, d.morph[i]!, i, f);
      scoreRows(p, f, k, sc);
      let pred = -1, bs = -Infinity;
      for (const id of candidateScripts(parts, d.words[i]!)) {
        if (sc[id]! > bs && applyScript(d.words[i]!, scripts[id]!) !== undefined) { bs = sc[id]!; pred = id; }
      }
      if (pred !== gold) { p.update(f, k, gold, pred < 0 ? gold : pred); c.err++; }
      p.tick(); c.tot++;
    }
  });
}

