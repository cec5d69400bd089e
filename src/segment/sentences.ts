/**
 * Rule-based sentence splitter for German and English news text: one linear pass, exact UTF-16 offsets,
 * sentences trimmed of surrounding whitespace. (Intl.Segmenter is super-linear on long strings and splits
 * "z. | B.", "Dr. | Müller", "am 11. | Juli".)
 *
 * A sentence ends
 * - at a paragraph break, and at a line break unless the text is hard-wrapped mid-sentence (the line ends in a
 *   letter, comma or hyphen and the next one starts lower-case): a headline line is its own sentence;
 * - after . ! ? … (plus closing quotes/brackets, which stay in the sentence) followed by whitespace and a
 *   character that is not a lower-case letter, unless the full stop belongs to an abbreviation ("Dr.", "z. B.",
 *   "U.S.", initials "J. F. Kennedy"), a German ordinal or date ("am 11. Juli", "der 3. Platz") or a list number
 *   at the start of a line ("1. Einleitung");
 * - after 。！？ (CJK, no space needed).
 * Sentences longer than MAX_SENTENCE_CHARS are cut at whitespace so that later stages stay bounded.
 */
import type { AbbreviationSet, SegmentProfile } from '../doc/language-profile.js';
import { otherLanguage } from '../lang/other.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

export const MAX_SENTENCE_CHARS = 5000;

/** How far back to look for the word before a full stop (longer "words" are URLs or junk, never abbreviations). */
const MAX_WORD_LOOKBACK = 64;

const LOWERCASE_RE = /\p{Ll}/u;
const UPPERCASE_RE = /\p{Lu}/u;
const LETTER_RE = /^\p{L}$/u;
const DOTTED_ABBREVIATION_RE = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;
const DIGITS_RE = /^\d+$/;
const ROMAN_RE = /^[IVXLC]{2,6}$/;
const DECLINED_ADJECTIVE_RE = /^\p{Ll}+(?:en|em|er|es)$/u;
/** Verbs and particles that end like declined adjectives; a number after them is a count: "Sie waren 15." */
const NOT_DECLINED_ADJECTIVES = new Set(['waren', 'wurden', 'werden', 'haben', 'hatten', 'gewannen', 'verloren', 'kamen', 'lagen', 'sollen', 'wollen', 'können', 'müssen', 'betragen', 'liegen', 'aber', 'oder', 'immer', 'nur', 'über', 'unter', 'wieder']);
/** A line ending like this may continue on the next line (hard-wrapped text); two chars for surrogate pairs. */
const OPEN_LINE_END_RE = /[\p{L}\p{N},;\-]$/u;

/** Splits text into sentences with the profile's abbreviations (default: German and English ones together). */
export function segmentSentences(text: string, segment: SegmentProfile = otherLanguage.segment): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  let sentenceStart = 0;

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      let breaks = 0;
      let j = i;
      while (j < n && isSpace(text.charCodeAt(j))) {
        const d = text.charCodeAt(j);
        if (isLineBreak(d) && !(d === 10 && j > 0 && text.charCodeAt(j - 1) === 13)) breaks++;
        j++;
      }
      if (breaks >= 2 || !continuesLine(text, sentenceStart, i, j)) {
        emit(out, text, sentenceStart, i);
        sentenceStart = j;
      }
      i = j;
      continue;
    }
    if (c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026 /* … */) {
      let j = i + 1;
      while (j < n && isTerminator(text.charCodeAt(j))) j++;
      let k = j;
      while (k < n && isCloser(text.charCodeAt(k))) k++;
      if (k < n && !isSpace(text.charCodeAt(k))) {
        // "3.5", "www.example.org", "z.B.", "?“, fragte er": not a sentence end
        i = j;
        continue;
      }
      if (endsSentence(text, i, j, k, n, segment)) {
        emit(out, text, sentenceStart, k);
        sentenceStart = k;
      }
      i = k;
      continue;
    }
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) {
      let k = i + 1;
      while (k < n && isCloser(text.charCodeAt(k))) k++;
      emit(out, text, sentenceStart, k);
      sentenceStart = k;
      i = k;
      continue;
    }
    i++;
  }
  emit(out, text, sentenceStart, n);
  return out;
}

