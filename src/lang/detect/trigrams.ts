/**
 * franc's `francAll` (franc 6.2.0, same profiles from franc/data.js), computed faster with identical results
 * (test/langid-trigrams.test.ts compares them). franc looks every input trigram up in every candidate's object;
 * here each script's profiles are indexed once, trigram -> (language, rank) postings, so one lookup serves all
 * candidates: distance = 300 · trigrams − Σ over the trigrams a profile has of (300 − |count − rank − 1|), an
 * integer sum, so the same numbers in any order. Scores, sort and ties are franc's. Each trigram's postings list
 * the default candidates (CANDIDATES) first, so a call restricted to them skips the other languages' postings.
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { CANDIDATES } from './languages.js';

const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptIndex {
  langs: string[];
  /** open addressing on the trigram's three UTF-16 units; -1 = empty slot */
  slot: Int32Array;
  mask: number;
  /** per distinct trigram: its code units, and its postings [start, end) in lang/rank, candidates' [start, mid) */
  unit0: Uint16Array; unit1: Uint16Array; unit2: Uint16Array;
  start: Int32Array;
  mid: Int32Array;
  /** per language: one of CANDIDATES */
  candidate: Uint8Array;
  lang: Int32Array;
  rank: Int32Array;
}

const indexes = new Map<string, ScriptIndex>();

function hash3(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b) ^ Math.imul(c + 0x165667b1, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

function buildIndex(script: string): ScriptIndex {
  const profiles = (data as Record<string, Record<string, string>>)[script]!;
  const langs = Object.keys(profiles);
  const candidates = new Set(CANDIDATES);
  // trigram -> postings; a trigram listed twice in a profile keeps its first (lowest) rank, as franc does
  const postings = new Map<string, number[]>();
  langs.forEach((lang, li) => {
    const seen = new Set<string>();
    profiles[lang]!.split('|').forEach((tri, rank) => {
      if (tri.length !== 3 || seen.has(tri)) return;
      seen.add(tri);
      let p = postings.get(tri);
      if (!p) postings.set(tri, (p = []));
      p.push(li, rank);
    });
  });
  const n = postings.size;
  let cap = 16;
  while (cap < n * 2) cap *= 2;
  const ix: ScriptIndex = {
    langs, slot: new Int32Array(cap).fill(-1), mask: cap - 1,
    unit0: new Uint16Array(n), unit1: new Uint16Array(n), unit2: new Uint16Array(n), start: new Int32Array(n + 1), mid: new Int32Array(n),
    candidate: Uint8Array.from(langs, (l) => (candidates.has(l) ? 1 : 0)),
    lang: new Int32Array([...postings.values()].reduce((s, p) => s + p.length / 2, 0)), rank: new Int32Array(0),
  };
  ix.rank = new Int32Array(ix.lang.length);
  let t = 0, k = 0;
  for (const [tri, p] of postings) {
    const a = tri.charCodeAt(0), b = tri.charCodeAt(1), c = tri.charCodeAt(2);
    ix.unit0[t] = a; ix.unit1[t] = b; ix.unit2[t] = c;
    let s = hash3(a, b, c) & ix.mask;
    while (ix.slot[s]! >= 0) s = (s + 1) & ix.mask;
    ix.slot[s] = t;
    ix.start[t] = k;
    for (const first of [1, 0]) {
      if (first === 0) ix.mid[t] = k;
      for (let i = 0; i < p.length; i += 2) if (ix.candidate[p[i]!] === first) { ix.lang[k] = p[i]!; ix.rank[k] = p[i + 1]!; k++; }
    }
    t++;
  }
  ix.start[n] = k;
  return ix;
}

function lookup(ix: ScriptIndex, a: number, b: number, c: number): number {
  let s = hash3(a, b, c) & ix.mask;
  for (;;) {
    const t = ix.slot[s]!;
    if (t < 0) return -1;
    if (ix.unit0[t] === a && ix.unit1[t] === b && ix.unit2[t] === c) return t;
    s = (s + 1) & ix.mask;
  }
}

// counting the input's distinct trigrams: a reused open-addressing table (at most MAX_LENGTH + 1 trigrams)
const COUNT_CAP = 8192;
const countKey = new Float64Array(COUNT_CAP);
const countSlot = new Int32Array(COUNT_CAP).fill(-1);
const distinctKey = new Float64Array(COUNT_CAP);
const distinctCount = new Int32Array(COUNT_CAP);
const distinctSlot = new Int32Array(COUNT_CAP);

/** franc's clean(): ASCII punctuation, symbols and digits to spaces, white space collapsed, trimmed, lower case. */
function clean(value: string): string {
  return value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

const SCRIPTS = Object.keys(expressions);
const REGEXPS = SCRIPTS.map((k) => (expressions as Record<string, RegExp>)[k]!);
/**
 * Per UTF-16 unit, learnt on first sight: the one script whose expression matches it alone (its index), NONE, or
 * MANY. Without surrogates every match of franc's expressions is one unit, so counting units counts matches.
 */
const UNKNOWN = -1, NONE = -2, MANY = -3;
const unitScript = new Int8Array(0x10000).fill(UNKNOWN);
const scriptCounts = new Int32Array(SCRIPTS.length);

function scriptOfUnit(u: number): number {
  const ch = String.fromCharCode(u);
  let found = NONE;
  for (let i = 0; i < REGEXPS.length; i++) {
    const re = REGEXPS[i]!;
    re.lastIndex = 0;
    const m = re.exec(ch);
    re.lastIndex = 0;
    if (m) found = found === NONE ? i : MANY;
  }
  return found;
}

function topScript(value: string): [string | undefined, number] {
  scriptCounts.fill(0);
  let fast = true;
  for (let i = 0; i < value.length; i++) {
    const u = value.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdfff) { fast = false; break; }
    let sc = unitScript[u]!;
    if (sc === UNKNOWN) unitScript[u] = sc = scriptOfUnit(u);
    if (sc >= 0) scriptCounts[sc]!++;
    else if (sc === MANY) { fast = false; break; }
  }
  if (!fast) return topScriptByRegExp(value);
  let topCount = -1;
  let top: string | undefined;
  for (let i = 0; i < SCRIPTS.length; i++) {
    const count = scriptCounts[i]! / value.length || 0;
    if (count > topCount) { topCount = count; top = SCRIPTS[i]; }
  }
  return [top, topCount];
}

function topScriptByRegExp(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script in expressions) {
    const m = value.match((expressions as Record<string, RegExp>)[script]!);
    const count = (m ? m.length : 0) / value.length || 0;
    if (count > topCount) { topCount = count; top = script; }
  }
  return [top, topCount];
}

