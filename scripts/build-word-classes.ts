/**
 * Builds the German word classes once, deterministically, for every model that wants them (the German syntax and NER
 * models): models/de/word-classes-de.bin + word-classes-manifest.json (sha256). Read them with
 * scripts/lib/word-classes.ts.
 *
 *   npm run build:word-classes                    (~2-4 min, one core)
 *   npm run build:word-classes -- --out /tmp/wc   (writes /tmp/wc/word-classes-de.bin: for a reproducibility check)
 *
 * Text: bundestag-speeches-de (26.6 M words of unlabeled parliamentary speeches: read to learn features, never
 * shipped as text) + the word forms of the German syntax training treebanks (UD GSD dev, UD PUD). GSD test is not read.
 * Method: the `--vocab` most frequent forms (case-sensitive; default 100k) are vectors of PPMI-weighted left and right
 * neighbours among the `--contexts` most frequent lower-cased forms (default 1000, plus a sentence-boundary context);
 * divisive spherical k-means with 4-way splits (k-means++ seeding from a seeded PRNG, 10 iterations, frequency
 * weighted) builds a tree of depth bits/2, so each word gets a bit-string path whose prefixes are classes at several
 * granularities (2, 4, …, `--bits` bits; default 10 bits = 1024 leaves).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { rng } from '../src/syntax/hash.js';
import { readConllu } from '../src/syntax/conllu.js';
import { sharedData } from './lib/shared-data.js';
import { WORD_CLASSES_DE, WORD_CLASSES_MANIFEST } from './lib/word-classes.js';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const V = Number(opt('vocab') ?? 100000), C = Number(opt('contexts') ?? 1000), BITS = Number(opt('bits') ?? 10), SEED = Number(opt('seed') ?? 15);
const ITERS = 10, MIN_COUNT = 5;
const outFile = opt('out') ? join(opt('out')!, 'word-classes-de.bin') : WORD_CLASSES_DE;
const manifestFile = opt('out') ? join(opt('out')!, 'word-classes-manifest.json') : WORD_CLASSES_MANIFEST;
const t0 = Date.now();
const log = (s: string) => console.error(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${s}`);

// ---- 1. token ids (-1 = boundary between lines/sentences)
const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
const formId = new Map<string, number>();
const forms: string[] = [];
let toks = new Int32Array(1 << 24), nt = 0;
const push = (id: number) => {
  if (nt === toks.length) { const b = new Int32Array(toks.length * 2); b.set(toks); toks = b; }
  toks[nt++] = id;
};
const idOf = (w: string) => { let id = formId.get(w); if (id === undefined) { id = forms.length; formId.set(w, id); forms.push(w); } return id; };
const DATA = sharedData('bundestag-speeches-de');
const sources: Array<{ source: string; tokens: number }> = [];
for (const f of ['wp19.txt.gz', 'wp20.txt.gz']) {
  const before = nt;
  const text = gunzipSync(readFileSync(join(DATA, 'bundestag-speeches-de', f))).toString('utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    for (const m of line.matchAll(TOKEN)) push(idOf(m[0]));
    push(-1);
  }
  sources.push({ source: `bundestag-speeches-de/${f}`, tokens: nt - before });
  log(`${f}: ${nt - before} tokens`);
}
for (const f of ['ud-german/de_gsd-ud-dev.conllu', 'ud-german/de_pud-ud-test.conllu']) {
  const before = nt;
  for (const s of readConllu(readFileSync(join(DATA, f), 'utf8'))) { for (const w of s.words) push(idOf(w.form)); push(-1); }
  sources.push({ source: f, tokens: nt - before });
}
log(`${nt} tokens, ${forms.length} forms`);

// ---- 2. vocabulary and contexts
const count = new Float64Array(forms.length);
for (let i = 0; i < nt; i++) if (toks[i]! >= 0) { const t = toks[i]!; count[t] = count[t]! + 1; }
const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byFreq = (ids: number[], cnt: ArrayLike<number>, name: (i: number) => string) => ids.sort((a, b) => cnt[b]! - cnt[a]! || cmpStr(name(a), name(b)));
const vocabIds = byFreq([...Array(forms.length).keys()].filter((i) => count[i]! >= MIN_COUNT), count, (i) => forms[i]!).slice(0, V);
const vIndex = new Int32Array(forms.length).fill(-1);
vocabIds.forEach((id, v) => { vIndex[id] = v; });
const lowerId = new Map<string, number>();
const lowers: string[] = [];
const formLower = new Int32Array(forms.length);
forms.forEach((w, i) => { const l = w.toLowerCase(); let id = lowerId.get(l); if (id === undefined) { id = lowers.length; lowerId.set(l, id); lowers.push(l); } formLower[i] = id; });
const lcount = new Float64Array(lowers.length);
forms.forEach((_, i) => { const l = formLower[i]!; lcount[l] = lcount[l]! + count[i]!; });
const ctxIds = byFreq([...Array(lowers.length).keys()], lcount, (i) => lowers[i]!).slice(0, C);
const ctxOfLower = new Int32Array(lowers.length).fill(-1);
ctxIds.forEach((id, c) => { ctxOfLower[id] = c; });
const nV = vocabIds.length, D = 2 * C + 2;
log(`vocabulary ${nV} forms (min count ${count[vocabIds[nV - 1]!]}), ${C} context words`);

// ---- 3. co-occurrence counts (pair codes v * D + context, sorted and run-length counted)
let pairs = new Uint32Array(1 << 25), np = 0;
const addPair = (x: number) => {
  if (np === pairs.length) { const b = new Uint32Array(pairs.length * 2); b.set(pairs); pairs = b; }
  pairs[np++] = x;
};
for (let i = 0; i < nt; i++) {
  const id = toks[i]!;
  if (id < 0) continue;
  const v = vIndex[id]!;
  if (v < 0) continue;
  const l = i > 0 ? toks[i - 1]! : -1, r = i + 1 < nt ? toks[i + 1]! : -1;
  const lc = l < 0 ? C : ctxOfLower[formLower[l]!]!, rc = r < 0 ? C : ctxOfLower[formLower[r]!]!;
  if (lc >= 0) addPair(v * D + lc);
  if (rc >= 0) addPair(v * D + C + 1 + rc);
}
const sorted = pairs.subarray(0, np).sort();
log(`${np} context pairs sorted`);
const rowPtr = new Int32Array(nV + 1);
const colArr: number[] = [], valArr: number[] = [];
const ctxTotal = new Float64Array(D);
for (let i = 0; i < np;) {
  const x = sorted[i]!;
  let j = i;
  while (j < np && sorted[j] === x) j++;
  ctxTotal[x % D] = ctxTotal[x % D]! + j - i;
  i = j;
}
// PPMI with context-distribution smoothing (alpha 0.75), per side
const ctxP = new Float64Array(D);
for (const [lo, hi] of [[0, C + 1], [C + 1, D]] as const) {
  let z = 0;
  for (let c = lo; c < hi; c++) z += ctxTotal[c]! ** 0.75;
  for (let c = lo; c < hi; c++) ctxP[c] = ctxTotal[c]! ** 0.75 / z;
}
const rowTotal = new Float64Array(nV);
for (let i = 0; i < np; i++) { const v = Math.floor(sorted[i]! / D); rowTotal[v] = rowTotal[v]! + 1; }
{
  let row = 0;
  for (let i = 0; i < np;) {
    const x = sorted[i]!, v = Math.floor(x / D), c = x - v * D;
    let j = i;
    while (j < np && sorted[j] === x) j++;
    while (row < v) { row++; rowPtr[row] = colArr.length; }
    const pmi = Math.log((j - i) / (rowTotal[v]! * 0.5) / ctxP[c]!);
    if (pmi > 0) { colArr.push(c); valArr.push(pmi); }
    i = j;
  }
  while (row < nV) { row++; rowPtr[row] = colArr.length; }
}
pairs = new Uint32Array(0);
const col = Int32Array.from(colArr), val = Float32Array.from(valArr);
for (let v = 0; v < nV; v++) {
  let s = 0;
  for (let k = rowPtr[v]!; k < rowPtr[v + 1]!; k++) s += val[k]! ** 2;
  const norm = Math.sqrt(s) || 1;
  for (let k = rowPtr[v]!; k < rowPtr[v + 1]!; k++) val[k] = val[k]! / norm;
}
log(`PPMI vectors: ${col.length} non-zeros`);

// ---- 4. divisive spherical k-means, 4-way splits
const weight = Float64Array.from(vocabIds, (id) => Math.log(1 + count[id]!));
const dot = (v: number, cent: Float64Array, base: number) => { let s = 0; for (let k = rowPtr[v]!; k < rowPtr[v + 1]!; k++) s += cent[base + col[k]!]! * val[k]!; return s; };
const code = new Int32Array(nV);
function split(members: Int32Array, depth: number, path: number): void {
  if (depth === BITS / 2) { for (const v of members) code[v] = path; return; }
  const K = 4;
  if (members.length <= K) { members.forEach((v, i) => split(Int32Array.of(v), depth + 1, path * 4 + i)); return; }
  const random = rng((SEED * 1000003 + path * 7919 + depth) >>> 0);
  const cent = new Float64Array(K * D);
  // k-means++ seeding (distance 1 - cosine), deterministic
  const chosen: number[] = [members[Math.floor(random() * members.length)]!];
  const best = new Float64Array(members.length).fill(-Infinity);
  const setCent = (c: number, v: number) => { for (let k = rowPtr[v]!; k < rowPtr[v + 1]!; k++) cent[c * D + col[k]!] = val[k]!; };
  setCent(0, chosen[0]!);
  for (let c = 1; c < K; c++) {
    let total = 0;
    for (let i = 0; i < members.length; i++) { best[i] = Math.max(best[i]!, dot(members[i]!, cent, (c - 1) * D)); total += (1 - best[i]!) * weight[members[i]!]!; }
    let r = random() * total, pick = members.length - 1;
    for (let i = 0; i < members.length; i++) { r -= (1 - best[i]!) * weight[members[i]!]!; if (r <= 0) { pick = i; break; } }
    chosen.push(members[pick]!); setCent(c, members[pick]!);
  }
  const assign = new Int32Array(members.length);
  for (let it = 0; it < ITERS; it++) {
    let changed = 0;
    for (let i = 0; i < members.length; i++) {
      let arg = 0, bs = -Infinity;
      for (let c = 0; c < K; c++) { const s = dot(members[i]!, cent, c * D); if (s > bs) { bs = s; arg = c; } }
      if (assign[i] !== arg || it === 0) changed++;
      assign[i] = arg;
    }
    if (changed === 0) break;
    cent.fill(0);
    for (let i = 0; i < members.length; i++) {
      const v = members[i]!, base = assign[i]! * D, w = weight[v]!;
      for (let k = rowPtr[v]!; k < rowPtr[v + 1]!; k++) { const d = base + col[k]!; cent[d] = cent[d]! + val[k]! * w; }
    }
    for (let c = 0; c < K; c++) {
      let s = 0;
      for (let d = 0; d < D; d++) s += cent[c * D + d]! ** 2;
      const norm = Math.sqrt(s) || 1;
      for (let d = 0; d < D; d++) cent[c * D + d] = cent[c * D + d]! / norm;
    }
  }
  for (let c = 0; c < K; c++) {
    const sub = members.filter((_, i) => assign[i] === c);
    if (sub.length) split(sub, depth + 1, path * 4 + c);
  }
}
split(Int32Array.from({ length: nV }, (_, i) => i), 0, 0);
log(`classes built (${BITS} bits)`);

// ---- 5. write
const lines = vocabIds.map((id, v) => [forms[id]!, code[v]!] as const).sort((a, b) => cmpStr(a[0], b[0]));
const header = {
  format: 'ereignis word classes 1', lang: 'de', bits: BITS, words: nV, contexts: C, minCount: MIN_COUNT, seed: SEED,
  method: 'PPMI left/right-neighbour vectors (context smoothing 0.75) over the most frequent lower-cased forms; divisive spherical k-means, 4-way splits, k-means++ seeding, 10 iterations, log-frequency weights; class = bit-string path, prefixes = coarser classes',
  sources,
};
const body = JSON.stringify(header) + '\n' + lines.map(([w, c]) => `${w}\t${c}`).join('\n') + '\n';
const bytes = gzipSync(Buffer.from(body, 'utf8'), { level: 9 });
const sha256 = createHash('sha256').update(bytes).digest('hex');
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, bytes);
writeFileSync(manifestFile, JSON.stringify({
  name: 'ereignis-word-classes-de', version: '1.0.0', file: 'word-classes-de.bin', sha256, bytes: bytes.length,
  ...header,
  licence: 'derived features (word form -> class number) learnt from the texts listed in sources; the speeches are not shipped as text. Treebank forms: CC BY-SA 4.0 (GSD) / 3.0 (PUD).',
  build: 'npm run build:word-classes',
}, null, 2) + '\n');
log(`wrote ${outFile}: ${bytes.length} bytes, sha256 ${sha256}`);
// a peek for the log: a few words and their classes
for (const w of ['Bundeskanzlerin', 'Frankreich', 'Polen', 'sagte', 'lobte', 'und', 'der', 'schnell', 'Montag']) {
  const v = vIndex[formId.get(w) ?? -1] ?? -1;
  if (v >= 0) console.error(`  ${w}: ${code[v]!.toString(2).padStart(BITS, '0')}`);
}
