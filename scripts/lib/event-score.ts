/**
 * The events-dev-real scorer (shared/data/events-dev-real/README.md, "How a system's Documents are matched"; the
 * hidden real-news test is scored the same way). Pure functions on one gold file and one Document, so that
 * test/eval-events.test.ts can check every rule on hand-made pairs; scripts/eval-events.ts runs and sums them.
 *
 * Rules, as the README states them:
 * - a surface form matches an alias when both are equal after lower-casing and dropping quotes and dots, or when
 *   one is the other plus at most 2 trailing characters (inflection: "Russlands" ~ "Russland");
 * - a system entity's forms are its name and every mention text (derived mentions such as "iranische" included);
 * - entities: gold entities in file order each take the first unused system entity of their type (or a `typeAlso`
 *   type) with a matching form; optional gold entities consume a system entity but count neither way;
 * - events: gold events in file order each take the first unused system event (document order) whose CAMEO code's
 *   first two digits are in `cameoRoot` and which has, for every participant group, some participant whose entity
 *   has a form matching an alias of the group (the participant's role and affiliation are not looked at);
 * - location: the found event's location entity or location text matches an alias of `location`;
 * - unmatched system events are spurious.
 * Added here (not in the README): roles on found two-group events, the 010 split of spurious events, and a
 * diagnosis of each miss.
 */
import type { Document, Entity, Event } from '../../src/schema/document.js';

export interface GoldEntity {
  type: string;
  aliases: string[];
  optional?: boolean;
  typeAlso?: string[];
}

export interface GoldEvent {
  cameoRoot: string[];
  /** Alias groups: source first, then target. */
  participants: string[][];
  location?: string[];
}

export interface GoldDocument {
  id: string;
  language: string;
  text: string;
  entities: GoldEntity[];
  events: GoldEvent[];
  source?: { parallelDoc?: string; [k: string]: unknown };
}

export type SystemDocument = Pick<Document, 'entities' | 'events'>;

// Straight and typographic quotes (German „…“ ‚…‘, guillemets, apostrophes) and dots.
const IGNORED = /["'`„“”‚‘’«»‹›.]/g;

export function normalise(form: string): string {
  return form.toLowerCase().replace(IGNORED, '');
}

/** Equal after normalising, or one is the other plus up to 2 trailing characters. */
export function sameForm(a: string, b: string): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return long.length - short.length <= 2 && long.startsWith(short);
}

export function entityForms(e: Entity): string[] {
  return [e.name, ...e.mentions.map((m) => m.text)];
}

export function matchesAliases(e: Entity | undefined, aliases: readonly string[]): boolean {
  return e !== undefined && entityForms(e).some((f) => aliases.some((a) => sameForm(f, a)));
}

const root = (cameo: string) => cameo.slice(0, 2);
/** CAMEO 010 ("make statement"): never coded in the gold set, reported apart from other spurious events. */
export const isStatement = (ev: Event) => ev.cameo === '010';

// ---------------------------------------------------------------------------------------------------- entities

export interface EntityResult {
  tp: number;
  fp: number;
  fn: number;
  missed: string[];
  spurious: string[];
}

export function scoreEntities(gold: GoldDocument, doc: SystemDocument): EntityResult {
  const used = new Set<Entity>();
  const missed: string[] = [];
  let tp = 0;
  for (const g of gold.entities) {
    const types = [g.type, ...(g.typeAlso ?? [])];
    const hit = doc.entities.find((e) => !used.has(e) && types.includes(e.type) && matchesAliases(e, g.aliases));
    if (hit) {
      used.add(hit);
      if (!g.optional) tp++;
    } else if (!g.optional) missed.push(`${g.aliases[0]}/${g.type}`);
  }
  const spurious = doc.entities.filter((e) => !used.has(e)).map((e) => `${e.name}/${e.type}`);
  return { tp, fp: spurious.length, fn: missed.length, missed, spurious };
}

// ---------------------------------------------------------------------------------------------------- events

export type RoleVerdict = 'right' | 'swapped' | 'party' | 'other';

export interface GoldEventResult {
  index: number;
  gold: GoldEvent;
  /** The system event that matched, if any. */
  match?: Event;
  /** Two-group events only: how the matched participants' roles compare with gold (source first). */
  roles?: RoleVerdict;
  /** Gold events with a location, when found: whether the location matched. */
  location?: boolean;
  /** Misses only: the closest system event and what kept it from matching. */
  diagnosis?: string;
  /** Misses only: the class of the miss (MISS_CLASSES). */
  missClass?: MissClass;
}