/**
 * Does the terminator run text[dot, termEnd) (closers up to closersEnd) end a sentence? The character after
 * closersEnd is whitespace or `limit` (end of text or range).
 */
export function endsSentence(
  text: string,
  dot: number,
  termEnd: number,
  closersEnd: number,
  limit: number,
  segment: SegmentProfile,
): boolean {
  const { abbreviations, dottedOrdinals } = segment;
  const next = skipInlineSpaces(text, closersEnd, limit);
  if (next >= limit || isLineBreak(text.charCodeAt(next))) return true;
  const nextChar = charAt(text, next);
  if (LOWERCASE_RE.test(nextChar)) return false;
  // Only a single full stop can belong to an abbreviation or ordinal; "?", "!" and "..." end the sentence.
  if (termEnd - dot !== 1 || text.charCodeAt(dot) !== 46 || closersEnd !== termEnd) return true;

  const wordStart = wordStartBefore(text, dot);
  const word = text.slice(wordStart, dot);
  if (word === '') return true;
  if (isAbbreviation(word, abbreviations, text, next)) return abbreviations.canEnd.has(word) && UPPERCASE_RE.test(nextChar);
  if (DIGITS_RE.test(word)) {
    if (startsLine(text, wordStart)) return false; // list item "1. Einleitung"
    return !(dottedOrdinals && isDateOrdinal(text, wordStart, word, next, segment));
  }
  if (dottedOrdinals && isRegnalNumber(text, wordStart, word)) return false; // "Papst Benedikt XVI. sagte"
  return true;
}

/**
 * Does the full stop at `dot` belong to the word before it (one token "Dr.", "z.B.", "11." in "am 11. Juli")?
 * `limit` is the end of the sentence or range being tokenised: a full stop there is sentence punctuation
 * unless the word is a listed or dotted abbreviation.
 */
export function dotBelongsToWord(
  text: string,
  dot: number,
  limit: number,
  segment: SegmentProfile,
  wordStart = wordStartBefore(text, dot),
): boolean {
  const { abbreviations, dottedOrdinals } = segment;
  const word = text.slice(wordStart, dot);
  if (word === '') return false;
  let closersEnd = dot + 1;
  while (closersEnd < limit && isCloser(text.charCodeAt(closersEnd))) closersEnd++;
  const next = skipInlineSpaces(text, closersEnd, limit);
  const atEnd = next >= limit || isLineBreak(text.charCodeAt(next));
  if (LETTER_RE.test(word)) return !atEnd;
  if (isAbbreviation(word, abbreviations, text, next)) return true;
  if (atEnd || closersEnd !== dot + 1) return false;
  if (DIGITS_RE.test(word)) return dottedOrdinals && !endsSentence(text, dot, dot + 1, dot + 1, limit, segment);
  if (ROMAN_RE.test(word)) return dottedOrdinals && isRegnalNumber(text, wordStart, word);
  return false;
}

function isAbbreviation(word: string, abbreviations: AbbreviationSet, text: string, next: number): boolean {
  return (
    LETTER_RE.test(word) || // initial "J." or part of "z. B."
    DOTTED_ABBREVIATION_RE.test(word) || // "z.B.", "U.S.", "e.g.", "Ph.D."
    abbreviations.always.has(word) ||
    abbreviations.canEnd.has(word) ||
    (abbreviations.beforeNumber.has(word) && isDigit(text.charCodeAt(next)))
  );
}

/** "am 11. Juli", "der 3. Platz", "des späten 15. Jahrhunderts", "bis zum 5. Mai". */
function isDateOrdinal(text: string, wordStart: number, word: string, next: number, segment: SegmentProfile): boolean {
  if (word.length > 4) return false;
  if (segment.ordinalMonths.has(wordAt(text, next))) return true;
  const before = wordBefore(text, wordStart);
  if (segment.ordinalContext.has(before)) return true;
  // a declined adjective before the number: "späten", "traditionellen", "kommenden"
  return before.length >= 5 && DECLINED_ADJECTIVE_RE.test(before) && !NOT_DECLINED_ADJECTIVES.has(before);
}

