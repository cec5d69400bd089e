/**
 * `ereignis/langid`: language identification without any model file — franc's trigram profiles over a
 * restricted candidate set, plus function-word evidence, a penalty for letters a language does not write and a
 * small prior for German and English.
 *
 * Why not plain franc: over all 187 languages it calls English sentences Scots and German ones Low German,
 * its scores are relative (the best is always 1), and it is slow on large input. Here the text is sampled
 * (at most MAX_WINDOWS windows of WINDOW_CHARS), each window is scored, and the confidence comes from the margin
 * between the best and the runner-up language and from the amount of text.
 *
 * @module ereignis/langid
 */
import { francAll } from './trigrams.js';
import { CODES, EreignisError } from '../../errors.js';
import type { Diagnostic, Language } from '../../schema/document.js';
import { FUNCTION_WORD_LANGUAGES, FUNCTION_WORDS, NATIVE_LETTERS } from './function-words.js';
import { CANDIDATES, ISO639_1_TO_3, ISO639_3_TO_1 } from './languages.js';

export { CANDIDATES, ISO639_1_TO_3, ISO639_3_TO_1 } from './languages.js';

/** Options of detectLanguage(). */
export interface DetectLanguageOptions {
  /** Restrict the candidates (ISO 639-1 or 639-3 codes, e.g. ['de', 'en']). Unknown codes throw E005. */
  only?: string[];
}

/** The detected language, as in Document.language, and the diagnostics (W001, W002) that go with it. */
export interface LanguageDetection {
  language: Language;
  diagnostics: Diagnostic[];
}

/** franc reads at most 2048 characters per call; windows stay below that after cleaning. */
const WINDOW_CHARS = 2000;
/** Sample at most this many windows (≤ 16 KB of text) however long the input. */
const MAX_WINDOWS = 8;
/** Fewer letters than this: too short to tell. */
const MIN_LETTERS = 10;
/** Weight of the function-word rate (hits per word) against franc's score; both are roughly 0..1. */
const FUNCTION_WORD_WEIGHT = 1;
/** Weight of the share of words with letters foreign to a language's alphabet (a penalty). */
const FOREIGN_LETTER_WEIGHT = 1;
/** Prior in favour of the languages ereignis is built for, in franc-score units. */
const PRIOR: Readonly<Record<string, number>> = { deu: 0.05, eng: 0.05 };
/**
 * The languages ereignis has pipelines for, and how much evidence (in the units of confidenceOf: 1 ≈ 63 %) another
 * language needs beyond them before it wins. Added as a score margin that shrinks with the square root of the
 * informative letters, it decides short and name-heavy text and vanishes on long text.
 */
const HOME_LANGUAGES: readonly string[] = ['deu', 'eng'];
const HOME_PRIOR_EVIDENCE = 1.5;
/** Scale of confidenceOf: a margin of CONFIDENCE_SCALE / √letters is 1 unit of evidence. */
const CONFIDENCE_SCALE = 0.6;
/** A language must win windows holding this share of the sampled letters, or the text is too mixed. */
const MIN_SHARE = 0.6;
/** Windows with fewer letters are short text: see scoreNamesOut and the function-word rate in scoreWindow. */
const SHORT_TEXT_LETTERS = 200;
/** Short text whose informative letters are fewer than this share of its letters is name-heavy. */
const NAME_HEAVY_SHARE = 0.5;
/** Below this many informative letters franc's say on short text shrinks in proportion. */
const FRANC_FULL_WEIGHT_LETTERS = 30;
/** Lower-case words need this many characters to be scored on their own. */
const MIN_LOWER_CASE_CHARS = 12;
/** Below this confidence the answer is 'und' (too mixed or too little evidence). */
const MIN_CONFIDENCE = 0.3;

/** Groups of languages that franc's profiles and the function words barely tell apart on short text. */
const SIBLINGS: ReadonlyMap<string, readonly string[]> = new Map(
  [['dan', 'nob'], ['hrv', 'bos', 'srp'], ['ind', 'zlm'], ['ces', 'slk'], ['glg', 'por']].flatMap((group) =>
    group.map((lang) => [lang, group] as const),
  ),
);

// franc's own cleaning drops ASCII punctuation and digits only; drop all punctuation, symbols and digits so
// typographic quotes do not form trigrams and window length counts letters.
const NON_LETTERS_RE = /[\p{P}\p{S}\p{N}\s]+/gu;
const WORD_RE = /\p{L}+/gu;
const NON_ASCII_RE = /[^\x00-\x7f]/;

const FUNCTION_WORD_INDEX = new Map(FUNCTION_WORD_LANGUAGES.map((lang, index) => [lang, index]));