/** The same as franc's francAll(value, { only, minLength }) (no `ignore`). */
export function francAll(value: string, options: { only?: readonly string[]; minLength?: number } = {}): Array<[string, number]> {
  const only = options.only ?? [];
  const minLength = options.minLength ?? 10;
  if (!value || value.length < minLength) return [['und', 1]];
  value = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (!script || !(script in data)) {
    if (!script || share === 0 || (only.length > 0 && !only.includes(script))) return [['und', 1]];
    return [[script, 1]];
  }
  let ix = indexes.get(script);
  if (!ix) indexes.set(script, (ix = buildIndex(script)));

  // distinct trigrams of ' ' + clean(value) + ' ', with their counts
  const s = ` ${clean(value)} `;
  let distinct = 0;
  for (let i = 0; i + 3 <= s.length; i++) {
    const a = s.charCodeAt(i), b = s.charCodeAt(i + 1), c = s.charCodeAt(i + 2);
    const key = (a * 65536 + b) * 65536 + c;
    let h = hash3(a, b, c) & (COUNT_CAP - 1);
    for (;;) {
      const d = countSlot[h]!;
      if (d < 0) { countSlot[h] = distinct; countKey[h] = key; distinctKey[distinct] = key; distinctCount[distinct] = 1; distinctSlot[distinct] = h; distinct++; break; }
      if (countKey[h] === key) { distinctCount[d]!++; break; }
      h = (h + 1) & (COUNT_CAP - 1);
    }
  }
  const nl = ix.langs.length;
  const gain = new Float64Array(nl);
  const allowed = only.length > 0 ? new Set(only) : undefined;
  // all allowed languages default candidates: their postings suffice (the others' gains are never read)
  let candidatesOnly = allowed !== undefined;
  if (allowed) for (let li = 0; li < nl && candidatesOnly; li++) if (!ix.candidate[li] && allowed.has(ix.langs[li]!)) candidatesOnly = false;
  for (let d = 0; d < distinct; d++) {
    countSlot[distinctSlot[d]!] = -1;
    const key = distinctKey[d]!;
    const c = key % 65536, b = Math.floor(key / 65536) % 65536, a = Math.floor(key / 4294967296);
    const t = lookup(ix, a, b, c);
    if (t < 0) continue;
    const count = distinctCount[d]!;
    for (let k = ix.start[t]!, end = candidatesOnly ? ix.mid[t]! : ix.start[t + 1]!; k < end; k++) {
      let diff = count - ix.rank[k]! - 1;
      if (diff < 0) diff = -diff;
      const li = ix.lang[k]!;
      gain[li] = gain[li]! + MAX_DIFFERENCE - diff;
    }
  }
  const distances: Array<[string, number]> = [];
  for (let li = 0; li < nl; li++) {
    const lang = ix.langs[li]!;
    if (!allowed || allowed.has(lang)) distances.push([lang, MAX_DIFFERENCE * distinct - gain[li]!]);
  }
  if (distances.length === 0) return [['und', 1]];
  distances.sort((x, y) => x[1] - y[1]);
  const min = distances[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const d of distances) d[1] = 1 - (d[1] - min) / max || 0;
  return distances;
}
