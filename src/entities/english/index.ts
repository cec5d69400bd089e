/**
 * English entity mentions from compromise, cleaned up and completed.
 *
 * compromise finds people/places/organisations but its spans swallow titles ("President Joe Biden"), keep
 * possessives ("Sunak's") and sometimes trailing lowercase words, and it misses names it has no lexicon entry
 * for ("Yoon Suk-yeol", "Rishi Sunak"). We therefore (1) snap its matches to our own tokens and trim them,
 * and (2) add capitalised token runs it left untyped, typed from its per-term tags, head words and context.
 * No lexicon or plugin is passed to compromise, so its global state is never changed (the speed-ups of
 * compromise-speed.ts are in force only during our own synchronous calls).
 */
import type { RawMention, Token } from '../../doc/types.js';
import { english } from '../../lang/index.js';
import type { EntityTypeT } from '../../schema/document.js';
import { tokenizeSentences } from '../../segment/tokenize.js';
import { compromiseCandidates } from './compromise-spans.js';
import { lexiconTags } from './lexicon-tags.js';
import { isQuoted, trimCandidate } from './fixes.js';
import { type Group, groupSentences } from './groups.js';
import { nameRuns, needsAbbreviationDot } from './runs.js';
import { CONFIDENCE_COMPROMISE, CONFIDENCE_RUN_CUED, type Candidate, POSSESSIVE_RE, type Run, type TaggedToken } from './tokens.js';
import { mergeWithRuns } from './typing.js';

export interface EnglishMentionOptions {
  /** Characters of text that compromise may parse (it reads ~10–25k words/s, about 3 minutes for 10 MB). Past
   * the budget, names are found from capitalisation, head words, context cues, compromise's word list (no tagger)
   * and the document's earlier names. Default: unlimited; 0 never runs compromise's tagger. */
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
  const allTokens = tokens.length > 0 ? tokens : tokenizeSentences(text, sents, english.segment);
  const out: RawMention[] = [];
  const unresolved: UnresolvedRun[] = [];
  let tokenCursor = 0;
  for (const group of groupSentences(text, sents)) {
    while (tokenCursor < allTokens.length && allTokens[tokenCursor]!.end <= group.start) tokenCursor++;
    let tokenEnd = tokenCursor;
    while (tokenEnd < allTokens.length && allTokens[tokenEnd]!.start < group.end) tokenEnd++;
    if (tokenEnd > tokenCursor) {
      const useCompromise = budget >= group.end - group.start;
      if (useCompromise) budget -= group.end - group.start;
      const groupTokens: TaggedToken[] = [];
      for (let i = tokenCursor; i < tokenEnd; i++) {
        const t = allTokens[i]!;
        // compromise's reading adds its tags to a set of each token's own; otherwise the word list's shared set
        groupTokens.push({ start: t.start, end: t.end, text: t.text, sentence: t.sentence, tags: useCompromise ? new Set() : lexiconTags(t.text), index: i });
      }
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
