/**
 * Hashed features for the German NER tagger. Word-intrinsic features are hashed once per distinct word form
 * (cached), neighbour features are mixed from the neighbour's cached hashes with integer ops, so tagging costs
 * a few dozen table lookups per token.
 */

import { appendNameShapeHashes } from './name-shape.js';
import type { WordTable } from './word-table.js';

export type { WordTable } from './word-table.js';

/** Compiled word lists shipped inside the model file. */
export interface Lexicon {
  /** Word form -> word-list class index (into `dictClasses`): word lexicon classes since model 2.0, hunspell classes in 1.x. */
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
  /**
   * Word form -> class path of the shared German word classes (models/de/word-classes-de.bin, learnt from 27 M words;
   * FeatureOptions.wordClassPrefixes says which prefixes are features); absent in older models.
   */
  wordClasses?: WordTable;
}

/**
 * Word-list class of a capitalised common noun, "Bereich", not "Merkel": in the word lexicon of model 2.0 (see
 * word-lexicon.ts) a form tagged NOUN in >= 90 % of its occurrences; in a hunspell dictionary (models 1.x) a stem that
 * inflects for plural (flags E/P/T/F/J/N).
 */
export const COMMON_NOUN_CLASS = /^NOUN=9\/|U:[^|]*[EPTFJN]/;

/** The longest dictionary word ending `w` after its first two letters ("Zusammenarbeit" -> "Arbeit"), or undefined. */
export function compoundHead(w: string, lex: Pick<Lexicon, 'dict'>): string | undefined {
  for (let i = 2; i <= w.length - 3; i++) {
    const head = w[i]!.toUpperCase() + w.slice(i + 1);
    if (lex.dict.get(head) !== undefined) return head;
  }
  return undefined;
}

/** Dictionary class index of compoundHead(w) ("Zusammenarbeit" -> the class of "Arbeit"). */
export function compoundHeadClass(w: string, lex: Pick<Lexicon, 'dict'>): number | undefined {
  const head = compoundHead(w, lex);
  return head === undefined ? undefined : lex.dict.get(head);
}

/**
 * Feature groups that a model was trained with beyond the base set (stored in the model header as `info.features`,
 * so that older models keep the features they were trained with).
 * - descriptor: the head noun of a capitalised common noun right before the word ("Mobilfunkbetreiber E-Plus" ->
 *   "betreiber", "Atomkraftwerk Krümmel" -> "kraftwerk"): the descriptor of an appositive name says its type.
 */
export interface FeatureOptions {
  descriptor?: boolean;
  /** With shared word classes: the pairs (left neighbour's class, word's class) and (word's, right neighbour's). */
  wordClassPairs?: boolean;
  /**
   * Shared word classes (Lexicon.wordClasses): the path prefixes (in bits) used as features of the word itself; the
   * first one is also the class seen at neighbour positions. `wordClassBits` is the length of a full path.
   */
  wordClassPrefixes?: number[];
  wordClassBits?: number;
}
export const FEATURE_GROUPS = ['descriptor', 'wordClassPairs'] as const;
export function featureOptionsOf(info: Record<string, unknown>): FeatureOptions {
  const f = Array.isArray(info.features) ? (info.features as unknown[]) : [];
  const prefixes = Array.isArray(info.wordClassPrefixes) ? (info.wordClassPrefixes as number[]) : undefined;
  return { descriptor: f.includes('descriptor'), wordClassPairs: f.includes('wordClassPairs'), ...(prefixes?.length ? { wordClassPrefixes: prefixes, wordClassBits: Number(info.wordClassBits) } : {}) };
}
/** The model-header entry for these options: nothing for the base set (so base-set builds stay byte-identical). */
export function featureInfo(o: FeatureOptions = {}): { features?: string[]; wordClassPrefixes?: number[]; wordClassBits?: number } {
  const g = FEATURE_GROUPS.filter((x) => o[x]);
  return { ...(g.length ? { features: g } : {}), ...(o.wordClassPrefixes?.length ? { wordClassPrefixes: o.wordClassPrefixes, wordClassBits: o.wordClassBits } : {}) };
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

// New bits go at the end: a model trained without a bit never sets it, so its features stay the same.
export const GAZ_BITS = ['surname', 'city', 'country', 'landscape', 'company', 'geoname', 'locFirst', 'locRest', 'orgFirst', 'orgRest', 'firstname', 'currency', 'knownSurname'] as const;

/** FNV-1a 32-bit over a string. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  return fnv(seed, s);
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
export interface WordFeats {
  own: Int32Array; ctx: Int32Array; lower: number; initial: number;
  /** Hash of the word's head noun when it is a capitalised common noun (FeatureOptions.descriptor), else 0. */
  descr: number;
  /** Phrase-table value of the word alone when it is capitalised (see matchPhrases), else -1. */
  phrase: number;
  /**
   * The loaded tagger's integer row sums of the bias and `own` features (the first 1 + own.length hashes of the
   * word's block in sentence()), per label; set by NerTagger on first use (see emissionsPacked).
   */
  ownSums?: Float64Array;
}

