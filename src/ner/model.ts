/** The NER model: hashed weight table + transitions + compiled lexicon, and its binary file format. */
import { gzipSync } from 'node:zlib';
import { gunzipWhole } from '../resources/gunzip.js';
import type { Lexicon } from './features.js';
import type { WordTable } from './word-table.js';
import { LABELS } from './labels.js';
import { PackedWeights } from '../resources/packed-weights.js';

export interface NerModel {
  bucketsLog2: number;
  labels: string[];
  /**
   * buckets x labels emission weights: Float32 from training; a loaded file keeps its int16 values as it stores them,
   * the non-zero rows only (PackedWeights), and `weightScale` turns their sums into scores.
   */
  weights: Float32Array | PackedWeights;
  /** Score of one unit of a loaded model's int16 weights (absent for Float32 weights). */
  weightScale?: number;
  /** (labels + 1) x labels transition weights; row `labels.length` is the sentence start. */
  transitions: Float32Array;
  lexicon: Lexicon;
  /** Free-form build information stored in the file header. */
  info: Record<string, unknown>;
}

/** A model as the trainers make it: dense Float32 weights (scale 1), which the build scripts may combine and prune. */
export type TrainedNerModel = NerModel & { weights: Float32Array };

/** Format 2 stores each word table's Latin-1 keys apart from the rest (see SplitTable); format 1 files still load. */
const MAGIC = 'EREIGNISNER2';
const MAGIC_V1 = 'EREIGNISNER1';

/**
 * Keys in one newline-joined string + values, indexed by an open-addressing hash table built at load time:
 * loads in tens of milliseconds where a Map of 600k keys takes hundreds, and a lookup is one hash + one compare.
 */
export class SortedTable implements WordTable {
  private constructor(private readonly blob: string, private readonly starts: Int32Array, private readonly values: Int32Array, private readonly slots: Int32Array) {}
  get size(): number { return this.values.length; }

  static fromBlob(blob: string, values: Int32Array): SortedTable {
    const n = values.length;
    const starts = new Int32Array(n + 1);
    let bits = 1;
    while (1 << bits < n * 2) bits++;
    const mask = (1 << bits) - 1;
    const slots = new Int32Array(mask + 1).fill(-1);
    let pos = 0;
    for (let i = 0; i < n; i++) {
      starts[i] = pos;
      let h = 0x811c9dc5, j = pos;
      for (; j < blob.length; j++) { const c = blob.charCodeAt(j); if (c === 10) break; h = Math.imul(h ^ c, 0x01000193); }
      let s = h & mask;
      while (slots[s] !== -1) s = (s + 1) & mask;
      slots[s] = i;
      pos = j + 1;
    }
    starts[n] = blob.length + 1;
    return new SortedTable(blob, starts, values, slots);
  }

  get(key: string): number | undefined {
    let h = 0x811c9dc5;
    for (let j = 0; j < key.length; j++) h = Math.imul(h ^ key.charCodeAt(j), 0x01000193);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const i = this.slots[s]!;
      if (i === -1) return undefined;
      const st = this.starts[i]!;
      if (this.starts[i + 1]! - 1 - st === key.length && this.blob.startsWith(key, st)) return this.values[i];
    }
  }

  /** get(s.slice(start, end)) without making the substring (hot path of the name-shape n-grams). */
  getSlice(s: string, start: number, end: number): number | undefined {
    let h = 0x811c9dc5;
    for (let j = start; j < end; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const i = this.slots[p]!;
      if (i === -1) return undefined;
      const st = this.starts[i]!;
      if (this.starts[i + 1]! - 1 - st !== len) continue;
      let same = true;
      for (let j = 0; j < len; j++) if (this.blob.charCodeAt(st + j) !== s.charCodeAt(start + j)) { same = false; break; }
      if (same) return this.values[i];
    }
  }

  *entries(): Iterable<[string, number]> {
    for (let i = 0; i < this.values.length; i++) yield [this.blob.slice(this.starts[i]!, this.starts[i + 1]! - 1), this.values[i]!];
  }
}

/** Whether s.slice(start, end) is Latin-1 (every code unit ≤ 0xFF). */
function isLatin1(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (s.charCodeAt(i) > 0xff) return false;
  return true;
}

