/**
 * The syntax model of one language: tagger, morphology, lemma and parser weight tables plus label sets and the
 * lemma table, and its binary file format: magic, JSON header, then per weight table the non-zero int16 entries
 * (flat index deltas as varints, then the values), all gzip level 9 (no timestamps: the same model gives the same bytes).
 */
import { gzipSync } from 'node:zlib';
import { gunzipWhole } from '../resources/gunzip.js';
import { PackedWeights } from '../resources/packed-weights.js';
import type { WeightTable } from './perceptron.js';
import { parseScriptKey, scriptKey, type EditScript } from './lemma.js';
import { indexScripts, morphDecoder, morphLexKey, type MorphFactors, type TaggerParts } from './tagger.js';
import { hashString } from './hash.js';
import type { ParserLabels } from './parser.js';
import type { ClusterSpec } from './features.js';
import { LineTable, type StringLookup } from './table.js';

export interface SyntaxModel {
  lang: string;
  upos: string[];
  /** restricted FEATS strings ('_' = none), one class each */
  morph: string[];
  /** FEATS keys the morphology labels keep */
  morphKeys: string[];
  scripts: EditScript[];
  parser: ParserLabels;
  /** pos2 (optional): second tagger pass, reading the first pass's tags of the next words */
  tables: { pos: WeightTable; morph: WeightTable; lemma: WeightTable; parse: WeightTable; label: WeightTable; pos2?: WeightTable };
  /** `${form}\t${upos}` -> lemma and `${form}` -> lemma */
  lexicon: StringLookup<string>;
  /** word -> distributional class path (empty when the model uses none) */
  clusters: StringLookup<number>;
  /** class path bits and the prefix lengths the features use */
  clusterSpec: ClusterSpec;
  info: Record<string, unknown>;
  // --- optional header fields (absent in 0.2.0 files; the tagger then works as before)
  /** factored morphology: the `morph` table scores each key's values (`morph` stays the list of combinations seen) */
  morphFactors?: MorphFactors;
  /** frequent unambiguous forms and their UPOS: `form\tUPOS` lines, sorted */
  tagDict?: string;
  /** second pass: words whose first-pass margin is at least this keep their first-pass tag (not re-scored) */
  pos2Margin?: number;
  /** morphology lexicon: `form\tUPOS\tid,id,…` lines (morph label ids seen with the form), sorted */
  morphLex?: string;
}

export const MAGIC = 'EREIGNISSYN1';
const TABLES = ['pos', 'morph', 'lemma', 'parse', 'label'] as const;

export function taggerParts(m: SyntaxModel): TaggerParts {
  return {
    pos: m.tables.pos, ...(m.tables.pos2 ? { pos2: m.tables.pos2 } : {}), ...(m.pos2Margin !== undefined ? { pos2Margin: m.pos2Margin } : {}), morph: m.tables.morph, lemma: m.tables.lemma, uposLabels: m.upos, morphLabels: m.morph,
    scripts: m.scripts, scriptsBySuffix: indexScripts(m.scripts), lexicon: m.lexicon, clusters: m.clusters, clusterSpec: m.clusterSpec, lemmaCache: new Map(),
    ...(m.morphFactors ? { factors: morphDecoder(m.morphFactors, m.morph, m.upos.length) } : {}),
    ...(m.tagDict ? { tagDict: tagDictionary(m.tagDict, m.upos) } : {}),
    ...(m.morphLex ? { morphLex: morphLexicon(m.morphLex, m.upos) } : {}),
  };
}

/** `form\tUPOS\tids` lines -> morphLexKey -> label ids. */
export function morphLexicon(lines: string, upos: readonly string[]): Map<number, number[]> {
  const d = new Map<number, number[]>();
  for (const line of lines.split('\n')) {
    const b = line.lastIndexOf('\t'), a = line.lastIndexOf('\t', b - 1);
    const u = upos.indexOf(line.slice(a + 1, b));
    if (a > 0 && u >= 0) d.set(morphLexKey(hashString(line.slice(0, a)), u), line.slice(b + 1).split(',').map(Number));
  }
  return d;
}

/** `form\tUPOS` lines -> hash of the form (as WordHashes.form) -> UPOS id. */
export function tagDictionary(lines: string, upos: readonly string[]): Map<number, number> {
  const d = new Map<number, number>();
  for (const line of lines.split('\n')) {
    const t = line.lastIndexOf('\t');
    const id = upos.indexOf(line.slice(t + 1));
    if (t > 0 && id >= 0) d.set(hashString(line.slice(0, t)), id);
  }
  return d;
}