function isRegnalNumber(text: string, wordStart: number, word: string): boolean {
  if (!ROMAN_RE.test(word)) return false;
  const before = wordBefore(text, wordStart);
  return before !== '' && UPPERCASE_RE.test(charAt(text, skipSpacesBack(text, wordStart) - before.length));
}

/** Only spaces or tabs between the previous line break (or the start) and `i`. */
function startsLine(text: string, i: number): boolean {
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isLineBreak(c)) return true;
    if (!isSpace(c)) return false;
    i--;
  }
  return true;
}

/** A single line break inside a sentence: the line ends in a letter, comma or hyphen, the next starts lower-case. */
function continuesLine(text: string, sentenceStart: number, lineBreak: number, nextLine: number): boolean {
  if (nextLine >= text.length) return false;
  const last = skipSpacesBack(text, lineBreak);
  if (last <= sentenceStart) return false;
  return OPEN_LINE_END_RE.test(text.slice(last - 2, last)) && LOWERCASE_RE.test(charAt(text, nextLine));
}

/** Push text[start, end) trimmed, cut into pieces of at most MAX_SENTENCE_CHARS at whitespace. */
function emit(out: SentenceSpan[], text: string, start: number, end: number): void {
  let s = skipSpaces(text, start);
  const e = skipSpacesBack(text, end);
  while (e - s > MAX_SENTENCE_CHARS) {
    let cut = s + MAX_SENTENCE_CHARS;
    while (cut > s + MAX_SENTENCE_CHARS / 2 && !isSpace(text.charCodeAt(cut))) cut--;
    if (!isSpace(text.charCodeAt(cut))) {
      cut = s + MAX_SENTENCE_CHARS;
      if (isLowSurrogate(text.charCodeAt(cut))) cut--;
    }
    const pieceEnd = skipSpacesBack(text, cut);
    if (pieceEnd > s) out.push({ start: s, end: pieceEnd });
    s = skipSpaces(text, cut);
  }
  if (s < e) out.push({ start: s, end: e });
}

/** Start of the word that ends at `end`: back over non-space characters, stopping at opening quotes/brackets. */
function wordStartBefore(text: string, end: number): number {
  let i = end;
  const limit = Math.max(0, end - MAX_WORD_LOOKBACK);
  while (i > limit) {
    const c = text.charCodeAt(i - 1);
    if (isSpace(c) || isOpener(c) || (isCloser(c) && c !== 39 && c !== 0x2019)) break; // ' ’ are apostrophes here
    i--;
  }
  return i;
}

/** The word ending before position `wordStart` (after skipping spaces), without surrounding punctuation. */
function wordBefore(text: string, wordStart: number): string {
  const end = skipSpacesBack(text, wordStart);
  if (end === wordStart && end > 0) return '';
  return text.slice(wordStartBefore(text, end), end);
}

/** The run of letters starting at `start` ("Juli" in "Juli 2023"). */
function wordAt(text: string, start: number): string {
  let i = start;
  while (i < text.length && i - start < MAX_WORD_LOOKBACK && /\p{L}/u.test(text[i]!)) i++;
  return text.slice(start, i);
}

function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function skipInlineSpaces(text: string, i: number, limit: number): number {
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) || isLineBreak(c)) break;
    i++;
  }
  return i;
}

function skipSpacesBack(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x85 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029;
}

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Closing quotes and brackets that follow a full stop and belong to the sentence. */
function isCloser(c: number): boolean {
  return (
    c === 34 /* " */ ||
    c === 39 /* ' */ ||
    c === 41 /* ) */ ||
    c === 93 /* ] */ ||
    c === 0x201c /* “ (German closing) */ ||
    c === 0x201d /* ” */ ||
    c === 0x2019 /* ’ */ ||
    c === 0x2018 /* ‘ (German closing single) */ ||
    c === 0xbb /* » */ ||
    c === 0xab /* « */ ||
    c === 0x203a /* › */ ||
    c === 0x2039 /* ‹ */ ||
    c === 0x300d /* 」 */ ||
    c === 0x300f /* 』 */ ||
    c === 0xff09 /* ） */
  );
}

function isOpener(c: number): boolean {
  return c === 40 || c === 91 || c === 0x201e /* „ */ || c === 0x201a /* ‚ */;
}
