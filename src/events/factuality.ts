/**
 * Factuality of a trigger: whether the text asserts the event happened, denies it, only supposes it, announces it
 * for later, or reports it as someone's claim. Read from the tokens of the trigger's clause with the cue lists of
 * the lexicon (models/events/<lang>.json, cues "factuality"); no syntax layer needed.
 */
import type { Factuality } from '../schema/document.js';
import type { DocContext } from './context.js';
import { CLAUSE_MARKS, type Segment } from './clauses.js';
import type { TriggerMatch } from './triggers.js';
import { backgroundPrepositionBefore } from './grammar.js';

export type { Factuality };
export type { FactualityCues } from './lexicon.js';

/** Tokens a noun trigger may have between itself and the noun that makes it hypothetical ("Risiken bei …"). */
const NOUN_REACH = 4;

/** Factuality of one trigger; `segs[0]` is the trigger's own clause (argumentSegments). */
export function factualityOf(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[], triggers: readonly TriggerMatch[]): Factuality {
  const f = ctx.lex.cues.factuality;
  const own = segs[0];
  const [from, to] = ctx.sentenceTokens[trigger.sentence]!;
  const start = own ? own.start : from;
  const end = own ? own.end : to;
  const t = trigger.tokenStart;
  const { lower } = ctx;
  const isCue = (set: ReadonlySet<string>, k: number): boolean => set.has(lower[k]!) && !(k >= t && k < trigger.tokenEnd);
  // A claim verb before the trigger in its clause or the clause just before ("X accused Y of attacking Z", "warf Y
  // vor, Z angegriffen zu haben"), unless the trigger is the claim itself.
  const before = segs.length > 0 ? previousClauseStart(ctx, trigger.sentence, start) : from;
  // A claim noun after a preposition of cause ("Wegen der Vorwürfe ermittelt …") is the report's background, not its frame.
  for (let k = before; k < t; k++) if (isCue(f.claim, k) && backgroundPrepositionBefore(ctx, k, from) < 0) return 'reported-claim';
  for (let k = start; k < end; k++) {
    if (!isCue(f.negation, k) || (k > t && !f.negationAfter.has(lower[k]!))) continue;
    if (f.negationExceptNext.has(lower[k + 1] ?? '')) continue;
    return 'negated';
  }
  for (let k = Math.max(start, t - 2); k < t; k++) if (f.negationRightBefore.has(lower[k]!)) return 'negated';
  if (own && f.conditional.has(lower[own.start]!)) return 'hypothetical';
  if (lower[to - 1] === '?') return 'hypothetical';
  if (trigger.nominal) {
    for (const v of triggers) {
      if (v.nominal || v.tokenStart < start || v.tokenStart >= end) continue;
      if (f.negatingTypes.has(v.type.name)) return 'negated';
      if (f.hypotheticalTypes.has(v.type.name)) return 'hypothetical';
      if (f.plannedTypes.has(v.type.name)) return 'planned';
    }
    for (let k = Math.max(from, t - NOUN_REACH); k < t; k++) if (f.hypotheticalNouns.has(lower[k]!)) return 'hypothetical';
  }
  let planned = false;
  for (let k = start; k < end; k++) {
    if (isCue(f.claimModals, k)) {
      for (let j = k + 1; j < end; j++) if (j > t && f.perfectAux.has(lower[j]!)) return 'reported-claim';
    }
    if (k > t && !f.modalsAfter.has(lower[k]!)) continue;
    if (isCue(f.hypothetical, k)) return 'hypothetical';
    if (isCue(f.planned, k)) planned = true;
  }
  return planned ? 'planned' : 'asserted';
}

/** Start of the clause before the one starting at `start`: the nearest boundary punctuation before it. */
function previousClauseStart(ctx: DocContext, sentence: number, start: number): number {
  const [from] = ctx.sentenceTokens[sentence]!;
  let k = start - 2;
  while (k > from && !CLAUSE_MARKS.has(ctx.lower[k]!)) k--;
  return k > from ? k + 1 : from;
}

/** The strongest claim among a cluster's mentions: one asserted report makes the event asserted. */
const ORDER: readonly Factuality[] = ['asserted', 'planned', 'reported-claim', 'hypothetical', 'negated'];
export function mergeFactuality(a: Factuality, b: Factuality): Factuality {
  return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}

/** Factualities the default output keeps: see docs/events.md (factuality). */
export const DEFAULT_FACTUALITIES: ReadonlySet<Factuality> = new Set(['asserted', 'planned']);
