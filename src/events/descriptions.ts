/**
 * Definite descriptions of organisations named before: "die Gewerkschaft", "das Unternehmen", "the Commission".
 */
import type { DocContext } from './context.js';
import { isMedia, mentionBefore } from './context.js';
import type { Segment } from './clauses.js';
import { isAdjectiveLike } from './grammar.js';
import type { TriggerMatch } from './triggers.js';

/** Shorter nouns are too vague to identify an organisation ("Amt"). */
const MIN_DESCRIPTION_NOUN = 4;

/** "Energieversorger", "Versorgers", "company", "firms": a company description noun (German: capitalised, also as
 * a compound head, with genitive/plural endings). */
function isOrgDescription(ctx: DocContext, k: number): boolean {
  const w = ctx.lower[k];
  if (w === undefined) return false;
  if (ctx.words.capitalisesNouns && !/^\p{Lu}/u.test(ctx.tokens[k]!.text)) return false;
  for (const d of ctx.lex.cues.orgDescriptions) {
    for (const form of [d, `${d}s`, `${d}es`, `${d}en`, `${d}n`]) {
      if (w === form || (ctx.words.compoundNouns && w.length >= form.length + 3 && w.endsWith(form))) return true;
    }
  }
  return false;
}

/** "gegen das Unternehmen", "against the company": a directed trigger's target named by a company description
 * refers to the nearest organisation introduced as one before ("des Energieversorgers Lumera Energie"), at most
 * `lookBack` sentences back; undefined when the clause has no such phrase or nothing fits. */
export function descriptionTarget(
  ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[], lookBack: number, sameStory: (s: number) => boolean,
  exclude: ReadonlySet<string>,
): string | undefined {
  const own = segs[0];
  if (!own || trigger.type.roles !== 'directed') return undefined;
  const { cues } = ctx.lex;
  let cue = -1;
  for (let k = own.start; k + 2 < own.end + 1 && cue < 0; k++) {
    if (!cues.target.has(ctx.lower[k]!) || !cues.definiteArticles.has(ctx.lower[k + 1] ?? '')) continue;
    let j = k + 2;
    while (j < own.end && isAdjectiveLike(ctx, j)) j++;
    if (j < own.end && isOrgDescription(ctx, j)) cue = k;
  }
  if (cue < 0) return undefined;
  return mentionBefore(ctx, trigger.sentence, cue, lookBack, sameStory, (pm) => {
    const e = pm.entity;
    if (!e || e.type !== 'ORG' || pm.mention.derived || isMedia(e, pm.mention) || exclude.has(e.id)) return false;
    // Introduced as a company: a description noun right before the name ("des Energieversorgers Lumera").
    let j = pm.tokenStart - 1;
    while (j >= 0 && isAdjectiveLike(ctx, j)) j--;
    return j >= 0 && isOrgDescription(ctx, j);
  })?.entity?.id;
}

/** Whether the noun at token k describes organisation `e`: a word of its name is the noun or ends with it
 * ("die Gewerkschaft" → Gewerkschaft Deutscher Lokomotivführer, "das Gericht" → Oberlandesgericht Düsseldorf,
 * "the Commission" → European Commission), or the name was introduced with a company description. */
function describes(ctx: DocContext, k: number, e: { name: string }, introducedAsCompany: boolean, introducedWith: string | undefined): boolean {
  const noun = ctx.lower[k]!;
  if (noun.length < MIN_DESCRIPTION_NOUN) return false;
  if (introducedAsCompany && isOrgDescription(ctx, k)) return true;
  // Introduced with this noun: "die Gewerkschaft Deutscher Lokomotivführer", "des Energieversorgers Lumera".
  if (introducedWith !== undefined && (introducedWith === noun || introducedWith.startsWith(noun) && introducedWith.length <= noun.length + 2 ||
    (ctx.words.compoundNouns && introducedWith.length > noun.length && introducedWith.replace(/e?s$/, '').endsWith(noun)))) return true;
  for (const word of e.name.toLowerCase().split(/[\s-]+/)) {
    if (word === noun || (ctx.words.compoundNouns && word.length > noun.length && word.endsWith(noun))) return true;
  }
  return false;
}

