/** Merging compromise's candidates with the capitalised runs, and typing the runs it left untyped from head words and context. */
import { GENERIC_HEADS, NAME_CONNECTORS, NON_NAME_ACRONYMS, PLACE_ACRONYMS, PLACE_PREPOSITIONS, SPEECH_VERBS } from '../../lang/en/name-words.js';
import type { EntityTypeT } from '../../schema/document.js';
import { englishWordTags, isLexiconWord } from './word-tags.js';
import { ACRONYM_RE, CONFIDENCE_RUN_CUED, CONFIDENCE_RUN_GUESS, type Candidate, HAS_LOWER_RE, LETTER_RE, POSSESSIVE_RE, type Run, type TaggedToken, bareLower, headType, isCapitalised, isDemonym, isPlausibleSingleName, isTitleAt } from './tokens.js';

/**
 * Combine trimmed compromise candidates with capitalised runs: a run holding exactly one candidate that starts
 * or ends it widens the candidate ("Olaf" → "Olaf Scholz"); runs without a candidate are typed by cues.
 */
export function mergeWithRuns(tokens: TaggedToken[], candidates: Candidate[], runs: Run[], untyped: Run[]): Candidate[] {
  const result: Candidate[] = [];
  let c = 0;
  const taken = (first: number, last: number): boolean =>
    result.some((r) => r.first <= last && first <= r.last);
  for (const run of runs) {
    const inside: Candidate[] = [];
    while (c < candidates.length && candidates[c]!.last < run.first) {
      const candidate = candidates[c++]!;
      if (!taken(candidate.first, candidate.last)) result.push(candidate);
    }
    let k = c;
    while (k < candidates.length && candidates[k]!.first <= run.last) inside.push(candidates[k++]!);
    c = k;
    const nonOverlapping = dropOverlaps(inside);
    if (nonOverlapping.length === 1) {
      const only = nonOverlapping[0]!;
      const widened = widenToRun(tokens, only, run);
      if (!taken(widened.first, widened.last)) result.push(widened);
    } else if (nonOverlapping.length > 1) {
      // "Motion Picture Association of America" is one organisation, not an organisation and a place.
      const head = headType(tokens, run);
      if (head && head !== 'LOC' && !taken(run.first, run.last)) result.push({ first: run.first, last: run.last, type: head, confidence: CONFIDENCE_RUN_CUED });
      else for (const candidate of nonOverlapping) if (!taken(candidate.first, candidate.last)) result.push(candidate);
    } else {
      const typed = typeRun(tokens, run);
      if (!typed) untyped.push(run);
      else if (!taken(typed.first, typed.last)) result.push(typed);
    }
  }
  while (c < candidates.length) {
    const candidate = candidates[c++]!;
    if (!taken(candidate.first, candidate.last)) result.push(candidate);
  }
  return result.sort((a, b) => a.first - b.first);
}

/** Keep the longest of overlapping candidates (earlier type order wins ties: people, places, organisations). */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const byLength = [...candidates].sort((a, b) => b.last - b.first - (a.last - a.first));
  const kept: Candidate[] = [];
  for (const candidate of byLength) if (!kept.some((k) => k.first <= candidate.last && candidate.first <= k.last)) kept.push(candidate);
  return kept.sort((a, b) => a.first - b.first);
}

function widenToRun(tokens: TaggedToken[], candidate: Candidate, run: Run): Candidate {
  if (candidate.first < run.first || candidate.last > run.last) return candidate;
  // A head word decides the type of the whole run ("Clinton Foundation", "Paris Agreement", "Lincoln Street").
  const head = headType(tokens, run);
  if (head) return { ...candidate, first: run.first, last: run.last, type: head };
  // A lone demonym before a name ("Korean Yoon") is not part of it.
  let first = run.first;
  while (first < candidate.first && isDemonym(tokens[first]!)) first++;
  return { ...candidate, first, last: run.last };
}

