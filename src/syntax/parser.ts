/**
 * Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with the root token at the end of the buffer
 * (Ballesteros & Nivre 2013, so that exactly one word attaches to it) and the dynamic oracle of Goldberg & Nivre
 * (2013) for training. Two hashed linear models: one scores the three transitions SHIFT, LEFT (s0 <- b0) and
 * RIGHT (s1 -> s0) from 88 state features, the other labels each arc when it is made (28 arc features) — half the
 * work per word of scoring ~90 labelled transitions, and small enough tables to stay fast and load quickly.
 */
import { mix } from './hash.js';
import { scoreRows, type WeightTable } from './perceptron.js';

export interface ParserLabels {
  /** all relation labels; `root` among them */
  deprels: string[];
  /** label ids usable by LEFT (dependent before its head) and by RIGHT (dependent after its head) */
  left: number[];
  right: number[];
  root: number;
  /** beam width of the decoder (absent or 1: greedy); a model setting, kept in the file header */
  beam?: number;
  /** feature set: absent/0 as in models 0.2.0; 1 adds third-order tag, case-child and head label-set features */
  features?: number;
}

/** Transitions: 0 SHIFT, 1 LEFT (s0 <- b0), 2 RIGHT (s1 -> s0); the arc's label comes from a second model. */
export const ACTIONS = 3;

/** What the parser reads about each word: lower-cased form hash (WordHashes.lower, signed), UPOS id, morphology id. */
export interface ParserInput {
  n: number; word: Int32Array; upos: Int32Array; morph: Int32Array; cluster: Int32Array;
  /** the next coarser word class (WordHashes.coarse's first row), when the model uses one */
  coarse?: Int32Array;
}

/** The input padded with the root (index n) and "none" (index n + 1) so that feature code never branches. */
interface Padded { W: Uint32Array; P: Int32Array; M: Int32Array; C: Int32Array; K: Int32Array | undefined }

function pad(x: ParserInput): Padded {
  const n = x.n;
  const W = new Uint32Array(n + 2), P = new Int32Array(n + 2), M = new Int32Array(n + 2), C = new Int32Array(n + 2);
  W.set(x.word); P.set(x.upos); M.set(x.morph); C.set(x.cluster); C[n] = 1000; C[n + 1] = 1001;
  W[n] = ROOT_W; W[n + 1] = NONE_W; P[n] = 100; P[n + 1] = 101; M[n] = 10000; M[n + 1] = 10001;
  let K: Int32Array | undefined;
  if (x.coarse && x.coarse.length >= n) { K = new Int32Array(n + 2); K.set(x.coarse.subarray(0, n)); K[n] = 1000; K[n + 1] = 1001; }
  return { W, P, M, C, K };
}
const padCache = new WeakMap<ParserInput, Padded>();
function padded(x: ParserInput): Padded {
  let p = padCache.get(x);
  if (!p) padCache.set(x, (p = pad(x)));
  return p;
}

/** the most state features (88, + 5 with coarse word classes, + 5 in feature set 1) */
export const PARSER_FEATURES = 98;
const NONE_W = 0x7a3c5e1f, ROOT_W = 0x1f2e3d4c;

export class ParseState {
  readonly n: number;
  /** all the arrays below are views of this one buffer, so that a beam item is copied with one `set` */
  private readonly buf: Int32Array;
  readonly stack: Int32Array;
  sp = 0;
  b = 0;
  readonly head: Int32Array;
  readonly label: Int32Array;
  // per word (n = root, n + 1 = none)
  readonly lc1: Int32Array; readonly lc2: Int32Array; readonly rc1: Int32Array; readonly rc2: Int32Array;
  readonly nl: Int32Array; readonly nr: Int32Array; readonly lset: Int32Array; readonly rset: Int32Array;

