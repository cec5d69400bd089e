/** Token helpers shared by every stage: one binary search, one "can these tokens be one name" test. */
import type { Token } from './types.js';

/** Index of the first item for which `before(item)` is false, in a list sorted so that `before` holds for a prefix. */
export function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token whose end is after `offset` (tokens sorted by start). */
export function tokenAt(tokens: readonly { readonly end: number }[], offset: number): number {
  return lowerBound(tokens, (t) => t.end <= offset);
}

/** Token index range [first, last] covering the characters [start, end), or undefined when no token overlaps. */
export function tokenRange(tokens: readonly { readonly start: number; readonly end: number }[], start: number, end: number): [number, number] | undefined {
  const first = tokenAt(tokens, start);
  let last = first - 1;
  for (let k = first; k < tokens.length && tokens[k]!.start < end; k++) last = k;
  return last >= first ? [first, last] : undefined;
}

/** Tokens a and b can belong to one name: same sentence and only spaces or tabs (no line break) between them. */
export function joinable(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b || a.sentence !== b.sentence) return false;
  for (let p = a.end; p < b.start; p++) {
    const ch = text.charCodeAt(p);
    if (ch !== 0x20 && ch !== 0xa0 && ch !== 0x09) return false;
  }
  return true;
}

/** For each of `sentenceCount` sentences, its token range [from, to) (tokens in text order, so each sentence's tokens
 * are one contiguous run); [0, 0] for a sentence without tokens. */
export function sentenceTokenRanges(tokens: readonly Token[], sentenceCount: number): [number, number][] {
  const ranges: [number, number][] = Array.from({ length: sentenceCount }, () => [0, 0]);
  for (let i = 0; i < tokens.length; ) {
    const s = tokens[i]!.sentence;
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.sentence === s) j++;
    if (s >= 0 && s < sentenceCount) ranges[s] = [i, j];
    i = j;
  }
  return ranges;
}