interface WindowScore {
  /** Combined score per candidate; higher is better. */
  scores: Map<string, number>;
  best: string;
  letters: number;
  /** Letters outside name-like words. */
  informativeLetters: number;
}

/** Detects the language of a text; 'und' with a diagnostic when it is too short or too mixed to tell. */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): LanguageDetection {
  const candidates = resolveCandidates(options.only);
  if (text.trim() === '') {
    return undetermined([diagnostic('W001', 'no text to detect a language in')]);
  }

  const windows: WindowScore[] = [];
  let unscoredLetters = 0;
  for (const [start, end] of sampleWindows(text)) {
    const score = scoreWindow(text.slice(start, end), candidates);
    if (typeof score === 'number') unscoredLetters += score;
    else windows.push(score);
  }
  const letters = windows.reduce((sum, w) => sum + w.letters, 0);
  if (letters < MIN_LETTERS) {
    const why = unscoredLetters >= MIN_LETTERS ? 'no candidate language is written in this script' : `too few letters (${letters})`;
    return undetermined([diagnostic('W002', why)]);
  }
  applyHomePrior(windows);

  // Letter-weighted sum of the window scores, and how much of the text each window winner takes.
  const totals = new Map<string, number>();
  const winnerShare = new Map<string, number>();
  for (const w of windows) {
    const weight = w.letters / letters;
    for (const [lang, score] of w.scores) totals.set(lang, (totals.get(lang) ?? 0) + weight * score);
    winnerShare.set(w.best, (winnerShare.get(w.best) ?? 0) + weight);
  }
  const ranked = [...totals].sort((a, b) => b[1] - a[1]);
  const [best, bestScore] = ranked[0]!;
  const share = winnerShare.get(best) ?? 0;
  // Close relatives (Danish/Norwegian, Croatian/Serbian/Bosnian, …) often tie on a sentence: then the language
  // group is certain and the choice inside it a coin flip, which should lower the confidence but not give 'und'.
  const group = SIBLINGS.get(best);
  const rival = ranked.find(([lang]) => lang !== best && !group?.includes(lang));
  const sibling = ranked.find(([lang]) => lang !== best && group?.includes(lang) === true);
  const groupConfidence = confidenceOf(bestScore - (rival?.[1] ?? 0), letters);
  const siblingConfidence = sibling ? confidenceOf(bestScore - sibling[1], letters) : 1;
  const confidence = round(groupConfidence * (0.5 + 0.5 * siblingConfidence) * share);
  if (share < MIN_SHARE) {
    return undetermined([diagnostic('W002', `text is mixed: ${best} in only ${Math.round(share * 100)} % of the sample`)]);
  }
  if (confidence < MIN_CONFIDENCE) {
    return undetermined([diagnostic('W002', `best guess ${best} is too close to ${rival?.[0] ?? 'none'}`)]);
  }
  return {
    language: { code: ISO639_3_TO_1[best] ?? 'und', iso639_3: best, confidence, method: 'franc' },
    diagnostics: [],
  };
}

/**
 * Names carry no language signal, so the evidence a text holds is its informative letters (those outside name-like
 * words). The fewer there are, the larger the margin by which another language must beat German and English.
 */
function applyHomePrior(windows: WindowScore[]): void {
  const informative = windows.reduce((sum, w) => sum + w.informativeLetters, 0);
  const boost = (HOME_PRIOR_EVIDENCE * CONFIDENCE_SCALE) / Math.sqrt(Math.max(informative, MIN_LETTERS));
  for (const w of windows) {
    for (const lang of HOME_LANGUAGES) {
      const score = w.scores.get(lang);
      if (score !== undefined) w.scores.set(lang, score + boost);
    }
    w.best = bestOf(w.scores, w.best);
  }
}

function bestOf(scores: ReadonlyMap<string, number>, fallback: string): string {
  let best = fallback;
  let bestScore = -Infinity;
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      bestScore = score;
      best = lang;
    }
  }
  return best;
}

/**
 * Confidence from the score margin (franc-score units, ~0.01 for a close call on a sentence) and the amount of
 * text: the same margin over more letters is stronger evidence. Calibrated on the dev sets (docs/langid.md).
 */
function confidenceOf(margin: number, letters: number): number {
  const evidence = margin * Math.sqrt(Math.min(letters, 4000));
  return 1 - Math.exp(-evidence / CONFIDENCE_SCALE);
}