  constructor(n: number) {
    this.n = n;
    const m = n + 2;
    const buf = (this.buf = new Int32Array(n + 1 + 10 * m));
    let o = n + 1;
    const view = (fill: number) => { const v = buf.subarray(o, (o += m)); if (fill) v.fill(fill); return v; };
    this.stack = buf.subarray(0, n + 1);
    this.head = view(-1); this.label = view(-1);
    this.lc1 = view(n + 1); this.lc2 = view(n + 1); this.rc1 = view(n + 1); this.rc2 = view(n + 1);
    this.nl = view(0); this.nr = view(0); this.lset = view(0); this.rset = view(0);
  }

  /** Become a copy of o (same sentence length). */
  copyFrom(o: ParseState): void { this.buf.set(o.buf); this.sp = o.sp; this.b = o.b; }

  get terminal(): boolean { return this.sp === 0 && this.b === this.n; }

  s(k: number): number { return this.sp > k ? this.stack[this.sp - 1 - k]! : this.n + 1; }
  /** buffer word k (n = root, n + 1 = none) */
  q(k: number): number { const i = this.b + k; return i <= this.n ? i : this.n + 1; }

  /** SHIFT (0), LEFT (1), RIGHT (2) valid in this state? */
  valid(kind: number): boolean {
    return kind === 0 ? this.b < this.n : kind === 1 ? this.sp >= 1 && (this.b < this.n || this.sp === 1) : this.sp >= 2;
  }
  /** the dependent and head of the arc that LEFT (1) or RIGHT (2) would make */
  arcDep(): number { return this.stack[this.sp - 1]!; }
  arcHead(kind: number): number { return kind === 1 ? this.b : this.stack[this.sp - 2]!; }

  apply(kind: number, lab: number): void {
    if (kind === 0) { this.stack[this.sp++] = this.b++; return; }
    const d = this.stack[--this.sp]!;
    const h = kind === 1 ? this.b : this.stack[this.sp - 1]!;
    this.head[d] = h; this.label[d] = lab;
    if (kind === 1) { this.lc2[h] = this.lc1[h]!; this.lc1[h] = d; this.nl[h] = this.nl[h]! + 1; this.lset[h] = this.lset[h]! | (1 << (lab & 31)); }
    else { this.rc2[h] = this.rc1[h]!; this.rc1[h] = d; this.nr[h] = this.nr[h]! + 1; this.rset[h] = this.rset[h]! | (1 << (lab & 31)); }
  }
}

function distBucket(d: number): number { return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7; }

