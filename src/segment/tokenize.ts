/**
 * Word tokeniser with exact UTF-16 offsets, for German and English news text, following the token conventions
 * of the German NER corpora (GermEval 2014, UNER) so that the tagger trained on them sees familiar tokens:
 * - punctuation and quotes („ “ " ' » « ( ) , : ; ! ?) are tokens of their own; "..." is one token;
 * - hyphenated words stay whole ("Suk-yeol", "NATO-Hügel", "Baden-Württemberg"), a truncated first part keeps
 *   its hyphen ("Atomwaffen- und Raketenprogramme");
 * - abbreviations keep their dot ("Dr.", "z.B.", "Nr.", "U.S.", the "z." and "B." of "z. B."), and so do German
 *   ordinals and dates inside a sentence ("am 11. Juli", "der 3. Platz", "Benedikt XVI.");
 * - numbers stay whole ("3,5", "1.000", "3.5", "11.07.2023", "6:30"), as do URLs, e-mail addresses, @handles;
 * - a possessive apostrophe after s/x/z stays on its word ("Pompeius'").
 */
import type { Token } from '../doc/types.js';
import type { SegmentProfile } from '../doc/language-profile.js';
import { otherLanguage } from '../lang/other.js';
import { dotBelongsToWord, type SentenceSpan } from './sentences.js';

const URL_TRAILING_PUNCT_RE = /[.,;:!?)\]'"’”“»]+$/;
const LOWER_RE = /^\p{Ll}$/u;
const UPPER_RE = /^\p{Lu}$/u;
const POSSESSIVE_END_RE = /[sxzßSXZ]$/;
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;

/** Per BMP code unit: 0 = not classified yet, 1 = letter/mark/digit, 2 = other. Filled lazily. */
const WORD_CHAR_CACHE = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  WORD_CHAR_CACHE[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
}

/** Length in code units of the word character at i (1 or 2), or 0 if text[i] is not a letter, mark or digit. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    return WORD_CHAR_RE.test(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : 0;
  }
  let kind = WORD_CHAR_CACHE[c]!;
  if (kind === 0) {
    kind = WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_CHAR_CACHE[c] = kind;
  }
  return kind === 1 ? 1 : 0;
}

/** "Ende.Die": a full stop without the space after it, between a lower-case word and a capitalised one. */
function isMissingSpace(slice: string, wordStart: number, dot: number): boolean {
  return (
    dot - wordStart >= 2 &&
    LOWER_RE.test(slice[dot - 1]!) &&
    LOWER_RE.test(slice[dot - 2]!) &&
    dot + 2 < slice.length &&
    UPPER_RE.test(slice[dot + 1]!) &&
    LOWER_RE.test(slice[dot + 2]!)
  );
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Characters that join two word parts into one token: "Suk-yeol", "O'Brien", "AT&T", "km/h", "z.B", "a@b.de". */
function isJoiner(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019 || c === 38 || c === 47 || c === 46 || c === 64 || c === 95;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0xfeff || c === 0x85 || c === 0x1680 || c === 0x205f;
}

function startsUrl(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 104 /* h */) return text.startsWith('https://', i) || text.startsWith('http://', i);
  if (c === 119 /* w */) return text.startsWith('www.', i) && wordCharLength(text, i + 4) > 0;
  return false;
}

/** Characters that end a URL: whitespace, angle brackets and quotes. */
function endsUrl(c: number): boolean {
  return isSpaceCode(c) || c === 60 || c === 62 || c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;
}

/** Tokenise text[start, end) and return tokens with offsets into the whole text; `sentence` is set to -1. */
export function tokenizeRange(text: string, start = 0, end = text.length, segment: SegmentProfile = otherLanguage.segment): Token[] {
  const out: Token[] = [];
  pushTokens(out, text, start, end, segment, -1);
  return out;
}

/** Tokenise each sentence span; Token.sentence is the index of the sentence in `sentences`. */
export function tokenizeSentences(text: string, sentences: readonly SentenceSpan[], segment: SegmentProfile = otherLanguage.segment): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < sentences.length; i++) pushTokens(out, text, sentences[i]!.start, sentences[i]!.end, segment, i);
  return out;
}

function pushTokens(out: Token[], text: string, start: number, end: number, segment: SegmentProfile, sentence: number): void {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  const n = slice.length;
  let i = 0;
  while (i < n) {
    const c = slice.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const s = i;
    let e: number;
    const first = wordCharLength(slice, i);
    const prefixed = first === 0 && (c === 64 || c === 35) && i + 1 < n && wordCharLength(slice, i + 1) > 0; // @handle, #tag
    if (first > 0 && startsUrl(slice, i)) {
      e = i;
      while (e < n && !endsUrl(slice.charCodeAt(e))) e++;
      const trailing = URL_TRAILING_PUNCT_RE.exec(slice.slice(s, e));
      if (trailing) e -= trailing[0].length;
    } else if (first > 0 || prefixed) {
      e = prefixed ? i + 1 : i;
      for (;;) {
        while (e < n) {
          const cc = slice.charCodeAt(e);
          if (cc < 128) {
            // ASCII fast path
            if ((cc >= 97 && cc <= 122) || (cc >= 65 && cc <= 90) || (cc >= 48 && cc <= 57)) e++;
            else break;
          } else {
            const w = wordCharLength(slice, e);
            if (w === 0) break;
            e += w;
          }
        }
        if (e + 1 >= n) break;
        const j = slice.charCodeAt(e);
        const joins = isJoiner(j) || ((j === 44 || j === 58) /* , : */ && isDigitCode(slice.charCodeAt(e - 1)) && isDigitCode(slice.charCodeAt(e + 1)));
        if (!joins || wordCharLength(slice, e + 1) === 0) break;
        if (j === 46 && isMissingSpace(slice, s, e)) break;
        e++;
      }
      e = extendWord(slice, s, e, n, segment);
    } else if (c === 46 && i + 1 < n && slice.charCodeAt(i + 1) === 46) {
      e = i + 2;
      while (e < n && slice.charCodeAt(e) === 46) e++;
    } else {
      e = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
    }
    out.push({ start: start + s, end: start + e, text: slice.slice(s, e), sentence });
    i = e;
  }
}

/** The full stop of an abbreviation or ordinal, the hyphen of a truncated compound, a possessive apostrophe. */
function extendWord(
  slice: string,
  s: number,
  e: number,
  n: number,
  segment: SegmentProfile,
): number {
  if (e >= n) return e;
  const after = slice.charCodeAt(e);
  if (after === 46 /* . */) {
    if (!(e + 1 < n && slice.charCodeAt(e + 1) === 46) && dotBelongsToWord(slice, e, n, segment, s)) return e + 1;
  } else if (after === 45 || after === 0x2010 || after === 0x2011) {
    // "Atomwaffen- und …"
    const next = e + 1 < n ? slice.charCodeAt(e + 1) : 32;
    if (isSpaceCode(next) || next === 44 || next === 47) return e + 1;
  } else if ((after === 39 || after === 0x2019) && POSSESSIVE_END_RE.test(slice.slice(e - 1, e))) {
    // "Pompeius' Truppen", not a closing quote after 'Wort'
    const before = s > 0 ? slice.charCodeAt(s - 1) : 32;
    if (before !== 39 && before !== 0x2018 && before !== 0x201a && (e + 1 >= n || wordCharLength(slice, e + 1) === 0)) return e + 1;
  }
  return e;
}
