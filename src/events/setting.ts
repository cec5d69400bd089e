/**
 * Where and when: the place and the date of one trigger.
 */
import type { DocContext, PlacedMention } from './context.js';
import { isCountry, mentionBefore } from './context.js';
import type { Segment } from './clauses.js';
import { governorIndex, governor } from './grammar.js';
import type { TriggerMatch } from './triggers.js';
import type { TimeExpression } from '../values/times.js';

export interface LocationArg {
  entity: string;
  start: number;
  end: number;
  text: string;
  /** 0 city/region, 1 country, 2 other (landmarks, unknown), 3 dateline: lower is a better event location. */
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

/** "US-Versandhändler", "EU-Kommission": a name written as the first part of a hyphenated compound. */
function isCompoundModifier(ctx: DocContext, pm: PlacedMention): boolean {
  return /^-\p{L}/u.test(ctx.text.slice(pm.mention.end, pm.mention.end + 2));
}

/** A dateline's place ranks below every place named in a clause. */
const DATELINE_RANK = 3;
/** The dateline stands within this many characters of a line start at the top of the document. */
const DATELINE_WINDOW = 400;
const datelines = new WeakMap<DocContext, LocationArg | null>();

/** The document's dateline place: a place at the start of a line near the top, followed by an agency in brackets
 * and/or a dash ("BERLIN (dpa) –", "Koblenz, 3. März (Reuters) -", "WASHINGTON —"). The fallback place of every
 * event whose clause names none. */
export function datelinePlace(ctx: DocContext): LocationArg | undefined {
  const known = datelines.get(ctx);
  if (known !== undefined) return known ?? undefined;
  let found: LocationArg | null = null;
  for (const list of ctx.mentionsBySentence) {
    for (const pm of list) {
      const m = pm.mention;
      const e = pm.entity;
      if (m.start > DATELINE_WINDOW) break;
      if (!e || e.type !== 'LOC' || m.derived) continue;
      if (!/(^|\n)[ \t]*$/.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      const after = ctx.text.slice(m.end, m.end + 60);
      if (!/^(,[^\n()–—]{1,30})?\s*(\([^()\n]{1,30}\)\s*)?[–—-]\s/u.test(after) && !/^\s*\([^()\n]{1,30}\)\s*[–—:-]/u.test(after)) continue;
      const rank = DATELINE_RANK;
      found = { entity: e.id, start: m.start, end: m.end, text: ctx.text.slice(m.start, m.end), rank };
      break;
    }
    if (found) break;
  }
  datelines.set(ctx, found);
  return found ?? undefined;
}

/** "in der Hauptstadt Kiew", "im Logistikzentrum Bad Hersfeld", "in der Casa Santa Maria": where nouns are
 * capitalised, one noun between a place preposition (with its article) and a place passes the preposition on; a
 * genitive ("in der Wirtschaft Chinas") is an attribute, not the place. */
function placeNounGovernor(ctx: DocContext, pm: PlacedMention, govAt: number, from: number): number {
  if (govAt < 0 || !ctx.words.capitalisesNouns || govAt !== pm.headStart - 1 || ctx.lex.cues.locationPreps.has(ctx.lower[govAt]!)) return govAt;
  if (!/^\p{Lu}/u.test(ctx.tokens[govAt]!.text)) return govAt;
  const name = pm.entity?.name ?? '';
  if (pm.mention.text.endsWith('s') && !name.endsWith('s')) return govAt;
  const list = ctx.mentionsBySentence[pm.mention.sentence] ?? [];
  if (list.some((o) => govAt >= o.tokenStart && govAt < o.tokenEnd)) return govAt;
  const outer = governorIndex(ctx, govAt, from);
  return outer >= 0 && ctx.lex.cues.locationPreps.has(ctx.lower[outer]!) ? outer : govAt;
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
    // "beim US-Versandhändler": a place inside an actor's compound name says where the actor is from, not where
    // the event happened.
    if (isCompoundModifier(ctx, pm)) continue;
    const govAt = placeNounGovernor(ctx, pm, governorIndex(ctx, pm.headStart, from), from);
    // A visited city is the visit's place ("besuchte Kiew", "state visit to Hanoi"); a visited country is its
    // target only (roles.ts, visitedPlaces).
    const visited = trigger.type.family === 'visit' && !isCountry(e) &&
      (govAt === trigger.tokenEnd - 1 || (govAt === trigger.tokenEnd && ctx.words.visitGoalPreps.has(ctx.lower[govAt]!)));
    if (!visited && (govAt < 0 || !ctx.lex.cues.locationPreps.has(ctx.lower[govAt]!))) continue;
    const distance = Math.abs(pm.tokenStart - trigger.tokenStart);
    const specific = e.subtype && PLACE_SUBTYPES.has(e.subtype) ? 0 : isCountry(e) ? 20 : 10;
    const score = distance + specific;
    if (!best || score < best.score) best = { pm, score };
  }
  if (!best) return datelinePlace(ctx);
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

/** Sentences back in which "dort"/"there" finds the place it refers to. */
const PLACE_ANAPHOR_LOOKBACK = 2;

/** "Andreas Dosch ist in Berlin. … Dort traf er Clooney": a place anaphor in the trigger's clause is the last place
 * (not a country) named in the sentence before it or the ones before that. `sameStory` keeps teasers apart. */
export function placeAnaphorLocation(
  ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[], sameStory: (s: number) => boolean,
): LocationArg | undefined {
  const own = segs[0];
  if (!own) return undefined;
  let anaphor = -1;
  for (let k = own.start; k < own.end && anaphor < 0; k++) if (ctx.lex.cues.placeAnaphors.has(ctx.lower[k]!)) anaphor = k;
  if (anaphor < 0) return undefined;
  const place = mentionBefore(ctx, trigger.sentence, anaphor, PLACE_ANAPHOR_LOOKBACK, sameStory,
    (pm) => pm.entity?.type === 'LOC' && !pm.mention.derived && !isCountry(pm.entity));
  if (!place?.entity) return undefined;
  return { entity: place.entity.id, start: place.mention.start, end: place.mention.end, text: place.mention.text, rank: 0 };
}