function encodeTable(t: WeightTable): { deltas: Buffer; values: Buffer; nnz: number } {
  if (!(t.weights instanceof Int16Array)) throw new Error('quantise a table before serialising it');
  if (t.sparse || t.packed) throw new Error('a loaded table cannot be serialised: serialise the trained model');
  const w = t.weights;
  const bytes: number[] = [];
  const vals: number[] = [];
  let last = -1;
  for (let i = 0; i < w.length; i++) {
    if (w[i] === 0) continue;
    let d = i - last - 1;
    last = i;
    while (d >= 0x80) { bytes.push((d & 0x7f) | 0x80); d = Math.floor(d / 128); }
    bytes.push(d);
    vals.push(w[i]!);
  }
  const values = Buffer.alloc(vals.length * 2);
  vals.forEach((v, i) => values.writeInt16LE(v, i * 2));
  return { deltas: Buffer.from(bytes), values, nnz: vals.length };
}

export function serializeSyntaxModel(m: SyntaxModel): Buffer {
  const names = m.tables.pos2 ? [...TABLES, 'pos2' as const] : TABLES;
  const enc = names.map((name) => [name, encodeTable(m.tables[name]!)] as const);
  const lex = [...m.lexicon.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const header = JSON.stringify({
    lang: m.lang, upos: m.upos, morph: m.morph, morphKeys: m.morphKeys, scripts: m.scripts.map(scriptKey),
    parser: m.parser,
    tables: enc.map(([name, e]) => ({ name, bucketsLog2: m.tables[name]!.bucketsLog2, labels: m.tables[name]!.labels, scale: m.tables[name]!.scale, nnz: e.nnz, deltaBytes: e.deltas.length })),
    lexicon: lex.map(([k, v]) => `${k}\t${v}`).join('\n'),
    clusters: [...m.clusters.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k, v]) => `${k}\t${v}`).join('\n'),
    clusterSpec: m.clusterSpec,
    info: m.info,
    ...(m.morphFactors ? { morphFactors: m.morphFactors } : {}),
    ...(m.tagDict ? { tagDict: m.tagDict } : {}),
    ...(m.morphLex ? { morphLex: m.morphLex } : {}), ...(m.pos2Margin !== undefined ? { pos2Margin: m.pos2Margin } : {}),
  });
  const hb = Buffer.from(header, 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(hb.length);
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), len, hb];
  for (const [, e] of enc) parts.push(e.deltas, e.values);
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

interface TableHeader { name: string; bucketsLog2: number; labels: number; scale: number; nnz: number; deltaBytes: number }

/**
 * One weight table from its index stream (raw[pos, dEnd): varint deltas) and its int16 values (raw[dEnd, +2·nnz)).
 * Tables with many labels and few weights per row load as compressed sparse rows, the others dense. The loops
 * live in small functions of their own, which V8 optimises on the first load.
 */
function decodeTable(raw: Buffer, pos: number, dEnd: number, t: TableHeader): WeightTable {
  const buckets = 1 << t.bucketsLog2, L = t.labels, size = buckets * L;
  if ((buckets + 1) * 4 + t.nnz * 4 < size * 2 * 0.6) {
    // few weights per row: compressed sparse rows (far less memory to fill than dense rows, the same sums)
    if (L > 0xffff) throw new Error(`table ${t.name} has too many labels for sparse rows`);
    const weights = new Int16Array(raw.buffer.slice(raw.byteOffset + dEnd, raw.byteOffset + dEnd + t.nnz * 2));
    const start = new Int32Array(buckets + 1), entry = new Int32Array(t.nnz);
    if (decodeSparse(raw, pos, t.nnz, L, size, weights, start, entry) !== dEnd) throw new Error(`table ${t.name}: index stream length mismatch`);
    return { bucketsLog2: t.bucketsLog2, labels: L, weights, scale: t.scale, sparse: { start, entry } };
  }
  // few labels (the parser's transitions): the non-zero rows only, behind a bitmap
  if (buckets % 32 !== 0) throw new Error(`table ${t.name} has ${buckets} buckets, not a multiple of 32`);
  const bitmap = new Uint8Array(buckets >> 3), rows = new Int16Array(t.nnz * L);
  const decoded = decodePacked(raw, pos, t.nnz, L, size, int16At(raw, dEnd, t.nnz), bitmap, rows);
  if (decoded.end !== dEnd) throw new Error(`table ${t.name}: index stream length mismatch`);
  const packed = new PackedWeights(L, buckets, bitmap, rows.slice(0, decoded.rows * L));
  return { bucketsLog2: t.bucketsLog2, labels: L, weights: packed.rows, scale: t.scale, packed };
}

