/**
 * Two savings in compromise 14.17.0 with identical results, in force only during our own synchronous calls (so no
 * other user of compromise in the process ever sees them):
 *
 * 1. Its rule sweep (`methods.one.bulkMatch`) finds the rules worth trying on a comma-separated segment by testing
 *    every rule key of the net (about 1,700 words and tags) against the segment's words, then concatenating and
 *    de-duplicating; a fifth of `nlp()`'s time went there. The replacement gathers the same rules from the segment's
 *    own words and tags (a few dozen), in the same key order, and then filters and runs them as compromise does.
 * 2. The `chunks` step (noun/verb phrase chunks) is skipped: nothing we read (term tags, people(), places(),
 *    organizations()) depends on it.
 *
 * test/compromise-speed.test.ts compares term tags and names against an untouched compromise instance; another
 * version of compromise runs as it is (the savings depend on its internals).
 */
import type { Compromise } from './compromise.js';

/** The compromise version whose internals the replacement reproduces. */
export const FAST_COMPROMISE_VERSION = '14.17.0';

interface Rule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}
interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}
interface Methods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(docs: unknown[][], rule: Rule): { ptrs: number[][] };
    bulkMatch: BulkMatch;
  };
}
type BulkMatch = (document: unknown[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => Array<Rule & { pointer: number[] }>;
interface World {
  hooks: string[];
  methods: Methods;
}

/**
 * Per net: the position of each rule key in Object.keys order, the rules of each key, and for each rule the number
 * of its match string (compromise keeps one rule per match string: the first met). Built once per net.
 */
interface NetIndex {
  position: Map<string, number>;
  rules: Rule[][];
  ids: Int32Array[];
  /** Per match-string number: the last call that took it (instead of a set of strings per call). */
  taken: Int32Array;
  call: number;
}
const netIndex = new WeakMap<Record<string, Rule[]>, NetIndex>();

function indexOf(hooks: Record<string, Rule[]>): NetIndex {
  let index = netIndex.get(hooks);
  if (index) return index;
  const keys = Object.keys(hooks);
  const idOf = new Map<string, number>();
  const rules = keys.map((k) => hooks[k]!);
  const ids = rules.map((list) => Int32Array.from(list, (rule) => idOf.get(rule.match) ?? (idOf.set(rule.match, idOf.size), idOf.size - 1)));
  index = { position: new Map(keys.map((k, i) => [k, i])), rules, ids, taken: new Int32Array(idOf.size), call: 0 };
  netIndex.set(hooks, index);
  return index;
}

function applies(rule: Rule, haves: Set<string>, words: number): boolean {
  if (words < rule.minWords) return false;
  for (const x of rule.needs) if (!haves.has(x)) return false;
  if (rule.ifNo !== undefined) for (const x of rule.ifNo) if (haves.has(x)) return false;
  if (rule.wants.length === 0) return true;
  let found = 0;
  for (const x of rule.wants) if (haves.has(x)) found++;
  return found >= rule.minWant;
}

/** The rules whose key is among the segment's words and tags, in the net's key order, one per match string, that apply. */
function candidateRules(haves: Set<string>, hooks: Record<string, Rule[]>, words: number): Rule[] {
  const index = indexOf(hooks);
  const positions: number[] = [];
  for (const item of haves) {
    const at = index.position.get(item);
    if (at !== undefined) positions.push(at);
  }
  positions.sort((a, b) => a - b);
  if (index.call === 0x3fffffff) {
    // a long-running process: start the call numbers again rather than let them wrap around
    index.taken.fill(0);
    index.call = 0;
  }
  const call = ++index.call;
  const out: Rule[] = [];
  for (const at of positions) {
    const rules = index.rules[at]!;
    const ids = index.ids[at]!;
    for (let r = 0; r < rules.length; r++) {
      if (index.taken[ids[r]!] === call) continue;
      index.taken[ids[r]!] = call;
      if (applies(rules[r]!, haves, words)) out.push(rules[r]!);
    }
  }
  return out;
}

const fastBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const results: Array<Rule & { pointer: number[] }> = [];
  for (let n = 0; n < document.length; n++) {
    const haves = caches[n]!;
    const words = document[n]!.length;
    const rules = candidateRules(haves, net.hooks, words);
    for (const rule of net.always) if (words >= rule.minWords) rules.push(rule);
    for (const rule of rules) {
      const found = methods.one.match([document[n]!], rule);
      if (found.ptrs.length === 0) continue;
      for (const pointer of found.ptrs) {
        pointer[0] = n;
        // the rule's own fields (tag, unTag, reason, …) and where it matched, as compromise's tagger reads them
        results.push(Object.assign({}, rule, { pointer }));
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
};

/** compromise's compute steps without `chunks`, made once per list of steps (not on every call). */
let stepsWithoutChunks: { from: string[]; to: string[] } | undefined;

/** Runs `work` with the two savings in place when `nlp` is the version they were written for; restores it after. */
export function withFastCompromise<T>(nlp: Compromise, work: () => T): T {
  if (nlp.version !== FAST_COMPROMISE_VERSION) return work();
  const world = nlp.world() as unknown as World;
  const { hooks } = world;
  const original = world.methods.one.bulkMatch;
  if (stepsWithoutChunks?.from !== hooks) stepsWithoutChunks = { from: hooks, to: hooks.filter((h) => h !== 'chunks') };
  world.hooks = stepsWithoutChunks.to;
  world.methods.one.bulkMatch = fastBulkMatch;
  try {
    return work();
  } finally {
    world.hooks = hooks;
    world.methods.one.bulkMatch = original;
  }
}
