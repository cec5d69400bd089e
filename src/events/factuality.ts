/**
 * Factuality of a trigger: whether the text asserts the event happened, denies it, only supposes it, announces it
 * for later, or reports it as someone's claim. Read from the tokens of the trigger's clause with the cue lists of
 * the lexicon (models/events/<lang>.json, cues "factuality"); no syntax layer needed.
 */
import type { Factuality } from '../schema/document.js';
import type { DocContext } from './context.js';
import type { Segment } from './clauses.js';
import type { TriggerMatch } from './triggers.js';

export type { Factuality };

/** Cue words per factuality value (lower-cased; multi-word cues as token sequences). */
export interface FactualityCues {
  /** "nicht", "kein", "not", "never": negate a trigger after them in its clause. */
  readonly negation: ReadonlySet<string>;
  /** German verb-second/verb-final order: "unterzeichnete den Vertrag nicht" negates after the trigger too. */
  readonly negationAfter: ReadonlySet<string>;
  /** "nicht nur", "not only": the negation word before these does not negate. */
  readonly negationExceptNext: ReadonlySet<string>;
  /** "falls", "wenn", "if", "unless": the clause they open is a condition. */
  readonly conditional: ReadonlySet<string>;
  /** "könnte", "würde", "could", "might", "möglicherweise": the clause only supposes the event. */
  readonly hypothetical: ReadonlySet<string>;
  /** "Risiken bei Hackerangriffen", "risk of attacks": a noun trigger governed by one of these is hypothetical. */
  readonly hypotheticalNouns: ReadonlySet<string>;
  /** "will", "wollen", "soll", "plant", "next": announced for later. */
  readonly planned: ReadonlySet<string>;
  /** Hypothetical/planned cues that count after the trigger too (German modals of verb-final clauses, "next
   * week"); the others modify a later verb ("said Tehran must stop"). */
  readonly modalsAfter: ReadonlySet<string>;
  /** "warf … vor", "accused", "behauptete", "allegedly": an event after them in the sentence is their claim. */
  readonly claim: ReadonlySet<string>;
  /** "soll … angegriffen haben": a reportative modal with a perfect infinitive is a claim, not a plan. */
  readonly claimModals: ReadonlySet<string>;
  readonly perfectAux: ReadonlySet<string>;
  /** Event types whose verb makes a noun trigger in its clause negated ("lehnt Verhandlungen ab"), hypothetical
   * ("forderte Sanktionen", "drohte mit Angriffen") or planned. */
  readonly negatingTypes: ReadonlySet<string>;
  readonly hypotheticalTypes: ReadonlySet<string>;
  readonly plannedTypes: ReadonlySet<string>;
}

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
  for (let k = before; k < t; k++) if (isCue(f.claim, k)) return 'reported-claim';
  for (let k = start; k < end; k++) {
    if (!isCue(f.negation, k) || (k > t && !f.negationAfter.has(lower[k]!))) continue;
    if (f.negationExceptNext.has(lower[k + 1] ?? '')) continue;
    return 'negated';
  }
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
const CLAUSE_MARKS = new Set([',', ';', ':', '–', '—']);

/** The strongest claim among a cluster's mentions: one asserted report makes the event asserted. */
const ORDER: readonly Factuality[] = ['asserted', 'planned', 'reported-claim', 'hypothetical', 'negated'];
export function mergeFactuality(a: Factuality, b: Factuality): Factuality {
  return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}

/** Factualities the default output keeps: see docs/events.md (factuality). */
export const DEFAULT_FACTUALITIES: ReadonlySet<Factuality> = new Set(['asserted', 'planned']);
