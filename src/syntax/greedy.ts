/**
 * The greedy decoder of parser.ts at run time, for the shipped models (three-label transition table, dense or packed, feature
 * set 0, no beam): the same transitions, hashes and integer score sums as parse(), in about half the work. A state's
 * 88–93 feature hashes are not written out and then looked up: each is added to the three transition scores as it is
 * made, and the hashes that depend on one word only (its form, tag, morphology, class; the next buffer words) are
 * made once per sentence, not once per state. Anything else (beam models, feature set 1, sparse tables, training)
 * goes through parser.ts.
 */
import { parse, ParseState, LABEL_FEATURES, PARSER_FEATURES, type ParserInput, type ParserLabels } from './parser.js';
import type { WeightTable } from './perceptron.js';
import { popcount } from '../resources/packed-weights.js';

const NONE_W = 0x7a3c5e1f, ROOT_W = 0x1f2e3d4c;

/** hash.ts's mix, copied: a call site of its own keeps V8's type feedback for this loop monomorphic, so it is inlined
 * as integer arithmetic (twice as fast here as the shared function, which many callers feed different number kinds).
 * It returns the hash as a signed 32-bit integer: the long parse functions outgrow V8's inlining budget, and a call
 * that returns (or is passed) an unsigned value of 2^31 or more allocates a heap number for it (136 KB per German
 * article, measured with the sampling heap profiler). So the hashes here live in Int32Arrays: the same bits, the same
 * buckets (`& mask`), no heap numbers. */
function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b); h ^= h >>> 15;
  h = Math.imul(h ^ b, 0xc2b2ae35); h ^= h >>> 13;
  h = Math.imul(h ^ c, 0x27d4eb2f); h ^= h >>> 16;
  return h | 0;
}

/** Per-word hash arrays, one row of n + 2 per template below (reused between sentences). */
const enum R {
  S0W, S0P, S0WP, S1W, S1P, S1WP, B0W, B0P, B0WP, B1W, B1P, B1WP, B2P, B2W, S2P,
  LCW, LCP, RCW, RCP, BLW, BLP, LC2W, LC2P, RC2W, RC2P, BL2W, BL2P,
  S0M, B0M, S1M, PM, S0C, B0C, B1C, S1C, B0P1, B0P12, COUNT,
}

let rowsBuf = new Int32Array(0);
/** mix(template, label) for the child-label templates 47, 50, 53, 56, 59, 62 and labels -1 … 62 */
const LABEL_TEMPLATES = [47, 50, 53, 56, 59, 62];
const LABEL_HASH = new Int32Array(LABEL_TEMPLATES.length * 64);
LABEL_TEMPLATES.forEach((t, j) => { for (let l = -1; l < 63; l++) LABEL_HASH[j * 64 + l + 1] = mix(t, l); });
const FEATS = new Int32Array(LABEL_FEATURES + 2);
const STATE_FEATS = new Int32Array(PARSER_FEATURES);

/** Whether parseFast can decode with this model (else use parse()). */
export function fastParsable(table: WeightTable, labelTable: WeightTable, labels: ParserLabels): boolean {
  return (labels.beam ?? 1) <= 1 && (labels.features ?? 0) === 0 && table.labels === 3 && !table.sparse &&
    labels.deprels.length <= 62 && labelTable.sparse !== undefined;
}

function distBucket(d: number): number { return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7; }

