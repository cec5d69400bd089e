/**
 * Topics of cooperation: enumerations after "darunter", "einschließlich", "in den Bereichen", "including",
 * "such as", "in the areas of" …, and counts before area nouns ("in elf Bereichen", "in five areas").
 */
import type { DocContext } from './context.js';
import { readNumber } from '../values/numbers.js';

export interface AreaItem {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export interface AreaFinding {
  /** Text offset of the cue (marker or area noun); attaches to the nearest trigger before it. */
  readonly at: number;
  readonly items: AreaItem[];
  readonly count?: number;
}

const MAX_ITEM_TOKENS = 6;
/** "in vier Feldern zu vertiefen: A, B …": a colon at most this many tokens after an area noun opens its list. */
const MAX_COLON_GAP = 8;
const WORD = /[\p{L}\p{N}]/u;

function isAreaNoun(ctx: DocContext, k: number): boolean {
  const w = ctx.lower[k];
  if (!w) return false;
  if (ctx.lex.cues.areaNouns.has(w)) return true;
  if (!ctx.words.compoundNouns) return false;
  // German compounds: "Themenbereichen", "Politikfeldern".
  for (const n of ctx.lex.cues.areaNouns) if (n.length >= 5 && w.length > n.length + 2 && w.endsWith(n)) return true;
  return false;
}

function isCapitalisedWord(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word);
}

/** Length of a multi-word list separator ("as well as") at token k, 0 when none. */
function separatorPhraseAt(ctx: DocContext, k: number): number {
  for (const phrase of ctx.words.listSeparatorPhrases) {
    let j = 0;
    while (j < phrase.length && ctx.lower[k + j] === phrase[j]) j++;
    if (j === phrase.length) return j;
  }
  return 0;
}

/** Reads list items from token `k` on; stops at clause words, punctuation, or the comma after the last conjunct. */
function readListRaw(ctx: DocContext, sentence: number, k: number, to: number): AreaItem[] {
  const { cues } = ctx.lex;
  const { tokens, lower, words } = ctx;
  const items: AreaItem[] = [];
  let cur: number[] = [];
  let lastConjunct = false;
  const flush = (): void => {
    if (cur.length > 0 && cur.length <= MAX_ITEM_TOKENS) {
      const start = tokens[cur[0]!]!.start;
      const end = tokens[cur[cur.length - 1]!]!.end;
      items.push({ start, end, text: ctx.text.slice(start, end), sentence });
    }
    cur = [];
  };
  for (; k < to; k++) {
    const w = lower[k]!;
    const raw = tokens[k]!.text;
    if (cues.listSeparators.has(w)) {
      if (w === ',' && lastConjunct && cur.length > 0) break;
      flush();
      if (w !== ',') lastConjunct = true;
      continue;
    }
    // "as well as": a multi-word separator.
    const phrase = separatorPhraseAt(ctx, k);
    if (phrase > 0) {
      flush();
      lastConjunct = true;
      k += phrase - 1;
      continue;
    }
    if (!WORD.test(raw) && raw !== '-') break;
    if (cues.listStops.has(w)) break;
    if (cur.length === 0 && cues.listArticles.has(w)) continue;
    if (words.capitalisesNouns && !isCapitalisedWord(raw) && !/^\d/.test(raw)) {
      // Lower-case words only as adjectives before a noun: "erneuerbare Energien".
      const nextRaw = tokens[k + 1]?.text;
      const adjective = words.adjectiveEnding;
      if (!(adjective && adjective.test(w) && k + 1 < to && (isCapitalisedWord(nextRaw) || adjective.test(lower[k + 1] ?? '')))) break;
    }
    cur.push(k);
    if (cur.length > MAX_ITEM_TOKENS) {
      cur = [];
      break;
    }
  }
  flush();
  return items;
}

/** Index of a colon in tokens [from, to) with only words before it, else -1. */
function colonAfter(ctx: DocContext, from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const t = ctx.tokens[j]!.text;
    if (t === ':') return j;
    if (!WORD.test(t)) return -1;
  }
  return -1;
}

/** "the aviation and shipping sectors" → aviation, shipping: lower-case words joined by and/or/commas between an
 * article and an area noun; at least two items, else nothing. */
