/**
 * English entity mentions from compromise, cleaned up and completed.
 *
 * compromise finds people/places/organisations but its spans swallow titles ("President Joe Biden"), keep
 * possessives ("Sunak's") and sometimes trailing lowercase words, and it misses names it has no lexicon entry
 * for ("Yoon Suk-yeol", "Rishi Sunak"). We therefore (1) snap its matches to our own tokens and trim them,
 * and (2) add capitalised token runs it left untyped, typed from its per-term tags, head words and context.
 * No lexicon or plugin is passed to compromise, so its global state is never changed.
 */
import { compromise, compromiseLexicon } from './compromise.js';
import type { EntityTypeT } from '../schema/document.js';
import type { RawMention, Token } from '../doc/types.js';
import { tokenizeSentences } from '../segment/tokenize.js';
import { profileFor } from '../lang/index.js';
import { tokenRange } from '../doc/tokens.js';

/** compromise is called on groups of whole sentences of about this many characters (fewer calls, bounded memory). */
const CHUNK_CHARS = 2000;
/** A single "sentence" longer than this (bad segmentation, tables) is cut at whitespace. */
const MAX_PIECE_CHARS = 4000;

const INVISIBLE_SPACE_RE = /[\u200b\u2060\ufeff]/g;

const CONFIDENCE_COMPROMISE = 0.6;
const CONFIDENCE_RUN_CUED = 0.5;
const CONFIDENCE_RUN_GUESS = 0.35;

// Role words that precede a person's name but are not part of it (lowercase form; hyphen parts are checked too).
const TITLE_WORDS = new Set(
  (
    'president president-elect minister ministers secretary lt lieutenant col colonel maj admiral adm commander cmdr ' +
    'chancellor king queen prince princess pope senator sen rep representative congressman congresswoman governor ' +
    'gov mayor judge justice chairman chairwoman chair ceo cfo coo cto director ambassador envoy commissioner premier ' +
    'speaker leader mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father sister archbishop ' +
    'bishop cardinal rabbi imam sheikh sheik emir sultan ayatollah captain capt sergeant sgt officer detective ' +
    'inspector coach spokesman spokeswoman spokesperson premier-elect founder emperor empress tsar czar'
  ).split(/\s+/),
);
// Words that are part of a title only before another title word ("Foreign Minister", but "Foreign Ministry";
// "Secretary-General", but "State Department").
const TITLE_MODIFIERS = new Set(
  'vice deputy prime foreign defense defence interior finance trade health state acting former late first crown chief attorney ex general'.split(' '),
);
// Ranks that precede a name but also open organisation names ("General Mark Milley" / "General Assembly").
const RANK_WORDS = new Set(['general', 'gen', 'major']);

// Head words that make a capitalised run an organisation or a place.
const ORG_HEADS = new Set(
  (
    'agency airline airlines airways alliance army assembly association authority bank board bureau cabinet center centre ' +
    'church club coalition college commission committee company congress corp corporation council court department ' +
    'federation force forces foundation front fund government group guard inc institute institution league ltd ' +
    'media ministry movement navy network office organisation organization parliament party police press publishing ' +
    'records school senate service services society studio studios team times tribunal union university co llc plc ' +
    'gmbh ag fc united democrats republicans conservatives socialists greens administration hospital hospitals ' +
    'museum library orchestra band brigade battalion division command corps hotel theatre theater cinema lines'
  ).split(/\s+/),
);
const LOC_HEADS = new Set(
  (
    'airport avenue bay beach bridge canal canyon cape city coast county desert district forest gulf harbor harbour hill ' +
    'hills island islands lake mount mountain mountains ocean park peninsula plain plaza province region republic river ' +
    'road sea seas square state station strait street territory town valley village volcano empire kingdom ' +
    'principality duchy caliphate emirate sultanate basin delta plateau archipelago channel glacier lagoon reef ridge ' +
    'range highlands lowlands rift'
  ).split(/\s+/),
);
// Heads of names of events, laws, products and works: such runs are MISC, never people.
const MISC_HEADS = new Set(
  (
    'act agreement accord amendment award awards bill championship championships convention cup day declaration ' +
    'doctrine festival games grand prix olympics open prize protocol treaty trophy war series summit index assistant ' +
    'program programme plan initiative project tour show period age era revolution uprising dynasty universiade'
  ).split(/\s+/),
);
// First words that make a multi-word name a place ("North Kesteven", "Greater Manchester").
const LOC_PREFIXES = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'greater', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);
// Capitalised compounds that are adjectives, not names ("Oscar-winning", "Kremlin-backed").
const ADJECTIVE_COMPOUND_RE = /-(?:parent|maker|owner|based|led|backed|winning|born|owned|run|style|made|funded|controlled|speaking|era|like|related|bound|wide|linked|sponsored|held|occupied|friendly|language|registered|listed|centric|focused|inspired|themed)$/u;

