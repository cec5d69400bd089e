/** Groups of whole sentences for compromise: fewer calls than one per sentence, bounded memory. */

/** compromise is called on groups of whole sentences of about this many characters (fewer calls, bounded memory). */
const CHUNK_CHARS = 2000;

/** A single "sentence" longer than this (bad segmentation, tables) is cut at whitespace. */
const MAX_PIECE_CHARS = 4000;

export interface Group {
  start: number;
  end: number;
  /** Index of the first sentence of the group (mentions are assigned to sentences by offset). */
  firstSentence: number;
}

/** Consecutive sentences joined up to CHUNK_CHARS; over-long sentences cut at whitespace. */
export function* groupSentences(text: string, sentences: ReadonlyArray<{ start: number; end: number }>): Generator<Group> {
  let current: Group | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (current && s.end - current.start > CHUNK_CHARS) {
      yield current;
      current = undefined;
    }
    if (s.end - s.start > MAX_PIECE_CHARS) {
      if (current) yield current;
      current = undefined;
      let pos = s.start;
      while (pos < s.end) {
        let cut = Math.min(s.end, pos + MAX_PIECE_CHARS);
        if (cut < s.end) {
          const space = text.lastIndexOf(' ', cut);
          if (space > pos + MAX_PIECE_CHARS / 2) cut = space;
        }
        yield { start: pos, end: cut, firstSentence: i };
        pos = cut;
      }
      continue;
    }
    if (!current) current = { start: s.start, end: s.end, firstSentence: i };
    else current.end = s.end;
  }
  if (current) yield current;
}