/** Type a capitalised run compromise left untyped, or undefined when there is no cue. */
function typeRun(tokens: TaggedToken[], run: Run): Candidate | undefined {
  const { first, last } = run;
  const length = last - first + 1;
  const firstToken = tokens[first]!;
  if (isDemonym(tokens[last]!)) return undefined;
  const head = headType(tokens, run);
  if (head && !(length === 1 && GENERIC_HEADS.has(bareLower(firstToken)))) return { first, last, type: head, confidence: CONFIDENCE_RUN_CUED };
  if (length === 1) {
    const bare = firstToken.text.replace(POSSESSIVE_RE, '');
    if (ACRONYM_RE.test(bare) && !NON_NAME_ACRONYMS.has(bare.toUpperCase().replace(/\./g, '')) && !isShoutedWord(tokens, first, bare)) {
      const type: EntityTypeT = PLACE_ACRONYMS.has(bare.replace(/\./g, '')) ? 'LOC' : 'ORG';
      return { first, last, type, confidence: CONFIDENCE_RUN_CUED };
    }
  }
  let person = 0;
  let place = 0;
  let organisation = 0;
  for (let k = first; k <= last; k++) {
    const tags = tokens[k]!.tags;
    if (tags.has('Person') && !tags.has('Honorific')) person++;
    if (tags.has('Place')) place++;
    if (tags.has('Organization')) organisation++;
  }
  if (organisation > 0 && organisation >= person && organisation >= place) return { first, last, type: 'ORG', confidence: CONFIDENCE_RUN_CUED };
  if (place > 0 && place >= person) return { first, last, type: 'LOC', confidence: CONFIDENCE_RUN_CUED };
  if (person > 0) return { first, last, type: 'PER', confidence: CONFIDENCE_RUN_CUED };
  if (length === 1 && (firstToken.tags.has('Demonym') || !isPlausibleSingleName(firstToken))) return undefined;
  // Context: a title before ("President Yoon") or a speech verb after ("Yoon said") marks a person.
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const titled = before !== undefined && (isTitleAt(tokens, first - 1) || before.tags.has('Honorific'));
  // "Isner, who …", "Cuaron, whose …": a relative pronoun for people.
  const whoAfter = after !== undefined && (/^(?:who|whose)$/i.test(after.text) || (after.text === ',' && /^(?:who|whose)$/i.test(tokens[last + 2]?.text ?? '')));
  // "Jutting, 31, …" / "Jutting, now 31, …": an age in apposition.
  const ageAfter = after?.text === ',' && isAgeApposition(tokens, last + 2);
  const speaks = whoAfter || ageAfter || (after !== undefined && SPEECH_VERBS.has(after.text.toLowerCase()));
  const connectorInside = tokensBetween(tokens, first, last).some((t) => NAME_CONNECTORS.has(t.text.toLowerCase()));
  if (titled && length <= 4 && !connectorInside) return { first, last, type: 'PER', confidence: CONFIDENCE_RUN_CUED };
  if (speaks && length <= 3 && !connectorInside) return { first, last, type: 'PER', confidence: CONFIDENCE_RUN_CUED };
  // "..., says Tarlo." / "said Guilbeault."
  const spokenAfter = before !== undefined && SPEECH_VERBS.has(before.text.toLowerCase()) && (after === undefined || !LETTER_RE.test(after.text));
  if (spokenAfter && length <= 3 && !connectorInside) return { first, last, type: 'PER', confidence: CONFIDENCE_RUN_CUED };
  // "in Badarpur", "near Monte Carlo": words compromise does not know after a place preposition.
  if (before !== undefined && PLACE_PREPOSITIONS.has(before.text.toLowerCase()) && length <= 3 && allNameShaped(tokens, first, last)) {
    return { first, last, type: 'LOC', confidence: CONFIDENCE_RUN_GUESS };
  }
  // Two or three plain capitalised words ("Yoon Suk-yeol", "Rishi Sunak") are most often a person in news.
  if (length >= 2 && length <= 3 && !connectorInside && allNameShaped(tokens, first, last)) {
    return { first, last, type: 'PER', confidence: CONFIDENCE_RUN_GUESS };
  }
  return undefined;
}

const NAME_WORD_TAGS = ['Person', 'Place', 'Organization'];
const SHOUTED_RE = /\p{Lu}\p{Lu}/u;

/** "THIS IS SO GOOD", "HAVING A GREAT TIME": in shouted text a capitalised common word ("IS", "GOOD", "LOVE") is no
 * acronym (shouted: at least three of the four words on either side are in capitals too), and an interjection in
 * capitals never is. Common words in ordinary text keep their reading ("ICE agents", "SWIFT cut off"). */
function isShoutedWord(tokens: TaggedToken[], k: number, bare: string): boolean {
  const tags = englishWordTags(bare.toLowerCase());
  if (tags === undefined || NAME_WORD_TAGS.some((t) => tags.has(t))) return false;
  // "LOL", "OMG", "WTF", "YAY": an interjection is never a name, shouted or not.
  if (tags.has('Expression')) return true;
  const sentence = tokens[k]!.sentence;
  let shouted = 0;
  for (const j of [k - 4, k - 3, k - 2, k - 1, k + 1, k + 2, k + 3, k + 4]) {
    const t = tokens[j];
    if (t && t.sentence === sentence && SHOUTED_RE.test(t.text) && !HAS_LOWER_RE.test(t.text)) shouted++;
  }
  return shouted >= 3;
}

function isAgeApposition(tokens: TaggedToken[], k: number): boolean {
  let token = tokens[k];
  if (token?.text.toLowerCase() === 'now' || token?.text.toLowerCase() === 'aged') token = tokens[++k];
  if (!token || !/^\d{1,3}$/.test(token.text) || Number(token.text) > 120) return false;
  const next = tokens[k + 1]?.text;
  return next === ',' || next === ')' || next === '.';
}

function tokensBetween(tokens: TaggedToken[], first: number, last: number): TaggedToken[] {
  return tokens.slice(first, last + 1);
}

const UNKNOWN_WORD_TAGS = new Set(['ProperNoun', 'Noun', 'Hyphenated']);

const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

/** Every word is a known name part or a word compromise does not know at all ("Rishi Sunak", "Yoon Suk-yeol");
 * known common words ("Middle Ages", "Social Credit", "Formula One") are not. */
function allNameShaped(tokens: TaggedToken[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const token = tokens[k]!;
    if (!HAS_LOWER_RE.test(token.text) || !isCapitalised(token)) return false;
    const tags = token.tags;
    if (NAME_TAGS.some((t) => tags.has(t))) continue;
    const parts = token.text.toLowerCase().split('-');
    if (parts.some((part) => isLexiconWord(part))) return false;
    // compromise tags the lowercase half of "Suk-yeol" a singular noun: judge hyphenated names by the lexicon only.
    // At a sentence start compromise calls any unknown word a singular noun (no ProperNoun tag): allow that.
    const openerNoun = !tags.has('ProperNoun');
    if (parts.length === 1) for (const tag of tags) if (!UNKNOWN_WORD_TAGS.has(tag) && !(openerNoun && tag === 'Singular')) return false;
  }
  return true;
}