/** Miss classes, for the summary table: what the nearest system event lacks. */
export const MISS_CLASSES = [
  'no related event, participants are entities',
  'no related event, a participant is not an entity',
  'wrong root, participants attached',
  'root right, participant in the trigger sentence, not attached',
  'root right, participant only in other sentences',
  'root right, participant not an entity',
  'wrong root and participant missing',
  'matching event taken by another gold event',
] as const;
export type MissClass = (typeof MISS_CLASSES)[number];

export interface EventResult {
  events: GoldEventResult[];
  spurious: Event[];
  emitted: number;
}

const entityById = (doc: SystemDocument) => new Map(doc.entities.map((e) => [e.id, e]));

/** Participants of `ev` whose entity matches the group. */
function groupHits(ev: Event, group: readonly string[], byId: Map<string, Entity>) {
  return ev.participants.filter((p) => matchesAliases(byId.get(p.entity), group));
}

export function eventMatches(ev: Event, g: GoldEvent, byId: Map<string, Entity>): boolean {
  return g.cameoRoot.includes(root(ev.cameo)) && g.participants.every((group) => groupHits(ev, group, byId).length > 0);
}

export function roleVerdict(ev: Event, g: GoldEvent, byId: Map<string, Entity>): RoleVerdict | undefined {
  if (g.participants.length < 2) return undefined;
  const first = new Set(groupHits(ev, g.participants[0]!, byId).map((p) => p.role));
  const second = new Set(groupHits(ev, g.participants[1]!, byId).map((p) => p.role));
  if (first.has('source') && second.has('target')) return 'right';
  if (first.has('target') && second.has('source')) return 'swapped';
  if (first.has('party') && second.has('party')) return 'party';
  return 'other';
}

export function locationMatches(ev: Event, aliases: readonly string[], byId: Map<string, Entity>): boolean {
  if (!ev.location) return false;
  return matchesAliases(byId.get(ev.location.entity), aliases) || aliases.some((a) => sameForm(ev.location!.text, a));
}

export function describeGold(g: GoldEvent): string {
  const groups = g.participants.map((grp) => `[${grp.join('|')}]`).join(' -> ');
  return `${g.cameoRoot.join('/')} ${groups}${g.location ? ` @[${g.location.join('|')}]` : ''}`;
}

export function describeEvent(ev: Event, byId: Map<string, Entity>): string {
  const parts = ev.participants.map((p) => {
    const aff = p.affiliation ? ` for ${byId.get(p.affiliation)?.name ?? p.affiliation}` : '';
    return `${p.role}:${byId.get(p.entity)?.name ?? p.entity}${aff}`;
  });
  const loc = ev.location ? ` @${ev.location.text}` : '';
  return `${ev.id} ${ev.cameo} ${ev.type} "${ev.trigger.text}" s${ev.sentence} (${parts.join(', ') || 'no participants'})${loc}`;
}

