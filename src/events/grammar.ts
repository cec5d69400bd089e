/**
 * Token-level tests the argument rules share: adjectives, the word that governs a name, actor nouns, definite and
 * hypothetical triggers.
 */
import type { DocContext } from './context.js';
import type { Segment } from './clauses.js';
import type { TriggerMatch } from './triggers.js';

export function isAdjectiveLike(ctx: DocContext, k: number): boolean {
  const w = ctx.tokens[k]!.text;
  const form = ctx.words.adjectiveForm;
  // Trigger verbs ("besuchte", "kritisierte") look like inflected adjectives but govern what follows.
  if (!form || ctx.lex.cues.functionWords.has(ctx.lower[k]!) || ctx.lex.byForm.has(ctx.lower[k]!)) return false;
  return form.test(w);
}

/** Token index of the word that governs a mention: the nearest token before it, skipping articles and
 * adjectives; -1 when the segment starts first. */
export function governorIndex(ctx: DocContext, headStart: number, segStart: number): number {
  let j = headStart - 1;
  while (j >= segStart && (ctx.lex.cues.determiners.has(ctx.lower[j]!) || isAdjectiveLike(ctx, j))) j--;
  return j >= segStart ? j : -1;
}

export function governor(ctx: DocContext, headStart: number, segStart: number): string | undefined {
  const j = governorIndex(ctx, headStart, segStart);
  return j >= 0 ? ctx.lower[j] : undefined;
}

/** "Regierung", "Agrarministerinnen", "Landesregierung": an actor noun, German compounds by their head. */
export function isActorNoun(ctx: DocContext, word: string | undefined): boolean {
  if (word === undefined) return false;
  const { cues } = ctx.lex;
  if (cues.actorNouns.has(word)) return true;
  if (!ctx.words.compoundNouns) return false;
  for (const head of cues.actorHeads) if (word.length >= head.length + 3 && word.endsWith(head)) return true;
  return false;
}

/** A noun trigger after a definite article (adjectives between allowed): "das neue Abkommen", "the pact". */
export function isDefinite(ctx: DocContext, trigger: TriggerMatch): boolean {
  const [from] = ctx.sentenceTokens[trigger.sentence]!;
  let j = trigger.tokenStart - 1;
  while (j >= from && isAdjectiveLike(ctx, j)) j--;
  return j >= from && ctx.lex.cues.definiteArticles.has(ctx.lower[j]!);
}

/** True when a hypothetical/future word stands in the trigger's clause ("könnte … unterzeichnet werden",
 * "could be signed", "will meet"). */
export function isIrrealis(ctx: DocContext, segs: readonly Segment[]): boolean {
  const own = segs[0];
  if (!own) return false;
  for (let k = own.start; k < own.end; k++) if (ctx.lex.cues.modals.has(ctx.lower[k]!)) return true;
  return false;
}

/** Lower-case words (articles, adjectives) that may stand between a background preposition and its noun. */
const MAX_WORDS_BEFORE_BACKGROUND_NOUN = 3;

/** The preposition of cause or time before the capitalised (German) noun at `k` ("wegen der Vorwürfe", "nach dem
 * Angriff"), with only lower-case words between, not before `from`; -1 when there is none. */
export function backgroundPrepositionBefore(ctx: DocContext, k: number, from: number): number {
  for (let j = k - 1; j >= from && j >= k - 1 - MAX_WORDS_BEFORE_BACKGROUND_NOUN; j--) {
    if (ctx.lex.cues.backgroundPrepositions.has(ctx.lower[j]!)) return j;
    if (!/^\p{Ll}/u.test(ctx.tokens[j]!.text)) return -1;
  }
  return -1;
}