// Capitalised words that never start or make a name on their own (sentence openers, pronouns, calendar words).
const NON_NAME_WORDS = new Set(
  (
    'i a an the this that these those he she it we they you his her its our their my your there here what when where ' +
    'why how who which while if but and or so yet also however although though because after before during since ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'today yesterday tomorrow mr mrs ms dr ok yes no not new in on at for from to with by as into onto over under ' +
    'about against between among through during without within upon then now thus still even just only every each ' +
    'all some many most more much several both either neither such other another'
  ).split(/\s+/),
);

// Connectors allowed inside a name ("Bank of America", "Ludwig van Beethoven", "Abu Bakr al-Baghdadi").
const NAME_CONNECTORS = new Set(['of', 'de', 'del', 'della', 'der', 'den', 'van', 'von', 'du', 'da', 'di', 'la', 'le', 'al', 'bin', 'ibn', '&']);

// Acronyms that are places, and all-caps words that are not names.
// Acronyms that are places (compared without dots: "U.S." is "US").
const PLACE_ACRONYMS = new Set(['US', 'USA', 'UK', 'UAE', 'USSR', 'DRC', 'PRC', 'ROK', 'DPRK', 'GB', 'NYC', 'DC']);
const NON_NAME_ACRONYMS = new Set(
  (
    'I A OK TV CEO CFO COO CTO GDP AM PM DNA RNA AIDS HIV COVID ID IT AI CD DVD GPS PC UFO FAQ CO2 II III IV VI VII VIII ' +
    'IX XI XII XIII XIV XV XX PS PPS VIP MP MPS PHD MBA BA MA BSC MSC RSVP ASAP FYI ETA USD EUR GBP JPY KM KG MPH HQ ' +
    'LGBT LGBTQ NB PDF HTML URL SMS GMT UTC EST EDT PST PDT CET CEST BC AD BCE CE AM FM'
  ).split(/\s+/),
);

// Nationality adjectives: compromise's own lexicon (read, never changed) plus forms it lacks. Built on first use.
let demonyms: ReadonlySet<string> | undefined;
function isKnownDemonym(word: string): boolean {
  if (!demonyms) {
    const words = new Set('british english french dutch irish scottish welsh spanish swedish danish finnish polish turkish kurdish flemish cornish'.split(' '));
    for (const [w, tag] of Object.entries(compromiseLexicon())) if (tag === 'Demonym' || (Array.isArray(tag) && tag.includes('Demonym'))) words.add(w);
    demonyms = words;
  }
  return demonyms.has(word);
}

// Single words that are organisation heads but, alone, are generic ("the Government", "the Ministry").
const GENERIC_HEADS = new Set('government administration department ministry office company group board team hospital hospitals school university college police agency party court committee council commission union bank service services authority'.split(' '));

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside', 'from']);

// Verbs of saying after a bare name make it a person ("Yoon said", "Stoltenberg told reporters").
const SPEECH_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'stated', 'argued', 'argues', 'noted', 'notes', 'explained', 'explains', 'insisted', 'insists', 'warned', 'warns', 'asked', 'asks', 'replied', 'tweeted', 'recalled', 'recalls', 'admitted', 'admits', 'acknowledged', 'suggested', 'suggests', 'announced', 'claimed', 'claims', 'believes', 'thinks']);