/** Feature hashes of a state. */
export function parserFeatures(st: ParseState, x: ParserInput, out: Uint32Array, fs = 0): number {
  const n = st.n;
  const pd = padded(x);
  const { W: Wa, P: Pa, M: Ma, C: Ca } = pd;
  const La = st.label;
  const s0 = st.s(0), s1 = st.s(1), s2 = st.s(2), b0 = st.q(0), b1 = st.q(1), b2 = st.q(2);
  const s0w = Wa[s0]!, s0p = Pa[s0]!, s1w = Wa[s1]!, s1p = Pa[s1]!, b0w = Wa[b0]!, b0p = Pa[b0]!, b1w = Wa[b1]!, b1p = Pa[b1]!, b2p = Pa[b2]!;
  const s0wp = mix(200, s0w, s0p), b0wp = mix(201, b0w, b0p);
  const s0lc = st.lc1[s0]!, s0rc = st.rc1[s0]!, b0lc = st.lc1[b0]!, s0lc2 = st.lc2[s0]!, s0rc2 = st.rc2[s0]!, b0lc2 = st.lc2[b0]!;
  const s1rc = st.rc1[s1]!, s1lc = st.lc1[s1]!;
  const d = s0 < n && b0 <= n ? distBucket(b0 - s0) : 9;
  const s0m = Ma[s0]!, b0m = Ma[b0]!, s1m = Ma[s1]!;
  let m = 0;
  out[m++] = mix(1, s0w); out[m++] = mix(2, s0p); out[m++] = s0wp;
  out[m++] = mix(4, s1w); out[m++] = mix(5, s1p); out[m++] = mix(6, s1w, s1p);
  out[m++] = mix(7, b0w); out[m++] = mix(8, b0p); out[m++] = b0wp;
  out[m++] = mix(10, b1w); out[m++] = mix(11, b1p); out[m++] = mix(12, b1w, b1p);
  out[m++] = mix(13, b2p); out[m++] = mix(14, Wa[b2]!); out[m++] = mix(15, Pa[s2]!);
  out[m++] = mix(16, s0wp, b0wp); out[m++] = mix(17, s0wp, b0w); out[m++] = mix(18, s0w, b0wp);
  out[m++] = mix(19, s0wp, b0p); out[m++] = mix(20, s0p, b0wp); out[m++] = mix(21, s0w, b0w); out[m++] = mix(22, s0p, b0p);
  out[m++] = mix(23, b0p, b1p); out[m++] = mix(24, b0p, b1p, b2p); out[m++] = mix(25, s0p, b0p, b1p);
  out[m++] = mix(26, s1p, s0p, b0p); out[m++] = mix(27, s0p, Pa[s0lc]!, b0p); out[m++] = mix(28, s0p, Pa[s0rc]!, b0p);
  out[m++] = mix(29, s0p, b0p, Pa[b0lc]!); out[m++] = mix(30, s1p, s0p, Pa[s0rc]!); out[m++] = mix(31, s1p, Pa[s1rc]!, s0p);
  out[m++] = mix(32, s1p, s0p, Pa[s0lc]!);
  out[m++] = mix(33, s0w, d); out[m++] = mix(34, s0p, d); out[m++] = mix(35, b0w, d); out[m++] = mix(36, b0p, d);
  out[m++] = mix(37, s0w, b0w, d); out[m++] = mix(38, s0p, b0p, d);
  out[m++] = mix(39, s0w, st.nr[s0]!); out[m++] = mix(40, s0p, st.nr[s0]!); out[m++] = mix(41, s0w, st.nl[s0]!);
  out[m++] = mix(42, s0p, st.nl[s0]!); out[m++] = mix(43, b0w, st.nl[b0]!); out[m++] = mix(44, b0p, st.nl[b0]!);
  out[m++] = mix(45, Wa[s0lc]!); out[m++] = mix(46, Pa[s0lc]!); out[m++] = mix(47, La[s0lc]!);
  out[m++] = mix(48, Wa[s0rc]!); out[m++] = mix(49, Pa[s0rc]!); out[m++] = mix(50, La[s0rc]!);
  out[m++] = mix(51, Wa[b0lc]!); out[m++] = mix(52, Pa[b0lc]!); out[m++] = mix(53, La[b0lc]!);
  out[m++] = mix(54, Wa[s0lc2]!); out[m++] = mix(55, Pa[s0lc2]!); out[m++] = mix(56, La[s0lc2]!);
  out[m++] = mix(57, Wa[s0rc2]!); out[m++] = mix(58, Pa[s0rc2]!); out[m++] = mix(59, La[s0rc2]!);
  out[m++] = mix(60, Wa[b0lc2]!); out[m++] = mix(61, Pa[b0lc2]!); out[m++] = mix(62, La[b0lc2]!);
  out[m++] = mix(63, s0p, La[s0lc]!, La[s0lc2]!); out[m++] = mix(64, s0p, La[s0rc]!, La[s0rc2]!); out[m++] = mix(65, b0p, La[b0lc]!, La[b0lc2]!);
  out[m++] = mix(66, s0w, st.rset[s0]!); out[m++] = mix(67, s0p, st.rset[s0]!); out[m++] = mix(68, s0w, st.lset[s0]!);
  out[m++] = mix(69, s0p, st.lset[s0]!); out[m++] = mix(70, b0w, st.lset[b0]!); out[m++] = mix(71, b0p, st.lset[b0]!);
  out[m++] = mix(72, s0m); out[m++] = mix(73, b0m); out[m++] = mix(74, s1m); out[m++] = mix(75, s0m, b0m);
  out[m++] = mix(76, mix(0, s0p, s0m), b0p, b0m); out[m++] = mix(77, s1m, s0m); out[m++] = mix(78, s1p, s1m, s0p);
  out[m++] = mix(79, s1w, s0w); out[m++] = mix(80, s1p, s0p); out[m++] = mix(81, s1p, Pa[s1lc]!, s0p);
  const s0c = Ca[s0]!, b0c = Ca[b0]!;
  out[m++] = mix(82, s0c, s0p); out[m++] = mix(83, b0c, b0p); out[m++] = mix(84, Ca[b1]!, b1p); out[m++] = mix(85, Ca[s1]!, s1p);
  out[m++] = mix(86, s0c, b0c); out[m++] = mix(87, s0c, b0p, d);
  const Ka = pd.K;
  if (Ka) {
    const s0k = Ka[s0]!, b0k = Ka[b0]!;
    out[m++] = mix(88, s0k, b0k); out[m++] = mix(89, s0k, s0p, b0p); out[m++] = mix(90, b0k, s0p, b0p); out[m++] = mix(91, Ka[s1]!, s0k);
    out[m++] = mix(92, s0k, Ka[b1]!, b0k);
  }
  if (fs >= 1) {
    // third-order tag trigrams (Zhang & Nivre 2011); the farthest left child's form (German: article or preposition = case)
    out[m++] = mix(93, s0p, Pa[s0lc]!, Pa[s0lc2]!); out[m++] = mix(94, s0p, Pa[s0rc]!, Pa[s0rc2]!); out[m++] = mix(95, b0p, Pa[b0lc]!, Pa[b0lc2]!);
    out[m++] = mix(96, Wa[s0lc]!, s0p, b0p); out[m++] = mix(97, Wa[b0lc]!, b0p, s0p);
  }
  return m;
}

