/**
 * Global training of the beam parser: a structured perceptron over whole transition sequences with max-violation
 * updates (Huang, Fayong & Guo 2012; features as Zhang & Nivre 2011). The gold sequence is the static oracle of the
 * projectivised gold tree (LEFT before RIGHT before SHIFT when several cost nothing). The arc labeller stays a
 * separate local classifier, trained on the arcs of the gold sequence.
 */
import { AveragedPerceptron, scoreRows, type WeightTable } from '../perceptron.js';
import { rng, shuffle } from '../hash.js';
import { ParseState, parserFeatures, labelFeatures, oracleCosts, beamSearch, ACTIONS, PARSER_FEATURES, LABEL_FEATURES, type ParserLabels, type ParserInput } from '../parser.js';

export interface BeamTrainOptions {
  beam: number; parseEpochs: number; seed: number; parseBucketsLog2: number; labelBucketsLog2: number;
}

/** gold: projectivised heads (n = root) and relation ids */
export interface GoldTree { head: Int32Array; rel: Int32Array }

export function trainBeamParser(data: GoldTree[], inputs: ParserInput[], labels: ParserLabels, o: BeamTrainOptions, log: (s: string) => void): { parse: WeightTable; label: WeightTable } {
  const p = new AveragedPerceptron(o.parseBucketsLog2, ACTIONS);
  const lp = new AveragedPerceptron(o.labelBucketsLog2, labels.deprels.length);
  const f = new Uint32Array(PARSER_FEATURES + 2), lf = new Uint32Array(LABEL_FEATURES + 2);
  const sc = new Float64Array(Math.max(ACTIONS, labels.deprels.length)), lsc = new Float64Array(labels.deprels.length);
  const B = o.beam, order = data.map((_, i) => i), random = rng(o.seed + 300);
  for (let e = 0; e < o.parseEpochs; e++) {
    shuffle(order, random);
    let updated = 0, arcs = 0, labWrong = 0;
    for (const si of order) {
      const d = data[si]!, x = inputs[si]!, n = x.n, T = 2 * n;
      // gold sequence, its prefix scores, and the labeller's training on its arcs
      const gAct = new Int32Array(T), gLab = new Int32Array(T), gScore = new Float64Array(T);
      const st = new ParseState(n);
      let total = 0;
      for (let t = 0; t < T; t++) {
        const k = parserFeatures(st, x, f, labels.features);
        scoreRows(p, f, k, sc);
        const c = oracleCosts(st, d.head);
        const a = c[1] === 0 ? 1 : c[2] === 0 ? 2 : c[0] === 0 ? 0 : c[1] <= c[2] && c[1] <= c[0] ? 1 : c[2] <= c[0] ? 2 : 0;
        total += sc[a]!; gScore[t] = total; gAct[t] = a;
        let l = -1;
        if (a !== 0) {
          const dep = st.arcDep(), h = st.arcHead(a);
          l = h === n ? labels.root : d.rel[dep]!;
          if (h !== n) {
            const lk = labelFeatures(st, x, dep, h, lf, labels.features);
            scoreRows(lp, lf, lk, lsc);
            const allowed = h > dep ? labels.left : labels.right;
            let best = allowed[0]!, bs = -Infinity;
            for (const q of allowed) if (q !== labels.root && lsc[q]! > bs) { bs = lsc[q]!; best = q; }
            if (best !== l) { lp.update(lf, lk, l, best); labWrong++; }
            lp.tick(); arcs++;
          }
        }
        gLab[t] = l;
        st.apply(a, l);
      }
      // beam search with the current weights; the step where the best item beats gold by most
      const parent = new Int32Array(T * B), act = new Int32Array(T * B), lab = new Int32Array(T * B);
      // max violation: among the steps where the best item is not the gold prefix, the one where it beats gold most
      let worst = -Infinity, tStar = -1;
      let isGold = new Uint8Array(B), wasGold = new Uint8Array(B);
      wasGold[0] = 1;
      beamSearch(p, lp, labels, x, sc, B, {
        label: (dep, h) => (d.head[dep] === h ? (h === n ? labels.root : d.rel[dep]!) : -1),
        step: (t, size, score, par, ac, lb) => {
          parent.set(par.subarray(0, size), t * B); act.set(ac.subarray(0, size), t * B); lab.set(lb.subarray(0, size), t * B);
          for (let k = 0; k < size; k++) isGold[k] = wasGold[par[k]!]! && ac[k] === gAct[t] ? 1 : 0;
          [isGold, wasGold] = [wasGold, isGold];
          const v = score[0]! - gScore[t]!;
          if (!wasGold[0] && v > worst) { worst = v; tStar = t; }
        },
      });
      if (tStar >= 0) {
        // the best item's actions up to tStar, traced back
        const pAct = new Int32Array(tStar + 1), pLab = new Int32Array(tStar + 1);
        for (let t = tStar, k = 0; t >= 0; t--) { pAct[t] = act[t * B + k]!; pLab[t] = lab[t * B + k]!; k = parent[t * B + k]!; }
        replay(p, x, gAct, gLab, tStar, +1, f, labels.features);
        replay(p, x, pAct, pLab, tStar, -1, f, labels.features);
        updated++;
      }
      p.tick();
    }
    log(`  beam ${B} parse epoch ${e + 1}: ${(100 * updated / data.length).toFixed(2)} % of sentences updated, ${(100 * labWrong / Math.max(1, arcs)).toFixed(2)} % of gold-arc labels`);
  }
  return { parse: p.averaged(), label: lp.averaged() };
}

/** Add delta to the weights of the first tStar + 1 transitions of a sequence, in the states it passes through. */
function replay(p: AveragedPerceptron, x: ParserInput, acts: Int32Array, labs: Int32Array, tStar: number, delta: number, f: Uint32Array, fs: number | undefined): void {
  const st = new ParseState(x.n);
  for (let t = 0; t <= tStar; t++) {
    const k = parserFeatures(st, x, f, fs);
    p.add(f, k, acts[t]!, delta);
    st.apply(acts[t]!, labs[t]!);
  }
}
