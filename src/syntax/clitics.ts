/**
 * English clitics as UD English EWT writes them: one token, two syntactic words ("don't" = "do" + "n't", "can't" =
 * "ca" + "n't", "John's" = "John" + "'s", "I'm" = "I" + "'m", "cannot" = "can" + "not", "Jones'" = "Jones" + "'").
 * Our tokeniser keeps such words whole (as the NER corpora do); the parser was trained on EWT's words.
 */
import type { SplitWords } from './contractions.js';

const NEG = /^(\p{L}+)(n['’]t)$/iu;
const CLITIC = /^(\p{L}[\p{L}.]*?)(['’](?:s|m|d|ll|ve|re))$/iu;
const POSSESSIVE_S = /^(\p{L}+[sS])(['’])$/u;

/** The syntactic words of one English token (the token itself when it holds no clitic). */
export function englishWords(token: string): string[] {
  let m = NEG.exec(token);
  if (m) return [m[1]!, m[2]!];
  m = CLITIC.exec(token);
  if (m) return [m[1]!, m[2]!];
  if (/^cannot$/i.test(token)) return [token.slice(0, 3), token.slice(3)];
  m = POSSESSIVE_S.exec(token);
  if (m) return [m[1]!, m[2]!];
  return [token];
}

/** Split English clitics off their tokens; `source` gives each word's token index. */
export function splitEnglishClitics(tokens: readonly string[]): SplitWords {
  const words: string[] = [], source: number[] = [];
  tokens.forEach((t, i) => {
    for (const w of englishWords(t)) { words.push(w); source.push(i); }
  });
  return { words, source };
}
