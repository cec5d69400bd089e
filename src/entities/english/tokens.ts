/** Our tokens with compromise's tags, and the word tests the span fixes and run typing share (titles, demonyms, head words). */
import type { Token } from '../../doc/types.js';
import { DEMONYMS_NOT_IN_COMPROMISE, GENERIC_HEADS, LOC_HEADS, LOC_PREFIXES, MISC_HEADS, NON_NAME_ACRONYMS, ORG_HEADS, RANK_WORDS, TITLE_MODIFIERS, TITLE_WORDS } from '../../lang/en/name-words.js';
import type { EntityTypeT } from '../../schema/document.js';
import { lexiconDemonyms } from './word-tags.js';

/** Confidence of a compromise match, of a run typed from a cue, of a run typed by its shape alone. */
export const CONFIDENCE_COMPROMISE = 0.6;
export const CONFIDENCE_RUN_CUED = 0.5;
export const CONFIDENCE_RUN_GUESS = 0.35;

const UPPER_START_RE = /^[\p{Lu}]/u;
export const HAS_LOWER_RE = /\p{Ll}/u;
export const LETTER_RE = /\p{L}/u;
export const ACRONYM_RE = /^(?:\p{Lu}\.?){2,6}$|^\p{Lu}[\p{Lu}\d&]{1,5}$/u;
export const POSSESSIVE_RE = /['’]s$/u;

/** One of our tokens with the compromise tags of the terms that overlap it. */
export interface TaggedToken extends Token {
  /** compromise's per-term tags (a set of the token's own), or the word list's (a set shared by the word's tokens) */
  tags: ReadonlySet<string>;
  index: number;
}

export interface Candidate {
  first: number;
  last: number; // inclusive, index into the sentence-group token array
  type: EntityTypeT;
  confidence: number;
}

export interface Run {
  first: number;
  last: number;
}

// Nationality adjectives: compromise's own lexicon (read, never changed) plus forms it lacks. Built on first use.
let demonyms: ReadonlySet<string> | undefined;
function isKnownDemonym(word: string): boolean {
  if (!demonyms) {
    const words = new Set(DEMONYMS_NOT_IN_COMPROMISE);
    for (const w of lexiconDemonyms()) words.add(w);
    demonyms = words;
  }
  return demonyms.has(word);
}

export function isDemonym(token: TaggedToken): boolean {
  return token.tags.has('Demonym') || isKnownDemonym(token.text.toLowerCase());
}

/** Is tokens[k] a role word before a name: a title, a modifier before a title ("Foreign Minister"), or a rank
 * before a name that is not an organisation ("General Mark Milley", not "General Assembly")? */
export function isTitleAt(tokens: TaggedToken[], k: number): boolean {
  const token = tokens[k];
  if (!token) return false;
  const lower = token.text.toLowerCase().replace(/\.$/, '');
  if (TITLE_WORDS.has(lower)) return true;
  // "Secretary-General", "Vice-President", "ex-President"
  if (lower.includes('-')) {
    const parts = lower.split('-');
    return parts.some((part) => TITLE_WORDS.has(part) || RANK_WORDS.has(part)) && parts.every((part) => TITLE_WORDS.has(part) || TITLE_MODIFIERS.has(part) || RANK_WORDS.has(part));
  }
  const next = tokens[k + 1];
  if (RANK_WORDS.has(lower)) {
    return next !== undefined && isCapitalised(next) && !ORG_HEADS.has(bareLower(next)) && !next.tags.has('Organization');
  }
  if (TITLE_MODIFIERS.has(lower)) return next !== undefined && next.start - token.end <= 1 && isTitleAt(tokens, k + 1);
  return false;
}

// Arabic and other name particles written lowercase before a capital ("al-Jadaan", "bin-Salman").
const PARTICLE_NAME_RE = /^(?:al|el|ad|ar|as|ash|at|an|bin|ibn|abu|ben|d|l)[-‐'’]\p{Lu}/u;

export function isCapitalised(token: TaggedToken): boolean {
  return UPPER_START_RE.test(token.text) || PARTICLE_NAME_RE.test(token.text);
}

export function isStronglyProper(token: TaggedToken): boolean {
  const t = token.tags;
  return t.has('ProperNoun') || t.has('Person') || t.has('Place') || t.has('Organization');
}

export function isPlausibleSingleName(token: TaggedToken): boolean {
  const bare = token.text.replace(POSSESSIVE_RE, '');
  if (bare.length < 2) return false;
  if (GENERIC_HEADS.has(bare.toLowerCase())) return false;
  if (NON_NAME_ACRONYMS.has(bare.toUpperCase()) && ACRONYM_RE.test(bare)) return false;
  // A lone demonym or month is not a name; "Korean" is an adjective, "May" a month.
  if (isDemonym(token)) return false;
  if (token.tags.has('Month') || token.tags.has('WeekDay') || token.tags.has('Date')) return false;
  return true;
}

/** Type from the run's head word: its last word ("Motion Picture Association"), or the word before "of"
 * ("Ministry of Defence", "Council of Ontario"), or a compass prefix ("North Kesteven"). */
export function headType(tokens: TaggedToken[], run: Run): EntityTypeT | undefined {
  const lastLower = bareLower(tokens[run.last]!);
  if (MISC_HEADS.has(lastLower)) return 'MISC';
  if (ORG_HEADS.has(lastLower)) return 'ORG';
  for (let k = run.first + 1; k < run.last; k++) {
    if (tokens[k]!.text !== 'of') continue;
    const beforeOf = bareLower(tokens[k - 1]!);
    if (ORG_HEADS.has(beforeOf)) return 'ORG';
    if (MISC_HEADS.has(beforeOf)) return 'MISC';
    if (LOC_HEADS.has(beforeOf)) return 'LOC';
  }
  if (run.last > run.first) {
    if (LOC_HEADS.has(lastLower)) return 'LOC';
    if (LOC_PREFIXES.has(bareLower(tokens[run.first]!))) return 'LOC';
  }
  return undefined;
}

export function bareLower(token: TaggedToken): string {
  return token.text.replace(POSSESSIVE_RE, '').replace(/\.$/, '').toLowerCase();
}