/** parse() for greedy models of feature set 0: heads 0-based, -1 for the root word. */
export function parseFast(table: WeightTable, labelTable: WeightTable, labels: ParserLabels, x: ParserInput, scratch: Float64Array): { head: Int32Array; label: Int32Array } {
  if (!fastParsable(table, labelTable, labels)) return parse(table, labelTable, labels, x, scratch);
  const n = x.n, m = n + 2;
  const W = new Int32Array(m), P = new Int32Array(m), M = new Int32Array(m), C = new Int32Array(m);
  W.set(x.word.subarray(0, n)); P.set(x.upos.subarray(0, n)); M.set(x.morph.subarray(0, n)); C.set(x.cluster.subarray(0, n));
  W[n] = ROOT_W; W[n + 1] = NONE_W; P[n] = 100; P[n + 1] = 101; M[n] = 10000; M[n + 1] = 10001; C[n] = 1000; C[n + 1] = 1001;
  let K: Int32Array | undefined;
  if (x.coarse && x.coarse.length >= n) { K = new Int32Array(m); K.set(x.coarse.subarray(0, n)); K[n] = 1000; K[n + 1] = 1001; }
  if (rowsBuf.length < R.COUNT * m) rowsBuf = new Int32Array(R.COUNT * m * 2);
  const H = rowsBuf;
  for (let i = 0; i < m; i++) {
    const w = W[i]!, p = P[i]!, mo = M[i]!, c = C[i]!;
    H[R.S0W * m + i] = mix(1, w); H[R.S0P * m + i] = mix(2, p); H[R.S0WP * m + i] = mix(200, w, p);
    H[R.S1W * m + i] = mix(4, w); H[R.S1P * m + i] = mix(5, p); H[R.S1WP * m + i] = mix(6, w, p);
    H[R.B0W * m + i] = mix(7, w); H[R.B0P * m + i] = mix(8, p); H[R.B0WP * m + i] = mix(201, w, p);
    H[R.B1W * m + i] = mix(10, w); H[R.B1P * m + i] = mix(11, p); H[R.B1WP * m + i] = mix(12, w, p);
    H[R.B2P * m + i] = mix(13, p); H[R.B2W * m + i] = mix(14, w); H[R.S2P * m + i] = mix(15, p);
    H[R.LCW * m + i] = mix(45, w); H[R.LCP * m + i] = mix(46, p); H[R.RCW * m + i] = mix(48, w); H[R.RCP * m + i] = mix(49, p);
    H[R.BLW * m + i] = mix(51, w); H[R.BLP * m + i] = mix(52, p); H[R.LC2W * m + i] = mix(54, w); H[R.LC2P * m + i] = mix(55, p);
    H[R.RC2W * m + i] = mix(57, w); H[R.RC2P * m + i] = mix(58, p); H[R.BL2W * m + i] = mix(60, w); H[R.BL2P * m + i] = mix(61, p);
    H[R.S0M * m + i] = mix(72, mo); H[R.B0M * m + i] = mix(73, mo); H[R.S1M * m + i] = mix(74, mo); H[R.PM * m + i] = mix(0, p, mo);
    H[R.S0C * m + i] = mix(82, c, p); H[R.B0C * m + i] = mix(83, c, p); H[R.B1C * m + i] = mix(84, c, p); H[R.S1C * m + i] = mix(85, c, p);
  }
  // features of the next buffer words, by the position of b0 (b1 = b0 + 1 and b2 = b0 + 2 while they exist)
  for (let b = 0; b < m; b++) {
    const b1 = b + 1 <= n ? b + 1 : n + 1, b2 = b + 2 <= n ? b + 2 : n + 1;
    H[R.B0P1 * m + b] = mix(23, P[b]!, P[b1]!);
    H[R.B0P12 * m + b] = mix(24, P[b]!, P[b1]!, P[b2]!);
  }
  const w = table.weights, mask = (1 << table.bucketsLog2) - 1, index = table.packed?.index;
  const st = new ParseState(n);
  const stack = st.stack, La = st.label, lc1 = st.lc1, lc2 = st.lc2, rc1 = st.rc1, rc2 = st.rc2, nl = st.nl, nr = st.nr, lset = st.lset, rset = st.rset;
  const none = n + 1;
  const f = STATE_FEATS;
  while (st.sp !== 0 || st.b !== n) {
    const sp = st.sp, b = st.b;
    const s0 = sp > 0 ? stack[sp - 1]! : none, s1 = sp > 1 ? stack[sp - 2]! : none, s2 = sp > 2 ? stack[sp - 3]! : none;
    const b0 = b <= n ? b : none, b1 = b + 1 <= n ? b + 1 : none, b2 = b + 2 <= n ? b + 2 : none;
    const s0w = W[s0]!, s0p = P[s0]!, s1w = W[s1]!, s1p = P[s1]!, b0w = W[b0]!, b0p = P[b0]!, b1p = P[b1]!;
    const s0wp = H[R.S0WP * m + s0]!, b0wp = H[R.B0WP * m + b0]!;
    const s0lc = lc1[s0]!, s0rc = rc1[s0]!, b0lc = lc1[b0]!, s0lc2 = lc2[s0]!, s0rc2 = rc2[s0]!, b0lc2 = lc2[b0]!;
    const s1rc = rc1[s1]!, s1lc = lc1[s1]!;
    const d = s0 < n && b0 <= n ? distBucket(b0 - s0) : 9;
    const s0m = M[s0]!, b0m = M[b0]!, s1m = M[s1]!;
    let k = 0;
    f[k++] = H[R.S0W * m + s0]!; f[k++] = H[R.S0P * m + s0]!; f[k++] = s0wp;
    f[k++] = H[R.S1W * m + s1]!; f[k++] = H[R.S1P * m + s1]!; f[k++] = H[R.S1WP * m + s1]!;
    f[k++] = H[R.B0W * m + b0]!; f[k++] = H[R.B0P * m + b0]!; f[k++] = b0wp;
    f[k++] = H[R.B1W * m + b1]!; f[k++] = H[R.B1P * m + b1]!; f[k++] = H[R.B1WP * m + b1]!;
    f[k++] = H[R.B2P * m + b2]!; f[k++] = H[R.B2W * m + b2]!; f[k++] = H[R.S2P * m + s2]!;
    f[k++] = mix(16, s0wp, b0wp); f[k++] = mix(17, s0wp, b0w); f[k++] = mix(18, s0w, b0wp);
    f[k++] = mix(19, s0wp, b0p); f[k++] = mix(20, s0p, b0wp); f[k++] = mix(21, s0w, b0w); f[k++] = mix(22, s0p, b0p);
    f[k++] = H[R.B0P1 * m + b0]!; f[k++] = H[R.B0P12 * m + b0]!; f[k++] = mix(25, s0p, b0p, b1p);
    f[k++] = mix(26, s1p, s0p, b0p); f[k++] = mix(27, s0p, P[s0lc]!, b0p); f[k++] = mix(28, s0p, P[s0rc]!, b0p);
    f[k++] = mix(29, s0p, b0p, P[b0lc]!); f[k++] = mix(30, s1p, s0p, P[s0rc]!); f[k++] = mix(31, s1p, P[s1rc]!, s0p);
    f[k++] = mix(32, s1p, s0p, P[s0lc]!);
    f[k++] = mix(33, s0w, d); f[k++] = mix(34, s0p, d); f[k++] = mix(35, b0w, d); f[k++] = mix(36, b0p, d);
    f[k++] = mix(37, s0w, b0w, d); f[k++] = mix(38, s0p, b0p, d);
    f[k++] = mix(39, s0w, nr[s0]!); f[k++] = mix(40, s0p, nr[s0]!); f[k++] = mix(41, s0w, nl[s0]!);
    f[k++] = mix(42, s0p, nl[s0]!); f[k++] = mix(43, b0w, nl[b0]!); f[k++] = mix(44, b0p, nl[b0]!);
    f[k++] = H[R.LCW * m + s0lc]!; f[k++] = H[R.LCP * m + s0lc]!; f[k++] = LABEL_HASH[La[s0lc]! + 1]!;
    f[k++] = H[R.RCW * m + s0rc]!; f[k++] = H[R.RCP * m + s0rc]!; f[k++] = LABEL_HASH[64 + La[s0rc]! + 1]!;
    f[k++] = H[R.BLW * m + b0lc]!; f[k++] = H[R.BLP * m + b0lc]!; f[k++] = LABEL_HASH[128 + La[b0lc]! + 1]!;
    f[k++] = H[R.LC2W * m + s0lc2]!; f[k++] = H[R.LC2P * m + s0lc2]!; f[k++] = LABEL_HASH[192 + La[s0lc2]! + 1]!;
    f[k++] = H[R.RC2W * m + s0rc2]!; f[k++] = H[R.RC2P * m + s0rc2]!; f[k++] = LABEL_HASH[256 + La[s0rc2]! + 1]!;
    f[k++] = H[R.BL2W * m + b0lc2]!; f[k++] = H[R.BL2P * m + b0lc2]!; f[k++] = LABEL_HASH[320 + La[b0lc2]! + 1]!;
    f[k++] = mix(63, s0p, La[s0lc]!, La[s0lc2]!); f[k++] = mix(64, s0p, La[s0rc]!, La[s0rc2]!); f[k++] = mix(65, b0p, La[b0lc]!, La[b0lc2]!);
    f[k++] = mix(66, s0w, rset[s0]!); f[k++] = mix(67, s0p, rset[s0]!); f[k++] = mix(68, s0w, lset[s0]!);
    f[k++] = mix(69, s0p, lset[s0]!); f[k++] = mix(70, b0w, lset[b0]!); f[k++] = mix(71, b0p, lset[b0]!);
    f[k++] = H[R.S0M * m + s0]!; f[k++] = H[R.B0M * m + b0]!; f[k++] = H[R.S1M * m + s1]!; f[k++] = mix(75, s0m, b0m);
    f[k++] = mix(76, H[R.PM * m + s0]!, b0p, b0m); f[k++] = mix(77, s1m, s0m); f[k++] = mix(78, s1p, s1m, s0p);
    f[k++] = mix(79, s1w, s0w); f[k++] = mix(80, s1p, s0p); f[k++] = mix(81, s1p, P[s1lc]!, s0p);
    const s0c = C[s0]!, b0c = C[b0]!;
    f[k++] = H[R.S0C * m + s0]!; f[k++] = H[R.B0C * m + b0]!; f[k++] = H[R.B1C * m + b1]!; f[k++] = H[R.S1C * m + s1]!;
    f[k++] = mix(86, s0c, b0c); f[k++] = mix(87, s0c, b0p, d);
    if (K) {
      const s0k = K[s0]!, b0k = K[b0]!;
      f[k++] = mix(88, s0k, b0k); f[k++] = mix(89, s0k, s0p, b0p); f[k++] = mix(90, b0k, s0p, b0p); f[k++] = mix(91, K[s1]!, s0k);
      f[k++] = mix(92, s0k, K[b1]!, b0k);
    }
    let sa = 0, sb = 0, sc = 0;
    if (index) {
      // a loaded table's packed rows (PackedWeights.rowOffset, written out): a zero row costs only its bitmap word
      for (let i = 0; i < k; i++) {
        const b = f[i]! & mask, j = (b >>> 5) << 1, word = index[j]!, bit = 1 << (b & 31);
        if ((word & bit) === 0) continue;
        const o = (index[j + 1]! + popcount(word & (bit - 1))) * 3;
        sa += w[o]!; sb += w[o + 1]!; sc += w[o + 2]!;
      }
    } else for (let i = 0; i < k; i++) { const o = (f[i]! & mask) * 3; sa += w[o]!; sb += w[o + 1]!; sc += w[o + 2]!; }
    const canShift = b < n, canLeft = sp >= 1 && (b < n || sp === 1), canRight = sp >= 2;
    let kind = -1, bs = -Infinity;
    if (canShift) { kind = 0; bs = sa; }
    if (canLeft && sb > bs) { kind = 1; bs = sb; }
    if (canRight && sc > bs) { kind = 2; bs = sc; }
    if (kind === 0) { st.apply(0, -1); continue; }
    const dep = stack[sp - 1]!, h = kind === 1 ? b : stack[sp - 2]!;
    st.apply(kind, h === n ? labels.root : bestLabel(labelTable, labels, st, W, P, M, dep, h, scratch));
  }
  const head = new Int32Array(n), label = new Int32Array(n);
  for (let i = 0; i < n; i++) { const h = st.head[i]!; head[i] = h === n ? -1 : h; label[i] = La[i]!; }
  return { head, label };
}

