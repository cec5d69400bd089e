/**
 * Distributional word classes learnt from raw training text (build time only): each frequent word is a vector of
 * its left/right neighbours among the most frequent context words; spherical k-means, two levels (16 x 16), so
 * class ids carry a coarse prefix (id >> 4) and a fine class, like truncated Brown-cluster paths.
 */
import { rng } from './perceptron.js';

export interface ClusterOptions { minCount?: number; contextWords?: number; top?: number; sub?: number; iterations?: number; seed?: number }

interface SparseVec { idx: Int32Array; val: Float32Array }

function kmeans(vecs: SparseVec[], dim: number, k: number, iterations: number, random: () => number): Int32Array {
  const n = vecs.length;
  const assign = new Int32Array(n);
  if (n <= k) { for (let i = 0; i < n; i++) assign[i] = i; return assign; }
  const cent = new Float32Array(k * dim);
  // seeded initialisation: k distinct random points
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(Math.floor(random() * n));
  [...chosen].forEach((p, c) => { const v = vecs[p]!; for (let j = 0; j < v.idx.length; j++) cent[c * dim + v.idx[j]!] = v.val[j]!; });
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      const v = vecs[i]!;
      let best = -Infinity, arg = 0;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const base = c * dim;
        for (let j = 0; j < v.idx.length; j++) dot += cent[base + v.idx[j]!]! * v.val[j]!;
        if (dot > best) { best = dot; arg = c; }
      }
      assign[i] = arg;
    }
    cent.fill(0);
    for (let i = 0; i < n; i++) { const v = vecs[i]!, base = assign[i]! * dim; for (let j = 0; j < v.idx.length; j++) { const d = base + v.idx[j]!; cent[d] = cent[d]! + v.val[j]!; } }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += cent[c * dim + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) cent[c * dim + d] = cent[c * dim + d]! / norm;
    }
  }
  return assign;
}

export function buildClusters(sentences: readonly (readonly string[])[], opts: ClusterOptions = {}): Map<string, number> {
  const minCount = opts.minCount ?? 3, ctxN = opts.contextWords ?? 800, top = opts.top ?? 16, sub = opts.sub ?? 16, iters = opts.iterations ?? 12;
  const random = rng(opts.seed ?? 1);
  const freq = new Map<string, number>(), lfreq = new Map<string, number>();
  for (const s of sentences) for (const w of s) { freq.set(w, (freq.get(w) ?? 0) + 1); const l = w.toLowerCase(); lfreq.set(l, (lfreq.get(l) ?? 0) + 1); }
  const byFreq = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctx = new Map(byFreq(lfreq).slice(0, ctxN).map(([w], i) => [w, i]));
  const vocab = byFreq(freq).filter(([, c]) => c >= minCount).map(([w]) => w);
  const vIndex = new Map(vocab.map((w, i) => [w, i]));
  const dim = 2 * ctxN + 2;
  const counts: Array<Map<number, number>> = vocab.map(() => new Map());
  for (const s of sentences) for (let i = 0; i < s.length; i++) {
    const v = vIndex.get(s[i]!);
    if (v === undefined) continue;
    const m = counts[v]!;
    const left = i > 0 ? ctx.get(s[i - 1]!.toLowerCase()) ?? -1 : ctxN;
    const right = i + 1 < s.length ? ctx.get(s[i + 1]!.toLowerCase()) ?? -1 : ctxN;
    if (left >= 0) m.set(left, (m.get(left) ?? 0) + 1);
    if (right >= 0) m.set(ctxN + 1 + right, (m.get(ctxN + 1 + right) ?? 0) + 1);
  }
  const vecs: SparseVec[] = counts.map((m) => {
    const keys = [...m.keys()].sort((a, b) => a - b);
    const val = Float32Array.from(keys, (k) => Math.log1p(m.get(k)!));
    let norm = 0;
    for (const x of val) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < val.length; j++) val[j] = val[j]! / norm;
    return { idx: Int32Array.from(keys), val };
  });
  const topAssign = kmeans(vecs, dim, top, iters, random);
  const out = new Map<string, number>();
  for (let c = 0; c < top; c++) {
    const members: number[] = [];
    for (let i = 0; i < vecs.length; i++) if (topAssign[i] === c) members.push(i);
    const subAssign = kmeans(members.map((i) => vecs[i]!), dim, sub, iters, random);
    members.forEach((i, j) => out.set(vocab[i]!, c * sub + subAssign[j]!));
  }
  return out;
}
