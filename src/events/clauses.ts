/**
 * Clause segments of a sentence: where a trigger's arguments may stand.
 */
import type { DocContext } from './context.js';
import { timesWithin } from '../values/times.js';

/** A stretch of a sentence between clause boundaries. */
export interface Segment {
  /** Token range [start, end) without the boundary punctuation. */
  readonly start: number;
  readonly end: number;
  /** 'subordinate' starts with dass/that/…, 'relative' is an apposition or relative clause after a comma,
   * 'coordinate' continues the main clause after und/and. */
  readonly kind: 'main' | 'subordinate' | 'relative' | 'coordinate';
}

/** Punctuation that ends a clause for a look back from a word ("… kritisiert, hat X getroffen"). */
export const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '–', '—']);

const BOUNDARY = new Set([',', ';', ':', '(', ')', '–', '—', '-', '„', '“', '”', '"', '«', '»']);
const QUOTES = new Set(['„', '“', '”', '"', '«', '»']);

/** Splits a sentence into clause segments. Commas inside name lists ("A, B und C") and short parentheticals
 * around a name ("(EU)", "(Südkorea)") are not boundaries. */
export function segmentSentence(ctx: DocContext, sentence: number): Segment[] {
  const [from, to] = ctx.sentenceTokens[sentence]!;
  const { lower, tokens, lex } = ctx;
  const mentionStart = new Set<number>();
  const mentionEnd = new Set<number>();
  const mentionSpan = new Map<number, number>();
  for (const pm of ctx.mentionsBySentence[sentence] ?? []) {
    mentionStart.add(pm.headStart);
    mentionStart.add(pm.tokenStart);
    mentionEnd.add(pm.tokenEnd);
    mentionSpan.set(pm.tokenStart, pm.tokenEnd);
  }
  // "am Dienstag, dem 8. April 2025, in Santiago …", "on Thursday, 12 June 2025, and": a date between commas is an
  // apposition inside the clause, not a boundary; so are commas inside a date.
  const timeStarts = new Map<number, number>();
  const timeEnds = new Set<number>();
  const timeRanges: [number, number][] = [];
  if (to > from) {
    for (const t of timesWithin(ctx.times, tokens[from]!.start, tokens[to - 1]!.end)) {
      timeStarts.set(t.start, t.end);
      timeRanges.push([t.start, t.end]);
      if (t.text.includes(',') || /,\s*$/.test(ctx.text.slice(Math.max(0, t.start - 6), t.start))) timeEnds.add(t.end);
    }
  }
  let nextRange = 0;
  const segments: Segment[] = [];
  let segStart = from;
  let afterComma = false;
  let first = true;
  const close = (end: number, nextStart: number, comma: boolean): void => {
    if (end > segStart) {
      const w = lower[segStart]!;
      let kind: Segment['kind'] = 'main';
      if (lex.cues.subordinators.has(w)) kind = 'subordinate';
      else if (!first && afterComma && lex.cues.relatives.has(w)) kind = 'relative';
      else if (!first && ctx.words.clauseCoordinators.has(w)) kind = 'coordinate';
      segments.push({ start: segStart, end, kind });
      first = false;
    }
    segStart = nextStart;
    afterComma = comma;
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i]!.text;
    if (t === '(') {
      // "(EU)", "(Südkorea)": a name in brackets belongs to the clause.
      const inner = mentionSpan.get(i + 1);
      if (inner !== undefined && tokens[inner]?.text === ')') {
        i = inner;
        continue;
      }
    }
    if (t === ',' && mentionEnd.has(i) && mentionStart.has(i + 1)) continue;
    if (t === ',' && timeRanges.length > 0) {
      const at = tokens[i]!.start;
      while (nextRange < timeRanges.length && timeRanges[nextRange]![1] <= at - 1) nextRange++;
      const range = timeRanges[nextRange];
      if (range && range[0] < at && at < range[1]) continue;
      if (timeEnds.has(at)) continue;
      let k = i + 1;
      if (lex.cues.determiners.has(lower[k] ?? '')) k++;
      const dateEnd = k < to ? timeStarts.get(tokens[k]!.start) : undefined;
      let m = k;
      while (dateEnd !== undefined && m < to && tokens[m]!.start < dateEnd) m++;
      if (dateEnd !== undefined && m < to && tokens[m]!.text === ',') {
        i = m;
        continue;
      }
    }
    // "Belgien, die Niederlande und Luxemburg": an article before a listed name that a conjunction continues.
    if (t === ',' && mentionEnd.has(i) && lex.cues.determiners.has(lower[i + 1] ?? '') && mentionSpan.has(i + 2) &&
      /^\p{L}/u.test(lower[mentionSpan.get(i + 2)!] ?? '') && lex.cues.coordinators.has(lower[mentionSpan.get(i + 2)!]!)) continue;
    if (QUOTES.has(t)) continue;
    if (BOUNDARY.has(t)) {
      close(i, i + 1, t === ',');
      continue;
    }
    // "said that …" without a comma still opens a subordinate clause.
    if (i > segStart && lex.cues.subordinators.has(lower[i]!) && ctx.words.bareSubordinators.has(lower[i]!)) {
      close(i, i, false);
    }
  }
  close(to, to, false);
  return segments;
}
