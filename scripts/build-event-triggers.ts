/**
 * Derives English verb triggers from the CAMEO 2.0 verb dictionary (PETRARCH/Phoenix, Open Event Data Alliance,
 * MIT) and writes them into models/events/en.json as entries marked "derived": "cameo-2.0" (hand-written entries
 * are kept unchanged; derived ones are dropped and rebuilt on every run, so the output is deterministic).
 *
 *   npm run build:event-triggers            derive + rewrite en.json
 *   npm run build:event-triggers -- --list  print the derived forms per type, write nothing
 *   npm run build:event-triggers -- --check exit 1 when models/events/en.json is not what this script writes
 *
 * What is taken: the verb synsets of the dictionary's verb blocks (a block header's code, or a verb's own code)
 * and their inflections (the irregular forms given in braces, else regular -s/-ed/-ing as PETRARCH generates
 * them, with English spelling rules), for the CAMEO roots listed in scripts/data/event-trigger-review.json.
 * Particle verbs ("+LASH_OUT") become multi-word forms; the dictionary's object patterns ("- * SANCTIONS
 * [163]") are left out (the extractor has no object slots). Every form passes the reviewed exclusion list in the
 * same file (forms and verbs whose common senses are not the event), and forms the hand-written lexicon already
 * has are not derived again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawTrigger } from '../src/events/lexicon.js';
import { sharedData } from './lib/shared-data.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MODELS = join(ROOT, 'models', 'events');
const DICT = join(sharedData(), 'cameo-phoenix-dictionaries', 'CAMEO.2.0.txt');
const REVIEW = join(ROOT, 'scripts', 'data', 'event-trigger-review.json');
const listOnly = process.argv.includes('--list');
const checkOnly = process.argv.includes('--check');

interface Review {
  description: string;
  /** CAMEO roots (2 digits) whose verbs are derived. */
  roots: string[];
  /** Verb lemma (upper case, as in the dictionary) → CAMEO code that replaces the dictionary's, with the reason. */
  recode: Record<string, { code: string; type?: string; why: string }>;
  /** Verb lemmas left out entirely, grouped by reason. */
  excludeVerbs: Record<string, string[]>;
  /** Single word forms left out, grouped by reason (other forms of the verb stay). */
  excludeForms: Record<string, string[]>;
  strength: number;
}
interface RawLexicon {
  language: string;
  description: string;
  triggers: Array<RawTrigger & { derived?: string }>;
  /** Lists of words, and objects of lists (factuality, agents). */
  cues: Record<string, unknown>;
  /** Other keys (frames) are written back as they are. */
  [key: string]: unknown;
}
interface RawTypes {
  types: Record<string, { cameo: string }>;
}

const review = JSON.parse(readFileSync(REVIEW, 'utf8')) as Review;
const types = (JSON.parse(readFileSync(join(MODELS, 'types.json'), 'utf8')) as RawTypes).types;
const lexFile = join(MODELS, 'en.json');
const lex = JSON.parse(readFileSync(lexFile, 'utf8')) as RawLexicon;

