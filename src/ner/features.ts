/**
 * Hashed features for the German NER tagger. Word-intrinsic features are hashed once per distinct word form
 * (cached), neighbour features are mixed from the neighbour's cached hashes with integer ops, so tagging costs
 * a few dozen table lookups per token.
 */

import { nameShapeFeatures } from './name-shape.js';

/** Read-only word -> small integer table (a Map while building, a SortedTable once loaded). */
export interface WordTable { get(key: string): number | undefined; readonly size: number; entries(): Iterable<[string, number]> }

/** Compiled word lists shipped inside the model file. */
export interface Lexicon {
  /** Word form -> hunspell class index (index into `dictClasses`). */
  dict: WordTable;
  dictClasses: string[];
  /** Word form -> gazetteer bitmask (see GAZ_BITS). */
  gaz: WordTable;
  /** Word form -> cluster id (distributional class learnt from text), or absent. */
  clusters: WordTable;
  /** Character n-gram -> packed name-shape log-probabilities (see name-shape.ts); absent in older models. */
  shapes?: WordTable;
  /** Space-joined name (1..PHRASE_MAX tokens) -> packed type votes (see phraseValue); absent in older models. */
  phrases?: WordTable;
}

export const PHRASE_MAX = 6;
const PHRASE_TYPES = ['PER', 'LOC', 'ORG', 'MISC'];
/** Pack a name's type counts: majority type, purity bucket (<0.6, <0.9, >=0.9), count bucket (1, 2-4, 5+). */
export function phraseValue(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  const purity = counts[best]! / total;
  return best | ((purity < 0.6 ? 0 : purity < 0.9 ? 1 : 2) << 2) | ((total < 2 ? 0 : total < 5 ? 1 : 2) << 4);
}
const phraseLabel = (v: number) => `${PHRASE_TYPES[v & 3]}|${(v >> 2) & 3}|${(v >> 4) & 3}`;
/** Flag bits on phrase-table values: the entry begins a longer name; the entry is only such a beginning, not a name. */
export const PHRASE_PREFIX = 64, PHRASE_PREFIX_ONLY = 128;

/**
 * Mark every proper prefix of a multi-word name (adding prefix-only entries), so that matching extends a candidate
 * only while some name still continues it: the same longest matches with a fraction of the lookups.
 */
