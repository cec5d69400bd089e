/**
 * Training of a SyntaxModel from CoNLL-U sentences: deterministic (seeded shuffles, sorted label sets, no
 * dependence on Map iteration order of unsorted input).
 */
import type { ConlluSentence } from '../conllu.js';
import { AveragedPerceptron, argmax, quantize, scoreRows, type WeightTable } from '../perceptron.js';
import { rng, shuffle } from '../hash.js';
import { wordHashes, NO_CLUSTERS, type WordHashes, type ClusterSpec } from '../features.js';
import { posFeatures, morphFeatures, lemmaFeatures, tagWords, tagPass, indexScripts, candidateScripts, morphDecoder, decodeMorph, morphLexKey, UNSEEN_MORPH, type TaggerParts, type MorphFactors, type MorphDecoder } from '../tagger.js';
import { tagDictionary, morphLexicon } from '../model.js';
import { editScript, scriptKey, parseScriptKey, applyScript } from '../lemma.js';
import { ParseState, parserFeatures, labelFeatures, oracleCosts, ACTIONS, PARSER_FEATURES, LABEL_FEATURES, type ParserLabels, type ParserInput } from '../parser.js';
import { trainBeamParser } from './beam.js';
import type { SyntaxModel } from '../model.js';
import { restrictFeats } from '../eval.js';
import { goldValues, buildTagDict, buildMorphLex, trainPos, trainMorph, trainMorphFactored, trainLemma, type Prepared } from './tagger-train.js';

export const DEFAULT_MORPH_KEYS = ['Case', 'Gender', 'Number', 'Person', 'VerbForm', 'Voice'];

export interface TrainOptions {
  lang: string;
  seed: number;
  tagEpochs: number;
  parseEpochs: number;
  posBucketsLog2: number;
  morphBucketsLog2: number;
  lemmaBucketsLog2: number;
  parseBucketsLog2: number;
  labelBucketsLog2: number;
  morphKeys: string[];
  /** 2: a second UPOS pass reads the first pass's tags of the next words */
  posPasses: number;
  /** run time: words whose first-pass margin is at least this are not re-scored by the second pass (0: all are) */
  pos2Margin: number;
  /** k > 1: the second pass trains on first-pass tags of k-fold jackknifed first passes */
  posJackknife: number;
  /** morphology as one classifier per key in one table (true) or one label per combination (false) */
  morphFactored: boolean;
  /** factored: decode among the combinations seen with the word's UPOS */
  morphAllowed: boolean;
  /** factored: forms seen at least this often with a UPOS are decoded among the combinations seen with them (0: off) */
  morphLexMin: number;
  /** forms seen at least this often with one UPOS in at least tagDictShare of cases skip the tagger (0: no dictionary) */
  tagDictMin: number;
  tagDictShare: number;
  /** edit scripts seen fewer times are not lemma classes */
  minScriptCount: number;
  /** probability of following a wrong prediction (dynamic-oracle exploration) from the second epoch on */
  explore: number;
  /** k > 1: the parser trains on tags predicted by k-fold jackknifed taggers; 0/1: on gold tags */
  jackknife: number;
  /** beam width: > 1 trains the parser globally for beam search (train/beam.ts) and stores the width in the model */
  beam: number;
  /** parser/labeller feature set (ParserLabels.features) */
  features: number;
  /** int16 weights with |q| <= prune are dropped from the file */
  prune: number;
  /** relation label map applied to the training data (e.g. harmonising treebanks) */
  relabel?: Record<string, string>;
  /** word -> distributional class path, stored in the model */
  clusters?: Map<string, number>;
  /** bits of the class paths and the prefix lengths the features use (finest first) */
  clusterSpec?: ClusterSpec;
  log?: (s: string) => void;
  info?: Record<string, unknown>;
}

