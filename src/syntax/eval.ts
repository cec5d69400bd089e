/** Parse evaluation on gold tokenisation: UPOS, morphology, lemma, UAS, LAS, and a per-relation table. */

/** A FEATS string restricted to `keys` (the features the models predict), '_' when none is left. */
export function restrictFeats(feats: string, keys: readonly string[]): string {
  if (feats === '_' || feats === '') return '_';
  const kept = feats.split('|').filter((kv) => keys.includes(kv.slice(0, kv.indexOf('='))));
  return kept.length ? kept.join('|') : '_';
}

export interface EvalToken { upos: string; lemma: string; feats?: string; head: number; deprel: string }

export interface RelationScore { gold: number; predicted: number; correct: number; p: number; r: number; f1: number }

export interface ParseScores {
  words: number;
  upos: number;
  lemma: number;
  /** exact match of the FEATS strings (both restricted the same way by the caller), when given */
  feats?: number;
  uas: number;
  /** labelled attachment with the full relation (subtypes included) */
  las: number;
  /** labelled attachment comparing only the universal part of the relation (as the CoNLL 2018 shared task's LAS) */
  lasUniversal: number;
  relations: Record<string, RelationScore>;
}

const pct = (a: number, b: number) => (b ? Math.round((1e4 * a) / b) / 100 : 0);
const universal = (r: string) => r.split(':')[0]!;

/**
 * Scores of `predicted` against `gold`, sentence by sentence (same words in both). Heads are 0 = root, 1-based
 * otherwise (CoNLL-U convention). Punctuation counts, as in the CoNLL 2018 evaluation.
 */
export function evaluateParse(gold: readonly (readonly EvalToken[])[], predicted: readonly (readonly EvalToken[])[]): ParseScores {
  if (gold.length !== predicted.length) throw new Error(`gold has ${gold.length} sentences, predicted ${predicted.length}`);
  let n = 0, upos = 0, lemma = 0, feats = 0, featsN = 0, uas = 0, las = 0, lasU = 0;
  const rel = new Map<string, { gold: number; predicted: number; correct: number }>();
  const get = (r: string) => { let x = rel.get(r); if (!x) rel.set(r, (x = { gold: 0, predicted: 0, correct: 0 })); return x; };
  gold.forEach((g, s) => {
    const p = predicted[s]!;
    if (g.length !== p.length) throw new Error(`sentence ${s + 1}: gold has ${g.length} words, predicted ${p.length}`);
    g.forEach((gw, i) => {
      const pw = p[i]!;
      n++;
      if (gw.upos === pw.upos) upos++;
      if (gw.lemma === pw.lemma) lemma++;
      if (gw.feats !== undefined && pw.feats !== undefined) { featsN++; if (gw.feats === pw.feats) feats++; }
      get(gw.deprel).gold++;
      get(pw.deprel).predicted++;
      if (gw.head === pw.head) {
        uas++;
        if (gw.deprel === pw.deprel) { las++; get(gw.deprel).correct++; }
        if (universal(gw.deprel) === universal(pw.deprel)) lasU++;
      }
    });
  });
  const relations: Record<string, RelationScore> = {};
  for (const r of [...rel.keys()].sort()) {
    const x = rel.get(r)!;
    const p = pct(x.correct, x.predicted), rc = pct(x.correct, x.gold);
    relations[r] = { ...x, p, r: rc, f1: p + rc ? Math.round((200 * p * rc) / (p + rc)) / 100 : 0 };
  }
  return { words: n, upos: pct(upos, n), lemma: pct(lemma, n), ...(featsN ? { feats: pct(feats, featsN) } : {}), uas: pct(uas, n), las: pct(las, n), lasUniversal: pct(lasU, n), relations };
}

/** A fixed-width text table of the scores (for the CLI and training logs). */
export function formatParseScores(s: ParseScores): string {
  const lines = [`words ${s.words}  UPOS ${s.upos}  lemma ${s.lemma}${s.feats !== undefined ? `  feats ${s.feats}` : ''}  UAS ${s.uas}  LAS ${s.las}  LAS(universal rel.) ${s.lasUniversal}`];
  lines.push('relation            gold  pred  corr      P      R     F1');
  for (const [r, x] of Object.entries(s.relations)) lines.push(`${r.padEnd(18)} ${String(x.gold).padStart(5)} ${String(x.predicted).padStart(5)} ${String(x.correct).padStart(5)} ${x.p.toFixed(1).padStart(6)} ${x.r.toFixed(1).padStart(6)} ${x.f1.toFixed(1).padStart(6)}`);
  return lines.join('\n');
}
