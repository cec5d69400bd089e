/**
 * The syntax stage (option `syntax`): UPOS, lemma, features, head and relation for every token, from the syntax
 * model the language profile names (profile.syntax), loaded once per pipeline on the first document that needs it.
 *
 * Tokens and syntactic words. The parser works on UD's syntactic words: German contractions are two words ("zum" =
 * "zu" + "dem"), English clitics too ("don't" = "do" + "n't", "John's" = "John" + "'s"). Such a token is described
 * by the one of its words that is nearest the root of the tree (the first word on a tie; in a normal parse both words
 * of "zum" hang from the same noun, so the preposition "zu", ADP/case, describes "zum"): its UPOS, lemma and
 * relation; its head is the token of that word's head. Its features are that word's, or, when it has none, those of
 * the other word(s) (so "zum" gets the article's Case=Dat|Gender=Masc|Number=Sing, "I'm" keeps the pronoun's). Taking
 * the word nearest the root keeps the token heads a tree.
 *
 * Long sentences. A sentence of more than `maxSentenceWords` words (default 250; usually a list or table the sentence
 * splitter could not cut) is parsed in pieces of at most that many words, cut after punctuation where possible; the
 * root of each later piece is attached to the first piece's root as `parataxis` (one tree per sentence still), and
 * one diagnostic W008 per document counts such sentences (its span: from the first to the last). Cost stays linear.
 */
import type { SyntaxProfile } from '../doc/language-profile.js';
import type { Stage, Token, TokenSyntax, WorkingDoc } from '../doc/types.js';
import { splitGermanContractions, type SplitWords } from './contractions.js';
import { splitEnglishClitics } from './clitics.js';
import { particleVerbLemmas } from './separable.js';

/** One syntactic word's analysis, as the parser gives it (heads 1-based in the sentence, 0 = root). */
export interface WordAnalysis {
  upos: string;
  lemma: string;
  feats: string;
  head: number;
  deprel: string;
}

/** Tags and parses one sentence's syntactic words (parseSentence with a loaded model). */
export type WordParser = (words: readonly string[]) => WordAnalysis[];

export const DEFAULT_MAX_SENTENCE_WORDS = 250;

/** The syntactic words of a sentence's tokens, as the profile splits them; `source` maps each word to its token. */
export function syntacticWords(tokens: readonly string[], profile: Pick<SyntaxProfile, 'splitContractions' | 'splitClitics'>): SplitWords {
  if (profile.splitContractions) return splitGermanContractions(tokens);
  if (profile.splitClitics) return splitEnglishClitics(tokens);
  return { words: [...tokens], source: tokens.map((_, i) => i) };
}

export interface SentenceAnalysis {
  /** syntactic words */
  words: string[];
  /** for each word, the index of the token (in the sentence) it comes from */
  source: number[];
  /** for each word: UPOS, lemma (UD's: "legte" → legen), feats, head (1-based in the sentence, 0 = root), relation */
  parsed: WordAnalysis[];
  /** the number of pieces the sentence was parsed in (1 unless it is longer than the bound) */
  pieces: number;
}

const PUNCT = /^\p{P}+$/u;

/** Parse words, in pieces of at most `max` words when there are more (see the file comment). Words that share a token stay in one piece. */
export function parseWords(parse: WordParser, words: readonly string[], source: readonly number[], max = DEFAULT_MAX_SENTENCE_WORDS): { parsed: WordAnalysis[]; pieces: number } {
  if (words.length <= max) return { parsed: parse(words), pieces: 1 };
  const parsed: WordAnalysis[] = [];
  let pieces = 0, firstRoot = 0;
  for (let from = 0; from < words.length; ) {
    let to = Math.min(words.length, from + max);
    if (to < words.length) {
      // prefer a cut after punctuation in the second half of the window; never inside a token's words
      let cut = to;
      for (let k = to; k > from + (max >> 1); k--) if (PUNCT.test(words[k - 1]!) && source[k] !== source[k - 1]) { cut = k; break; }
      while (cut > from + 1 && source[cut] === source[cut - 1]) cut--;
      to = cut;
    }
    const piece = parse(words.slice(from, to));
    for (const w of piece) {
      if (w.head === 0) {
        if (pieces === 0) { firstRoot = parsed.length + 1; parsed.push(w); }
        else parsed.push({ ...w, head: firstRoot, deprel: 'parataxis' });
      } else parsed.push({ ...w, head: w.head + from });
    }
    pieces++;
    from = to;
  }
  return { parsed, pieces };
}

/** One sentence's token analyses (heads as token indices in the sentence, -1 = root) and how many pieces it took. */
export function analyseTokens(
  parse: WordParser, texts: readonly string[], profile: SyntaxProfile, max = DEFAULT_MAX_SENTENCE_WORDS,
): { analyses: TokenSyntax[]; pieces: number } {
  const a = analyseSentence(parse, texts, profile, max);
  return { analyses: tokenAnalyses(a, texts.length, profile.separableVerbs), pieces: a.pieces };
}

/** Split a sentence's tokens into syntactic words and parse them. */
export function analyseSentence(parse: WordParser, tokens: readonly string[], profile: Pick<SyntaxProfile, 'splitContractions' | 'splitClitics'>, max = DEFAULT_MAX_SENTENCE_WORDS): SentenceAnalysis {
  const { words, source } = syntacticWords(tokens, profile);
  return { words, source, ...parseWords(parse, words, source, max) };
}