export function addPhrasePrefixes(names: Map<string, number>): Map<string, number> {
  const out = new Map(names);
  for (const name of names.keys()) {
    const parts = name.split(' ');
    for (let k = 1; k < parts.length; k++) {
      const prefix = parts.slice(0, k).join(' ');
      const v = out.get(prefix);
      out.set(prefix, v === undefined ? PHRASE_PREFIX | PHRASE_PREFIX_ONLY : v | PHRASE_PREFIX);
    }
  }
  return new Map([...out.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}
// feature hashes of every packed value (6 bits), precomputed: [unigram, B one-word, B multi-word, I multi-word]
const PHRASE_HASHES = Array.from({ length: 64 }, (_, v) => {
  const label = phraseLabel(v);
  return Int32Array.from([`lxu=${label}`, `lx=B|1|${label}`, `lx=B|m|${label}`, `lx=I|m|${label}`], (x) => hashString(x));
});

export const GAZ_BITS = ['surname', 'city', 'country', 'landscape', 'company', 'geoname', 'locFirst', 'locRest', 'orgFirst', 'orgRest', 'firstname'] as const;

/** FNV-1a 32-bit over a string. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h | 0;
}

/** Combine two hashes (order matters). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x01000193) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) | 0;
}

/** Word shape: X upper, x lower, d digit, other kept; runs collapsed ("Müller-Lüdenscheidt" -> "Xx-Xx"). */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const code = w.charCodeAt(i);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = w[i]!;
    else { const ch = w[i]!; c = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() || ch === 'ß' ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch; }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Cached per-word hashes: `own` are used at the word's own position, `ctx` at neighbour positions. */
export interface WordFeats { own: Int32Array; ctx: Int32Array; lower: number; initial: number }

const CTX_SLOTS = 6;
const BOS: WordFeats = { own: new Int32Array(0), ctx: Int32Array.from({ length: CTX_SLOTS }, (_, i) => hashString(`<s>${i}`)), lower: hashString('<s>'), initial: 0 };
const EOS: WordFeats = { own: new Int32Array(0), ctx: Int32Array.from({ length: CTX_SLOTS }, (_, i) => hashString(`</s>${i}`)), lower: hashString('</s>'), initial: 0 };
const POS_SEEDS = [-2, -1, 1, 2].map((o) => hashString(`off${o}`));
const H_BIGRAM_L = hashString('bl'), H_BIGRAM_R = hashString('br'), H_INIT = hashString('init'), H_NONINIT = hashString('noninit');
const H_BIAS = hashString('bias');

export class FeatureExtractor {
  private cache = new Map<string, WordFeats>();
  constructor(private readonly lex: Lexicon) {}

  /** Intrinsic feature hashes of one word form (cached; the cache is reset when it grows past 200k forms). */
  word(w: string): WordFeats {
    let f = this.cache.get(w);
    if (f) return f;
    if (this.cache.size > 200_000) this.cache.clear();
    f = this.compute(w);
    this.cache.set(w, f);
    return f;
  }

  private compute(w: string): WordFeats {
    const lex = this.lex;
    const lower = w.toLowerCase();
    const shape = shapeOf(w);
    const cap = /^\p{Lu}/u.test(w);
    const dictOf = (x: string) => { const c = lex.dict.get(x); return c === undefined ? '-' : lex.dictClasses[c]!; };
    const dc = dictOf(w);
    const dcl = lower !== w ? dictOf(lower) : dc;
    // a capitalised word also looked up with lower-case tail ("NATO" -> "Nato") and as first-letter-capitalised ("deutschland")
    const title = w.length > 1 ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : w.toUpperCase();
    const dct = title !== w ? dictOf(title) : dc;
    const gz = lex.gaz.get(w) ?? lex.gaz.get(title) ?? 0;
    // genitive/plural -s stripped ("Obamas", "Pekings") looked up again
    const base = w.length > 3 && cap && (w.endsWith('s') || w.endsWith('’') || w.endsWith("'")) ? w.slice(0, -1) : '';
    const gzs = base ? lex.gaz.get(base) ?? 0 : 0;
    const dcs = base ? dictOf(base) : '';
    const cl = lex.clusters.get(w) ?? lex.clusters.get(lower);
    const hy = w.lastIndexOf('-');
    // compound head: longest dictionary noun ending the word ("Zusammenarbeit" -> "Arbeit")
    let head = '-';
    if (dc === '-' && cap && w.length > 5) {
      for (let i = 2; i <= w.length - 3; i++) {
        const c = lex.dict.get(w[i]!.toUpperCase() + w.slice(i + 1));
        if (c !== undefined) { head = lex.dictClasses[c]!; break; }
      }
    }
    const own: string[] = [
      `w=${w}`, `l=${lower}`, `sh=${shape}`, `dc=${dc}`, `dcl=${dcl}`, `dct=${dct}`, `cap=${cap}|dc=${dc}|dcl=${dcl}`,
      `p1=${w.slice(0, 1)}`, `p2=${w.slice(0, 2)}`, `p3=${w.slice(0, 3)}`, `p4=${w.slice(0, 4)}`,
      `s1=${lower.slice(-1)}`, `s2=${lower.slice(-2)}`, `s3=${lower.slice(-3)}`, `s4=${lower.slice(-4)}`, `s5=${lower.slice(-5)}`,
      `len=${Math.min(w.length, 12)}|${cap}`, `head=${head}`, `gz=${gz}`, `sh|s2=${shape}|${lower.slice(-2)}`,
    ];
    for (let b = 0; b < GAZ_BITS.length; b++) if (gz & (1 << b)) own.push(`g=${GAZ_BITS[b]}`, `g=${GAZ_BITS[b]}|dc=${dc}`);
    if (base) { own.push(`dcs=${dcs}|${dc}`); for (let b = 0; b < GAZ_BITS.length; b++) if (gzs & (1 << b)) own.push(`gs=${GAZ_BITS[b]}|${dc}`); }
    if (hy > 0 && hy < w.length - 1) own.push(`hyl=${lower.slice(hy + 1)}`, `hyf=${lower.slice(0, hy)}`, `hyfd=${dictOf(w.slice(0, hy))}`);
    if (cl !== undefined) own.push(`cl=${cl}`, `cl4=${cl >> 4}`, `cl|dc=${cl}|${dc}`);
    if (cap && lex.shapes) own.push(...nameShapeFeatures(lex.shapes, w));
    const ctx = [`l=${lower}`, `sh=${shape}`, `dc=${dc}|${head}`, `s3=${lower.slice(-3)}`, `gz=${gz | gzs}`, `cl=${cl ?? -1}`];
    return {
      own: Int32Array.from(own, (s) => hashString(s)),
      ctx: Int32Array.from(ctx, (s, i) => hashString(s, 0x811c9dc5 + i)),
      lower: hashString(lower),
      initial: hashString(`dc=${dc}|dcl=${dcl}|sh=${shape}`),
    };
  }

  /**
   * Known names: greedy longest match (left to right) of the phrase table over capitalised starts; tokens of a
   * match get its type at B/I position, and every word found alone gets its own one-word entry.
   */
  private matchPhrases(words: readonly string[]): { span: Int32Array; unigram: Int32Array } {
    const n = words.length;
    const table = this.lex.phrases!;
    const span = new Int32Array(n), unigram = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      const c = w.charCodeAt(0);
      if (!(c >= 65 && c <= 90) && !(c > 127 && w[0] !== w[0]!.toLowerCase())) continue;
      const u = table.get(w);
      if (u === undefined) continue;
      let bestLen = 0, bestVal = 0;
      if (!(u & PHRASE_PREFIX_ONLY)) { unigram[i] = PHRASE_HASHES[u & 63]![0]!; bestLen = 1; bestVal = u; }
      let key = w, v = u;
      for (let j = i + 1; v & PHRASE_PREFIX && j < n && j - i < PHRASE_MAX; j++) {
        key += ' ' + words[j]!;
        const x = table.get(key);
        if (x === undefined) break;
        v = x;
        if (!(x & PHRASE_PREFIX_ONLY)) { bestLen = j - i + 1; bestVal = x; }
      }
      if (bestLen === 0) continue;
      const h = PHRASE_HASHES[bestVal & 63]!;
      if (bestLen === 1) span[i] = h[1]!;
      else for (let j = i; j < i + bestLen; j++) span[j] = j === i ? h[2]! : h[3]!;
      i += bestLen - 1;
    }
    return { span, unigram };
  }

  /** Feature hashes for every token of a sentence, flattened; `offsets[i]..offsets[i+1]` are token i's. */
  sentence(words: readonly string[]): { hashes: Int32Array; offsets: Int32Array } {
    const n = words.length;
    const wf: WordFeats[] = new Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) { wf[i] = this.word(words[i]!); total += wf[i]!.own.length + 4 * CTX_SLOTS + 7; }
    const phrase = this.lex.phrases && this.lex.phrases.size > 0 ? this.matchPhrases(words) : null;
    const hashes = new Int32Array(total);
    const offsets = new Int32Array(n + 1);
    let k = 0;
    const at = (j: number) => (j < 0 ? BOS : j >= n ? EOS : wf[j]!);
    for (let i = 0; i < n; i++) {
      offsets[i] = k;
      const f = wf[i]!;
      hashes[k++] = H_BIAS;
      for (let a = 0; a < f.own.length; a++) hashes[k++] = f.own[a]!;
      for (let o = 0; o < 4; o++) {
        const nb = at(i + (o < 2 ? o - 2 : o - 1));
        const seed = POS_SEEDS[o]!;
        for (let a = 0; a < CTX_SLOTS; a++) hashes[k++] = mix(seed, nb.ctx[a]!);
      }
      hashes[k++] = mix(H_BIGRAM_L, mix(at(i - 1).lower, f.lower));
      hashes[k++] = mix(H_BIGRAM_R, mix(f.lower, at(i + 1).lower));
      hashes[k++] = mix(i === 0 ? H_INIT : H_NONINIT, f.initial);
      hashes[k++] = mix(H_BIGRAM_L, mix(at(i - 1).ctx[2]!, f.ctx[1]!));
      if (phrase) {
        if (phrase.span[i]) hashes[k++] = phrase.span[i]!;
        if (phrase.unigram[i]) hashes[k++] = phrase.unigram[i]!;
      }
    }
    offsets[n] = k;
    return { hashes: hashes.subarray(0, k), offsets };
  }
}