/**
 * A loaded word table in two parts: the Latin-1 keys (almost all) in a one-byte string, decoded as Latin-1, and the
 * few others (UTF-8). One key outside Latin-1 would make V8 store a whole table as a two-byte string, and UTF-8
 * decoding of the 8 MB of keys took 80–90 ms against 33 ms as Latin-1 (docs/models.md "Load time").
 */
class SplitTable implements WordTable {
  constructor(private readonly latin1: SortedTable, private readonly other: SortedTable) {}
  get size(): number { return this.latin1.size + this.other.size; }
  get(key: string): number | undefined { return (isLatin1(key, 0, key.length) ? this.latin1 : this.other).get(key); }
  getSlice(s: string, start: number, end: number): number | undefined { return (isLatin1(s, start, end) ? this.latin1 : this.other).getSlice(s, start, end); }
  *entries(): Iterable<[string, number]> { yield* this.latin1.entries(); yield* this.other.entries(); }
}

/**
 * Keys sorted by UTF-16 code units (the order `<` uses), the Latin-1 ones first: each part newline-joined (Latin-1
 * bytes, then UTF-8), plus the values in the same order.
 */
function packTable(t: WordTable): { latin1Keys: Buffer; latin1Count: number; otherKeys: Buffer; values: Int32Array } {
  const e = [...t.entries()].filter(([k]) => !k.includes('\n')).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const latin1: [string, number][] = [], other: [string, number][] = [];
  for (const x of e) (isLatin1(x[0], 0, x[0].length) ? latin1 : other).push(x);
  return {
    latin1Keys: Buffer.from(latin1.map((x) => x[0]).join('\n'), 'latin1'),
    latin1Count: latin1.length,
    otherKeys: Buffer.from(other.map((x) => x[0]).join('\n'), 'utf8'),
    values: Int32Array.from([...latin1, ...other], (x) => x[1]),
  };
}

/**
 * Serialise deterministically: JSON header + int16-quantised weights; gzip level 9 (no timestamps) unless `gzip` is
 * false (a file twice the size that loads without inflating it; deserializeModel reads both).
 */
export function serializeModel(model: NerModel, { gzip = true }: { gzip?: boolean } = {}): Buffer {
  const unit = model.weightScale ?? 1;
  const w = model.weights;
  const weight = w instanceof PackedWeights ? (i: number) => w.at(i) * unit : (i: number) => w[i]! * unit;
  // the largest weight (a packed table's zero rows cannot be it)
  const values = w instanceof PackedWeights ? w.rows : w;
  let maxAbs = 0;
  for (let i = 0; i < values.length; i++) { const a = Math.abs(values[i]! * unit); if (a > maxAbs) maxAbs = a; }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const optional = (['shapes', 'phrases', 'wordClasses'] as const).filter((name) => (model.lexicon[name]?.size ?? 0) > 0);
  const tables = [...(['dict', 'gaz', 'clusters'] as const), ...optional].map((name) => [name, packTable(model.lexicon[name]!)] as const);
  // sparse rows: a bitmap of buckets with any non-zero weight, then those rows only
  const L = model.labels.length;
  const buckets = model.weights.length / L;
  const bitmap = new Uint8Array(buckets >> 3);
  const rows: number[] = [];
  for (let b = 0; b < buckets; b++) {
    let any = false;
    for (let l = 0; l < L; l++) if (Math.round(weight(b * L + l) / scale) !== 0) { any = true; break; }
    if (any) { bitmap[b >> 3] = bitmap[b >> 3]! | (1 << (b & 7)); rows.push(b); }
  }
  const q = new Int16Array(rows.length * L);
  rows.forEach((b, r) => { for (let l = 0; l < L; l++) q[r * L + l] = Math.round(weight(b * L + l) / scale); });
  const header = JSON.stringify({
    bucketsLog2: model.bucketsLog2,
    labels: model.labels,
    scale,
    rows: rows.length,
    transitions: Array.from(model.transitions, (x) => Math.round(x * 1e4) / 1e4),
    dictClasses: model.lexicon.dictClasses,
    tables: tables.map(([name, t]) => ({ name, keyBytes: t.latin1Keys.length + t.otherKeys.length, count: t.values.length, latin1Count: t.latin1Count, latin1Bytes: t.latin1Keys.length })),
    info: model.info,
  });
  const headerBuf = Buffer.from(header, 'utf8');
  const pad = (MAGIC.length + 4 + headerBuf.length) % 2;
  const len = Buffer.alloc(4);
  len.writeUInt32LE(headerBuf.length);
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), len, headerBuf, Buffer.alloc(pad), Buffer.from(bitmap), Buffer.from(q.buffer, q.byteOffset, q.byteLength)];
  for (const [, t] of tables) {
    const keyBytes = t.latin1Keys.length + t.otherKeys.length;
    parts.push(Buffer.from(t.values.buffer, t.values.byteOffset, t.values.byteLength), t.latin1Keys, t.otherKeys, Buffer.alloc((4 - (keyBytes % 4)) % 4));
  }
  const raw = Buffer.concat(parts);
  return gzip ? gzipSync(raw, { level: 9 }) : raw;
}

