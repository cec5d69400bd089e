/**
 * Repairs of the dependency parse by German case and word order, for the event arguments (arguments.ts). The German
 * parser (LAS 71 on GSD) often misreads a subject that follows its verb, where the articles do not tell the case.
 */
import type { DocContext } from './context.js';
import { childrenOf, isNoun } from './tree.js';

/** What the repairs read and change of an argument: its function and the predicate's child it stands under. */
interface Argument {
  readonly fn: string;
  readonly root?: number;
}

/** Whether a token's UD features hold `feature` ("Case=Nom" in "Case=Nom|Gender=Fem|Number=Sing"). */
function hasFeature(feats: string, feature: string): boolean {
  return feats.split('|').includes(feature);
}

/** Articles that do not tell nominative from accusative ("die Türkei", "das Land", "eine Partei"). */
const CASE_AMBIGUOUS_ARTICLES = new Set(['die', 'das', 'eine', 'ein']);

/** "Am Dienstag kritisierte die Türkei die Europäische Union": where the articles do not tell the case, the subject
 * comes first after a verb-second verb; a parse with the object first and the subject after it is read that way. */
export function subjectBeforeObject<A extends Argument>(ctx: DocContext, sentence: number, p: number, subject: number, passive: boolean, args: A[]): A[] {
  if (!ctx.words.verbSecond || passive || subject < p || ctx.syntax[subject]?.deprel !== 'nsubj') return args;
  const object = childrenOf(ctx, sentence, p).find((c) => ctx.syntax[c]?.deprel === 'obj' && c > p && c < subject);
  if (object === undefined) return args;
  const ambiguous = (k: number): boolean => {
    const article = articleOf(ctx, sentence, k);
    return article === undefined || CASE_AMBIGUOUS_ARTICLES.has(article);
  };
  if (!ambiguous(object) || !ambiguous(subject)) return args;
  return args.map((a) => (a.root === object && a.fn === 'object' ? { ...a, fn: 'subject' } : a.root === subject && a.fn === 'subject' ? { ...a, fn: 'object' } : a));
}

/** Articles that mark a masculine noun as accusative or dative, never nominative ("den Iran", "einem Land"). */
const OBJECT_ARTICLES = new Set(['den', 'dem', 'einen', 'einem']);

function articleOf(ctx: DocContext, sentence: number, k: number): string | undefined {
  const article = childrenOf(ctx, sentence, k).find((c) => ctx.syntax[c]?.deprel === 'det');
  return article === undefined ? undefined : ctx.lower[article];
}

/** "Am Montag verurteilte die Bundesregierung den Angriff", "Den Iran kritisierte die Bundesregierung": the subject of
 * a verb-second clause may follow its verb, and the parse may make it the object. A finite verb with no subject, in
 * a clause of its own (not a conjunct that borrows one), takes its first object after it as the subject when the
 * tagger read that object as nominative, or when its article does not tell the case and a phrase before the verb is
 * marked as an object ("den", "dem"). */
export function nominativeObjectAsSubject<A extends Argument>(ctx: DocContext, sentence: number, p: number, passive: boolean, args: A[]): A[] {
  const verb = ctx.syntax[p];
  if (!ctx.words.verbSecond || passive || !verb || verb.deprel === 'conj' || !hasFeature(verb.feats, 'VerbForm=Fin')) return args;
  const children = childrenOf(ctx, sentence, p);
  const frontedObject = children.some((c) => c < p && OBJECT_ARTICLES.has(articleOf(ctx, sentence, c) ?? ''));
  const first = children.find((c) => c > p && ctx.syntax[c]?.deprel === 'obj' && isNoun(ctx, c));
  if (first === undefined) return args;
  const article = articleOf(ctx, sentence, first);
  const nominative = hasFeature(ctx.syntax[first]!.feats, 'Case=Nom') ||
    (frontedObject && (article === undefined || CASE_AMBIGUOUS_ARTICLES.has(article)));
  if (!nominative) return args;
  return args.map((a) => (a.root === first && a.fn === 'object' ? { ...a, fn: 'subject' } : a));
}

