/** Capitalised token runs (with name connectors inside): the names compromise may have missed. */
import { ABBREVIATION_DOT_WORDS, ADJECTIVE_COMPOUND_RE, NAME_CONNECTORS, NON_NAME_ACRONYMS, NON_NAME_WORDS, ORG_HEADS } from '../../lang/en/name-words.js';
import { isLexiconWord } from './word-tags.js';
import { ACRONYM_RE, LETTER_RE, POSSESSIVE_RE, type Run, type TaggedToken, bareLower, isCapitalised, isStronglyProper, isTitleAt } from './tokens.js';

/**
 * Maximal runs of capitalised tokens (allowing name connectors inside), split at titles and punctuation.
 * A capitalised word opening a sentence counts only when compromise tags it a proper noun.
 */
export function nameRuns(tokens: TaggedToken[], sentences: ReadonlyArray<{ start: number; end: number }>, firstSentence: number): Run[] {
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
  if (!isLexiconWord(token.text.toLowerCase()) && !t.has('Plural') && !FUNCTION_WORD_TAGS.some((tag) => t.has(tag))) return true;
  if (ACRONYM_RE.test(token.text) && !NON_NAME_ACRONYMS.has(token.text.toUpperCase())) return true;
  return t.has('ProperNoun') && !t.has('Determiner') && !t.has('Preposition') && !t.has('Conjunction') && !t.has('Pronoun') && !t.has('Adverb');
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

export function needsAbbreviationDot(tokenText: string): boolean {
  if (/\p{L}\.\p{L}/u.test(tokenText)) return true; // "U.S" + "."
  return ABBREVIATION_DOT_WORDS.has(tokenText.toLowerCase());
}