/** the most arc features (28, + 4 in feature set 1) */
export const LABEL_FEATURES = 32;

/** Feature hashes for labelling the arc h -> d (h = n is the root). */
export function labelFeatures(st: ParseState, x: ParserInput, d: number, h: number, out: Uint32Array, fs = 0): number {
  const n = st.n;
  const { W: Wa, P: Pa, M: Ma } = padded(x);
  const La = st.label;
  const dw = Wa[d]!, dp = Pa[d]!, dm = Ma[d]!, hw = Wa[h]!, hp = Pa[h]!, hm = Ma[h]!;
  const dir = h === n ? 2 : h > d ? 1 : 0;
  const dist = h === n ? 9 : distBucket(Math.abs(h - d));
  let m = 0;
  out[m++] = mix(100, dir);
  out[m++] = mix(101, dw, dir); out[m++] = mix(102, dp, dir); out[m++] = mix(103, dm, dp);
  out[m++] = mix(104, hw, dir); out[m++] = mix(105, hp, dir); out[m++] = mix(106, hm, hp);
  out[m++] = mix(107, dw, hp, dir); out[m++] = mix(108, dp, hw, dir); out[m++] = mix(109, dp, hp, dir);
  out[m++] = mix(110, dp, hp, dist * 4 + dir); out[m++] = mix(111, dw, hw); out[m++] = mix(112, mix(0, dp, dm), hp, hm);
  out[m++] = mix(113, dp, st.lset[d]!, st.rset[d]!); out[m++] = mix(114, dp, Pa[st.lc1[d]!]!, Pa[st.rc1[d]!]!);
  out[m++] = mix(115, dp, La[st.lc1[d]!]!, La[st.rc1[d]!]!); out[m++] = mix(116, hp, dir, h > d ? st.lset[h]! : st.rset[h]!);
  const dl = d >= 1 ? Pa[d - 1]! : 102, dr = Pa[d + 1]!;
  out[m++] = mix(117, dp, dl, dr); out[m++] = mix(118, hp, dp, dl); out[m++] = mix(119, hp, dp, dr);
  out[m++] = mix(120, dw, dp, dir); out[m++] = mix(121, hw, hp, dp);
  out[m++] = mix(122, dm, hp, dir); out[m++] = mix(123, dp, hp, h === n ? 1 : h > d ? Pa[h + 1]! : h >= 1 ? Pa[h - 1]! : 102);
  out[m++] = mix(124, Wa[st.lc1[d]!]!, dp); out[m++] = mix(125, dp, hp, st.nl[d]! * 8 + st.nr[d]!);
  out[m++] = mix(126, dp, d === 0 ? 1 : d === n - 1 ? 2 : 3, dir);
  out[m++] = mix(127, dw, hw, dp);
  if (fs >= 1) {
    // the head's relations on both sides ("lobte" already has a subject on its left), the dependent's article/preposition
    out[m++] = mix(128, dp, dir, st.lset[h]!); out[m++] = mix(129, dp, dir, st.rset[h]!);
    const cw = Wa[st.lc1[d]!]!;
    out[m++] = mix(130, cw, hp, dir); out[m++] = mix(131, dm, cw, hp);
  }
  return m;
}