export const DEFAULT_TRAIN: Omit<TrainOptions, 'lang'> = {
  seed: 12, tagEpochs: 8, parseEpochs: 12, posBucketsLog2: 18, morphBucketsLog2: 18, lemmaBucketsLog2: 15, parseBucketsLog2: 21, labelBucketsLog2: 18,
  morphKeys: DEFAULT_MORPH_KEYS, posPasses: 2, posJackknife: 5, pos2Margin: 30, morphFactored: true, morphAllowed: true, morphLexMin: 20, tagDictMin: 0, tagDictShare: 1, minScriptCount: 2, explore: 0.9, jackknife: 5, prune: 0, beam: 1, features: 0,
};



const sortStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Lift non-projective arcs (to the head's head) until the tree is projective. heads: n = root. */
export function projectivize(head: Int32Array): Int32Array {
  const h = Int32Array.from(head);
  const n = h.length;
  const dominates = (a: number, d: number) => { let x = d; for (let k = 0; k <= n && x !== n && x >= 0; k++) { if (x === a) return true; x = h[x]!; } return x === a; };
  for (let guard = 0; guard < n * n; guard++) {
    let worst = -1, worstLen = Infinity;
    for (let d = 0; d < n; d++) {
      const hd = h[d]!;
      const lo = Math.min(d, hd), hi = Math.max(d, hd);
      let np = false;
      for (let k = lo + 1; k < hi && k < n; k++) if (!dominates(hd, k)) { np = true; break; }
      if (np && hi - lo < worstLen) { worstLen = hi - lo; worst = d; }
    }
    if (worst < 0) break;
    const hd = h[worst]!;
    h[worst] = hd === n ? n : h[hd]!;
  }
  return h;
}

export function trainSyntax(sentences: readonly ConlluSentence[], options: Partial<TrainOptions> & { lang: string }): SyntaxModel {
  const o: TrainOptions = { ...DEFAULT_TRAIN, ...options };
  const log = o.log ?? (() => {});
  const sents = sentences.filter((s) => s.words.length > 0);
  const relOf = (r: string) => o.relabel?.[r] ?? r;
  const clusters = new Map([...(o.clusters ?? new Map<string, number>()).entries()].sort((a, b) => sortStr(a[0], b[0])));
  const clusterSpec = clusters.size ? (o.clusterSpec ?? { bits: 8, prefixes: [8] }) : NO_CLUSTERS;
  // label sets
  const uposSet = new Set<string>(), morphSet = new Set<string>(['_']), relSet = new Set<string>();
  for (const s of sents) for (const w of s.words) { uposSet.add(w.upos); morphSet.add(restrictFeats(w.feats, o.morphKeys)); relSet.add(relOf(w.deprel)); }
  const upos = [...uposSet].sort(sortStr), morph = ['_', ...[...morphSet].filter((x) => x !== '_').sort(sortStr)], deprels = [...relSet].sort(sortStr);
  let factors: MorphFactors | undefined;
  if (o.morphFactored) {
    const vals = o.morphKeys.map(() => new Set<string>());
    const featured = new Set<string>();
    for (const s of sents) for (const w of s.words) {
      const r = restrictFeats(w.feats, o.morphKeys);
      if (r === '_') continue;
      featured.add(w.upos);
      for (const kv of r.split('|')) { const eq = kv.indexOf('='); vals[o.morphKeys.indexOf(kv.slice(0, eq))]!.add(kv.slice(eq + 1)); }
    }
    factors = { keys: o.morphKeys, values: vals.map((v) => ['', ...[...v].sort(sortStr)]), bare: upos.map((u, i) => (featured.has(u) ? -1 : i)).filter((i) => i >= 0) };
    if (o.morphAllowed) {
      const seen = upos.map(() => new Set<number>());
      const mid = new Map(morph.map((x, i) => [x, i]));
      for (const s of sents) for (const w of s.words) seen[upos.indexOf(w.upos)]!.add(mid.get(restrictFeats(w.feats, o.morphKeys))!);
      factors.allowed = seen.map((x) => [...x].sort((a, b) => a - b));
    }
  }
  const decoder = factors ? morphDecoder(factors, morph, upos.length) : undefined;
  const uposId = new Map(upos.map((x, i) => [x, i])), morphId = new Map(morph.map((x, i) => [x, i])), relId = new Map(deprels.map((x, i) => [x, i]));
  // lemma table and scripts
  const lexCount = new Map<string, Map<string, number>>();
  const scriptCount = new Map<string, number>();
  const bump = (k: string, l: string) => { let m = lexCount.get(k); if (!m) lexCount.set(k, (m = new Map())); m.set(l, (m.get(l) ?? 0) + 1); };
  for (const s of sents) for (const w of s.words) {
    bump(`${w.form}\t${w.upos}`, w.lemma); bump(w.form, w.lemma);
    const k = scriptKey(editScript(w.form, w.lemma));
    scriptCount.set(k, (scriptCount.get(k) ?? 0) + 1);
  }
  const lexicon = new Map<string, string>();
  for (const k of [...lexCount.keys()].sort(sortStr)) {
    const m = lexCount.get(k)!;
    const best = [...m.entries()].sort((a, b) => b[1] - a[1] || sortStr(a[0], b[0]))[0]![0];
    lexicon.set(k, best);
  }
  const scriptKeys = [...scriptCount.entries()].filter(([, c]) => c >= o.minScriptCount).map(([k]) => k).sort(sortStr);
  const scriptId = new Map(scriptKeys.map((k, i) => [k, i]));
  const scripts = scriptKeys.map(parseScriptKey);
  // relation directions
  const leftSet = new Set<number>(), rightSet = new Set<number>();
  const data: Prepared[] = sents.map((s) => {
    const n = s.words.length;
    const words = s.words.map((w) => w.form);
    const head = new Int32Array(n), rel = new Int32Array(n);
    s.words.forEach((w, i) => { head[i] = w.head <= 0 ? n : w.head - 1; rel[i] = relId.get(relOf(w.deprel))!; });
    const ph = projectivize(head);
    for (let i = 0; i < n; i++) {
      if (ph[i] === n) { leftSet.add(rel[i]!); continue; }
      (ph[i]! > i ? leftSet : rightSet).add(rel[i]!);
    }
    return {
      words, h: wordHashes(words, clusters, clusterSpec), upos: Int32Array.from(s.words, (w) => uposId.get(w.upos)!),
      morph: Int32Array.from(s.words, (w) => morphId.get(restrictFeats(w.feats, o.morphKeys))!),
      mval: decoder ? goldValues(decoder, s.words.map((w) => restrictFeats(w.feats, o.morphKeys))) : new Int32Array(0),
      lemma: s.words.map((w) => w.lemma), script: Int32Array.from(s.words, (w) => scriptId.get(scriptKey(editScript(w.form, w.lemma))) ?? -1),
      head: ph, rel,
    };
  });
  const rootRel = relId.get('root');
  if (rootRel === undefined) throw new Error('training data has no root relation');
  leftSet.add(rootRel);
  const labels: ParserLabels = { deprels, left: [...leftSet].sort((a, b) => a - b), right: [...rightSet].sort((a, b) => a - b), root: rootRel };
  log(`${o.lang}: ${data.length} sentences, ${data.reduce((a, d) => a + d.words.length, 0)} words; ${upos.length} UPOS, ${morph.length} morph labels, ${scripts.length} lemma scripts, ${deprels.length} relations (${labels.left.length} left, ${labels.right.length} right)`);

  let dictLines = '', lexLines = '';
  const tagger = (subset: Prepared[], seed: number): TaggerParts => {
    dictLines = o.tagDictMin > 0 ? buildTagDict(subset, upos, o) : '';
    const tagDict = dictLines ? tagDictionary(dictLines, upos) : undefined;
    const pos = trainPos(subset, upos.length, o, seed, log, tagDict);
    let pos2: WeightTable | undefined;
    if (o.posPasses > 1) {
      const sc = new Float64Array(upos.length);
      const right = subset.map((d) => new Int32Array(d.words.length));
      const k = o.posJackknife;
      if (k > 1) {
        for (let fo = 0; fo < k; fo++) {
          const t = trainPos(subset.filter((_, i) => i % k !== fo), upos.length, o, seed + 50 + fo, () => {}, tagDict);
          subset.forEach((d, i) => { if (i % k === fo) tagPass({ ...(tagDict ? { tagDict } : {}) }, t, d.h, right[i]!, sc); });
        }
      } else subset.forEach((d, i) => tagPass({ ...(tagDict ? { tagDict } : {}) }, pos, d.h, right[i]!, sc));
      pos2 = trainPos(subset, upos.length, o, seed + 7, log, tagDict, right);
    }
    lexLines = decoder && o.morphLexMin > 0 ? buildMorphLex(subset, upos, o) : '';
    const morphLex = lexLines ? morphLexicon(lexLines, upos) : undefined;
    const mo = decoder ? trainMorphFactored(subset, decoder, o, seed, log, morphLex) : trainMorph(subset, morph.length, o, seed, log);
    return { pos, ...(pos2 ? { pos2 } : {}), ...(pos2 && o.pos2Margin > 0 ? { pos2Margin: o.pos2Margin } : {}), morph: mo, lemma: { bucketsLog2: 1, labels: 1, weights: new Float32Array(2), scale: 1 }, uposLabels: upos, morphLabels: morph, scripts, scriptsBySuffix: indexScripts(scripts), lexicon, clusters, clusterSpec, ...(decoder ? { factors: decoder } : {}), ...(tagDict ? { tagDict } : {}), ...(morphLex ? { morphLex } : {}) };
  };
  const parts = tagger(data, o.seed);
  const shippedDict = dictLines, shippedLex = lexLines;
  if (shippedDict) log(`  tag dictionary: ${shippedDict.split('\n').length} forms`);
  parts.lemma = trainLemma(data, scripts, parts, o, log);
  // parser input tags: gold, or jackknifed predictions
  const coarse = (d: Prepared) => (d.h.nCoarse ? { coarse: d.h.coarse } : {});
  const inputs: ParserInput[] = data.map((d) => ({ n: d.words.length, word: d.h.lower, upos: d.upos, morph: d.morph, cluster: d.h.cluster, ...coarse(d) }));
  if (o.jackknife > 1) {
    const k = o.jackknife;
    const scratch = new Float64Array(4096);
    for (let f = 0; f < k; f++) {
      const trainPart = data.filter((_, i) => i % k !== f);
      const tp = tagger(trainPart, o.seed + 1 + f);
      data.forEach((d, i) => {
        if (i % k !== f) return;
        const t = tagWords(tp, d.words, d.h, scratch, false);
        inputs[i] = { n: d.words.length, word: d.h.lower, upos: t.upos, morph: t.morph, cluster: d.h.cluster, ...coarse(d) };
      });
      log(`  jackknife fold ${f + 1}/${k} tagged`);
    }
  }
  if (o.beam > 1) labels.beam = o.beam;
  if (o.features > 0) labels.features = o.features;
  const { parse, label } = o.beam > 1 ? trainBeamParser(data, inputs, labels, o, log) : trainParser(data, inputs, labels, o, log);
  return {
    lang: o.lang, upos, morph, morphKeys: o.morphKeys, scripts, parser: labels,
    tables: { pos: quantize(parts.pos, 0), ...(parts.pos2 ? { pos2: quantize(parts.pos2, 0) } : {}), morph: quantize(parts.morph, 0), lemma: quantize(parts.lemma, 0), parse: quantize(parse, o.prune), label: quantize(label, o.prune) },
    lexicon, clusters, clusterSpec, info: { ...(o.info ?? {}), train: { seed: o.seed, tagEpochs: o.tagEpochs, parseEpochs: o.parseEpochs, explore: o.explore, beam: o.beam, features: o.features, jackknife: o.jackknife, morphKeys: o.morphKeys, morphFactored: o.morphFactored, morphAllowed: o.morphAllowed, morphLexMin: o.morphLexMin, posPasses: o.posPasses, posJackknife: o.posJackknife, pos2Margin: o.pos2Margin, tagDictMin: o.tagDictMin, tagDictShare: o.tagDictShare, minScriptCount: o.minScriptCount, prune: o.prune, sentences: data.length } },
    ...(factors ? { morphFactors: factors } : {}), ...(parts.pos2 && o.pos2Margin > 0 ? { pos2Margin: o.pos2Margin } : {}), ...(shippedDict ? { tagDict: shippedDict } : {}), ...(shippedLex ? { morphLex: shippedLex } : {}),
  };
}

function trainParser(data: Prepared[], inputs: ParserInput[], labels: ParserLabels, o: TrainOptions, log: (s: string) => void): { parse: WeightTable; label: WeightTable } {
  const p = new AveragedPerceptron(o.parseBucketsLog2, ACTIONS);
  const lp = new AveragedPerceptron(o.labelBucketsLog2, labels.deprels.length);
  const f = new Uint32Array(PARSER_FEATURES + 2), lf = new Uint32Array(LABEL_FEATURES + 2);
  const sc = new Float64Array(ACTIONS), lsc = new Float64Array(labels.deprels.length);
  const order = data.map((_, i) => i);
  const random = rng(o.seed + 300);
  for (let e = 0; e < o.parseEpochs; e++) {
    shuffle(order, random);
    let wrong = 0, steps = 0, arcs = 0, labWrong = 0;
    for (const si of order) {
      const d = data[si]!, x = inputs[si]!;
      const st = new ParseState(d.words.length);
      while (!st.terminal) {
        const k = parserFeatures(st, x, f, labels.features);
        scoreRows(p, f, k, sc);
        const canShift = st.b < st.n, canLeft = st.sp >= 1 && (st.b < st.n || st.sp === 1), canRight = st.sp >= 2;
        const costs = oracleCosts(st, d.head);
        const valid = [canShift, canLeft, canRight];
        let pred = -1, ps = -Infinity, gold = -1, gs = -Infinity, minCost = Infinity;
        for (let a = 0; a < ACTIONS; a++) {
          if (!valid[a]) continue;
          const s = sc[a]!, c = costs[a]!;
          if (s > ps) { ps = s; pred = a; }
          if (c < minCost || (c === minCost && s > gs)) { minCost = c; gs = s; gold = a; }
        }
        let next = pred;
        if (costs[pred]! > minCost) {
          p.update(f, k, gold, pred);
          wrong++;
          if (!(e > 0 && random() < o.explore)) next = gold;
        }
        p.tick(); steps++;
        if (next === 0) { st.apply(0, -1); continue; }
        const dep = st.stack[st.sp - 1]!, h = next === 1 ? st.b : st.stack[st.sp - 2]!;
        let lab: number;
        if (h === st.n) lab = labels.root;
        else {
          const lk = labelFeatures(st, x, dep, h, lf, labels.features);
          scoreRows(lp, lf, lk, lsc);
          const allowed = h > dep ? labels.left : labels.right;
          lab = allowed[0]!;
          let bs = -Infinity;
          for (const l of allowed) if (l !== labels.root && lsc[l]! > bs) { bs = lsc[l]!; lab = l; }
          if (d.head[dep] === h) {
            arcs++;
            const g = d.rel[dep]!;
            if (lab !== g) { lp.update(lf, lk, g, lab); labWrong++; lab = g; }
            lp.tick();
          }
        }
        st.apply(next, lab);
      }
    }
    log(`  parse epoch ${e + 1}: ${(100 * wrong / steps).toFixed(2)} % of transitions and ${(100 * labWrong / Math.max(1, arcs)).toFixed(2)} % of gold-arc labels updated`);
  }
  return { parse: p.averaged(), label: lp.averaged() };
}
