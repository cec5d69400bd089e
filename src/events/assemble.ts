/**
 * One Event from one cluster: the member whose type names it, participants (affiliations paired and pruned, short
 * names dropped), intent types for events only announced, the consensus area count, confidence.
 */
import type { Event, Participant } from '../schema/document.js';
import { isCountry, type DocContext } from './context.js';
import type { EventTypeInfo } from './lexicon.js';
import type { Candidate } from './candidates.js';
import type { Cluster } from './coreference.js';

/** The member whose type names the event: factual before hypothetical, a report before a reference back to it
 * ("vereinbarten …" then "kritisierte die Vereinbarung" stays an agreement, not a signing), the clause's report
 * before its background ("Wegen der Vorwürfe ermittelt …" is an investigation), then highest rank,
 * then strongest, then earliest. */
function primary(cl: Cluster): Candidate {
  const key = (c: Candidate): number[] => [c.irrealis ? 0 : 1, c.refersBack ? 0 : 1, c.background ? 0 : 1, c.trigger.type.rank, c.trigger.strength];
  let best = cl.members[0]!;
  let bestKey = key(best);
  for (const m of cl.members) {
    const k = key(m);
    const i = k.findIndex((x, j) => x !== bestKey[j]);
    if (i >= 0 && k[i]! > bestKey[i]!) {
      best = m;
      bestKey = k;
    }
  }
  return best;
}

/** Drops an organisation/country that is already present, in the same role, as a participant's affiliation
 * ("NATO und Südkorea" + "Yoon (Südkorea) und Stoltenberg (NATO)" → the two people; "UN chief Guterres"). */
function pruneAffiliations(participants: readonly Participant[]): Participant[] {
  const affiliations = new Set(participants.filter((p) => p.affiliation).map((p) => `${p.role} ${p.affiliation}`));
  return participants.filter((p) => !affiliations.has(`${p.role} ${p.entity}`));
}

/** Most frequent count; on a tie, the count that reached it first. */
function consensusCount(counts: readonly number[]): number | undefined {
  const tally = new Map<number, number>();
  let best: number | undefined;
  let bestN = 0;
  for (const c of counts) {
    const n = (tally.get(c) ?? 0) + 1;
    tally.set(c, n);
    if (n > bestN) {
      best = c;
      bestN = n;
    }
  }
  return best;
}

/** confidence = (strongest trigger × argument completeness + corroboration by further mentions) × modality
 * (see docs/events.md). */
function confidenceOf(type: EventTypeInfo, cl: Cluster, participants: readonly Participant[], strength: number): number {
  let completeness = 0.55;
  if (participants.length > 0) completeness += 0.2;
  const sources = participants.filter((p) => p.role === 'source').length;
  const targets = participants.filter((p) => p.role === 'target').length;
  const full =
    type.roles === 'symmetric' ? participants.length >= 2 : type.roles === 'source' ? sources > 0 : sources > 0 && targets > 0;
  if (full) completeness += 0.1;
  if (cl.location || cl.time) completeness += 0.1;
  if (!type.areas || cl.areas.length > 0 || cl.areaCounts.length > 0) completeness += 0.05;
  const corroboration = Math.min(0.1, 0.05 * (cl.members.length - 1));
  // Only hypothetical reports ("could be signed", "will meet"): less certain that it happened.
  const modality = cl.factual ? 1 : 0.8;
  return Math.round(Math.min(0.99, (strength * completeness + corroboration) * modality) * 1000) / 1000;
}

/** Drops a person participant whose name ends a fuller participant's name ("Stoltenberg" beside "Jens
 * Stoltenberg"): one person the entity stage left as two entities. */
function pruneShortNames(ctx: DocContext, participants: readonly Participant[]): Participant[] {
  const names = participants.map((p) => ctx.entityById.get(p.entity)?.name ?? '');
  return participants.filter((p, i) => {
    const short = names[i]!;
    if (short.length < 3) return true;
    return !participants.some((q, j) => j !== i && ctx.entityById.get(q.entity)?.type === 'PER' && names[j]!.endsWith(` ${short}`));
  });
}

/** "Deutschland und Indonesien" + "Ministerin Vollmer und der indonesische Minister Hartono": in a symmetric event
 * where every country/organisation party but one is some person's affiliation and exactly one person party has
 * none, that person acts for the remaining party. */
function pairAffiliations(ctx: DocContext, participants: Participant[]): void {
  const affiliated = new Set(participants.map((p) => p.affiliation).filter((a) => a !== undefined));
  if (affiliated.size === 0) return;
  const open = participants.filter((p) => {
    const e = ctx.entityById.get(p.entity);
    return e !== undefined && (e.type === 'ORG' || isCountry(e)) && !affiliated.has(p.entity);
  });
  const loose = participants.filter((p) => ctx.entityById.get(p.entity)?.type === 'PER' && !p.affiliation);
  if (open.length === 1 && loose.length === 1) loose[0]!.affiliation = open[0]!.entity;
}

/** Only announced or intended, with no factual report: talks or a meeting are CAMEO 036 ("would open coalition
 * talks", "wollen sich treffen"), cooperation or a signing 030 ("wollen enger zusammenarbeiten", "plan to sign"). */
function intentType(cl: Cluster, type: EventTypeInfo, types: ReadonlyMap<string, EventTypeInfo>): EventTypeInfo {
  if (cl.factual) return type;
  if (type.family === 'consult') return types.get('intend_meet') ?? type;
  if (type.family === 'cooperation' && type.cameo !== '030') return types.get('intend_cooperate') ?? type;
  return type;
}

export function toEvent(ctx: DocContext, cl: Cluster, id: string): Event | undefined {
  const head = primary(cl);
  const t = head.trigger;
  const type = intentType(cl, t.type, ctx.lex.types);
  const paired = cl.participants.map((p) => ({ ...p }));
  if (type.roles === 'symmetric') pairAffiliations(ctx, paired);
  const participants = pruneShortNames(ctx, pruneAffiliations(paired));
  if (participants.length === 0) return undefined;
  let strength = 0;
  for (const m of cl.members) strength = Math.max(strength, m.trigger.strength);
  const event: Event = {
    id,
    type: type.name,
    cameo: type.cameo,
    trigger: { start: t.start, end: t.end, text: ctx.text.slice(t.start, t.end) },
    sentence: t.sentence,
    participants,
    confidence: 0,
    factuality: cl.factuality,
  };
  if (cl.location) event.location = { entity: cl.location.entity, start: cl.location.start, end: cl.location.end, text: cl.location.text };
  if (cl.time) event.time = { ...cl.time };
  if (cl.areas.length > 0) event.areas = [...cl.areas].sort((a, b) => a.start - b.start).map((a) => ({ ...a }));
  const count = consensusCount(cl.areaCounts);
  if (count !== undefined) event.areaCount = count;
  const others = cl.members.filter((m) => m !== head).sort((a, b) => a.trigger.start - b.trigger.start);
  if (others.length > 0) {
    event.mentions = others.map((m) => ({
      start: m.trigger.start,
      end: m.trigger.end,
      text: ctx.text.slice(m.trigger.start, m.trigger.end),
      sentence: m.trigger.sentence,
    }));
  }
  // Only reports outside the main story carry their section (docs/schema.md).
  if (head.section === 'related' || head.section === 'boilerplate') event.section = head.section;
  // confidence and factuality after the optional fields, as the schema lists them.
  delete (event as Partial<Event>).confidence;
  delete (event as Partial<Event>).factuality;
  event.confidence = confidenceOf(type, cl, participants, strength);
  event.factuality = cl.factuality;
  return event;
}

