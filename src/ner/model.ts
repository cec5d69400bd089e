/** The NER model: hashed weight table + transitions + compiled lexicon, and its binary file format. */
import { gzipSync, gunzipSync } from 'node:zlib';
import type { Lexicon, WordTable } from './features.js';
import { LABELS } from './labels.js';

export interface NerModel {
  bucketsLog2: number;
  labels: string[];
  /** buckets x labels emission weights. */
  weights: Float32Array;
  /** (labels + 1) x labels transition weights; row `labels.length` is the sentence start. */
  transitions: Float32Array;
  lexicon: Lexicon;
  /** Free-form build information stored in the file header. */
  info: Record<string, unknown>;
}

const MAGIC = 'EREIGNISNER1';

/** Sorted keys in one string + values; binary search on lookup. Loads in milliseconds where a Map of 600k keys takes 100s of ms. */
export class SortedTable implements WordTable {
  private constructor(private readonly blob: string, private readonly starts: Int32Array, private readonly values: Int32Array) {}
  get size(): number { return this.values.length; }

  static fromBlob(blob: string, values: Int32Array): SortedTable {
    const starts = new Int32Array(values.length + 1);
    let pos = 0;
    for (let i = 0; i < values.length; i++) { starts[i] = pos; const nl = blob.indexOf('\n', pos); pos = nl < 0 ? blob.length + 1 : nl + 1; }
    starts[values.length] = blob.length + 1;
    return new SortedTable(blob, starts, values);
  }

  get(key: string): number | undefined {
    let lo = 0, hi = this.values.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.blob.slice(this.starts[mid]!, this.starts[mid + 1]! - 1);
      if (k === key) return this.values[mid];
      if (k < key) lo = mid + 1; else hi = mid - 1;
    }
    return undefined;
  }

  *entries(): Iterable<[string, number]> {
    for (let i = 0; i < this.values.length; i++) yield [this.blob.slice(this.starts[i]!, this.starts[i + 1]! - 1), this.values[i]!];
  }
}

/** Keys sorted by UTF-16 code units (the order `<` uses), newline-joined, plus values. */
function packTable(t: WordTable): { keys: Buffer; values: Int32Array } {
  const e = [...t.entries()].filter(([k]) => !k.includes('\n')).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { keys: Buffer.from(e.map((x) => x[0]).join('\n'), 'utf8'), values: Int32Array.from(e, (x) => x[1]) };
}

/** Serialise deterministically: JSON header + int16-quantised weights, gzip level 9 (no timestamps). */
export function serializeModel(model: NerModel): Buffer {
  let maxAbs = 0;
  for (const w of model.weights) { const a = Math.abs(w); if (a > maxAbs) maxAbs = a; }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const tables = (['dict', 'gaz', 'clusters'] as const).map((name) => [name, packTable(model.lexicon[name])] as const);
  const header = JSON.stringify({
    bucketsLog2: model.bucketsLog2,
    labels: model.labels,
    scale,
    transitions: Array.from(model.transitions, (x) => Math.round(x * 1e4) / 1e4),
    dictClasses: model.lexicon.dictClasses,
    tables: tables.map(([name, t]) => ({ name, keyBytes: t.keys.length, count: t.values.length })),
    info: model.info,
  });
  const headerBuf = Buffer.from(header, 'utf8');
  const pad = (MAGIC.length + 4 + headerBuf.length) % 2;
  const q = new Int16Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i]! / scale);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(headerBuf.length);
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), len, headerBuf, Buffer.alloc(pad), Buffer.from(q.buffer, q.byteOffset, q.byteLength)];
  for (const [, t] of tables) parts.push(Buffer.from(t.values.buffer, t.values.byteOffset, t.values.byteLength), t.keys, Buffer.alloc((4 - (t.keys.length % 4)) % 4));
  const raw = Buffer.concat(parts);
  return gzipSync(raw, { level: 9 });
}

export function deserializeModel(file: Buffer): NerModel {
  const raw = gunzipSync(file);
  if (raw.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error('not an ereignis NER model file');
  const hlen = raw.readUInt32LE(MAGIC.length);
  const hstart = MAGIC.length + 4;
  const h = JSON.parse(raw.subarray(hstart, hstart + hlen).toString('utf8')) as {
    bucketsLog2: number; labels: string[]; scale: number; transitions: number[]; dictClasses: string[];
    tables: Array<{ name: string; keyBytes: number; count: number }>; info: Record<string, unknown>;
  };
  if (h.labels.join() !== LABELS.join()) throw new Error(`model label set ${h.labels.join()} differs from ${LABELS.join()}`);
  const wstart = hstart + hlen + ((hstart + hlen) % 2);
  const n = (1 << h.bucketsLog2) * h.labels.length;
  if (raw.length < wstart + n * 2) throw new Error(`weight table has ${raw.length - wstart} bytes, expected ${n * 2}`);
  const aligned = new Int16Array(n);
  new Uint8Array(aligned.buffer).set(raw.subarray(wstart, wstart + n * 2));
  const tables: Record<string, SortedTable> = {};
  let pos = wstart + n * 2;
  for (const t of h.tables) {
    const values = new Int32Array(t.count);
    new Uint8Array(values.buffer).set(raw.subarray(pos, pos + t.count * 4));
    pos += t.count * 4;
    tables[t.name] = SortedTable.fromBlob(raw.subarray(pos, pos + t.keyBytes).toString('utf8'), values);
    pos += t.keyBytes + ((4 - (t.keyBytes % 4)) % 4);
  }
  if (pos !== raw.length || !tables.dict || !tables.gaz || !tables.clusters) throw new Error('model file sections are inconsistent');
  const weights = new Float32Array(n);
  for (let i = 0; i < n; i++) weights[i] = aligned[i]! * h.scale;
  return {
    bucketsLog2: h.bucketsLog2,
    labels: h.labels,
    weights,
    transitions: Float32Array.from(h.transitions),
    lexicon: { dict: tables.dict, dictClasses: h.dictClasses, gaz: tables.gaz, clusters: tables.clusters },
    info: h.info,
  };
}
