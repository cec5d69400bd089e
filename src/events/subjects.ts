/**
 * Subjects a trigger's clause does not name: a pronoun, a spokesperson, a group ("die drei Länder") or a dual
 * ("die beiden Minister") that refers to participants named before.
 */
import type { DocContext } from './context.js';
import { mentionBefore } from './context.js';
import type { Segment } from './clauses.js';
import { governor, isAdjectiveLike } from './grammar.js';
import type { TriggerMatch } from './triggers.js';

/** A subject pronoun stands at most this many tokens before its verb ("he would open coalition talks"). */
const MAX_PRONOUN_DISTANCE = 5;
/** A group subject after the verb stands at most this many tokens after it ("einigten sich die Staaten"). */
const MAX_GROUP_AFTER = 4;
/** A spokesperson noun stands at most this many tokens from its statement verb ("sagte ein Sprecher"). */
const MAX_SPOKESPERSON_DISTANCE = 3;

/** Token index of the subject pronoun of a verb trigger: before it in its clause with no name in between ("Er warf
 * der EU vor", "he would open talks"), or right after a statement verb ("sagte sie", "said he"); -1 when none.
 * German "sie" before a plural verb ("sie forderten") is "they" and does not count; a noun trigger needs a modal
 * after the pronoun. */
export function subjectPronounAt(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[]): number {
  const own = segs[0];
  if (!own) return -1;
  const { subjectPronouns, modals } = ctx.lex.cues;
  const word = ctx.lower[trigger.tokenStart]!;
  const plural = !trigger.nominal && (ctx.words.pluralVerb?.test(word) ?? false);
  // A noun takes a pronoun subject only through a modal ("sie wolle … Gespräche führen"); "Sie sieht eine
  // Kooperation vor" is about a thing.
  const ok = (k: number): boolean => subjectPronouns.has(ctx.lower[k]!) && !(plural && ctx.lex.cues.pluralPronouns.has(ctx.lower[k]!)) &&
    (!trigger.nominal || modals.has(ctx.lower[k + 1] ?? ''));
  const names = ctx.mentionsBySentence[trigger.sentence] ?? [];
  const { cues } = ctx.lex;
  // A name after a preposition ("mit den Grünen") is no subject, so a pronoun before it still is.
  const named = (k: number): boolean => names.some((pm) => {
    if (k < pm.headStart || k >= pm.tokenEnd) return false;
    const gov = governor(ctx, pm.headStart, own.start);
    return gov === undefined || !(cues.comitative.has(gov) || cues.target.has(gov) || cues.agent.has(gov) || cues.locative.has(gov) || cues.topic.has(gov));
  });
  // Between pronoun and verb: auxiliaries and adverbs ("he also said", "sie hat … verlangt"), or anything after a
  // modal ("he would open coalition talks"); "he called “secret deals”" is no subject of "deals".
  const light = (k: number): boolean => {
    const w = ctx.lower[k]!;
    return modals.has(w) || ctx.lex.cues.passiveAux.has(w) || ctx.words.lightWords.has(w) || /^\p{Ll}+ly$/u.test(w);
  };
  for (let k = trigger.tokenStart - 1; k >= Math.max(own.start, trigger.tokenStart - MAX_PRONOUN_DISTANCE); k--) {
    if (named(k)) break;
    if (ok(k)) {
      if (modals.has(ctx.lower[k + 1] ?? '')) return k;
      let j = k + 1;
      while (j < trigger.tokenStart && (light(j) || names.some((pm) => j >= pm.headStart && j < pm.tokenEnd) || ctx.lex.cues.determiners.has(ctx.lower[j]!) || cues.comitative.has(ctx.lower[j]!))) j++;
      return j === trigger.tokenStart || ctx.words.verbSecond ? k : -1;
    }
  }
  const after = trigger.tokenEnd;
  if (trigger.type.roles === 'source' && after < own.end && ok(after)) return after;
  return -1;
}

/** The person a pronoun at token `at` refers to: the nearest person named before it in this sentence or the
 * `lookBack` sentences before (skipping other stories). */
export function personBefore(
  ctx: DocContext, sentence: number, at: number, lookBack: number, sameStory: (s: number) => boolean, except?: ReadonlySet<string>,
): string | undefined {
  return mentionBefore(ctx, sentence, at, lookBack, sameStory,
    (pm) => pm.entity?.type === 'PER' && !pm.mention.derived && !except?.has(pm.entity.id))?.entity?.id;
}
/** Whether an unnamed spokesperson speaks or acts ("…, his spokesperson said", "Ein Sprecher sagte der Zeitung",
 * "A spokeswoman urged …"): a spokesperson noun at most a few tokens before (statements: or after) the verb. */
export function hasSpokespersonSubject(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[]): boolean {
  return spokespersonAt(ctx, trigger, segs) >= 0;
}

/** Token index of the spokesperson noun of `hasSpokespersonSubject`, -1 when none; for verbs other than statements
 * only when no name stands between it and the verb ("Ein Sprecher des Ministeriums X kritisierte" has X). */
