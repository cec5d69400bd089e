/** Per-word string hashes computed once per sentence and shared by the tagger, the lemmatiser and the parser. */
import { hashSlice, hashString } from './hash.js';

/**
 * The string hashes are kept as signed 32-bit integers (the bits of the unsigned hashString values): the tagger's feature
 * functions pass them to calls V8 does not always inline, and an unsigned value of 2^31 or more would be boxed as a heap
 * number on each such call. Maps keyed by the unsigned hash (the tag dictionary) look them up with `>>> 0`.
 */
export interface WordHashes {
  n: number;
  form: Int32Array;
  lower: Int32Array;
  /** suffixes of the lower-cased form, lengths 1..5: suf[k * n + i] is the suffix of length k + 1 */
  suf: Int32Array;
  /** prefixes of the lower-cased form, lengths 1..3 */
  pre: Int32Array;
  shape: Int32Array;
  /** distributional word class at the finest granularity used (-1 unknown) */
  cluster: Int32Array;
  /** coarser classes: coarse[k * n + i] is word i's class at the (k + 1)-th prefix of ClusterSpec.prefixes */
  coarse: Int32Array;
  nCoarse: number;
  lowers: string[];
}

export const SUFFIXES = 5;
export const PREFIXES = 3;

/** Collapsed character-class shape: "Scholz" -> "Xx", "2007" -> "d", "G-20" -> "X-d", "NATO" -> "X", plus a length bucket. */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out + (w.length <= 2 ? 's' : w.length <= 5 ? 'm' : 'l');
}

const BOUNDARY = hashString('<s>');

/**
 * How a model reads its word classes: class paths of `bits` bits, used at the prefix lengths `prefixes` (the first
 * is the finest and fills WordHashes.cluster, the others WordHashes.coarse).
 */
export interface ClusterSpec { bits: number; prefixes: number[] }
export const NO_CLUSTERS: ClusterSpec = { bits: 0, prefixes: [0] };

export function wordHashes(words: readonly string[], clusters?: { get(key: string): number | undefined; readonly size: number }, spec: ClusterSpec = NO_CLUSTERS): WordHashes {
  const n = words.length;
  const form = new Int32Array(n), lower = new Int32Array(n), shape = new Int32Array(n);
  const suf = new Int32Array(n * SUFFIXES), pre = new Int32Array(n * PREFIXES);
  const lowers: string[] = new Array(n);
  const cluster = new Int32Array(n).fill(-1);
  const nCoarse = spec.prefixes.length - 1;
  const coarse = new Int32Array(n * nCoarse).fill(-1);
  const shift0 = spec.bits - spec.prefixes[0]!;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    lowers[i] = lw;
    form[i] = hashString(w);
    lower[i] = hashString(lw, 0x1234567);
    if (clusters && clusters.size) {
      const c = clusters.get(w) ?? clusters.get(lw) ?? clusters.get(lw.charAt(0).toUpperCase() + lw.slice(1));
      if (c !== undefined) {
        cluster[i] = c >> shift0;
        for (let k = 0; k < nCoarse; k++) coarse[k * n + i] = c >> (spec.bits - spec.prefixes[k + 1]!);
      }
    }
    shape[i] = hashString(shapeOf(w), 0x2345678);
    for (let k = 0; k < SUFFIXES; k++) suf[k * n + i] = k < lw.length ? hashSlice(lw, lw.length - k - 1, lw.length, 0x3456789 + k) : BOUNDARY + k;
    for (let k = 0; k < PREFIXES; k++) pre[k * n + i] = k < lw.length ? hashSlice(lw, 0, k + 1, 0x4567890 + k) : BOUNDARY + 10 + k;
  }
  return { n, form, lower, suf, pre, shape, cluster, coarse, nCoarse, lowers };
}