/** parser.ts's chooseLabel for a non-root arc h -> d with sparse label rows: labelFeatures (feature set 0) summed as
 * they are made, then the best label allowed in that direction. */
function bestLabel(t: WeightTable, labels: ParserLabels, st: ParseState, W: Int32Array, P: Int32Array, M: Int32Array, d: number, h: number, out: Float64Array): number {
  const n = st.n, La = st.label, f = FEATS;
  const dw = W[d]!, dp = P[d]!, dm = M[d]!, hw = W[h]!, hp = P[h]!, hm = M[h]!;
  const dir = h > d ? 1 : 0;
  const dist = distBucket(Math.abs(h - d));
  const lc = st.lc1[d]!, rc = st.rc1[d]!;
  let m = 0;
  f[m++] = mix(100, dir);
  f[m++] = mix(101, dw, dir); f[m++] = mix(102, dp, dir); f[m++] = mix(103, dm, dp);
  f[m++] = mix(104, hw, dir); f[m++] = mix(105, hp, dir); f[m++] = mix(106, hm, hp);
  f[m++] = mix(107, dw, hp, dir); f[m++] = mix(108, dp, hw, dir); f[m++] = mix(109, dp, hp, dir);
  f[m++] = mix(110, dp, hp, dist * 4 + dir); f[m++] = mix(111, dw, hw); f[m++] = mix(112, mix(0, dp, dm), hp, hm);
  f[m++] = mix(113, dp, st.lset[d]!, st.rset[d]!); f[m++] = mix(114, dp, P[lc]!, P[rc]!);
  f[m++] = mix(115, dp, La[lc]!, La[rc]!); f[m++] = mix(116, hp, dir, h > d ? st.lset[h]! : st.rset[h]!);
  const dl = d >= 1 ? P[d - 1]! : 102, dr = P[d + 1]!;
  f[m++] = mix(117, dp, dl, dr); f[m++] = mix(118, hp, dp, dl); f[m++] = mix(119, hp, dp, dr);
  f[m++] = mix(120, dw, dp, dir); f[m++] = mix(121, hw, hp, dp);
  f[m++] = mix(122, dm, hp, dir); f[m++] = mix(123, dp, hp, h > d ? P[h + 1]! : h >= 1 ? P[h - 1]! : 102);
  f[m++] = mix(124, W[lc]!, dp); f[m++] = mix(125, dp, hp, st.nl[d]! * 8 + st.nr[d]!);
  f[m++] = mix(126, dp, d === 0 ? 1 : d === n - 1 ? 2 : 3, dir);
  f[m++] = mix(127, dw, hw, dp);
  const L = t.labels, mask = (1 << t.bucketsLog2) - 1, start = t.sparse!.start, entry = t.sparse!.entry;
  for (let l = 0; l < L; l++) out[l] = 0;
  for (let i = 0; i < m; i++) {
    const b = f[i]! & mask;
    for (let k = start[b]!, end = start[b + 1]!; k < end; k++) {
      const e = entry[k]!, l = e >>> 16;
      out[l] = out[l]! + ((e << 16) >> 16);
    }
  }
  const allowed = dir === 1 ? labels.left : labels.right, root = labels.root;
  let best = allowed[0]!, bs = -Infinity;
  for (let i = 0; i < allowed.length; i++) { const l = allowed[i]!; if (l !== root && out[l]! > bs) { bs = out[l]!; best = l; } }
  return best;
}
