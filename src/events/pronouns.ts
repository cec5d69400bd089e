/**
 * Pronouns the parse shows (discourse actors, issue 13 item 2): a first-person subject inside a quote is its speaker
 * ("„Wir haben … gebeten“, sagte X"), a third-person object pronoun is a person named before ("verweigerte ihm").
 * candidates.ts resolves them.
 */
import type { DocContext } from './context.js';
import type { TriggerMatch } from './triggers.js';
import { OBJECT, childrenOf, isNoun, predicateOf, subjectChild } from './tree.js';

/** The trigger's subject is a first-person pronoun ("„Wir haben … gebeten“, sagte X"): the quote's speaker acts. */
export function speakerSubject(ctx: DocContext, trigger: TriggerMatch): boolean {
  if (!ctx.parsed(trigger.sentence)) return false;
  const subj = subjectChild(ctx, trigger.sentence, predicateOf(ctx, trigger));
  // "We’ve" is one token: its pronoun is the part before the apostrophe.
  return subj >= 0 && ctx.lex.cues.speakerPronouns.has(ctx.lower[subj]!.replace(/['’].*$/u, ''));
}

/** Token index of a third-person object pronoun of the trigger's predicate ("verweigerte ihm die Bitte", "urged
 * him"), -1 when none or no parse. */
export function objectPronounAt(ctx: DocContext, trigger: TriggerMatch): number {
  if (!ctx.parsed(trigger.sentence)) return -1;
  for (const c of childrenOf(ctx, trigger.sentence, predicateOf(ctx, trigger))) {
    const a = ctx.syntax[c]!;
    // German datives are often read as obl:arg ("verweigerte ihm").
    if ((OBJECT.has(a.deprel) || a.deprel === 'obl:arg') && a.upos === 'PRON' && ctx.lex.cues.objectPronouns.has(ctx.lower[c]!)) return c;
  }
  return -1;
}

/** The token that is the trigger's subject in the parse; for a noun trigger that is the object of a verb ("kündigte
 * … eine Zusammenarbeit mit Bosch an"), that verb's subject. -1 when none or no parse. */
export function subjectTokenOf(ctx: DocContext, trigger: TriggerMatch): number {
  if (!ctx.parsed(trigger.sentence)) return -1;
  const p = predicateOf(ctx, trigger);
  const subj = subjectChild(ctx, trigger.sentence, p);
  if (subj >= 0) return subj;
  const a = ctx.syntax[p];
  if (!a || a.head < 0 || !isNoun(ctx, p) || (a.deprel !== 'obj' && a.deprel !== 'obl:arg')) return -1;
  return subjectChild(ctx, trigger.sentence, a.head);
}

/** A singular third-person subject pronoun at token k ("Dort traf er …"). */
export function isPersonPronoun(ctx: DocContext, k: number): boolean {
  const a = ctx.syntax[k];
  return a !== undefined && a.upos === 'PRON' && ctx.lex.cues.subjectPronouns.has(ctx.lower[k]!) && !a.feats.includes('Number=Plur');
}

/** A noun with a definite article at token k ("das sächsische Photovoltaik-Unternehmen"). */
export function isDefiniteNoun(ctx: DocContext, sentence: number, k: number): boolean {
  if (!isNoun(ctx, k)) return false;
  return childrenOf(ctx, sentence, k).some((c) => ctx.syntax[c]?.deprel === 'det' && ctx.lex.cues.definiteArticles.has(ctx.lower[c]!));
}