/** n little-endian int16 at raw[at]: a view when aligned, else a copy. */
function int16At(raw: Buffer, at: number, n: number): Int16Array {
  const off = raw.byteOffset + at;
  if (off % 2 === 0) return new Int16Array(raw.buffer, off, n);
  return new Int16Array(raw.buffer.slice(off, off + n * 2));
}

/**
 * Varint deltas -> the non-zero rows in bucket order (rows[r * L + label] = vals[k]) and their bits in `bitmap`;
 * returns the stream end and the number of rows. Throws on an index outside the table.
 */
function decodePacked(raw: Uint8Array, p: number, nnz: number, L: number, size: number, vals: Int16Array, bitmap: Uint8Array, rows: Int16Array): { end: number; rows: number } {
  let idx = -1, bucket = -1, r = -1;
  for (let k = 0; k < nnz; k++) {
    let byte = raw[p++]!, d = byte & 0x7f;
    if (byte & 0x80) {
      let mul = 128;
      do { byte = raw[p++]!; d += (byte & 0x7f) * mul; mul *= 128; } while (byte & 0x80);
    }
    idx += d + 1;
    if (idx >= size) throw new Error('a table index is out of range');
    const b = Math.floor(idx / L);
    if (b !== bucket) { bucket = b; r++; bitmap[b >> 3] = bitmap[b >> 3]! | (1 << (b & 7)); }
    rows[r * L + idx - b * L] = vals[k]!;
  }
  return { end: p, rows: r + 1 };
}

/** Varint deltas -> per weight label << 16 | value, per bucket its first weight (start, cumulative); returns the stream end. */
function decodeSparse(raw: Uint8Array, p: number, nnz: number, L: number, size: number, vals: Int16Array, start: Int32Array, entry: Int32Array): number {
  let idx = -1;
  for (let k = 0; k < nnz; k++) {
    let byte = raw[p++]!, d = byte & 0x7f;
    if (byte & 0x80) {
      let mul = 128;
      do { byte = raw[p++]!; d += (byte & 0x7f) * mul; mul *= 128; } while (byte & 0x80);
    }
    idx += d + 1;
    if (idx >= size) throw new Error('a table index is out of range');
    const b = Math.floor(idx / L);
    entry[k] = ((idx - b * L) << 16) | (vals[k]! & 0xffff);
    start[b + 1]!++;
  }
  for (let b = 1; b < start.length; b++) start[b] = start[b]! + start[b - 1]!;
  return p;
}

export function deserializeSyntaxModel(file: Buffer): SyntaxModel {
  const raw = gunzipWhole(file);
  if (raw.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error('not an ereignis syntax model file');
  const hlen = raw.readUInt32LE(MAGIC.length);
  let pos = MAGIC.length + 4;
  const h = JSON.parse(raw.subarray(pos, pos + hlen).toString('utf8')) as {
    lang: string; upos: string[]; morph: string[]; morphKeys: string[]; scripts: string[]; parser: ParserLabels;
    tables: TableHeader[];
    lexicon: string; clusters: string; clusterSpec?: ClusterSpec; info: Record<string, unknown>;
    morphFactors?: MorphFactors; tagDict?: string; morphLex?: string; pos2Margin?: number;
  };
  pos += hlen;
  const tables: Record<string, WeightTable> = {};
  for (const t of h.tables) {
    const dEnd = pos + t.deltaBytes;
    if (dEnd + t.nnz * 2 > raw.length) throw new Error(`table ${t.name} is truncated`);
    tables[t.name] = decodeTable(raw, pos, dEnd, t);
    pos = dEnd + t.nnz * 2;
  }
  if (pos !== raw.length) throw new Error('model file sections are inconsistent');
  for (const name of TABLES) if (!tables[name]) throw new Error(`model file lacks the ${name} table`);
  const lexicon = new LineTable(h.lexicon ?? '', (v) => v);
  const clusters = new LineTable(h.clusters ?? '', Number);
  return {
    lang: h.lang, upos: h.upos, morph: h.morph, morphKeys: h.morphKeys, scripts: h.scripts.map(parseScriptKey), parser: h.parser,
    tables: { pos: tables.pos!, morph: tables.morph!, lemma: tables.lemma!, parse: tables.parse!, label: tables.label!, ...(tables.pos2 ? { pos2: tables.pos2 } : {}) }, lexicon, clusters, clusterSpec: h.clusterSpec ?? { bits: 8, prefixes: [8] }, info: h.info,
    ...(h.morphFactors ? { morphFactors: h.morphFactors } : {}), ...(h.tagDict ? { tagDict: h.tagDict } : {}),
    ...(h.morphLex ? { morphLex: h.morphLex } : {}), ...(h.pos2Margin !== undefined ? { pos2Margin: h.pos2Margin } : {}),
  };
}
