/** compromise's people, places and organisations as ranges of our tokens, and its per-term tags copied onto them. */
import { tokenRange } from '../../doc/tokens.js';
import type { EntityTypeT } from '../../schema/document.js';
import { compromise, type Compromise } from './compromise.js';
import { withFastCompromise } from './compromise-speed.js';
import type { Group } from './groups.js';
import { CONFIDENCE_COMPROMISE, type Candidate, LETTER_RE, POSSESSIVE_RE, type TaggedToken } from './tokens.js';

const INVISIBLE_SPACE_RE = /[\u200b\u2060\ufeff]/g;

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface CompromiseMatch {
  terms: CompromiseTerm[];
}

const COMPROMISE_TYPES: ReadonlyArray<readonly ['people' | 'places' | 'organizations', EntityTypeT]> = [
  ['people', 'PER'],
  ['places', 'LOC'],
  ['organizations', 'ORG'],
];

/** compromise's people/places/organisations as token ranges; also copies its per-term tags onto our tokens. */
export function compromiseCandidates(text: string, group: Group, tokens: TaggedToken[], candidates: Candidate[]): void {
  const nlp = compromise();
  withFastCompromise(nlp, () => readCompromise(nlp, text, group, tokens, candidates));
}

function readCompromise(nlp: Compromise, text: string, group: Group, tokens: TaggedToken[], candidates: Candidate[]): void {
  // Per-term tags, projected onto our tokens (one compromise term may be part of a hyphenated token).
  // compromise glues zero-width spaces to words ("Paris.\u200b"): give it a plain space of the same length.
  const doc = nlp(text.slice(group.start, group.end).replace(INVISIBLE_SPACE_RE, ' '));
  const sentenceJson = doc.json({ offset: true }) as Array<{ terms: CompromiseTerm[] }>;
  let t = 0;
  for (const sentence of sentenceJson) {
    for (const term of sentence.terms) {
      const start = group.start + term.offset.start;
      const end = start + term.offset.length;
      while (t < tokens.length && tokens[t]!.end <= start) t++;
      // findEnglishMentions gave each token a set of its own for this
      for (let k = t; k < tokens.length && tokens[k]!.start < end; k++) for (const tag of term.tags) (tokens[k]!.tags as Set<string>).add(tag);
    }
  }

  for (const [method, type] of COMPROMISE_TYPES) {
    for (const match of doc[method]().json({ offset: true }) as CompromiseMatch[]) {
      const firstTerm = match.terms[0];
      const lastTerm = match.terms[match.terms.length - 1];
      if (!firstTerm || !lastTerm) continue;
      const range = tokenRange(tokens, group.start + firstTerm.offset.start, group.start + lastTerm.offset.start + lastTerm.offset.length);
      if (!range) continue;
      // compromise sometimes lists "X and Y" or "X, Y" as one match: split at conjunctions and punctuation.
      const parts = splitAtBreaks(tokens, range[0], range[1]);
      for (const [first, last] of parts) {
        // The owner split off a match ("Brisbane" of "Brisbane's Nine News") is typed by its own tags.
        const owner = parts.length > 1 && POSSESSIVE_RE.test(tokens[last]!.text);
        const partType = owner ? typeFromTags(tokens, first, last) : type;
        if (partType) candidates.push({ first, last, type: partType, confidence: CONFIDENCE_COMPROMISE });
      }
    }
  }
}

function isBreakToken(token: TaggedToken): boolean {
  const lower = token.text.toLowerCase();
  return lower === 'and' || lower === 'or' || (!LETTER_RE.test(token.text) && !/\d/.test(token.text) && token.text !== '&' && token.text !== '.');
}

function splitAtBreaks(tokens: TaggedToken[], first: number, last: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = first;
  for (let k = first; k <= last + 1; k++) {
    if (k === last + 1 || isBreakToken(tokens[k]!)) {
      if (k > from) parts.push([from, k - 1]);
      from = k + 1;
    } else if (k < last && POSSESSIVE_RE.test(tokens[k]!.text)) {
      // "Brisbane's Nine News": the owner and the owned are two names.
      parts.push([from, k]);
      from = k + 1;
    }
  }
  return parts;
}

function typeFromTags(tokens: TaggedToken[], first: number, last: number): EntityTypeT | undefined {
  const all = (tag: string): boolean => tokens.slice(first, last + 1).every((t) => t.tags.has(tag));
  if (all('Place')) return 'LOC';
  if (all('Person')) return 'PER';
  if (all('Organization')) return 'ORG';
  return undefined;
}