function modifiersBefore(ctx: DocContext, sentence: number, k: number, from: number): AreaItem[] {
  const { lower, tokens } = ctx;
  const items: AreaItem[] = [];
  let end = k;
  let j = k - 1;
  let joined = false;
  for (; j >= from && k - j <= MAX_ITEM_TOKENS * 2; j--) {
    const w = lower[j]!;
    if (ctx.words.modifierJoiners.has(w) || w === ',') {
      if (j + 1 >= end) return [];
      items.unshift({ start: tokens[j + 1]!.start, end: tokens[end - 1]!.end, text: ctx.text.slice(tokens[j + 1]!.start, tokens[end - 1]!.end), sentence });
      end = j;
      joined = true;
      continue;
    }
    if (!/^[a-z][a-z-]*$/.test(tokens[j]!.text) || ctx.lex.cues.functionWords.has(w) || ctx.lex.cues.determiners.has(w)) break;
  }
  if (!joined || !ctx.lex.cues.determiners.has(lower[j] ?? '') || j + 1 >= end) return [];
  items.unshift({ start: tokens[j + 1]!.start, end: tokens[end - 1]!.end, text: ctx.text.slice(tokens[j + 1]!.start, tokens[end - 1]!.end), sentence });
  return items;
}

function matchMarker(ctx: DocContext, k: number, to: number): number {
  for (const marker of ctx.lex.cues.areaMarkers) {
    if (k + marker.length > to) continue;
    let ok = true;
    for (let j = 0; j < marker.length && ok; j++) if (ctx.lower[k + j] !== marker[j]) ok = false;
    if (ok) return marker.length;
  }
  return 0;
}

/** Topic enumerations and area counts in one sentence, in text order. A list of names ("such as Spotify, Tesla
 * and Uber", "darunter Frankreich und Italien") enumerates actors, not topics, and is left out. */
export function findAreas(ctx: DocContext, sentence: number): AreaFinding[] {
  const [from, to] = ctx.sentenceTokens[sentence]!;
  const { lower, tokens } = ctx;
  const out: AreaFinding[] = [];
  const names = ctx.mentionsBySentence[sentence] ?? [];
  // An item that is (mostly) a name makes the list one of actors; "Baltic Sea surveillance" is still a topic.
  const isName = (item: AreaItem): boolean => names.some((pm) => {
    if (pm.mention.derived) return false;
    const covered = Math.min(item.end, pm.mention.end) - Math.max(item.start, pm.mention.start);
    return covered > 0 && covered * 2 >= item.end - item.start;
  });
  const readList = (k: number): AreaItem[] => {
    const items = readListRaw(ctx, sentence, k, to);
    return items.some(isName) ? [] : items;
  };
  for (let k = from; k < to; k++) {
    let listStart = -1;
    const markerLength = matchMarker(ctx, k, to);
    if (markerLength > 0) {
      listStart = k + markerLength;
    } else if (ctx.lex.cues.areaMarkersAfterNoun.has(lower[k]!) && k > from && (isAreaNoun(ctx, k - 1) || lower[k - 1] === ',')) {
      listStart = k + 1;
    }
    if (isAreaNoun(ctx, k)) {
      let count: number | undefined;
      // "in elf Bereichen", "in 11 verschiedenen Bereichen", "in five key areas".
      for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
        const n = readNumber(tokens[j]!.text, ctx.numbers);
        if (n !== undefined) {
          count = n;
          break;
        }
        if (!/^[\p{L}-]+$/u.test(tokens[j]!.text) || ctx.lex.cues.listStops.has(lower[j]!)) break;
      }
      // "in den Bereichen Energie und Verkehr", "im Bereich der Energie": the noun itself opens the list.
      let items: AreaItem[] = [];
      if (ctx.words.capitalisesNouns) {
        let j = k + 1;
        if (ctx.lex.cues.listArticles.has(lower[j] ?? '')) j++;
        if (isCapitalisedWord(tokens[j]?.text) && j < to && matchMarker(ctx, j, to) === 0) items = readList(k + 1);
      }
      // "in vier Feldern zu vertiefen: A, B und C", "in six areas: A, B and C".
      if (items.length === 0) {
        const colon = colonAfter(ctx, k + 1, Math.min(to, k + 1 + MAX_COLON_GAP));
        if (colon >= 0) items = readList(colon + 1);
      }
      // "in the aviation and shipping sectors": lower-case modifiers joined by "and" before the noun are the items.
      if (items.length === 0 && !ctx.words.capitalisesNouns) items = modifiersBefore(ctx, sentence, k, from);
      if (count !== undefined || items.length > 0) {
        out.push(count !== undefined ? { at: tokens[k]!.start, items, count } : { at: tokens[k]!.start, items });
      }
    }
    if (listStart >= 0) {
      // "nämlich bei den Pauschalen, …", "namely in shipping and …": a preposition may open the list.
      const first = lower[listStart];
      if (first !== undefined && (ctx.lex.cues.locative.has(first) || ctx.lex.cues.topic.has(first))) listStart++;
      const items = readList(listStart);
      if (items.length > 0) out.push({ at: tokens[k]!.start, items });
    }
  }
  return out;
}