/** The best label for the arc h -> d among the labels allowed in that direction. */
export function chooseLabel(table: WeightTable, labels: ParserLabels, st: ParseState, x: ParserInput, d: number, h: number, f: Uint32Array, scratch: Float64Array): number {
  if (h === st.n) return labels.root;
  const k = labelFeatures(st, x, d, h, f, labels.features);
  scoreRows(table, f, k, scratch);
  const allowed = h > d ? labels.left : labels.right;
  let best = allowed[0]!, bs = -Infinity;
  for (const l of allowed) if (l !== labels.root && scratch[l]! > bs) { bs = scratch[l]!; best = l; }
  return best;
}

const PARSE_BUF = new Uint32Array(PARSER_FEATURES + LABEL_FEATURES + 2);

function result(st: ParseState): { head: Int32Array; label: Int32Array } {
  const n = st.n, head = new Int32Array(n), label = new Int32Array(n);
  for (let i = 0; i < n; i++) { const h = st.head[i]!; head[i] = h === n ? -1 : h; label[i] = st.label[i]!; }
  return { head, label };
}

/** Parse one sentence (greedily, or with the model's beam); heads are 0-based word indices, -1 for the root word. */
export function parse(table: WeightTable, labelTable: WeightTable, labels: ParserLabels, x: ParserInput, scratch: Float64Array): { head: Int32Array; label: Int32Array } {
  const beam = labels.beam ?? 1;
  if (beam > 1) return result(beamSearch(table, labelTable, labels, x, scratch, beam));
  const st = new ParseState(x.n);
  const f = PARSE_BUF;
  while (!st.terminal) {
    const k = parserFeatures(st, x, f, labels.features);
    scoreRows(table, f, k, scratch);
    const canShift = st.b < st.n, canLeft = st.sp >= 1 && (st.b < st.n || st.sp === 1), canRight = st.sp >= 2;
    let kind = -1, bs = -Infinity;
    if (canShift) { kind = 0; bs = scratch[0]!; }
    if (canLeft && scratch[1]! > bs) { kind = 1; bs = scratch[1]!; }
    if (canRight && scratch[2]! > bs) { kind = 2; bs = scratch[2]!; }
    if (kind === 0) { st.apply(0, -1); continue; }
    const d = st.stack[st.sp - 1]!, h = kind === 1 ? st.b : st.stack[st.sp - 2]!;
    st.apply(kind, chooseLabel(labelTable, labels, st, x, d, h, f, scratch));
  }
  return result(st);
}

/** What global training (train/beam.ts) needs from the beam search. */
export interface BeamHooks {
  /** the label of the arc h -> d, or -1 for the labeller's choice (training: the gold label of a gold arc) */
  label(d: number, h: number): number;
  /** after step t: the beam, best first; item k came from item parent[k] of the previous beam by act[k] (label lab[k]) */
  step(t: number, size: number, score: Float64Array, parent: Int32Array, act: Int32Array, lab: Int32Array): void;
}

/**
 * Beam search over transition sequences scored by the sum of their transition scores. Every sequence has 2n steps
 * (n SHIFTs, n arcs), so the items stay in step. Arcs are labelled by the labeller when the item that makes them
 * survives the cut (a label does not change the score of its own step). Returns the best final state.
 */