/** Scores of one window, or the number of letters in it when no candidate could be scored. */
function scoreWindow(raw: string, candidates: readonly string[]): WindowScore | number {
  const cleaned = raw.replace(NON_LETTERS_RE, ' ').trim();
  const letters = cleaned.length - countSpaces(cleaned);
  if (letters === 0) return 0;
  const ranked = francAll(cleaned, { only: candidates as string[], minLength: 1 });
  if (ranked.length === 0 || ranked[0]![0] === 'und') return letters;
  const informative = informativeLetters(raw);
  const nameHeavy = letters < SHORT_TEXT_LETTERS && informative < NAME_HEAVY_SHARE * letters;
  if (nameHeavy) scoreNamesOut(ranked, raw, candidates);
  // Capitalised words are mostly names in English (and nouns in German): names carry no language signal but
  // sway franc on news sentences. Average in the score of the lower-case words alone when there are enough.
  const lowerCaseText = lowerCaseWords(cleaned);
  if (lowerCaseText.length >= MIN_LOWER_CASE_CHARS && !nameHeavy) {
    // Only the first pass's leaders can win: rescoring them alone keeps this second pass cheap.
    const leaders = ranked.slice(0, LOWER_CASE_RESCORE).map(([lang]) => lang);
    const lowerScores = new Map(francAll(lowerCaseText, { only: leaders, minLength: 1 }));
    for (const entry of ranked) entry[1] = (entry[1] + (lowerScores.get(entry[0]) ?? 0)) / 2;
  }

  const words = wordsOf(cleaned);
  const hits = countFunctionWords(words);
  // On short text the function-word rate is taken over the words that can carry a language (names left out)
  const wordsForRate = letters < SHORT_TEXT_LETTERS ? Math.max(1, informativeWords(raw).length) : words.length;
  const foreign = countForeignLetterWords(words);
  const scores = new Map<string, number>();
  for (const [lang, francScore] of ranked) {
    const fwIndex = FUNCTION_WORD_INDEX.get(lang);
    const fwRate = fwIndex === undefined || words.length === 0 ? 0 : hits[fwIndex]! / wordsForRate;
    const foreignRate = words.length === 0 ? 0 : (foreign.get(lang) ?? 0) / words.length;
    scores.set(lang, francScore + FUNCTION_WORD_WEIGHT * fwRate - FOREIGN_LETTER_WEIGHT * foreignRate + (letters < SHORT_TEXT_LETTERS ? 0 : PRIOR[lang] ?? 0));
  }
  return { scores, best: bestOf(scores, ranked[0]![0]), letters, informativeLetters: informative };
}

/**
 * Short text: franc reads only the words that are not name-like ("Boris Johnson met Joe Biden in London." → "met
 * in"), and its say shrinks with the letters left, so that on a name-heavy sentence function words, alphabets and
 * the German/English prior decide. Scores are franc's relative scores (best 1), pulled towards 1 for every
 * candidate by the missing weight.
 */
function scoreNamesOut(ranked: Array<[string, number]>, raw: string, candidates: readonly string[]): void {
  const informative = informativeWords(raw).join(' ');
  const weight = Math.min(1, informative.replace(/ /g, '').length / FRANC_FULL_WEIGHT_LETTERS);
  const masked = weight > 0 ? new Map(francAll(informative, { only: candidates as string[], minLength: 1 })) : new Map<string, number>();
  for (const entry of ranked) entry[1] = 1 - weight * (1 - (masked.get(entry[0]) ?? 0));
}

/** How many of franc's best candidates are rescored on the lower-case words. */
const LOWER_CASE_RESCORE = 12;

const LOWER_CASE_WORD_RE = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu;

function lowerCaseWords(cleaned: string): string {
  return (cleaned.match(LOWER_CASE_WORD_RE) ?? []).join(' ');
}

/**
 * The words that are not name-like. A capitalised word is taken for a name unless it is a function word ("Die",
 * "The", "Het") or starts a sentence followed by a lower-case word ("Ongeldige bytereeks…", not "Boris Johnson
 * met…"); all-capital words (NATO, EU) are names. German nouns count as names too, which only makes German and
 * English likelier on short German text.
 */
function informativeWords(raw: string): string[] {
  const tokens = raw.match(WORD_OR_STOP_RE) ?? [];
  const out: string[] = [];
  let sentenceStart = true;
  tokens.forEach((token, i) => {
    if (!LETTER_START_RE.test(token)) {
      sentenceStart = true;
      return;
    }
    const startsSentence = sentenceStart;
    sentenceStart = false;
    if (!UPPER_CASE_START_RE.test(token) || FUNCTION_WORDS.has(token.toLowerCase())) out.push(token);
    else if (startsSentence && !ALL_CAPS_RE.test(token) && LOWER_CASE_START_RE.test(tokens[i + 1] ?? '')) out.push(token);
  });
  return out;
}

function informativeLetters(raw: string): number {
  return informativeWords(raw).reduce((sum, word) => sum + word.length, 0);
}

