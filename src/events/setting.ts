/**
 * Where and when: the place and the date of one trigger.
 */
import type { DocContext, PlacedMention } from './context.js';
import { isCountry } from './context.js';
import type { Segment } from './clauses.js';
import { governorIndex, governor } from './grammar.js';
import type { TriggerMatch } from './triggers.js';
import type { TimeExpression } from '../values/times.js';

export interface LocationArg {
  entity: string;
  start: number;
  end: number;
  text: string;
  /** 0 city/region, 1 country, 2 other (landmarks, unknown): lower is a better event location. */
  rank: number;
}

const PLACE_SUBTYPES = new Set(['city', 'region', 'state', 'district', 'town', 'village', 'capital']);

/** Other directed noun triggers in the trigger's clause that are objects ("den Anschlag", not after a preposition);
 * a meeting or agreement named as object ("hosted the summit in Suva") shares its place with the verb. */
function objectNouns(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[], sentenceTriggers: readonly TriggerMatch[]): TriggerMatch[] {
  const own = segs[0];
  if (!own) return [];
  const { cues } = ctx.lex;
  return sentenceTriggers.filter((n) => {
    if (n === trigger || !n.nominal || n.type.roles !== 'directed' || n.tokenStart < own.start || n.tokenStart >= own.end) return false;
    if (n.tokenStart < trigger.tokenEnd && n.tokenEnd > trigger.tokenStart) return false;
    const gov = governor(ctx, n.tokenStart, own.start);
    return gov === undefined || !(cues.locative.has(gov) || cues.locationPreps.has(gov) || cues.target.has(gov) ||
      cues.agent.has(gov) || cues.comitative.has(gov) || cues.topic.has(gov));
  });
}

/** The place of the event: a LOC after a locative preposition ("in Paris", "auf dem Gipfel in Vilnius", "at X"),
 * or the object of a visit ("besuchte Kiew"), nearest to the trigger, cities before countries. */
export function findLocation(
  ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[] = [], sentenceTriggers: readonly TriggerMatch[] = [],
): LocationArg | undefined {
  const [from] = ctx.sentenceTokens[trigger.sentence]!;
  const objects = objectNouns(ctx, trigger, segs, sentenceTriggers);
  let best: { pm: PlacedMention; score: number } | undefined;
  for (const pm of ctx.mentionsBySentence[trigger.sentence] ?? []) {
    const e = pm.entity;
    if (!e || e.type !== 'LOC' || pm.mention.derived) continue;
    // "verurteilte den Anschlag auf ein Hotel in Mogadischu": the place after an object noun is that act's place.
    if (objects.some((n) => n.tokenEnd <= pm.tokenStart && (trigger.tokenStart < n.tokenStart || trigger.tokenStart > pm.tokenStart))) continue;
    const govAt = governorIndex(ctx, pm.headStart, from);
    // A visit's object is its place: "besuchte Paris", "visited Kyiv".
    // …or the goal of one: "state visit to Hanoi", "Reise nach Kiew".
    const visited = trigger.type.family === 'visit' &&
      (govAt === trigger.tokenEnd - 1 || (govAt === trigger.tokenEnd && ctx.words.visitGoalPreps.has(ctx.lower[govAt]!)));
    if (!visited && (govAt < 0 || !ctx.lex.cues.locationPreps.has(ctx.lower[govAt]!))) continue;
    const distance = Math.abs(pm.tokenStart - trigger.tokenStart);
    const specific = e.subtype && PLACE_SUBTYPES.has(e.subtype) ? 0 : isCountry(e) ? 20 : 10;
    const score = distance + specific;
    if (!best || score < best.score) best = { pm, score };
  }
  if (!best) return undefined;
  const m = best.pm.mention;
  const e = best.pm.entity!;
  const rank = e.subtype && PLACE_SUBTYPES.has(e.subtype) ? 0 : isCountry(e) ? 1 : 2;
  return { entity: e.id, start: m.start, end: m.end, text: ctx.text.slice(m.start, m.end), rank };
}

/** The date expression nearest to the trigger in its sentence. */
export function nearestTime(times: readonly TimeExpression[], trigger: TriggerMatch): TimeExpression | undefined {
  let best: TimeExpression | undefined;
  let bestDistance = Infinity;
  for (const t of times) {
    const d = t.end <= trigger.start ? trigger.start - t.end : Math.max(0, t.start - trigger.end);
    if (d < bestDistance) {
      best = t;
      bestDistance = d;
    }
  }
  return best;
}
