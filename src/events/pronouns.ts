/**
 * Pronouns the parse shows (discourse actors, issue 13 item 2): a first-person subject inside a quote is its speaker
 * ("„Wir haben … gebeten“, sagte X"), a third-person object pronoun is a person named before ("verweigerte ihm").
 * candidates.ts resolves them.
 */
import type { DocContext } from './context.js';
import type { TriggerMatch } from './triggers.js';
import { OBJECT, childrenOf, predicateOf, subjectChild } from './tree.js';

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