function mergeFeats(list: readonly string[]): string {
  const kv = new Map<string, string>();
  for (const f of list) {
    if (f === '_' || f === '') continue;
    for (const p of f.split('|')) {
      const eq = p.indexOf('=');
      const k = eq < 0 ? p : p.slice(0, eq);
      if (!kv.has(k)) kv.set(k, p);
    }
  }
  if (kv.size === 0) return '_';
  return [...kv.keys()].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)).map((k) => kv.get(k)!).join('|');
}

/**
 * Per token of the sentence (`tokenCount` of them), its analysis, heads as token indices in the sentence (-1 = root).
 * `separableVerbs`: a verb's lemma takes in its separated particle ("legte … ein" → einlegen).
 */
export function tokenAnalyses(a: SentenceAnalysis, tokenCount: number, separableVerbs: boolean): TokenSyntax[] {
  const n = a.words.length;
  const head = a.parsed.map((w) => (Number.isInteger(w.head) && w.head >= 0 && w.head <= n ? w.head : 0));
  const lemmas = separableVerbs ? particleVerbLemmas(a.parsed) : a.parsed.map((w) => w.lemma);
  // depth of each word (root = 0); a malformed head chain counts as reaching the root
  const depth = new Int32Array(n).fill(-1);
  const depthOf = (i: number): number => {
    const path: number[] = [];
    let j = i;
    while (depth[j]! < 0) {
      path.push(j);
      if (head[j] === 0 || path.length > n) break;
      j = head[j]! - 1;
    }
    let d: number;
    if (depth[j]! >= 0) d = depth[j]! + 1;
    else { depth[j] = 0; path.pop(); d = 1; } // j is the root (or where a malformed chain was cut)
    for (let k = path.length - 1; k >= 0; k--) depth[path[k]!] = d++;
    return depth[i]!;
  };
  const wordsOf: number[][] = Array.from({ length: tokenCount }, () => []);
  a.source.forEach((t, i) => wordsOf[t]?.push(i));
  return wordsOf.map((ws, t) => {
    if (ws.length === 0) return { upos: 'X', lemma: '_', feats: '_', head: -1, deprel: 'root' };
    let rep = ws[0]!;
    if (ws.length > 1) for (const w of ws) if (depthOf(w) < depthOf(rep)) rep = w;
    let h = head[rep]!, guard = 0;
    while (h !== 0 && a.source[h - 1] === t && guard++ <= n) h = head[h - 1]!;
    const w = a.parsed[rep]!;
    return {
      upos: w.upos,
      lemma: lemmas[rep]!,
      feats: ws.length === 1 || (w.feats !== '_' && w.feats !== '') ? w.feats : mergeFeats(ws.filter((x) => x !== rep).map((x) => a.parsed[x]!.feats)),
      head: h === 0 || a.source[h - 1] === t ? -1 : a.source[h - 1]!,
      deprel: w.deprel,
    };
  });
}

export interface SyntaxStageOptions {
  /** Folder holding de/ and en/ model folders (the pipeline's modelDir); default: the package's models/. */
  modelDir?: string;
  /** Longest sentence parsed whole, in syntactic words (default 250); longer ones are parsed in pieces (W008). */
  maxSentenceWords?: number;
}

/** Runs of tokens with the same sentence index: [first, end) per run, in order. */
function sentenceRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence) j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * The stage, given how to get the parser of a profile's model (src/syntax/index.ts: syntaxStage() loads each model
 * once, on first use).
 */
export function createSyntaxStage(parserFor: (profile: SyntaxProfile) => WordParser, options: SyntaxStageOptions = {}): Stage {
  const max = options.maxSentenceWords ?? DEFAULT_MAX_SENTENCE_WORDS;
  return {
    name: 'syntax',
    requires: ['language', 'tokens', 'sentences'],
    provides: ['syntax'],
    run(doc: WorkingDoc) {
      const tokens = doc.tokens ?? [];
      const out: (TokenSyntax | undefined)[] = new Array(tokens.length).fill(undefined);
      doc.syntax = out;
      const profile = doc.profile?.syntax;
      if (!profile) {
        if (tokens.length) {
          doc.diagnostics.push({
            code: 'W007',
            severity: 'info',
            message: `No syntax model for ${doc.language?.code ?? 'this language'}: tokens carry offsets only.`,
          });
        }
        return;
      }
      const parse = parserFor(profile);
      const long: [number, number, number][] = []; // [first token, last token, pieces] of each sentence parsed in pieces
      for (const [from, to] of sentenceRuns(tokens)) {
        const texts: string[] = [];
        for (let i = from; i < to; i++) texts.push(tokens[i]!.text);
        const { analyses, pieces } = analyseTokens(parse, texts, profile, max);
        if (pieces > 1) long.push([from, to - 1, pieces]);
        // analyseTokens gives fresh objects: their heads move to document indices in place
        for (let k = 0; k < analyses.length; k++) {
          const t = analyses[k]!;
          t.head = t.head < 0 ? -1 : t.head + from;
          out[from + k] = t;
        }
      }
      if (long.length) {
        const [first, last] = [long[0]!, long[long.length - 1]!];
        doc.diagnostics.push({
          code: 'W008',
          severity: 'info',
          message:
            `${long.length} sentence(s) longer than ${max} words were parsed in pieces (${long.reduce((n, x) => n + x[2], 0)} in all); ` +
            `the later pieces' roots hang from the first piece's root as parataxis.`,
          start: tokens[first[0]]!.start,
          end: tokens[last[1]]!.end,
        });
      }
    },
  };
}