const UPPER_START_RE = /^[\p{Lu}]/u;
const HAS_LOWER_RE = /\p{Ll}/u;
const LETTER_RE = /\p{L}/u;
const ACRONYM_RE = /^(?:\p{Lu}\.?){2,6}$|^\p{Lu}[\p{Lu}\d&]{1,5}$/u;
const POSSESSIVE_RE = /['’]s$/u;
const ABBREVIATION_DOT_WORDS = new Set(['inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'bros', 'st', 'mt', 'ft']);

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface CompromiseMatch {
  terms: CompromiseTerm[];
}

/** One of our tokens with the compromise tags of the terms that overlap it. */
interface TaggedToken extends Token {
  tags: Set<string>;
  index: number;
}

interface Candidate {
  first: number;
  last: number; // inclusive, index into the sentence-group token array
  type: EntityTypeT;
  confidence: number;
}

const COMPROMISE_TYPES: ReadonlyArray<readonly ['people' | 'places' | 'organizations', EntityTypeT]> = [
  ['people', 'PER'],
  ['places', 'LOC'],
  ['organizations', 'ORG'],
];

export interface EnglishMentionOptions {
  /** Characters of text that compromise may parse (it reads ~10–25k words/s, about 3 minutes for 10 MB). Past
   * the budget, names are found from capitalisation, head words, acronyms and the document's earlier names only.
   * Default: unlimited. */
  compromiseCharBudget?: number;
}

/**
 * Find PER/LOC/ORG mentions in English text. `sentences` are the document's sentences (offsets into `text`),
 * `tokens` its tokens (any order-preserving tokenisation; when empty the text is tokenised here).
 * Returns mentions sorted by start, non-overlapping, with exact offsets (text.slice(start, end) === mention.text).
 */
export function findEnglishMentions(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number }>,
  tokens: readonly Token[],
  options: EnglishMentionOptions = {},
): RawMention[] {
  let budget = options.compromiseCharBudget ?? Number.POSITIVE_INFINITY;
  const sents = sentences.length > 0 ? sentences : [{ start: 0, end: text.length }];
  const allTokens = tokens.length > 0 ? tokens : tokenizeSentences(text, sents, profileFor('en').segment);
  const out: RawMention[] = [];
  const unresolved: UnresolvedRun[] = [];
  let tokenCursor = 0;
  for (const group of groupSentences(text, sents)) {
    while (tokenCursor < allTokens.length && allTokens[tokenCursor]!.end <= group.start) tokenCursor++;
    let tokenEnd = tokenCursor;
    while (tokenEnd < allTokens.length && allTokens[tokenEnd]!.start < group.end) tokenEnd++;
    if (tokenEnd > tokenCursor) {
      const groupTokens: TaggedToken[] = [];
      for (let i = tokenCursor; i < tokenEnd; i++) groupTokens.push({ ...allTokens[i]!, tags: new Set(), index: i });
      const useCompromise = budget >= group.end - group.start;
      if (useCompromise) budget -= group.end - group.start;
      mentionsInGroup(text, group, groupTokens, sents, out, unresolved, useCompromise);
    }
    tokenCursor = tokenEnd;
  }
  const resolved = resolveFromDocument(text, out, unresolved);
  if (resolved.length === 0) return out;
  return out.concat(resolved).sort((a, b) => a.start - b.start);
}

/** A capitalised run nothing typed: it may still repeat a name typed elsewhere in the document. */
interface UnresolvedRun {
  start: number;
  /** End without a possessive "'s". */
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
}

/**
 * Type untyped runs from the document's own mentions: the same string typed elsewhere, or the last word of a
 * multi-word person ("Seagal" after "Steven Seagal"). Strings typed two ways are left alone.
 */
function resolveFromDocument(text: string, mentions: RawMention[], unresolved: UnresolvedRun[]): RawMention[] {
  if (unresolved.length === 0) return [];
  const known = new Map<string, EntityTypeT | null>();
  const learn = (name: string, type: EntityTypeT): void => {
    const previous = known.get(name);
    known.set(name, previous === undefined || previous === type ? type : null);
  };
  for (const m of mentions) {
    if (m.type === 'MISC') continue;
    learn(m.text, m.type);
    if (m.type === 'PER') {
      const space = m.text.lastIndexOf(' ');
      if (space > 0) learn(m.text.slice(space + 1), 'PER');
    }
  }
  const resolved: RawMention[] = [];
  for (const run of unresolved) {
    const name = text.slice(run.start, run.end);
    const type = known.get(name);
    if (!type) continue;
    resolved.push({
      start: run.start,
      end: run.end,
      text: name,
      type,
      tokenStart: run.tokenStart,
      tokenEnd: run.tokenEnd,
      source: 'compromise',
      confidence: CONFIDENCE_RUN_CUED,
      sentence: run.sentence,
    });
  }
  return resolved;
}

interface Group {
  start: number;
  end: number;
  /** Index of the first sentence of the group (mentions are assigned to sentences by offset). */
  firstSentence: number;
}

/** Consecutive sentences joined up to CHUNK_CHARS; over-long sentences cut at whitespace. */
function* groupSentences(text: string, sentences: ReadonlyArray<{ start: number; end: number }>): Generator<Group> {
  let current: Group | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (current && s.end - current.start > CHUNK_CHARS) {
      yield current;
      current = undefined;
    }
    if (s.end - s.start > MAX_PIECE_CHARS) {
      if (current) yield current;
      current = undefined;
      let pos = s.start;
      while (pos < s.end) {
        let cut = Math.min(s.end, pos + MAX_PIECE_CHARS);
        if (cut < s.end) {
          const space = text.lastIndexOf(' ', cut);
          if (space > pos + MAX_PIECE_CHARS / 2) cut = space;
        }
        yield { start: pos, end: cut, firstSentence: i };
        pos = cut;
      }
      continue;
    }
    if (!current) current = { start: s.start, end: s.end, firstSentence: i };
    else current.end = s.end;
  }
  if (current) yield current;
}

function mentionsInGroup(
  text: string,
  group: Group,
  tokens: TaggedToken[],
  sentences: ReadonlyArray<{ start: number; end: number }>,
  out: RawMention[],
  unresolved: UnresolvedRun[],
  useCompromise: boolean,
): void {
  const candidates: Candidate[] = [];
  if (useCompromise) compromiseCandidates(text, group, tokens, candidates);
  const trimmed = candidates
    .map((c) => trimCandidate(tokens, c))
    .filter((c): c is Candidate => c !== undefined)
    .sort((a, b) => a.first - b.first || b.last - a.last);

  const runs = nameRuns(tokens, sentences, group.firstSentence);
  const untyped: Run[] = [];
  const merged = mergeWithRuns(tokens, trimmed, runs, untyped);

  let sentenceIndex = group.firstSentence;
  for (const run of untyped) {
    const first = tokens[run.first]!;
    while (sentenceIndex + 1 < sentences.length && sentences[sentenceIndex]!.end <= first.start) sentenceIndex++;
    const last = tokens[run.last]!;
    const end = POSSESSIVE_RE.test(last.text) && last.end - last.start > 2 ? last.end - 2 : last.end;
    unresolved.push({ start: first.start, end, tokenStart: first.index, tokenEnd: last.index + 1, sentence: sentenceIndex });
  }
  sentenceIndex = group.firstSentence;
  for (const c of merged) {
    // A quoted title ("Game of Thrones") is not a person, and capitals inside quotes are no cue.
    if ((c.type === 'PER' || c.confidence < CONFIDENCE_COMPROMISE) && isQuoted(tokens, c.first, c.last)) continue;
    const firstToken = tokens[c.first]!;
    const lastToken = tokens[c.last]!;
    const start = firstToken.start;
    let end = lastToken.end;
    if (POSSESSIVE_RE.test(lastToken.text) && lastToken.end - lastToken.start > 2) end -= 2;
    else if (text.charCodeAt(end) === 46 /* . */ && needsAbbreviationDot(lastToken.text)) end += 1;
    while (sentenceIndex + 1 < sentences.length && sentences[sentenceIndex]!.end <= start) sentenceIndex++;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      type: c.type,
      tokenStart: firstToken.index,
      tokenEnd: lastToken.index + 1,
      source: 'compromise',
      confidence: c.confidence,
      sentence: sentenceIndex,
    });
  }
}

