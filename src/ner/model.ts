/** The NER model: hashed weight table + transitions + compiled lexicon, and its binary file format. */
import { gzipSync, gunzipSync } from 'node:zlib';
import type { Lexicon } from './features.js';
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

function packMap(m: Map<string, number>): Record<string, string> {
  const groups = new Map<number, string[]>();
  for (const [k, v] of [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    let g = groups.get(v);
    if (!g) groups.set(v, (g = []));
    g.push(k);
  }
  const out: Record<string, string> = {};
  for (const v of [...groups.keys()].sort((a, b) => a - b)) out[String(v)] = groups.get(v)!.join('\n');
  return out;
}

function unpackMap(o: Record<string, string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [v, forms] of Object.entries(o)) {
    const n = Number(v);
    if (forms) for (const f of forms.split('\n')) m.set(f, n);
  }
  return m;
}

/** Serialise deterministically: JSON header + int16-quantised weights, gzip level 9 (no timestamps). */
export function serializeModel(model: NerModel): Buffer {
  let maxAbs = 0;
  for (const w of model.weights) { const a = Math.abs(w); if (a > maxAbs) maxAbs = a; }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const header = JSON.stringify({
    bucketsLog2: model.bucketsLog2,
    labels: model.labels,
    scale,
    transitions: Array.from(model.transitions, (x) => Math.round(x * 1e4) / 1e4),
    dictClasses: model.lexicon.dictClasses,
    dict: packMap(model.lexicon.dict),
    gaz: packMap(model.lexicon.gaz),
    clusters: packMap(model.lexicon.clusters),
    info: model.info,
  });
  const headerBuf = Buffer.from(header, 'utf8');
  const pad = (MAGIC.length + 4 + headerBuf.length) % 2;
  const q = new Int16Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i]! / scale);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(headerBuf.length);
  const raw = Buffer.concat([Buffer.from(MAGIC, 'latin1'), len, headerBuf, Buffer.alloc(pad), Buffer.from(q.buffer, q.byteOffset, q.byteLength)]);
  return gzipSync(raw, { level: 9 });
}

export function deserializeModel(file: Buffer): NerModel {
  const raw = gunzipSync(file);
  if (raw.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error('not an ereignis NER model file');
  const hlen = raw.readUInt32LE(MAGIC.length);
  const hstart = MAGIC.length + 4;
  const h = JSON.parse(raw.subarray(hstart, hstart + hlen).toString('utf8')) as {
    bucketsLog2: number; labels: string[]; scale: number; transitions: number[]; dictClasses: string[];
    dict: Record<string, string>; gaz: Record<string, string>; clusters: Record<string, string>; info: Record<string, unknown>;
  };
  if (h.labels.join() !== LABELS.join()) throw new Error(`model label set ${h.labels.join()} differs from ${LABELS.join()}`);
  const wstart = hstart + hlen + ((hstart + hlen) % 2);
  const n = (1 << h.bucketsLog2) * h.labels.length;
  if (raw.length - wstart !== n * 2) throw new Error(`weight table has ${raw.length - wstart} bytes, expected ${n * 2}`);
  const aligned = new Int16Array(n);
  new Uint8Array(aligned.buffer).set(raw.subarray(wstart));
  const weights = new Float32Array(n);
  for (let i = 0; i < n; i++) weights[i] = aligned[i]! * h.scale;
  return {
    bucketsLog2: h.bucketsLog2,
    labels: h.labels,
    weights,
    transitions: Float32Array.from(h.transitions),
    lexicon: { dict: unpackMap(h.dict), dictClasses: h.dictClasses, gaz: unpackMap(h.gaz), clusters: unpackMap(h.clusters) },
    info: h.info,
  };
}