/** Neighbour features per word: 6, and a 7th (the shared word class) in models with FeatureOptions.wordClassPrefixes. */
const CTX_SLOTS = 6, CTX_SLOTS_MAX = 7;
const BOS: WordFeats = { own: new Int32Array(0), ctx: Int32Array.from({ length: CTX_SLOTS_MAX }, (_, i) => hashString(`<s>${i}`)), lower: hashString('<s>'), initial: 0, phrase: -1, descr: 0 };
const EOS: WordFeats = { own: new Int32Array(0), ctx: Int32Array.from({ length: CTX_SLOTS_MAX }, (_, i) => hashString(`</s>${i}`)), lower: hashString('</s>'), initial: 0, phrase: -1, descr: 0 };
const POS_SEEDS = [-2, -1, 1, 2].map((o) => hashString(`off${o}`));
const H_BIGRAM_L = hashString('bl'), H_BIGRAM_R = hashString('br'), H_INIT = hashString('init'), H_NONINIT = hashString('noninit');
const H_WC_PAIR_L = hashString('wcl'), H_WC_PAIR_R = hashString('wcr');
const H_BIAS = hashString('bias'), H_DESCR = hashString('descr=');

/** Continue an FNV-1a state over the characters of `s` (hashString(a + s) === fnv(hashString(a), s)). */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h | 0;
}
/** fnv over s.slice(start, end) (negative start clamped to 0, as slice(-k) on a shorter string). */
function fnvRange(h: number, s: string, start: number, end: number): number {
  for (let i = Math.max(0, start); i < end && i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h | 0;
}
/** Hash states of the feature name prefixes. */
const F = {
  w: hashString('w='), l: hashString('l='), sh: hashString('sh='), dc: hashString('dc='), dcl: hashString('dcl='), dct: hashString('dct='),
  cap: hashString('cap='), p1: hashString('p1='), p2: hashString('p2='), p3: hashString('p3='), p4: hashString('p4='),
  s1: hashString('s1='), s2: hashString('s2='), s3: hashString('s3='), s4: hashString('s4='), s5: hashString('s5='),
  len: hashString('len='), head: hashString('head='), gz: hashString('gz='), shs2: hashString('sh|s2='), dcs: hashString('dcs='),
  hyl: hashString('hyl='), hyf: hashString('hyf='), hyfd: hashString('hyfd='), cl: hashString('cl='), cl4: hashString('cl4='), cldc: hashString('cl|dc='),
  g: GAZ_BITS.map((b) => hashString(`g=${b}`)), gdc: GAZ_BITS.map((b) => hashString(`g=${b}|dc=`)), gs: GAZ_BITS.map((b) => hashString(`gs=${b}|`)),
  ctx: ['l=', 'sh=', 'dc=', 's3=', 'gz=', 'cl='].map((p, i) => hashString(p, 0x811c9dc5 + i)),
  // `wc${k}=`: the k-th prefix of FeatureOptions.wordClassPrefixes (up to 8 prefixes)
  wc: Array.from({ length: 8 }, (_, k) => hashString(`wc${k}=`)), wcCap: hashString('wc|cap='), wcCtx: hashString('wc=', 0x811c9dc5 + 6),
};

export class FeatureExtractor {
  private cache = new Map<string, WordFeats>();
  private readonly buf = new Int32Array(192);
  private readonly ctxSlots: number;
  private readonly classPairs: boolean;
  private readonly wcShifts: number[];
  constructor(private readonly lex: Lexicon, private readonly options: FeatureOptions = {}) {
    const prefixes = lex.wordClasses && options.wordClassPrefixes?.length ? options.wordClassPrefixes : [];
    if (prefixes.length > F.wc.length) throw new Error(`at most ${F.wc.length} word-class prefixes, got ${prefixes.length}`);
    this.wcShifts = prefixes.map((p) => (options.wordClassBits ?? p) - p);
    this.ctxSlots = prefixes.length ? CTX_SLOTS + 1 : CTX_SLOTS;
    this.classPairs = prefixes.length > 0 && options.wordClassPairs === true;
  }

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
    // String(): a model whose dictionary values have no class name (the English one) hashes "undefined", as template strings did
    const dictOf = (x: string) => { const c = lex.dict.get(x); return c === undefined ? '-' : String(lex.dictClasses[c]); };
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
    let head = '-', headWord: string | undefined;
    if (dc === '-' && cap && w.length > 5) {
      headWord = compoundHead(w, lex);
      if (headWord !== undefined) head = String(lex.dictClasses[lex.dict.get(headWord)!]);
    }
    // descriptor noun: the word itself when the dictionary knows it as a common noun, else its compound head
    let descr = 0;
    if (this.options.descriptor && cap) {
      const d = COMMON_NOUN_CLASS.test(dc) ? w : headWord !== undefined && COMMON_NOUN_CLASS.test(head) ? headWord : undefined;
      if (d !== undefined) descr = fnv(H_DESCR, d.toLowerCase());
    }
    // Hashes are FNV-1a of the same strings as `p=${value}`, computed by continuing the prefix's hash state over the
    // value's characters: no string is built per feature (this is most of the cost of a word seen for the first time).
    const own = this.buf;
    let n = 0;
    const capS = cap ? 'true' : 'false';
    own[n++] = fnv(F.w, w); own[n++] = fnv(F.l, lower); own[n++] = fnv(F.sh, shape);
    own[n++] = fnv(F.dc, dc); own[n++] = fnv(F.dcl, dcl); own[n++] = fnv(F.dct, dct);
    own[n++] = fnv(fnv(fnv(fnv(fnv(F.cap, capS), '|dc='), dc), '|dcl='), dcl);
    own[n++] = fnvRange(F.p1, w, 0, 1); own[n++] = fnvRange(F.p2, w, 0, 2); own[n++] = fnvRange(F.p3, w, 0, 3); own[n++] = fnvRange(F.p4, w, 0, 4);
    const L0 = lower.length;
    own[n++] = fnvRange(F.s1, lower, L0 - 1, L0); own[n++] = fnvRange(F.s2, lower, L0 - 2, L0); own[n++] = fnvRange(F.s3, lower, L0 - 3, L0);
    own[n++] = fnvRange(F.s4, lower, L0 - 4, L0); own[n++] = fnvRange(F.s5, lower, L0 - 5, L0);
    own[n++] = fnv(fnv(fnv(F.len, String(Math.min(w.length, 12))), '|'), capS);
    own[n++] = fnv(F.head, head); own[n++] = fnv(F.gz, String(gz));
    own[n++] = fnvRange(fnv(fnv(F.shs2, shape), '|'), lower, L0 - 2, L0);
    for (let b = 0; b < GAZ_BITS.length; b++) if (gz & (1 << b)) { own[n++] = F.g[b]!; own[n++] = fnv(F.gdc[b]!, dc); }
    if (base) {
      own[n++] = fnv(fnv(fnv(F.dcs, dcs), '|'), dc);
      for (let b = 0; b < GAZ_BITS.length; b++) if (gzs & (1 << b)) own[n++] = fnv(F.gs[b]!, dc);
    }
    if (hy > 0 && hy < w.length - 1) { own[n++] = fnvRange(F.hyl, lower, hy + 1, L0); own[n++] = fnvRange(F.hyf, lower, 0, hy); own[n++] = fnv(F.hyfd, dictOf(w.slice(0, hy))); }
    if (cl !== undefined) { const c = String(cl); own[n++] = fnv(F.cl, c); own[n++] = fnv(F.cl4, String(cl >> 4)); own[n++] = fnv(fnv(fnv(F.cldc, c), '|'), dc); }
    if (cap && lex.shapes) n = appendNameShapeHashes(lex.shapes, w, hashString, own, n);
    // shared word classes: the form as it is, else its lower-case form ("Der" at a sentence start); -1 = not among the
    // 89k forms of the 27 M-word corpus, itself a sign of a rare (often foreign) name
    let wc0 = '-1';
    if (this.wcShifts.length) {
      const wc = lex.wordClasses!.get(w) ?? (lower !== w ? lex.wordClasses!.get(lower) : undefined) ?? -1;
      for (let k = 0; k < this.wcShifts.length; k++) own[n++] = fnv(F.wc[k]!, String(wc < 0 ? -1 : wc >> this.wcShifts[k]!));
      wc0 = String(wc < 0 ? -1 : wc >> this.wcShifts[0]!);
      own[n++] = fnv(fnv(F.wcCap, capS), wc0);
    }
    const ctx = new Int32Array(this.ctxSlots);
    ctx[0] = fnv(F.ctx[0]!, lower); ctx[1] = fnv(F.ctx[1]!, shape); ctx[2] = fnv(fnv(fnv(F.ctx[2]!, dc), '|'), head);
    ctx[3] = fnvRange(F.ctx[3]!, lower, L0 - 3, L0); ctx[4] = fnv(F.ctx[4]!, String(gz | gzs)); ctx[5] = fnv(F.ctx[5]!, String(cl ?? -1));
    if (this.wcShifts.length) ctx[6] = fnv(F.wcCtx, wc0);
    return {
      own: own.slice(0, n),
      ctx,
      lower: hashString(lower),
      phrase: this.phraseOf(w),
      initial: fnv(fnv(fnv(fnv(fnv(F.dc, dc), '|dcl='), dcl), '|sh='), shape),
      descr,
    };
  }

  /**
   * Known names: greedy longest match (left to right) of the phrase table over capitalised starts; tokens of a
   * match get its type at B/I position, and every word found alone gets its own one-word entry.
   */
  /** A capitalised word's own phrase-table value, or -1 (looked up once per word form, cached with its features). */
  private phraseOf(w: string): number {
    const table = this.lex.phrases;
    if (!table || table.size === 0) return -1;
    const c = w.charCodeAt(0);
    if (!(c >= 65 && c <= 90) && !(c > 127 && w[0] !== w[0]!.toLowerCase())) return -1;
    const v = table.get(w);
    if (v !== undefined) return v;
    // a genitive of a known one-word name ("Erfurts", "Griechenlandes") gets that name's entry, as a name of its own
    // (it does not start a longer name: "Erfurts Trainer" is no "Erfurt …")
    if (w.length > 3 && w.endsWith('s')) {
      const base = table.get(w.slice(0, -1)) ?? (w.endsWith('es') && w.length > 4 ? table.get(w.slice(0, -2)) : undefined);
      if (base !== undefined && !(base & PHRASE_PREFIX_ONLY)) return base & ~PHRASE_PREFIX;
    }
    return -1;
  }

  private matchPhrases(words: readonly string[], wf: readonly WordFeats[]): { span: Int32Array; unigram: Int32Array } {
    const n = words.length;
    const table = this.lex.phrases!;
    const span = new Int32Array(n), unigram = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const u = wf[i]!.phrase;
      if (u < 0) continue;
      const w = words[i]!;
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
  sentence(words: readonly string[]): { hashes: Int32Array; offsets: Int32Array; feats: WordFeats[] } {
    const n = words.length;
    const wf: WordFeats[] = new Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) { wf[i] = this.word(words[i]!); total += wf[i]!.own.length + 4 * this.ctxSlots + 10; }
    const phrase = this.lex.phrases && this.lex.phrases.size > 0 ? this.matchPhrases(words, wf) : null;
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
        for (let a = 0; a < this.ctxSlots; a++) hashes[k++] = mix(seed, nb.ctx[a]!);
      }
      hashes[k++] = mix(H_BIGRAM_L, mix(at(i - 1).lower, f.lower));
      hashes[k++] = mix(H_BIGRAM_R, mix(f.lower, at(i + 1).lower));
      hashes[k++] = mix(i === 0 ? H_INIT : H_NONINIT, f.initial);
      hashes[k++] = mix(H_BIGRAM_L, mix(at(i - 1).ctx[2]!, f.ctx[1]!));
      if (i > 0 && wf[i - 1]!.descr) hashes[k++] = wf[i - 1]!.descr;
      if (this.classPairs) {
        hashes[k++] = mix(H_WC_PAIR_L, mix(at(i - 1).ctx[6]!, f.ctx[6]!));
        hashes[k++] = mix(H_WC_PAIR_R, mix(f.ctx[6]!, at(i + 1).ctx[6]!));
      }
      if (phrase) {
        if (phrase.span[i]) hashes[k++] = phrase.span[i]!;
        if (phrase.unigram[i]) hashes[k++] = phrase.unigram[i]!;
      }
    }
    offsets[n] = k;
    return { hashes: hashes.subarray(0, k), offsets, feats: wf };
  }
}
