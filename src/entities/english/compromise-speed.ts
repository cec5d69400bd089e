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
  unTag?: unknown;
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

/** Per net: the position of each rule key in Object.keys order, and the rules of each key (built once per net). */
const keyIndex = new WeakMap<Record<string, Rule[]>, { position: Map<string, number>; rules: Rule[][] }>();

/** The rules whose key is among the segment's words and tags, in the net's key order, each rule once. */
function candidateRules(haves: Set<string>, hooks: Record<string, Rule[]>): Rule[] {
  let index = keyIndex.get(hooks);
  if (!index) {
    const keys = Object.keys(hooks);
    index = { position: new Map(keys.map((k, i) => [k, i])), rules: keys.map((k) => hooks[k]!) };
    keyIndex.set(hooks, index);
  }
  const positions: number[] = [];
  for (const item of haves) {
    const at = index.position.get(item);
    if (at !== undefined) positions.push(at);
  }
  positions.sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: Rule[] = [];
  for (const at of positions) {
    for (const rule of index.rules[at]!) {
      if (seen.has(rule.match)) continue;
      seen.add(rule.match);
      out.push(rule);
    }
  }
  return out;
}

const applies = (rule: Rule, haves: Set<string>, words: number): boolean =>
  rule.needs.every((x) => haves.has(x)) &&
  !(rule.ifNo !== undefined && rule.ifNo.some((x) => haves.has(x))) &&
  (rule.wants.length === 0 || rule.wants.filter((x) => haves.has(x)).length >= rule.minWant) &&
  words >= rule.minWords;

const fastBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const results: Array<Rule & { pointer: number[] }> = [];
  for (let n = 0; n < document.length; n++) {
    const haves = caches[n]!;
    const words = document[n]!.length;
    const rules = candidateRules(haves, net.hooks).filter((rule) => applies(rule, haves, words));
    for (const rule of net.always) if (words >= rule.minWords) rules.push(rule);
    for (const rule of rules) {
      const found = methods.one.match([document[n]!], rule);
      if (found.ptrs.length === 0) continue;
      for (const pointer of found.ptrs) {
        pointer[0] = n;
        const todo = Object.assign({}, rule, { pointer });
        if (rule.unTag !== undefined) todo.unTag = rule.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
};

/** Runs `work` with the two savings in place when `nlp` is the version they were written for; restores it after. */
export function withFastCompromise<T>(nlp: Compromise, work: () => T): T {
  if (nlp.version !== FAST_COMPROMISE_VERSION) return work();
  const world = nlp.world() as unknown as World;
  const { hooks } = world;
  const original = world.methods.one.bulkMatch;
  world.hooks = hooks.filter((h) => h !== 'chunks');
  world.methods.one.bulkMatch = fastBulkMatch;
  try {
    return work();
  } finally {
    world.hooks = hooks;
    world.methods.one.bulkMatch = original;
  }
}