/** The organisation a definite description at token k refers to ("die Gewerkschaft", "das Unternehmen", "the
 * Commission"): the nearest organisation before it, at most `lookBack` sentences back, that it describes. */
export function describedOrganisation(
  ctx: DocContext, sentence: number, k: number, lookBack: number, sameStory: (s: number) => boolean,
): string | undefined {
  return mentionBefore(ctx, sentence, k, lookBack, sameStory, (pm) => {
    const e = pm.entity;
    if (!e || e.type !== 'ORG' || pm.mention.derived || isMedia(e, pm.mention)) return false;
    let j = pm.tokenStart - 1;
    while (j >= 0 && isAdjectiveLike(ctx, j)) j--;
    const before = j >= 0 && /^\p{L}/u.test(ctx.tokens[j]!.text) && !ctx.lex.cues.functionWords.has(ctx.lower[j]!) ? ctx.lower[j] : undefined;
    // A company by the entity stage's subtype ("Siemens", subtype company) or by how it was introduced.
    return describes(ctx, k, e, e.subtype === 'company' || (j >= 0 && isOrgDescription(ctx, j)), before);
  })?.entity?.id;
}

/** Token index of a definite description that is the trigger's subject: "Die Gewerkschaft kritisierte …" (article +
 * noun before the verb, no name or preposition in between) or, in German, right after the verb ("teilte die
 * Gewerkschaft mit"); -1 when none. */
export function subjectDescriptionAt(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[]): number {
  const own = segs[0];
  if (!own) return -1;
  const { cues } = ctx.lex;
  // "The authority opened an investigation", "Die Behörde leitete ein Verfahren ein": an indefinite noun trigger that
  // is the object of the clause's first verb has the verb's subject; the description must then stand before the verb.
  let verbAt = trigger.tokenStart;
  if (trigger.nominal) {
    let j = trigger.tokenStart - 1;
    while (j > own.start && isAdjectiveLike(ctx, j)) j--;
    if (j <= own.start || !cues.determiners.has(ctx.lower[j]!) || cues.definiteArticles.has(ctx.lower[j]!)) return -1;
    verbAt = j - 1;
    if (!/^\p{Ll}+$/u.test(ctx.tokens[verbAt]!.text) || cues.functionWords.has(ctx.lower[verbAt]!)) return -1;
  }
  const isNoun = (k: number): boolean => k < own.end && /^\p{L}/u.test(ctx.tokens[k]!.text) &&
    (ctx.words.capitalisesNouns ? /^\p{Lu}/u.test(ctx.tokens[k]!.text) : /^\p{Ll}|^\p{Lu}\p{Ll}/u.test(ctx.tokens[k]!.text)) && !cues.functionWords.has(ctx.lower[k]!);
  const names = ctx.mentionsBySentence[trigger.sentence] ?? [];
  const isName = (k: number): boolean => names.some((pm) => k >= pm.headStart && k < pm.tokenEnd);
  // Before the verb: the clause opens with the article ("Die Bahn wies … zurück", "The Commission also said").
  if (cues.definiteArticles.has(ctx.lower[own.start] ?? '')) {
    let j = own.start + 1;
    while (j < verbAt && isAdjectiveLike(ctx, j)) j++;
    if (j < verbAt && isNoun(j) && !isName(j)) {
      let m = j + 1;
      while (m < verbAt && (cues.passiveAux.has(ctx.lower[m]!) || cues.modals.has(ctx.lower[m]!) || ctx.words.lightWords.has(ctx.lower[m]!))) m++;
      if (m === verbAt) return j;
    }
  }
  if (trigger.nominal) return -1;
  let k: number;
  // After the verb, in verb-second order: "teilte die Gewerkschaft mit", "sagte das Unternehmen".
  k = trigger.tokenEnd;
  if (ctx.words.verbSecond && cues.definiteArticles.has(ctx.lower[k] ?? '')) {
    let j = k + 1;
    while (j < own.end && isAdjectiveLike(ctx, j)) j++;
    if (isNoun(j) && !isName(j)) return j;
  }
  return -1;
}