export function beamSearch(table: WeightTable, labelTable: WeightTable, labels: ParserLabels, x: ParserInput, scratch: Float64Array, B: number, hooks?: BeamHooks): ParseState {
  const n = x.n, f = PARSE_BUF;
  let cur: ParseState[] = [], next: ParseState[] = [];
  for (let k = 0; k < B; k++) { cur.push(new ParseState(n)); next.push(new ParseState(n)); }
  let score = new Float64Array(B), nscore = new Float64Array(B);
  const cs = new Float64Array(3 * B), ci = new Int32Array(3 * B), sel = new Int32Array(B);
  const parent = new Int32Array(B), act = new Int32Array(B), lab = new Int32Array(B);
  let size = 1;
  for (let t = 0; t < 2 * n; t++) {
    let nc = 0;
    for (let k = 0; k < size; k++) {
      const st = cur[k]!;
      const m = parserFeatures(st, x, f, labels.features);
      scoreRows(table, f, m, scratch);
      for (let a = 0; a < ACTIONS; a++) if (st.valid(a)) { cs[nc] = score[k]! + scratch[a]!; ci[nc++] = k * ACTIONS + a; }
    }
    // the B best candidates, best first; on a tie the earlier candidate (better parent, lower action) wins
    let top = 0;
    for (let c = 0; c < nc; c++) {
      const v = cs[c]!;
      if (top === B && v <= cs[sel[B - 1]!]!) continue;
      let j = top < B ? top++ : B - 1;
      while (j > 0 && cs[sel[j - 1]!]! < v) { sel[j] = sel[j - 1]!; j--; }
      sel[j] = c;
    }
    for (let j = 0; j < top; j++) {
      const c = sel[j]!, k = (ci[c]! / ACTIONS) | 0, a = ci[c]! - k * ACTIONS;
      const st = next[j]!;
      st.copyFrom(cur[k]!);
      let l = -1;
      if (a !== 0) {
        const d = st.arcDep(), h = st.arcHead(a);
        if (hooks) l = hooks.label(d, h);
        if (l < 0) l = chooseLabel(labelTable, labels, st, x, d, h, f, scratch);
      }
      st.apply(a, l);
      nscore[j] = cs[c]!; parent[j] = k; act[j] = a; lab[j] = l;
    }
    [cur, next] = [next, cur]; [score, nscore] = [nscore, score];
    size = top;
    hooks?.step(t, size, score, parent, act, lab);
  }
  return cur[0]!;
}

/**
 * Costs (gold arcs made unreachable) of SHIFT, LEFT and RIGHT in state st for the projective gold tree `gold`
 * (gold[i] = head index, n = root).
 */
export function oracleCosts(st: ParseState, gold: Int32Array): [number, number, number] {
  const n = st.n, sp = st.sp, b = st.b;
  const s0 = sp >= 1 ? st.stack[sp - 1]! : -1, s1 = sp >= 2 ? st.stack[sp - 2]! : -1;
  const inBuffer = (i: number) => i >= b && i <= n;
  let shift = Infinity, left = Infinity, right = Infinity;
  if (b < n) {
    shift = 0;
    const h = gold[b]!;
    if (h === n) { if (sp >= 1) shift++; }
    else for (let j = 0; j < sp - 1; j++) if (st.stack[j] === h) { shift++; break; }
    for (let j = 0; j < sp; j++) if (gold[st.stack[j]!] === b) shift++;
  }
  if (sp >= 1) {
    let deps = 0;
    for (let i = b; i < n; i++) if (gold[i] === s0) deps++;
    const h = gold[s0]!;
    const reachable = h === n ? sp === 1 : inBuffer(h) || h === s1;
    if (b < n || sp === 1) left = deps + (h !== b && reachable ? 1 : 0);
    if (sp >= 2) right = deps + (h !== s1 && reachable ? 1 : 0);
  }
  return [shift, left, right];
}