/** compromise's people/places/organisations as token ranges; also copies its per-term tags onto our tokens. */
function compromiseCandidates(text: string, group: Group, tokens: TaggedToken[], candidates: Candidate[]): void {
  // Per-term tags, projected onto our tokens (one compromise term may be part of a hyphenated token).
  // compromise glues zero-width spaces to words ("Paris.\u200b"): give it a plain space of the same length.
  const doc = compromise()(text.slice(group.start, group.end).replace(INVISIBLE_SPACE_RE, ' '));
  const sentenceJson = doc.json({ offset: true }) as Array<{ terms: CompromiseTerm[] }>;
  let t = 0;
  for (const sentence of sentenceJson) {
    for (const term of sentence.terms) {
      const start = group.start + term.offset.start;
      const end = start + term.offset.length;
      while (t < tokens.length && tokens[t]!.end <= start) t++;
      for (let k = t; k < tokens.length && tokens[k]!.start < end; k++) for (const tag of term.tags) tokens[k]!.tags.add(tag);
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

const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«', '„']);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'", '»', '“']);
const DETERMINERS = new Set(['a', 'an', 'the']);
const ORG_ROLE_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'administration', 'executive', 'executives', 'employee', 'employees', 'staff', 'board', 'campaign', 'government']);

function typeFromTags(tokens: TaggedToken[], first: number, last: number): EntityTypeT | undefined {
  const all = (tag: string): boolean => tokens.slice(first, last + 1).every((t) => t.tags.has(tag));
  if (all('Place')) return 'LOC';
  if (all('Person')) return 'PER';
  if (all('Organization')) return 'ORG';
  return undefined;
}

function isQuoted(tokens: TaggedToken[], first: number, last: number): boolean {
  const before = tokens[first - 1]?.text ?? '';
  let after = tokens[last + 1]?.text ?? '';
  if (after === '.' || after === ',') after = tokens[last + 2]?.text ?? '';
  return OPENING_QUOTES.has(before) && CLOSING_QUOTES.has(after);
}

function isDemonym(token: TaggedToken): boolean {
  return token.tags.has('Demonym') || isKnownDemonym(token.text.toLowerCase());
}

/** Is tokens[k] a role word before a name: a title, a modifier before a title ("Foreign Minister"), or a rank
 * before a name that is not an organisation ("General Mark Milley", not "General Assembly")? */
function isTitleAt(tokens: TaggedToken[], k: number): boolean {
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

function isCapitalised(token: TaggedToken): boolean {
  return UPPER_START_RE.test(token.text) || PARTICLE_NAME_RE.test(token.text);
}

/** Trim determiners, lowercase words and (for people) titles off a candidate's edges; undefined when nothing is left. */
function trimCandidate(tokens: TaggedToken[], c: Candidate): Candidate | undefined {
  let { first, last } = c;
  const keepEdge = (k: number): boolean => {
    const token = tokens[k]!;
    if (!isCapitalised(token) && !/^\d/.test(token.text)) return false;
    if (NON_NAME_WORDS.has(token.text.toLowerCase())) return false;
    if (c.type === 'PER' && (isTitleAt(tokens, k) || token.tags.has('Honorific'))) return false;
    return true;
  };
  if (c.type === 'PER') {
    // "U.S. President Joe Biden": everything up to the last title goes.
    for (let k = last - 1; k >= first; k--) {
      if (isTitleAt(tokens, k) || tokens[k]!.tags.has('Honorific')) {
        first = k + 1;
        break;
      }
    }
  }
  while (first <= last && !keepEdge(first)) first++;
  while (last >= first && !keepEdge(last)) last--;
  if (first > last) return undefined;
  // "South Korean", "Mexican": a nationality adjective, not a name.
  if (isDemonym(tokens[last]!)) return undefined;
  if (c.type === 'PER') {
    while (first < last && isDemonym(tokens[first]!)) first++;
    // "First Nations", "Hack Forums": a plural last word is not a surname.
    const lastTags = tokens[last]!.tags;
    if (lastTags.has('Plural') && !lastTags.has('LastName')) return undefined;
  }
  if (first === last && !isPlausibleSingleName(tokens[first]!)) return undefined;
  if (c.type === 'PER') {
    // "a Harley-Davidson spokeswoman", "the Obama administration": a name modifying a role is an organisation.
    if (DETERMINERS.has(tokens[first - 1]?.text.toLowerCase() ?? '') && ORG_ROLE_NOUNS.has(tokens[last + 1]?.text ?? '')) return { ...c, first, last, type: 'ORG' };
  }
  // compromise reads some acronyms as first names ("IRENA").
  if (first === last && c.type === 'PER' && !HAS_LOWER_RE.test(tokens[first]!.text) && tokens[first]!.text.length > 1) return { ...c, first, last, type: 'ORG' };
  // A head word overrides compromise's type ("State Department", "Andrew Marr Show", "Clinton Foundation").
  if (last > first) {
    const head = headType(tokens, { first, last });
    if (head && head !== c.type && head !== 'LOC') return { ...c, first, last, type: head };
  }
  // compromise calls "U.S." an organisation.
  if (first === last && PLACE_ACRONYMS.has(tokens[first]!.text.replace(/\./g, ''))) return { ...c, first, last, type: 'LOC' };
  return { ...c, first, last };
}

function isPlausibleSingleName(token: TaggedToken): boolean {
  const bare = token.text.replace(POSSESSIVE_RE, '');
  if (bare.length < 2) return false;
  if (GENERIC_HEADS.has(bare.toLowerCase())) return false;
  if (NON_NAME_ACRONYMS.has(bare.toUpperCase()) && ACRONYM_RE.test(bare)) return false;
  // A lone demonym or month is not a name; "Korean" is an adjective, "May" a month.
  if (isDemonym(token)) return false;
  if (token.tags.has('Month') || token.tags.has('WeekDay') || token.tags.has('Date')) return false;
  return true;
}

interface Run {
  first: number;
  last: number;
}

/**
 * Maximal runs of capitalised tokens (allowing name connectors inside), split at titles and punctuation.
 * A capitalised word opening a sentence counts only when compromise tags it a proper noun.
 */
function nameRuns(tokens: TaggedToken[], sentences: ReadonlyArray<{ start: number; end: number }>, firstSentence: number): Run[] {
  const runs: Run[] = [];
  let sentenceIndex = firstSentence;
  let previousWordIndex = -1; // last token that was a word, to tell sentence-initial words
  let runFirst = -1;
  let runLast = -1;
  const close = (): void => {
    if (runFirst >= 0) {
      // Drop trailing connectors and dots ("Bank of", "U.S. President").
      while (runLast > runFirst && (NAME_CONNECTORS.has(tokens[runLast]!.text.toLowerCase()) || tokens[runLast]!.text === '.')) runLast--;
      runs.push({ first: runFirst, last: runLast });
    }
    runFirst = -1;
    runLast = -1;
  };
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (sentenceIndex + 1 < sentences.length && sentences[sentenceIndex]!.end <= token.start) {
      close(); // names do not cross sentence boundaries
      while (sentenceIndex + 1 < sentences.length && sentences[sentenceIndex]!.end <= token.start) sentenceIndex++;
    }
    const sentenceStart = sentences[sentenceIndex]?.start ?? 0;
    const atSentenceStart = previousWordIndex < 0 || tokens[previousWordIndex]!.end <= sentenceStart || isSentenceOpener(tokens, k);
    const isWord = LETTER_RE.test(token.text);
    if (!isWord) {
      if (runFirst >= 0 && (token.text === '&' || isAbbreviationDot(tokens, k, sentences[sentenceIndex]?.end ?? Infinity))) runLast = k;
      else close();
      continue;
    }
    const lower = token.text.toLowerCase();
    const nameLike =
      isCapitalised(token) &&
      !isTitleAt(tokens, k) &&
      !ADJECTIVE_COMPOUND_RE.test(token.text) &&
      !NON_NAME_WORDS.has(lower) &&
      !token.tags.has('Month') &&
      !token.tags.has('WeekDay') &&
      !(CLOSED_CLASS_TAGS.some((tag) => token.tags.has(tag)) && !isStronglyProper(token)) &&
      (!atSentenceStart || isProperAtStart(token));
    if (nameLike) {
      if (runFirst < 0) runFirst = k;
      runLast = k;
      if (POSSESSIVE_RE.test(token.text)) close(); // "Apple's Siri" is two names
    } else if (runFirst >= 0 && isConnectorAt(tokens, k, runFirst, sentenceStart)) {
      runLast = k; // connector inside a name; the run is dropped back if nothing capitalised follows
    } else {
      close();
    }
    previousWordIndex = k;
  }
  close();
  return runs;
}

/** "of"/"de"/… inside a name, and "for" after an organisation head ("Organization for Renewable Energies");
 * not after a sentence-initial word that is a name only by being unknown ("Dozens of FSLN"). */
function isConnectorAt(tokens: TaggedToken[], k: number, runFirst: number, sentenceStart: number): boolean {
  const lower = tokens[k]!.text.toLowerCase();
  const next = tokens[k + 1];
  if (!next || !isCapitalised(next) || isTitleAt(tokens, k + 1)) return false;
  const previous = tokens[k - 1]!;
  if (runFirst === k - 1 && previous.start <= sentenceStart + 1 && !isStronglyProper(previous)) return false;
  if (NAME_CONNECTORS.has(lower)) return true;
  return lower === 'for' && ORG_HEADS.has(bareLower(previous));
}

function isStronglyProper(token: TaggedToken): boolean {
  const t = token.tags;
  return t.has('ProperNoun') || t.has('Person') || t.has('Place') || t.has('Organization');
}

/** True after an opening quote or bracket at the start of a clause, where capitals are not informative. */
function isSentenceOpener(tokens: TaggedToken[], k: number): boolean {
  const previous = tokens[k - 1];
  if (!previous) return true;
  return /^[“"‘'(\[:—–-]$/.test(previous.text) && (k < 2 || /^[.!?:;“"‘'(\[]$/.test(tokens[k - 2]!.text));
}

// Capitalised words compromise reads as these ("Later", "Meanwhile", "Whose") are not names anywhere.
const CLOSED_CLASS_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Comparative'];
const FUNCTION_WORD_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Verb', 'Adjective', 'QuestionWord', 'Value', 'Date'];

function isProperAtStart(token: TaggedToken): boolean {
  const t = token.tags;
  if (t.has('Person') || t.has('Place') || t.has('Organization')) return true;
  // A word compromise has no entry for ("Kishida said …") may be a name; it still needs a cue to be typed.
  if (compromiseLexicon()[token.text.toLowerCase()] === undefined && !t.has('Plural') && !FUNCTION_WORD_TAGS.some((tag) => t.has(tag))) return true;
  if (ACRONYM_RE.test(token.text) && !NON_NAME_ACRONYMS.has(token.text.toUpperCase())) return true;
  return t.has('ProperNoun') && !t.has('Determiner') && !t.has('Preposition') && !t.has('Conjunction') && !t.has('Pronoun') && !t.has('Adverb');
}

/**
 * Combine trimmed compromise candidates with capitalised runs: a run holding exactly one candidate that starts
 * or ends it widens the candidate ("Olaf" → "Olaf Scholz"); runs without a candidate are typed by cues.
 */
function mergeWithRuns(tokens: TaggedToken[], candidates: Candidate[], runs: Run[], untyped: Run[]): Candidate[] {
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

/** Type from the run's head word: its last word ("Motion Picture Association"), or the word before "of"
 * ("Ministry of Defence", "Council of Ontario"), or a compass prefix ("North Kesteven"). */
function headType(tokens: TaggedToken[], run: Run): EntityTypeT | undefined {
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

function bareLower(token: TaggedToken): string {
  return token.text.replace(POSSESSIVE_RE, '').replace(/\.$/, '').toLowerCase();
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
    if (ACRONYM_RE.test(bare) && !NON_NAME_ACRONYMS.has(bare.toUpperCase().replace(/\./g, ''))) {
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
    if (parts.some((part) => compromiseLexicon()[part] !== undefined)) return false;
    // compromise tags the lowercase half of "Suk-yeol" a singular noun: judge hyphenated names by the lexicon only.
    // At a sentence start compromise calls any unknown word a singular noun (no ProperNoun tag): allow that.
    const openerNoun = !tags.has('ProperNoun');
    if (parts.length === 1) for (const tag of tags) if (!UNKNOWN_WORD_TAGS.has(tag) && !(openerNoun && tag === 'Singular')) return false;
  }
  return true;
}

/** A "." glued to an initial or acronym ("John F. Kennedy", "U.S. Senate") with a capitalised word after it. */
function isAbbreviationDot(tokens: TaggedToken[], k: number, sentenceEnd: number): boolean {
  const dot = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (dot.text !== '.' || !before || !after || before.end !== dot.start || after.start >= sentenceEnd) return false;
  if (!isCapitalised(after) || after.start === dot.end) return false;
  return /^\p{Lu}$/u.test(before.text) || /\p{L}\.\p{L}/u.test(before.text);
}

function needsAbbreviationDot(tokenText: string): boolean {
  if (/\p{L}\.\p{L}/u.test(tokenText)) return true; // "U.S" + "."
  return ABBREVIATION_DOT_WORDS.has(tokenText.toLowerCase());
}
