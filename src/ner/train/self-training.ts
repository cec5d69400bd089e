/**
 * Self-training data for the German NER tagger (issue 15): sentences of unlabeled text labelled by a teacher (the
 * entity stage of extract() with a first-stage model), kept where the teacher is sure. Measured in docs/models.md.
 */
import type { Sentence } from '../corpus.js';
import { speechSentences, type SpeechToken } from './speeches.js';

/** A name the teacher found in a line: character offsets into the line, its type and the teacher's confidence. */
export interface TeacherSpan { start: number; end: number; type: string; confidence: number }
/** Labels one whole line (a speech: names found earlier in it help later sentences, as in extract()); undefined when
 * the teacher cannot read the line, which is then skipped. */
export type Teacher = (line: string) => TeacherSpan[] | undefined;

export interface SilverOptions {
  /** Every k-th line is read (1: all). */
  every: number;
  /** A sentence is kept only when every name in it has at least this confidence. */
  minConfidence: number;
  /** A sentence is kept only when one of its names (type + words) has been kept fewer times than this: the
   * speeches name the same parties and countries thousands of times, and repeats teach nothing new. */
  repeatCap: number;
  /** Sentences without names, as a share of those with names (so that the tagger does not learn that every
   * sentence has one). */
  emptyShare: number;
  minTokens: number;
  maxTokens: number;
  /** Lines longer than this are skipped (teacher cost). */
  maxLineLength: number;
}

export const DEFAULT_SILVER_OPTIONS: SilverOptions = {
  every: 1, minConfidence: 0.7, repeatCap: 5, emptyShare: 0.25, minTokens: 5, maxTokens: 60, maxLineLength: 100_000,
};

export interface SilverStats { lines: number; sentences: number; kept: number; keptWithoutNames: number; names: number }

/** Splits a line into sentences of tokens with offsets into the line (the tokens the trained tagger will see). */
export type SentenceSplitter = (line: string) => SpeechToken[][];

/**
 * IOB2 sentences from `lines` labelled by `teacher`. A name that covers only part of a token ("EU" in "EU-Beamter") is
 * left O, as GermEval's -part names; a sentence where a name starts or ends inside a token is dropped. `split` gives
 * the sentences and tokens (default: German speech sentences in GermEval-style tokens).
 */
export function silverSentences(lines: Iterable<string>, teacher: Teacher, options: Partial<SilverOptions> = {}, split: SentenceSplitter = speechSentences): { sentences: Sentence[]; stats: SilverStats } {
  const o = { ...DEFAULT_SILVER_OPTIONS, ...options };
  const kept = new Map<string, number>();
  const out: Sentence[] = [];
  const stats: SilverStats = { lines: 0, sentences: 0, kept: 0, keptWithoutNames: 0, names: 0 };
  let index = 0;
  for (const line of lines) {
    if (index++ % o.every !== 0 || line.length < 20 || line.length > o.maxLineLength) continue;
    const spans = teacher(line);
    if (!spans) continue;
    stats.lines++;
    for (const tokens of split(line)) {
      if (tokens.length < o.minTokens || tokens.length > o.maxTokens) continue;
      stats.sentences++;
      const from = tokens[0]!.start, to = tokens[tokens.length - 1]!.end;
      const inside = spans.filter((x) => x.start < to && x.end > from);
      if (inside.some((x) => x.confidence < o.minConfidence)) continue;
      const tags = tokens.map(() => 'O');
      const names: string[] = [];
      let aligned = true;
      for (const x of inside) {
        let first = -1, last = -1;
        for (let i = 0; i < tokens.length; i++) {
          if (tokens[i]!.start >= x.start && tokens[i]!.end <= x.end) { if (first < 0) first = i; last = i; }
        }
        if (first < 0) continue;
        if (tokens[first]!.start !== x.start || tokens[last]!.end !== x.end) { aligned = false; break; }
        for (let i = first; i <= last; i++) tags[i] = `${i === first ? 'B' : 'I'}-${x.type}`;
        names.push(`${x.type} ${tokens.slice(first, last + 1).map((t) => t.text).join(' ')}`);
      }
      if (!aligned) continue;
      if (names.length > 0) {
        if (!names.some((n) => (kept.get(n) ?? 0) < o.repeatCap)) continue;
        for (const n of names) kept.set(n, (kept.get(n) ?? 0) + 1);
      } else {
        if (stats.keptWithoutNames >= o.emptyShare * (stats.kept - stats.keptWithoutNames + 1)) continue;
        stats.keptWithoutNames++;
      }
      stats.kept++;
      stats.names += names.length;
      out.push({ words: tokens.map((t) => t.text), tags });
    }
  }
  return { sentences: out, stats };
}