/** Why a gold event was missed: the nearest system event (root right, most groups attached) and what it lacks. */
function diagnose(g: GoldEvent, doc: SystemDocument, used: Map<Event, number>, byId: Map<string, Entity>): { text: string; cls: MissClass } {
  const isEntity = (group: readonly string[]) => doc.entities.some((e) => matchesAliases(e, group));
  const groupState = (group: readonly string[]) => (isEntity(group) ? 'entity found, not attached' : 'no system entity');
  // A matching entity mentioned in the sentence of the trigger: attachment failed; elsewhere: the nearest event may
  // report another act, or the participant sits in another sentence (discourse).
  const inSentence = (group: readonly string[], sentence: number) =>
    doc.entities.some((e) => matchesAliases(e, group) && e.mentions.some((m) => m.sentence === sentence));
  const missingState = (group: readonly string[], sentence: number) =>
    !isEntity(group) ? 'no system entity' : inSentence(group, sentence) ? 'entity in the trigger sentence, not attached' : 'entity only in other sentences';
  const allEntities = g.participants.every(isEntity);
  const unrelated = allEntities ? MISS_CLASSES[0] : MISS_CLASSES[1];
  if (doc.events.length === 0) {
    const groups = g.participants.map((grp, i) => `group ${i + 1} [${grp[0]}]: ${groupState(grp)}`);
    return { text: `no system event in the document; ${groups.join('; ')}`, cls: unrelated };
  }
  const scored = doc.events.map((ev) => {
    const rootOk = g.cameoRoot.includes(root(ev.cameo));
    const groupsOk = g.participants.map((grp) => groupHits(ev, grp, byId).length > 0);
    return { ev, rootOk, groupsOk, score: (rootOk ? 1 : 0) + groupsOk.filter(Boolean).length };
  });
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score === 0) {
    const groups = g.participants.map((grp, i) => `group ${i + 1} [${grp[0]}]: ${groupState(grp)}`);
    return { text: `no system event has the root or a participant (${doc.events.length} in the document); ${groups.join('; ')}`, cls: unrelated };
  }
  const lacks: string[] = [];
  if (!best.rootOk) lacks.push(`root ${root(best.ev.cameo)} not in ${g.cameoRoot.join('/')}`);
  best.groupsOk.forEach((ok, i) => {
    if (ok) return;
    const grp = g.participants[i]!;
    const viaAffiliation = best.ev.participants.some((p) => p.affiliation && matchesAliases(byId.get(p.affiliation), grp));
    lacks.push(`group ${i + 1} [${grp[0]}] missing (${viaAffiliation ? 'only as an affiliation' : missingState(grp, best.ev.sentence)})`);
  });
  const taken = used.get(best.ev);
  if (!lacks.length && taken !== undefined) lacks.push(`would match, but already taken by gold event ${taken + 1}`);
  const missing = g.participants.filter((_, i) => !best.groupsOk[i]);
  let cls: MissClass;
  if (!missing.length) cls = best.rootOk ? MISS_CLASSES[7] : MISS_CLASSES[2];
  else if (!best.rootOk) cls = MISS_CLASSES[6];
  else if (!missing.every(isEntity)) cls = MISS_CLASSES[5];
  else cls = missing.every((grp) => inSentence(grp, best.ev.sentence)) ? MISS_CLASSES[3] : MISS_CLASSES[4];
  return { text: `nearest ${describeEvent(best.ev, byId)}: ${lacks.join('; ')}`, cls };
}

export function scoreEvents(gold: GoldDocument, doc: SystemDocument): EventResult {
  const byId = entityById(doc);
  const used = new Map<Event, number>();
  const events: GoldEventResult[] = gold.events.map((g, index) => {
    const match = doc.events.find((ev) => !used.has(ev) && eventMatches(ev, g, byId));
    if (!match) return { index, gold: g };
    used.set(match, index);
    const r: GoldEventResult = { index, gold: g, match };
    const roles = roleVerdict(match, g, byId);
    if (roles) r.roles = roles;
    if (g.location) r.location = locationMatches(match, g.location, byId);
    return r;
  });
  // Diagnose after all matches are made, so that "already taken" names the gold event that took it.
  for (const r of events) {
    if (r.match) continue;
    const d = diagnose(r.gold, doc, used, byId);
    r.diagnosis = d.text;
    r.missClass = d.cls;
  }
  return { events, spurious: doc.events.filter((ev) => !used.has(ev)), emitted: doc.events.length };
}

// ---------------------------------------------------------------------------------------------------- pairs

export interface PairResult {
  /** Gold event indices found in at least one language. */
  either: number;
  /** Found in both languages with the same 2-digit root of the matched system events. */
  agree: number;
  /** Found in both, but the system roots differ. */
  rootDiffers: number;
  /** Per gold event found in one language only (or with differing roots): a line for the failure listing. */
  disagreements: string[];
}

/** Cross-lingual agreement of two scored versions of the same PUD sentence (same gold events, same order). */
export function comparePair(a: EventResult, b: EventResult, labels: readonly [string, string] = ['de', 'en']): PairResult {
  const out: PairResult = { either: 0, agree: 0, rootDiffers: 0, disagreements: [] };
  const n = Math.min(a.events.length, b.events.length);
  for (let i = 0; i < n; i++) {
    const x = a.events[i]!.match;
    const y = b.events[i]!.match;
    if (!x && !y) continue;
    out.either++;
    if (x && y && root(x.cameo) === root(y.cameo)) out.agree++;
    else if (x && y) {
      out.rootDiffers++;
      out.disagreements.push(`event ${i + 1}: root ${root(x.cameo)} in ${labels[0]}, ${root(y.cameo)} in ${labels[1]}`);
    } else out.disagreements.push(`event ${i + 1}: found in ${x ? labels[0] : labels[1]} only`);
  }
  return out;
}