export function spokespersonAt(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[]): number {
  const own = segs[0];
  if (!own || trigger.nominal || trigger.type.roles === 'symmetric') return -1;
  const lo = Math.max(own.start, trigger.tokenStart - MAX_SPOKESPERSON_DISTANCE);
  // Other verbs than statements only with the spokesperson before them, as subject ("A spokeswoman urged …").
  const hi = trigger.type.roles === 'source' ? Math.min(own.end, trigger.tokenEnd + MAX_SPOKESPERSON_DISTANCE) : trigger.tokenStart;
  for (let k = lo; k < hi; k++) {
    if (!ctx.lex.cues.spokespersonNouns.has(ctx.lower[k]!)) continue;
    if (trigger.type.roles === 'source') return k;
    const between = (ctx.mentionsBySentence[trigger.sentence] ?? []).some((pm) => pm.tokenStart > k && pm.tokenStart < trigger.tokenStart);
    return between ? -1 : k;
  }
  return -1;
}

/** "die (drei) Staaten": the article "die" before the noun, with only numbers/adjectives between. */
function nominativePlural(ctx: DocContext, k: number, from: number): boolean {
  let j = k - 1;
  while (j >= from && (isAdjectiveLike(ctx, j) || /^\d+$/.test(ctx.tokens[j]!.text) || ctx.words.dualWords.has(ctx.lower[j]!))) j--;
  return j >= from && ctx.words.pluralSubjectArticles.has(ctx.lower[j]!);
}

export type GroupSubject = 'none' | 'group' | 'countries';

/** What kind of group names the trigger's subject ("Die drei Länder vereinbarten", "26 der 27 Mitgliedstaaten
 * einigten sich", "einigten sich die Staaten", "the member states agreed"): a (German: capitalised) group noun in
 * the trigger's clause, before it or at most a few tokens after it, not governed by a preposition — 'countries'
 * for Länder/Staaten/countries …; or a plural pronoun ("Sie einigten sich", "they agreed") — 'group'. */
export function groupSubject(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[]): GroupSubject {
  const own = segs[0];
  if (!own || trigger.nominal) return 'none';
  const { cues } = ctx.lex;
  const end = Math.min(own.end, trigger.tokenEnd + MAX_GROUP_AFTER);
  for (let k = own.start; k < end; k++) {
    if (k >= trigger.tokenStart && k < trigger.tokenEnd) continue;
    if (!cues.groupNouns.has(ctx.lower[k]!)) continue;
    if (ctx.words.capitalisesNouns && !/^\p{Lu}/u.test(ctx.tokens[k]!.text)) continue;
    // After the verb only a nominative plural in verb-second order is the subject ("einigten sich die Staaten");
    // "warf beiden Regierungen vor", "urged both countries" are objects.
    if (k >= trigger.tokenEnd && (!ctx.words.verbSecond || !nominativePlural(ctx, k, trigger.tokenEnd))) continue;
    const gov = governor(ctx, k, own.start);
    if (gov !== undefined && (cues.locative.has(gov) || cues.topic.has(gov) || cues.comitative.has(gov) || cues.target.has(gov) || cues.agent.has(gov))) continue;
    return cues.countryGroupNouns.has(ctx.lower[k]!) ? 'countries' : 'group';
  }
  // "Sie einigten sich", "einigten sie sich", "they agreed": German "sie" only with a plural verb.
  const plural = ctx.words.pluralVerb?.test(ctx.lower[trigger.tokenStart]!) ?? true;
  const isPronoun = (k: number): boolean => plural && cues.pluralPronouns.has(ctx.lower[k] ?? '');
  for (let k = trigger.tokenStart - 1; k >= Math.max(own.start, trigger.tokenStart - MAX_PRONOUN_DISTANCE); k--) {
    if (isPronoun(k)) return 'group';
  }
  if (ctx.words.verbSecond && trigger.tokenEnd < own.end && isPronoun(trigger.tokenEnd)) return 'group';
  return 'none';
}

/** The dual subject of the trigger ("die beiden …", "beide", "the two …", "both", before it in its clause):
 * 'persons' when it names people ("die beiden Minister", "the two leaders"), 'dual' for other duals ("die beiden
 * Länder", "both"), 'none' without one. */
export function dualSubject(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[]): 'none' | 'dual' | 'persons' {
  const own = segs[0];
  if (!own) return 'none';
  const { cues } = ctx.lex;
  for (let k = own.start; k < trigger.tokenStart; k++) {
    for (const cue of cues.dualAnaphors) {
      let ok = k + cue.length <= trigger.tokenStart;
      for (let j = 0; ok && j < cue.length; j++) if (ctx.lower[k + j] !== cue[j]) ok = false;
      if (!ok) continue;
      const noun = ctx.lower[k + cue.length];
      return noun !== undefined && ctx.words.personPlurals.test(noun) ? 'persons' : 'dual';
    }
  }
  return 'none';
}