const VOWEL = /[aeiou]/;
/** Regular inflections of an English verb: 3rd person -s, past/participle -ed, -ing. */
function inflect(base: string): string[] {
  const out = [base];
  const n = base.length;
  const last = base[n - 1]!;
  const prev = base[n - 2] ?? '';
  if (last === 'y' && !VOWEL.test(prev)) {
    const stem = base.slice(0, -1);
    return [base, `${stem}ies`, `${stem}ied`, `${base}ing`];
  }
  out.push(/(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`);
  if (base.endsWith('ie')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -2)}ying`];
  if (last === 'e') {
    out.push(`${base}d`, base.endsWith('ee') ? `${base}ing` : `${base.slice(0, -1)}ing`);
    return out;
  }
  // One-syllable consonant-vowel-consonant verbs double the consonant ("ban" → "banned", "stab" → "stabbing").
  const syllables = base.match(/[aeiouy]+/g)?.length ?? 0;
  if (syllables === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(base)) {
    out.push(`${base}${last}ed`, `${base}${last}ing`);
    return out;
  }
  out.push(`${base}ed`, `${base}ing`);
  return out;
}

interface Derived { lemma: string; code: string; forms: string[] }

/** Verb synsets of CAMEO.2.0.txt with their codes (block default or the verb's own). */
function readDictionary(): Derived[] {
  const lines = readFileSync(DICT, 'latin1').split('\n');
  const start = lines.findIndex((l) => l.startsWith('####### VERB PATTERNS'));
  const end = lines.findIndex((l) => l.startsWith('######## TRANSFORMATIONS'));
  const out: Derived[] = [];
  let block: string | undefined;
  for (const line of lines.slice(start, end)) {
    const header = /^---\s+\S+\s+\[([^\]]*)\]/.exec(line);
    if (header) {
      const code = header[1]!.split(':')[0]!;
      block = /^\d+$/.test(code) ? code : undefined;
      continue;
    }
    if (!line || '-#&'.includes(line[0]!)) continue;
    const verb = /^(\+?)([A-Z][A-Z_']*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/.exec(line);
    if (!verb) continue;
    const code = verb[4] ? verb[4].slice(1, -1).split(':')[0]! : block;
    if (!code || !/^\d+$/.test(code)) continue;
    const lemma = verb[2]!.replace(/_$/, '');
    const irregular = verb[3] ? verb[3].slice(1, -1).trim().split(/\s+/).map((f) => f.replace(/^\+/, '')).filter(Boolean) : [];
    const words = lemma.toLowerCase().split('_');
    // Phrase fragments ("KILLED_AND", "KIDNAPPED_AND_KILLED") are pattern glue, not verbs.
    if (words.length > 1 && (/^(and|or)$/.test(words[words.length - 1]!) || words.includes('and'))) continue;
    let forms: string[];
    if (verb[1] && words.length > 1) {
      // Particle verb: inflect the first word, keep the rest ("lash out" → "lashed out").
      const head = irregular.length > 0 ? irregular.map((f) => f.toLowerCase().split('_')[0]!) : inflect(words[0]!);
      forms = [...new Set([words[0]!, ...head])].map((h) => [h, ...words.slice(1)].join(' '));
    } else if (words.length > 1) {
      continue;
    } else {
      forms = irregular.length > 0 ? [words[0]!, ...irregular.map((f) => f.toLowerCase())] : inflect(words[0]!);
    }
    out.push({ lemma, code, forms: [...new Set(forms)] });
  }
  return out;
}

/** Our type for a CAMEO code: the type with exactly that code, else its 3-digit parent, else the root's x0 type. */
function typeFor(code: string): string | undefined {
  const byCode = new Map<string, string>();
  for (const [name, t] of Object.entries(types).sort(([a], [b]) => (a < b ? -1 : 1))) if (!byCode.has(t.cameo)) byCode.set(t.cameo, name);
  return byCode.get(code) ?? byCode.get(code.slice(0, 3)) ?? byCode.get(`${code.slice(0, 2)}0`);
}

const excludedVerbs = new Set(Object.values(review.excludeVerbs).flat().map((v) => v.toUpperCase()));
const excludedForms = new Set(Object.values(review.excludeForms).flat().map((v) => v.toLowerCase()));
const hand = lex.triggers.filter((t) => !t.derived);
const handForms = new Set(hand.flatMap((t) => t.forms.map((f) => f.toLowerCase())));
// The cue lists of words; the object-valued cues (factuality, agents) hold their own lists and are left out.
const cueWords = new Set(Object.values(lex.cues).filter(Array.isArray).flat().filter((w): w is string => typeof w === 'string').map((w) => w.toLowerCase()));

const byType = new Map<string, Set<string>>();
const taken = new Map<string, string>();
let candidates = 0;
let droppedByReview = 0;
let missingType = 0;
for (const d of readDictionary()) {
  const code = review.recode[d.lemma]?.code ?? d.code;
  if (!review.roots.includes(code.slice(0, 2))) continue;
  const type = review.recode[d.lemma]?.type ?? typeFor(code);
  if (!type) {
    missingType++;
    continue;
  }
  for (const form of d.forms) {
    if (!/^[a-z][a-z'-]*( [a-z]+)*$/.test(form)) continue;
    candidates++;
    if (excludedVerbs.has(d.lemma) || excludedForms.has(form) || excludedForms.has(form.split(' ')[0]!)) {
      droppedByReview++;
      continue;
    }
    if (handForms.has(form) || cueWords.has(form)) continue;
    // A form listed under two synsets keeps the first (dictionary order); the review resolves real conflicts.
    if (taken.has(form)) continue;
    taken.set(form, type);
    let set = byType.get(type);
    if (!set) byType.set(type, (set = new Set()));
    set.add(form);
  }
}

const derived = [...byType.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([type, forms]) => ({ type, strength: review.strength, derived: 'cameo-2.0', forms: [...forms].sort() }));

if (listOnly) {
  for (const d of derived) console.log(`${d.type} (${types[d.type]!.cameo}) ${d.forms.length}: ${d.forms.join(', ')}`);
}
const total = derived.reduce((n, d) => n + d.forms.length, 0);
console.log(`CAMEO 2.0 verb forms for roots ${review.roots.join(' ')}: ${candidates}; dropped by the review: ${droppedByReview}; ` +
  `derived: ${total} forms in ${derived.length} types${missingType ? `; synset members without a type: ${missingType}` : ''}`);
if (!listOnly) {
  lex.triggers = [...hand, ...derived];
  // Every top-level key in the file's order (cues, frames, …): one trigger, cue or frame per line.
  const blocks = Object.entries(lex).map(([key, value]) => {
    if (Array.isArray(value)) return `  ${JSON.stringify(key)}: [\n${value.map((t) => `    ${JSON.stringify(t)}`).join(',\n')}\n  ]`;
    if (value !== null && typeof value === 'object') {
      return `  ${JSON.stringify(key)}: {\n${Object.entries(value).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n  }`;
    }
    return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  });
  const text = `{\n${blocks.join(',\n')}\n}\n`;
  if (checkOnly) {
    // The shipped file must be what this script writes (test/event-lexicon-build.test.ts).
    if (text !== readFileSync(lexFile, 'utf8')) {
      console.error(`${lexFile} differs from what npm run build:event-triggers writes`);
      process.exit(1);
    }
    console.log(`${lexFile} is what npm run build:event-triggers writes`);
  } else writeFileSync(lexFile, text);
}
