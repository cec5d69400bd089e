/**
 * The German word lexicon (build time): models/de/word-lexicon-de.bin, made by scripts/build-word-lexicon.ts and read
 * here by scripts/train-de.ts. The file: gzip of a JSON header line, then one `form\tclass` line per form (sorted).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WORD_LEXICON_DE = join(REPO, 'models', 'de', 'word-lexicon-de.bin');

export interface WordLexicon {
  /** form (case-sensitive) -> class (src/ner/word-lexicon.ts) */
  forms: Map<string, string>;
  header: Record<string, unknown>;
  sha256: string;
}

/** The German word lexicon; throws when it has not been built (npm run build:word-lexicon). */
export function readWordLexicon(file = WORD_LEXICON_DE): WordLexicon {
  const bytes = readFileSync(file);
  const text = gunzipSync(bytes).toString('utf8');
  const nl = text.indexOf('\n');
  const forms = new Map<string, string>();
  for (const line of text.slice(nl + 1).split('\n')) {
    if (!line) continue;
    const t = line.lastIndexOf('\t');
    forms.set(line.slice(0, t), line.slice(t + 1));
  }
  return { forms, header: JSON.parse(text.slice(0, nl)) as Record<string, unknown>, sha256: createHash('sha256').update(bytes).digest('hex') };
}
