/** Strict-span (CoNLL-style) precision/recall/F1 for IOB2 tag sequences. */
export interface Span { start: number; end: number; type: string }

/** Entity spans of an IOB2 sequence; end is exclusive. A stray I-X opens a new span (as conlleval does). */
export function spansOf(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let cur: Span | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const isB = tag.startsWith('B-');
    const isI = tag.startsWith('I-');
    const type = isB || isI ? tag.slice(2) : '';
    if (cur && (!isI || type !== cur.type)) { cur.end = i; spans.push(cur); cur = null; }
    if ((isB || isI) && !cur) cur = { start: i, end: -1, type };
  }
  if (cur) { cur.end = tags.length; spans.push(cur); }
  return spans;
}

export interface PRF { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }
export interface EvalResult { perType: Record<string, PRF>; overall: PRF; sentences: number; tokens: number }

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

/**
 * Strict span evaluation: a predicted span counts only when start, end and type equal a gold span.
 * `types` restricts scoring to those types (others are ignored on both sides); default all types seen.
 */
export function evaluateSpans(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[], types?: readonly string[]): EvalResult {
  if (gold.length !== pred.length) throw new Error(`evaluateSpans: ${gold.length} gold vs ${pred.length} predicted sentences`);
  const keep = types ? new Set(types) : null;
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, k: 'tp' | 'fp' | 'fn') => {
    let c = counts.get(type);
    if (!c) { c = { tp: 0, fp: 0, fn: 0 }; counts.set(type, c); }
    c[k]++;
  };
  let tokens = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s]!, p = pred[s]!;
    if (g.length !== p.length) throw new Error(`evaluateSpans: sentence ${s} has ${g.length} gold vs ${p.length} predicted tags`);
    tokens += g.length;
    const gs = spansOf(g).filter((x) => !keep || keep.has(x.type));
    const ps = spansOf(p).filter((x) => !keep || keep.has(x.type));
    const key = (x: Span) => `${x.start}:${x.end}:${x.type}`;
    const goldKeys = new Set(gs.map(key));
    const predKeys = new Set(ps.map(key));
    for (const x of ps) bump(x.type, goldKeys.has(key(x)) ? 'tp' : 'fp');
    for (const x of gs) if (!predKeys.has(key(x))) bump(x.type, 'fn');
  }
  if (keep) for (const t of keep) if (!counts.has(t)) counts.set(t, { tp: 0, fp: 0, fn: 0 });
  const perType: Record<string, PRF> = {};
  let tp = 0, fp = 0, fn = 0;
  for (const t of [...counts.keys()].sort()) {
    const c = counts.get(t)!;
    perType[t] = prf(c.tp, c.fp, c.fn);
    tp += c.tp; fp += c.fp; fn += c.fn;
  }
  return { perType, overall: prf(tp, fp, fn), sentences: gold.length, tokens };
}

/** Plain-text table of an evaluation (percentages with one decimal). */
export function formatEval(r: EvalResult): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const lines = ['type       P      R     F1    gold  pred'];
  const row = (name: string, m: PRF) =>
    `${name.padEnd(7)}${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)} ${String(m.tp + m.fn).padStart(7)} ${String(m.tp + m.fp).padStart(5)}`;
  for (const [t, m] of Object.entries(r.perType)) lines.push(row(t, m));
  lines.push(row('overall', r.overall));
  return lines.join('\n');
}
