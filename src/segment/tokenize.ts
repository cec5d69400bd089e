/**
 * Word tokeniser with exact UTF-16 offsets, for German and English news text.
 * Tokens follow the conventions of the German NER corpora (GermEval, UNER): punctuation is split off,
 * hyphenated words stay whole ("Suk-yeol", "NATO-Hügel"), abbreviations keep their dot ("Dr.", "z.B.").
 */
import type { Token } from '../pipeline/types.js';

// Letters/digits joined by inner hyphens, apostrophes or dots (URLs, "z.B."), or a single other symbol.
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[-‐‑'’.·/&][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Tokenise text[start, end) and return tokens with offsets into the whole text; `sentence` is set to -1. */
export function tokenizeRange(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], sentence: -1 });
  }
  return out;
}