export function deserializeModel(file: Buffer): NerModel {
  const raw = file[0] === 0x1f && file[1] === 0x8b ? gunzipWhole(file) : file;
  const magic = raw.subarray(0, MAGIC.length).toString('latin1');
  if (magic !== MAGIC && magic !== MAGIC_V1) throw new Error('not an ereignis NER model file');
  const hlen = raw.readUInt32LE(MAGIC.length);
  const hstart = MAGIC.length + 4;
  const h = JSON.parse(raw.subarray(hstart, hstart + hlen).toString('utf8')) as {
    bucketsLog2: number; labels: string[]; scale: number; rows: number; transitions: number[]; dictClasses: string[];
    tables: Array<{ name: string; keyBytes: number; count: number; latin1Count?: number; latin1Bytes?: number }>; info: Record<string, unknown>;
  };
  if (h.labels.join() !== LABELS.join()) throw new Error(`model label set ${h.labels.join()} differs from ${LABELS.join()}`);
  const wstart = hstart + hlen + ((hstart + hlen) % 2);
  const L = h.labels.length;
  const buckets = 1 << h.bucketsLog2;
  const bitmapBytes = buckets >> 3;
  const qstart = wstart + bitmapBytes;
  if (raw.length < qstart + h.rows * L * 2) throw new Error('weight table is truncated');
  const bitmap = raw.subarray(wstart, qstart);
  // a copy, so that the file's buffer (mostly word-table keys, decoded into strings below) can be collected
  const q = new Int16Array(h.rows * L);
  new Uint8Array(q.buffer).set(raw.subarray(qstart, qstart + h.rows * L * 2));
  const weights = new PackedWeights(L, buckets, bitmap, q);
  const tables: Record<string, WordTable> = {};
  let pos = qstart + h.rows * L * 2;
  for (const t of h.tables) {
    const values = new Int32Array(t.count);
    new Uint8Array(values.buffer).set(raw.subarray(pos, pos + t.count * 4));
    pos += t.count * 4;
    if (magic === MAGIC_V1) tables[t.name] = SortedTable.fromBlob(raw.subarray(pos, pos + t.keyBytes).toString('utf8'), values);
    else {
      const n1 = t.latin1Count ?? 0, b1 = t.latin1Bytes ?? 0;
      if (n1 > t.count || b1 > t.keyBytes) throw new Error(`table ${t.name}: Latin-1 part larger than the table`);
      tables[t.name] = new SplitTable(
        SortedTable.fromBlob(raw.subarray(pos, pos + b1).toString('latin1'), values.subarray(0, n1)),
        SortedTable.fromBlob(raw.subarray(pos + b1, pos + t.keyBytes).toString('utf8'), values.subarray(n1)),
      );
    }
    pos += t.keyBytes + ((4 - (t.keyBytes % 4)) % 4);
  }
  if (pos !== raw.length || !tables.dict || !tables.gaz || !tables.clusters) throw new Error('model file sections are inconsistent');
  return {
    bucketsLog2: h.bucketsLog2,
    labels: h.labels,
    weights,
    weightScale: h.scale,
    transitions: Float32Array.from(h.transitions),
    lexicon: { dict: tables.dict, dictClasses: h.dictClasses, gaz: tables.gaz, clusters: tables.clusters, ...(tables.shapes ? { shapes: tables.shapes } : {}), ...(tables.phrases ? { phrases: tables.phrases } : {}), ...(tables.wordClasses ? { wordClasses: tables.wordClasses } : {}) },
    info: h.info,
  };
}
