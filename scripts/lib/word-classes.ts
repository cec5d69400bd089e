/**
 * The German word classes (build time): one file, models/de/word-classes-de.bin, made by scripts/build-word-classes.ts
 * and read here by every training script that wants them (the German syntax and NER models). A class is a path in a
 * binary tree of `bits` bits (4-way splits, 2 bits per level): `code >> (bits - p)` is the class at granularity p bits
 * (p = 2, 4, …, bits). The file: gzip of a JSON header line, then one `form\tcode` line per word (sorted by form).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WORD_CLASSES_DE = join(REPO, 'models', 'de', 'word-classes-de.bin');
export const WORD_CLASSES_MANIFEST = join(REPO, 'models', 'de', 'word-classes-manifest.json');

export interface WordClasses {
  /** bits of a full class path (e.g. 10: 1024 leaf classes) */
  bits: number;
  /** form (case-sensitive) -> class path 0 .. 2^bits - 1 */
  classes: Map<string, number>;
  header: Record<string, unknown>;
  sha256: string;
}

export function parseWordClasses(file: Buffer): WordClasses {
  const text = gunzipSync(file).toString('utf8');
  const nl = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, nl)) as Record<string, unknown> & { bits: number };
  const classes = new Map<string, number>();
  for (const line of text.slice(nl + 1).split('\n')) {
    if (!line) continue;
    const t = line.lastIndexOf('\t');
    classes.set(line.slice(0, t), Number(line.slice(t + 1)));
  }
  return { bits: header.bits, classes, header, sha256: createHash('sha256').update(file).digest('hex') };
}

/** The shipped German word classes; throws when they have not been built (npm run build:word-classes). */
export function readWordClasses(file = WORD_CLASSES_DE): WordClasses {
  return parseWordClasses(readFileSync(file));
}