const WORD_OR_STOP_RE = /\p{L}[\p{L}\p{M}]*|[.!?…:;]/gu;
const LETTER_START_RE = /^\p{L}/u;
const LOWER_CASE_START_RE = /^\p{Ll}/u;
const ALL_CAPS_RE = /^[\p{Lu}\p{M}]{2,}$/u;
const UPPER_CASE_START_RE = /^\p{Lu}/u;

function wordsOf(cleaned: string): string[] {
  const words: string[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(cleaned); m; m = WORD_RE.exec(cleaned)) words.push(m[0].toLowerCase());
  return words;
}

function countFunctionWords(words: readonly string[]): number[] {
  const hits = new Array<number>(FUNCTION_WORD_LANGUAGES.length).fill(0);
  for (const word of words) {
    const langs = FUNCTION_WORDS.get(word);
    if (langs) for (const index of langs) hits[index]!++;
  }
  return hits;
}

/** Per language with a known alphabet: how many words contain a letter it does not write. */
function countForeignLetterWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) {
    if (!NON_ASCII_RE.test(word)) continue;
    for (let k = 0; k < NATIVE_CODES.length; k++) {
      const [lang, native] = NATIVE_CODES[k]!;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (c > 0x7f && !native.has(c)) {
          counts.set(lang, (counts.get(lang) ?? 0) + 1);
          break;
        }
      }
    }
  }
  return counts;
}

/**
 * NATIVE_LETTERS as UTF-16 code units, read by index: no string per character (`for … of` made one for each letter of
 * every non-ASCII word, for each of the 30 candidates). The letters are all in the BMP, so a surrogate (a letter
 * outside it) is foreign to every candidate, as before.
 */
const NATIVE_CODES: ReadonlyArray<readonly [string, ReadonlySet<number>]> = [...NATIVE_LETTERS].map(([lang, letters]) => [lang, new Set([...letters].map((ch) => ch.charCodeAt(0)))] as const);

function countSpaces(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

/** Up to MAX_WINDOWS windows spread evenly over the text, their edges moved to whitespace. */
function sampleWindows(text: string): Array<[number, number]> {
  // Up to two windows' worth, one window over the whole text: overlapping windows would score the same text twice.
  if (text.length <= 2 * WINDOW_CHARS) return [[0, text.length]];
  const count = Math.min(MAX_WINDOWS, Math.ceil(text.length / WINDOW_CHARS));
  const step = (text.length - WINDOW_CHARS) / Math.max(1, count - 1);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < count; i++) {
    const nominal = Math.round(i * step);
    const start = i === 0 ? 0 : nextSpace(text, nominal, nominal + 100);
    const end = start + WINDOW_CHARS >= text.length ? text.length : previousSpace(text, start + WINDOW_CHARS, start + WINDOW_CHARS - 100);
    out.push([start, end]);
  }
  return out;
}

function nextSpace(text: string, from: number, limit: number): number {
  for (let i = from; i < limit && i < text.length; i++) if (isSpace(text.charCodeAt(i))) return i + 1;
  return from;
}

function previousSpace(text: string, from: number, limit: number): number {
  for (let i = from; i > limit && i > 0; i--) if (isSpace(text.charCodeAt(i))) return i;
  return from;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0;
}

function resolveCandidates(only: string[] | undefined): readonly string[] {
  if (only === undefined) return CANDIDATES;
  if (!Array.isArray(only) || only.length === 0) {
    throw new EreignisError('E001', 'langid option "only" must be a non-empty array of language codes');
  }
  return only.map((code) => {
    const lower = String(code).toLowerCase();
    const three = lower.length === 2 ? ISO639_1_TO_3[lower] : lower in ISO639_3_TO_1 ? lower : undefined;
    if (!three) throw new EreignisError('E005', `"${code}" is not a supported language (ISO 639-1 or 639-3 code expected)`);
    return three;
  });
}

/** 'und' always has confidence 0; the diagnostic says why. */
function undetermined(diagnostics: Diagnostic[]): LanguageDetection {
  return { language: { code: 'und', iso639_3: 'und', confidence: 0, method: 'franc' }, diagnostics };
}

function diagnostic(code: 'W001' | 'W002', detail: string): Diagnostic {
  return { code, severity: 'warning', message: `${CODES[code]}: ${detail}` };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;
}

/** ISO 639-3 code for an ISO 639-1 (or 639-3) code, 'und' when unknown: for a language given by the caller. */
export function toIso639_3(code: string): string {
  const lower = code.toLowerCase();
  if (lower in ISO639_3_TO_1) return lower;
  return ISO639_1_TO_3[lower] ?? 'und';
}
