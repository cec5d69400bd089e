/**
 * Reading the dependency parse of one sentence for the event rules (arguments.ts): children, the predicate a trigger
 * stands for, a span's head, prepositions, voice and subjects. Token indices are the document's; the parse is
 * DocContext.syntax (filled per sentence by DocContext.parsed).
 */
import type { TokenSyntax } from '../doc/types.js';
import type { DocContext } from './context.js';
import type { TriggerMatch } from './triggers.js';

/** Relations inside a name ("Emmanuel" → "Macron"). */
export const NAME_PARTS = new Set(['flat', 'flat:name', 'compound', 'fixed']);

/** Relations of a predicate's dependents by grammatical function (UD labels of both models). */
export const SUBJECT = new Set(['nsubj', 'nsubj:outer', 'csubj']);
export const OBJECT = new Set(['obj', 'iobj']);
export const OBLIQUE = new Set(['obl', 'obl:arg', 'nmod', 'obl:unmarked']);
export const POSSESSOR = new Set(['nmod:poss', 'det:poss']);

/** Per parse layer and sentence: each token's children (built once, so that long sentences stay linear). */
const childIndex = new WeakMap<readonly unknown[], Map<number, Map<number, number[]>>>();
const NO_CHILDREN: readonly number[] = [];

/** The dependents of token `head` in the sentence's parse, in text order. */
export function childrenOf(ctx: DocContext, sentence: number, head: number): readonly number[] {
  let bySentence = childIndex.get(ctx.syntax);
  if (!bySentence) childIndex.set(ctx.syntax, (bySentence = new Map()));
  let index = bySentence.get(sentence);
  if (!index) {
    index = new Map();
    const [from, to] = ctx.sentenceTokens[sentence]!;
    for (let k = from; k < to; k++) {
      const h = ctx.syntax[k]?.head;
      if (h === undefined || h < 0) continue;
      const list = index.get(h);
      if (list) list.push(k);
      else index.set(h, [k]);
    }
    bySentence.set(sentence, index);
  }
  return index.get(head) ?? NO_CHILDREN;
}

/** The predicate a trigger stands for: the token of its span nearest the root; an auxiliary or copula gives way to
 * its head. */
export function predicateOf(ctx: DocContext, trigger: TriggerMatch): number {
  let p = trigger.tokenStart;
  for (let k = trigger.tokenStart; k < trigger.tokenEnd; k++) {
    const h = ctx.syntax[k]?.head ?? -1;
    if (h < trigger.tokenStart || h >= trigger.tokenEnd) {
      p = k;
      break;
    }
  }
  const a = ctx.syntax[p];
  if (a && (a.deprel === 'aux' || a.deprel === 'aux:pass' || a.deprel === 'cop') && a.head >= 0) p = a.head;
  return p;
}

/** The token of [from, to) whose head lies outside the range (the first such). */
export function spanHead(syntax: readonly (TokenSyntax | undefined)[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const h = syntax[k]?.head ?? -1;
    if (h < from || h >= to) return k;
  }
  return from;
}

export function prepositionOf(ctx: DocContext, sentence: number, x: number): string | undefined {
  for (const c of childrenOf(ctx, sentence, x)) {
    if (ctx.syntax[c]?.deprel === 'case') return ctx.lower[c];
  }
  return undefined;
}

export function isNoun(ctx: DocContext, k: number): boolean {
  const upos = ctx.syntax[k]?.upos;
  return upos === 'NOUN' || upos === 'PROPN';
}

/** Dependents that stand after a finite verb-second verb and not after a clause-final participle, where only
 * punctuation, coordination and extraposed clauses follow ("wurden aufgefordert, Druck zu machen"). */
const AFTER_FINITE_VERB = new Set(['obj', 'iobj', 'obl', 'obl:arg', 'obl:agent', 'nsubj', 'nsubj:pass', 'expl', 'advmod', 'compound:prt']);

/** A passive auxiliary, or a passive subject without a perfect auxiliary ("die Italien kritisiert hatte" is active,
 * however the parse labels its subject). Without an auxiliary, a verb-second language's participle ends its clause
 * ("Minister von Demonstranten angegriffen"); a verb with its objects after it is finite, whatever the parse read
 * ("Die Staatsanwaltschaft ermittelt gegen X": "ermittelt" is also the participle). */
export function isPassivePredicate(ctx: DocContext, sentence: number, p: number): boolean {
  let passiveSubject = false;
  let perfect = false;
  let dependentAfter = false;
  for (const c of childrenOf(ctx, sentence, p)) {
    const a = ctx.syntax[c]!;
    if (a.deprel === 'aux:pass') return true;
    if (a.deprel === 'nsubj:pass') passiveSubject = true;
    if (a.deprel === 'aux' && ctx.lex.cues.perfectAuxLemmas.has(a.lemma)) perfect = true;
    if (c > p && AFTER_FINITE_VERB.has(a.deprel)) dependentAfter = true;
  }
  if (ctx.words.verbSecond && dependentAfter) return false;
  return passiveSubject && !perfect;
}

export function subjectChild(ctx: DocContext, sentence: number, p: number): number {
  for (const c of childrenOf(ctx, sentence, p)) {
    const rel = ctx.syntax[c]?.deprel ?? '';
    if (SUBJECT.has(rel) || rel === 'nsubj:pass') return c;
  }
  return -1;
}
