/**
 * The event stage: triggers → arguments → within-document coreference → Events.
 * Over 400 lines: candidate building and coreference share the Candidate/Cluster shapes that the events issue
 * (event arguments) reshapes; it is split then rather than twice.
 */
import type { Event, Participant, SectionKindT } from '../schema/document.js';
import type { WorkingDoc } from '../doc/types.js';
import { argumentSegments, assignRoles } from './roles.js';
import { segmentSentence, type Segment } from './clauses.js';
import { isDefinite, isIrrealis } from './grammar.js';
import { dualSubject, groupSubject, hasSpokespersonSubject, personBefore, spokespersonAt, subjectPronounAt } from './subjects.js';
import { describedOrganisation, descriptionTarget, subjectDescriptionAt } from './descriptions.js';
import { findLocation, nearestTime, type LocationArg } from './setting.js';
import { findAreas, type AreaItem } from './areas.js';
import { buildContext, isCountry, type DocContext, type SentenceParser } from './context.js';
import { readDates, asTime, timesWithin, type TimeExpression } from '../values/times.js';
import { profileOf } from '../lang/index.js';
import { eventLexicon, type EventTypeInfo, type RoleScheme } from './lexicon.js';
import { findTriggers, type TriggerMatch } from './triggers.js';
import { factualityOf, mergeFactuality, type Factuality } from './factuality.js';
import { objectNamesActor, rolesOf, speakerSubject, syntacticArguments } from './arguments.js';

/** One trigger with its own arguments, before coreference. */
interface Candidate {
  readonly trigger: TriggerMatch;
  readonly story: string;
  readonly section: SectionKindT;
  /** Hypothetical or future ("could be signed", "will meet"). */
  readonly irrealis: boolean;
  /** Asserted, negated, hypothetical, planned or a reported claim (factuality.ts). */
  readonly factuality: Factuality;
  /** A definite symmetric noun ("die Vereinbarung", "the pact"): a reference to an event reported before. */
  readonly refersBack: boolean;
  participants: Participant[];
  location?: LocationArg;
  time?: TimeExpression;
  areas: AreaItem[];
  areaCounts: number[];
}

/** An event being assembled from one or more coreferent candidates. */
interface Cluster {
  readonly story: string;
  readonly family: string;
  members: Candidate[];
  /** Type names of the members (kept as a set so the check stays constant-time on long documents). */
  types: Set<string>;
  /** Sentence of the latest member (candidates arrive in text order). */
  lastSentence: number;
  /** Sentence of the latest member that named participants of its own (-1 before any). */
  lastNamedSentence: number;
  participants: Participant[];
  location?: LocationArg;
  time?: TimeExpression;
  /** Whether any member is a factual (not hypothetical) report. */
  factual?: boolean;
  /** The most asserted factuality among the members. */
  factuality: Factuality;
  hypotheticalLocation?: LocationArg | undefined;
  hypotheticalTime?: TimeExpression | undefined;
  areas: AreaItem[];
  areaCounts: number[];
}

/** A participant-less trigger merges into an event of its family at most this many sentences away. */
const MAX_BARE_GAP = 6;
/** Coreference looks back over this many open events of the same story and family (keeps it linear). */
const MAX_OPEN_CLUSTERS = 16;
/** Location/time are borrowed from a coreferent meeting at most this many sentences away. */
const MAX_BORROW_GAP = 3;
/** Partial directed reports (only source / only target) complete each other at most this many sentences apart. */
const MAX_COMPLEMENT_GAP = 2;
/** A pronoun refers to a person named at most this many sentences before. */
const PRONOUN_LOOKBACK = 2;
/** A group subject ("die drei Länder") refers to participants named at most this many sentences before. */
const MAX_GROUP_GAP = 6;
/** An unnamed spokesperson speaks for an actor named at most this many sentences before. */
const MAX_SPOKESPERSON_GAP = 1;
/** "das Unternehmen" refers to a company introduced at most this many sentences before. */
const DESCRIPTION_LOOKBACK = 3;
const DIPLOMATIC_FAMILIES = new Set(['cooperation', 'consult', 'visit']);

function storyOf(ctx: DocContext, sentence: number): string | undefined {
  const kind = ctx.sectionKind[sentence]!;
  if (kind === 'boilerplate') return undefined;
  if (kind === 'related') return `related#${ctx.sectionIndex[sentence]}`;
  return 'main';
}

function candidatesOf(ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  /** Per story: the last two participants named together, for "die beiden …" / "the two …". */
  const lastPair = new Map<string, Participant[]>();
  /** Per story: the last two people named together, for "die beiden Minister" / "the two ministers". */
  const lastPeople = new Map<string, Participant[]>();
  /** Per story: the participants of the last symmetric event, for "die drei Länder …" / "the member states …". */
  const lastGroup = new Map<string, { sentence: number; participants: Participant[] }>();
  /** Per story: the first actor (source or party) of the last trigger that named one, for "ein Sprecher sagte". */
  const lastActor = new Map<string, { sentence: number; participant: Participant }>();
  /** Per story: the last area-taking trigger, for enumerations in the sentence after it. */
  const lastTaker = new Map<string, Candidate>();
  const sameStory = (story: string) => (s: number): boolean => storyOf(ctx, s) === story;
  for (let s = 0; s < ctx.sentenceCount; s++) {
    const story = storyOf(ctx, s);
    if (story === undefined) continue;
    const triggers = findTriggers(ctx, s, (sentence, verb) => objectNamesActor(ctx, sentence, verb));
    if (triggers.length === 0) {
      const previous = lastTaker.get(story);
      if (previous && s - previous.trigger.sentence <= 1) {
        for (const finding of findAreas(ctx, s)) {
          previous.areas.push(...finding.items);
          if (finding.count !== undefined) previous.areaCounts.push(finding.count);
        }
      }
      continue;
    }
    const segments = segmentSentence(ctx, s);
    const [from, to] = ctx.sentenceTokens[s]!;
    const sentenceStart = ctx.tokens[from]?.start ?? 0;
    const sentenceEnd = ctx.tokens[to - 1]?.end ?? sentenceStart;
    const times = timesWithin(ctx.times, sentenceStart, sentenceEnd);
    // Token → role scheme of the trigger there (a noun object of a statement verb takes its subject, arguments.ts).
    const triggerTokens = new Map<number, RoleScheme>();
    for (const t of triggers) for (let k = t.tokenStart; k < t.tokenEnd; k++) triggerTokens.set(k, t.type.roles);
    const local: Candidate[] = triggers.map((trigger) => {
      const segs = argumentSegments(ctx, segments, trigger);
      const pronoun = subjectPronounAt(ctx, trigger, segs);
      // "Orbán lehnte … ab. Er warf der EU vor": a pronoun continues the last actor when that is a person (or, where
      // pronouns refer to organisations, an organisation: "Die Regierung … Sie forderte"), else it is the nearest
      // person named before.
      const actor = lastActor.get(story);
      const actorType = actor ? ctx.entityById.get(actor.participant.entity)?.type : undefined;
      const continues = actor !== undefined && s - actor.sentence <= PRONOUN_LOOKBACK &&
        (actorType === 'PER' || (ctx.words.pronounsForOrganisations && actorType === 'ORG'));
      const pronounSubject = pronoun < 0 ? undefined
        : continues ? actor.participant.entity : personBefore(ctx, s, pronoun, PRONOUN_LOOKBACK, sameStory(story));
      // "A spokesman urged Chile …": the spokesperson acts for the actor just named; the names after are objects.
      const spokesSubject = pronounSubject === undefined && trigger.type.roles === 'directed' && actor &&
        s - actor.sentence <= MAX_SPOKESPERSON_GAP && spokespersonAt(ctx, trigger, segs) >= 0 ? actor.participant.entity : undefined;
      let participants = withSyntax(ctx, trigger, triggerTokens, assignRoles(ctx, trigger, segs, triggers, pronounSubject ?? spokesSubject), pronounSubject ?? spokesSubject);
      const pair = lastPair.get(story);
      const role: Participant['role'] = trigger.type.roles === 'symmetric' ? 'party' : 'source';
      const dual = participants.length === 0 ? dualSubject(ctx, trigger, segs) : 'none';
      // "the two ministers": the last two people named together, even beside other names.
      const people = dual === 'persons' ? lastPeople.get(story) : undefined;
      if (dual !== 'none' && (people ?? pair)) participants = (people ?? pair)!.map((p) => ({ ...p, role }));
      const group = lastGroup.get(story);
      // "The three governments called on Australia": a group subject also beside named objects.
      const subjectless = !participants.some((p) => p.role !== 'target');
      const groupKind = subjectless && group && s - group.sentence <= MAX_GROUP_GAP ? groupSubject(ctx, trigger, segs) : 'none';
      if (group && groupKind !== 'none') {
        // "die Außenminister beider Länder" after "Merz und Modi": the countries the people act for.
        const members = groupKind === 'countries' ? countriesOf(ctx, group.participants) : group.participants;
        const objects = participants.filter((p) => !members.some((m) => m.entity === p.entity));
        participants = [...members.map((p) => ({ ...p, role })), ...objects];
      }
      if (trigger.type.roles === 'directed' && !participants.some((p) => p.role === 'target')) {
        const target = descriptionTarget(ctx, trigger, segs, DESCRIPTION_LOOKBACK, sameStory(story), new Set(participants.map((p) => p.entity)));
        if (target !== undefined) participants = [...participants, { entity: target, role: 'target' }];
      }
      if (participants.length === 0 && actor && s - actor.sentence <= MAX_SPOKESPERSON_GAP && hasSpokespersonSubject(ctx, trigger, segs)) {
        participants = [{ ...actor.participant, role: 'source' }];
      }
      // "Die Gewerkschaft teilte mit", "Die Bahn wies … zurück", "the Commission said": a description of an
      // organisation named before.
      // Also beside named objects: "The authority opened an investigation into Velora".
      if (!participants.some((p) => p.role !== 'target')) {
        const at = subjectDescriptionAt(ctx, trigger, segs);
        const org = at >= 0 ? describedOrganisation(ctx, s, at, DESCRIPTION_LOOKBACK, sameStory(story)) : undefined;
        if (org !== undefined && !participants.some((p) => p.entity === org)) participants = [{ entity: org, role }, ...participants];
      }
      const first = participants.find((p) => p.role === 'source' || p.role === 'party');
      if (first) lastActor.set(story, { sentence: s, participant: first });
      if (participants.length === 2) lastPair.set(story, participants);
      const persons = participants.filter((p) => ctx.entityById.get(p.entity)?.type === 'PER');
      if (persons.length === 2) lastPeople.set(story, persons);
      if (participants.length > 0 && trigger.type.roles === 'symmetric') lastGroup.set(story, { sentence: s, participants });
      const c: Candidate = {
        trigger,
        story,
        section: ctx.sectionKind[s]!,
        irrealis: isIrrealis(ctx, segs),
        factuality: factualityOf(ctx, trigger, segs, triggers),
        refersBack: trigger.nominal && trigger.type.roles === 'symmetric' && isDefinite(ctx, trigger),
        participants,
        areas: [],
        areaCounts: [],
      };
      const location = findLocation(ctx, trigger, segs, triggers);
      if (location) c.location = location;
      const time = nearestTime(times, trigger);
      if (time) c.time = time;
      return c;
    });
    // "„Wir haben andere Länder gebeten …“, sagte Saqib": an event whose subject is "wir"/"we"/"ich"/"I" is the
    // speaker's, when a statement of the sentence names one.
    const speaker = local.find((c) => c.trigger.type.roles === 'source' && c.participants.some((p) => p.role === 'source'))
      ?.participants.find((p) => p.role === 'source');
    if (speaker) {
      for (const c of local) {
        if (c.trigger.type.roles === 'source' || !speakerSubject(ctx, c.trigger)) continue;
        // The pronoun is the subject: a source found elsewhere in the clause is not.
        const symmetric = c.trigger.type.roles === 'symmetric';
        const rest = c.participants.filter((p) => p.entity !== speaker.entity && (symmetric || p.role === 'target'));
        c.participants = [{ ...speaker, role: symmetric ? 'party' : 'source' }, ...rest];
      }
    }
    // "A besuchte B und traf sich mit C": a verb after "und"/"and" shares the subject (source) of the verb before it.
    for (let i = 1; i < local.length; i++) {
      const cur = local[i]!;
      const prev = local[i - 1]!;
      if (cur.trigger.nominal || prev.trigger.nominal || prev.trigger.type.roles !== 'directed') continue;
      const before = ctx.lower[cur.trigger.tokenStart - 1];
      if (before === undefined || !ctx.lex.cues.coordinators.has(before) || before === ',') continue;
      const role: Participant['role'] = cur.trigger.type.roles === 'symmetric' ? 'party' : 'source';
      const subjects = prev.participants.filter((p) => p.role === 'source' && !cur.participants.some((q) => q.entity === p.entity));
      if (subjects.length > 0) cur.participants = [...subjects.map((p) => ({ ...p, role })), ...cur.participants];
    }
    // Each enumeration/count goes to the nearest area-taking trigger before it (or else after it); in a sentence
    // without one ("Sie betreffen vier Sektoren, darunter …"), to the last one of the sentence before.
    const takers = local.filter((c) => c.trigger.type.areas);
    const previous = lastTaker.get(story);
    if (takers.length === 0 && previous && s - previous.trigger.sentence <= 1) takers.push(previous);
    if (takers.length > 0) {
      for (const finding of findAreas(ctx, s)) {
        let owner = takers[0]!;
        for (const c of takers) if (c.trigger.start <= finding.at) owner = c;
        owner.areas.push(...finding.items);
        if (finding.count !== undefined) owner.areaCounts.push(finding.count);
      }
    }
    const lastLocal = local.filter((c) => c.trigger.type.areas).pop();
    if (lastLocal) lastTaker.set(story, lastLocal);
    out.push(...local.filter((c) => !isDecisionOn(c, local, segments)));
  }
  return out;
}

/** Participants by grammatical function where the parse names any (arguments.ts); the word-order reading
 * (roles.ts) fills in what the parse leaves open. */
function withSyntax(ctx: DocContext, trigger: TriggerMatch, triggerTokens: ReadonlyMap<number, RoleScheme>, heuristic: Participant[], pronounSubject: string | undefined): Participant[] {
  // A statement's speaker is found as well by word order (measured on events-dev-real), and statements are in most
  // news sentences: parsing them would cost a third of extract()'s speed.
  if (trigger.type.roles === 'source') return heuristic;
  const ta = syntacticArguments(ctx, trigger, (k) => triggerTokens.get(k));
  if (!ta) return heuristic;
  const roles = rolesOf(ctx, trigger, ta);
  if (roles.size === 0) return heuristic;
  const out: Participant[] = [];
  const scheme = trigger.type.roles;
  if (pronounSubject !== undefined && ta.pronounSubject && !roles.has(pronounSubject)) {
    const role: Participant['role'] | undefined = scheme === 'symmetric' ? 'party' : !ta.passive ? 'source' : scheme === 'directed' ? 'target' : undefined;
    if (role) {
      const aff = ctx.affiliation.get(pronounSubject);
      out.push(aff ? { entity: pronounSubject, role, affiliation: aff } : { entity: pronounSubject, role });
    }
  }
  for (const a of ta.args) {
    const role = roles.get(a.entity);
    if (!role || out.some((p) => p.entity === a.entity)) continue;
    const aff = ctx.affiliation.get(a.entity);
    const p: Participant = aff ? { entity: a.entity, role, affiliation: aff } : { entity: a.entity, role };
    if (a.agent) p.agent = a.agent;
    out.push(p);
  }
  // Word order fills a role the parse left empty (a misparse, a name the parse does not reach).
  const has = (role: Participant['role']): boolean => out.some((p) => p.role === role);
  for (const p of heuristic) {
    if (out.some((q) => q.entity === p.entity)) continue;
    if (p.role === 'party' || !has(p.role)) out.push(p);
  }
  return out;
}

/** Families whose noun names what was decided: "Sanktionen … beschlossen", "einigten sich auf Strafmaßnahmen",
 * "agreed an aid package" are sanctions/aid, not an agreement of their own. */
const DECIDED_FAMILIES = new Set(['reduce_relations', 'aid']);

/** An agreement verb whose clause holds an indefinite sanctions/aid noun: the decision is that event. The noun
 * candidate takes the verb's place and date when it has none ("in Luxemburg beschlossen"). */
function isDecisionOn(c: Candidate, local: readonly Candidate[], segments: readonly Segment[]): boolean {
  if (c.trigger.nominal || c.trigger.type.name !== 'agree') return false;
  const seg = segments.find((g) => c.trigger.tokenStart >= g.start && c.trigger.tokenStart < g.end);
  if (!seg) return false;
  const decided = local.find((o) => o !== c && o.trigger.nominal && DECIDED_FAMILIES.has(o.trigger.type.family) &&
    o.trigger.tokenStart >= seg.start && o.trigger.tokenStart < seg.end);
  if (!decided) return false;
  if (!decided.location && c.location) decided.location = c.location;
  if (!decided.time && c.time) decided.time = c.time;
  const have = new Set(decided.participants.map((p) => p.entity));
  const role: Participant['role'] = 'source';
  for (const p of c.participants) if (!have.has(p.entity)) decided.participants.push({ ...p, role });
  return true;
}

/** Participants as the countries/organisations they act for: a person with an affiliation becomes it. */
function countriesOf(ctx: DocContext, participants: readonly Participant[]): Participant[] {
  const out: Participant[] = [];
  for (const p of participants) {
    const entity = ctx.entityById.get(p.entity)?.type === 'PER' && p.affiliation ? p.affiliation : p.entity;
    if (!out.some((q) => q.entity === entity)) out.push(entity === p.entity ? { ...p } : { entity, role: p.role });
  }
  return out;
}

/** Entity ids a candidate is about: participants and their affiliations. */
function referents(participants: readonly Participant[]): Set<string> {
  const out = new Set<string>();
  for (const p of participants) {
    out.add(p.entity);
    if (p.affiliation) out.add(p.affiliation);
  }
  return out;
}

/** Directed events corefer only if their sources and their targets do not contradict: where both name a
 * source they share one, likewise for targets ("EU condemned Russia" ≠ "Japan criticised Russia"). */
function rolesAgree(a: readonly Participant[], b: readonly Participant[]): boolean {
  for (const role of ['source', 'target'] as const) {
    const x = referents(a.filter((p) => p.role === role));
    const y = referents(b.filter((p) => p.role === role));
    if (x.size > 0 && y.size > 0 && overlap(x, y) === 0) return false;
  }
  return true;
}

/** One side names only sources, the other only targets. */
function complementary(a: readonly Participant[], b: readonly Participant[]): boolean {
  const only = (ps: readonly Participant[], role: Participant['role']): boolean => ps.length > 0 && ps.every((p) => p.role === role);
  return (only(a, 'source') && only(b, 'target')) || (only(a, 'target') && only(b, 'source'));
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}


function mergeParticipants(into: Participant[], add: readonly Participant[]): void {
  for (const p of add) {
    const have = into.find((q) => q.entity === p.entity);
    if (!have) into.push({ ...p });
    else {
      if (!have.affiliation && p.affiliation) have.affiliation = p.affiliation;
      if (!have.agent && p.agent) have.agent = p.agent;
    }
  }
}

function mergeAreas(into: AreaItem[], add: readonly AreaItem[]): void {
  for (const a of add) {
    const key = a.text.toLowerCase();
    if (!into.some((b) => b.text.toLowerCase() === key)) into.push(a);
  }
}

function absorb(cluster: Cluster, c: Candidate): void {
  cluster.members.push(c);
  cluster.factuality = cluster.members.length === 1 ? c.factuality : mergeFactuality(cluster.factuality, c.factuality);
  cluster.types.add(c.trigger.type.name);
  cluster.lastSentence = c.trigger.sentence;
  if (c.participants.length > 0) cluster.lastNamedSentence = c.trigger.sentence;
  mergeParticipants(cluster.participants, c.participants);
  // A hypothetical report's place and date ("could be signed in Mexico City") count only if no report is factual.
  if (c.irrealis) {
    cluster.hypotheticalLocation ??= c.location;
    cluster.hypotheticalTime ??= c.time;
  } else {
    cluster.factual = true;
    if (c.location && (!cluster.location || c.location.rank < cluster.location.rank)) cluster.location = c.location;
    if (!cluster.time && c.time) cluster.time = c.time;
  }
  mergeAreas(cluster.areas, c.areas);
  cluster.areaCounts.push(...c.areaCounts);
}

/** Merges triggers that report the same event: same story, same type family, and overlapping participants
 * (an entity or its affiliation in common) or the same sentence ("leitet ein Verfahren gegen X ein"), or no
 * participants of their own and a nearby event of the family. */
function corefer(candidates: readonly Candidate[]): Cluster[] {
  const clusters: Cluster[] = [];
  const open = new Map<string, Cluster[]>();
  for (const c of candidates) {
    const mine = referents(c.participants);
    const key = `${c.story}\u0000${c.trigger.type.family}`;
    let recent = open.get(key);
    if (!recent) open.set(key, (recent = []));
    let best: Cluster | undefined;
    let bestScore = 0;
    for (const cl of recent) {
      // Statements, demands and the like are separate acts unless reported in one sentence.
      if (c.trigger.type.roles === 'source' && cl.lastSentence !== c.trigger.sentence) continue;
      // Talks announced for later ("will meet again in March", "would begin negotiations") are another event than
      // the meeting reported as held: an intent (036), not a further mention.
      if (c.trigger.type.family === 'consult' && c.irrealis && cl.factual && cl.lastSentence !== c.trigger.sentence) continue;
      const theirs = referents(cl.participants);
      let score: number;
      if (c.trigger.type.roles !== 'symmetric' && !rolesAgree(c.participants, cl.participants)) score = 0;
      // Other names in one sentence are one event only beside a named report of it there ("leitet ein Verfahren gegen X
      // ein"); a bare reference ("Der Vertrag muss noch vom Kongress ratifiziert werden") does not pull in new actors.
      else if (mine.size > 0 && theirs.size > 0) score = overlap(mine, theirs) * 10 || (cl.lastNamedSentence === c.trigger.sentence ? 1 : 0);
      else score = c.trigger.sentence - cl.lastSentence <= MAX_BARE_GAP ? 1 : 0;
      // "Sammelklage der Verbraucherzentrale" + "… gegen das Unternehmen geklagt": one names only the source, the
      // other only the target, so two reports of one type complete each other.
      if (score === 0 && c.trigger.type.roles === 'directed' && cl.types.has(c.trigger.type.name) &&
        complementary(c.participants, cl.participants) &&
        c.trigger.sentence - cl.lastSentence <= MAX_COMPLEMENT_GAP) score = 1;
      // Later clusters win ties: the nearest report of the family.
      if (score > 0 && score >= bestScore) {
        best = cl;
        bestScore = score;
      }
    }
    if (best) {
      absorb(best, c);
      // Keep the list ordered by recency.
      recent.splice(recent.indexOf(best), 1);
      recent.push(best);
    } else {
      const cl: Cluster = {
        story: c.story, family: c.trigger.type.family, members: [], types: new Set(), lastSentence: c.trigger.sentence, lastNamedSentence: -1, participants: [], areas: [], areaCounts: [],
        factuality: c.factuality,
      };
      absorb(cl, c);
      clusters.push(cl);
      recent.push(cl);
      if (recent.length > MAX_OPEN_CLUSTERS) recent.shift();
    }
  }
  return clusters;
}

/** A diplomatic event without place or date borrows them from a coreferent meeting nearby ("… sich in Vilnius
 * getroffen hätten" next to "einigten sich"). */
function borrowSetting(clusters: readonly Cluster[]): void {
  const bySentence = new Map<number, Cluster[]>();
  for (const cl of clusters) {
    if (!DIPLOMATIC_FAMILIES.has(cl.family)) continue;
    for (const m of cl.members) {
      const list = bySentence.get(m.trigger.sentence);
      if (!list) bySentence.set(m.trigger.sentence, [cl]);
      else if (!list.includes(cl)) list.push(cl);
    }
  }
  for (const cl of clusters) {
    // Announced-only events happen elsewhere and later: they borrow nothing from the reported meeting.
    if ((cl.location?.rank === 0 && cl.time) || !DIPLOMATIC_FAMILIES.has(cl.family) || !cl.factual) continue;
    const mine = referents(cl.participants);
    const sentences = new Set(cl.members.map((m) => m.trigger.sentence));
    for (const s of sentences) {
      for (let near = s - MAX_BORROW_GAP; near <= s + MAX_BORROW_GAP; near++) {
        for (const other of bySentence.get(near) ?? []) {
          if (other === cl || other.story !== cl.story) continue;
          if (overlap(mine, referents(other.participants)) === 0) continue;
          if (other.location && (!cl.location || other.location.rank < cl.location.rank)) cl.location = other.location;
          if (!cl.time && other.time) cl.time = other.time;
        }
      }
    }
  }
}

/** The member whose type names the event: factual before hypothetical, a report before a reference back to it
 * ("vereinbarten …" then "kritisierte die Vereinbarung" stays an agreement, not a signing), then highest rank,
 * then strongest, then earliest. */
function primary(cl: Cluster): Candidate {
  const key = (c: Candidate): number[] => [c.irrealis ? 0 : 1, c.refersBack ? 0 : 1, c.trigger.type.rank, c.trigger.strength];
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

function toEvent(ctx: DocContext, cl: Cluster, id: string): Event | undefined {
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

/**
 * Events of a document, CAMEO-coded, in order of their first report in the text, with ids v1, v2, ….
 * Needs text and the profile (set by the language stage; a profile without event words gets none); uses sentences,
 * sections, tokens, mentions, entities and the values stage's dates when present. Events in boilerplate are
 * skipped; events in 'related' teasers carry section 'related' and never merge with the main story.
 * `modelDir` is the pipeline's model folder (default: the package's models/). `keep`: the factualities to return
 * (default: all; the event stage passes DEFAULT_FACTUALITIES unless its option allFactualities, docs/events.md).
 */
export function extractEvents(doc: WorkingDoc, modelDir?: string, keep?: ReadonlySet<Factuality>, parser?: SentenceParser): Event[] {
  const profile = profileOf(doc);
  const words = profile.events;
  if (!words) return [];
  const lex = eventLexicon(words.lexicon, modelDir);
  // The values stage read the dates once; a document built without it reads them here.
  const times = doc.times ?? (profile.values ? readDates(doc.text, profile.values).map(asTime) : []);
  const ctx = buildContext(doc, lex, words, times, profile.values?.numbers, parser);
  const clusters = corefer(candidatesOf(ctx));
  for (const cl of clusters) {
    if (cl.factual) continue;
    if (cl.hypotheticalLocation) cl.location = cl.hypotheticalLocation;
    if (cl.hypotheticalTime) cl.time = cl.hypotheticalTime;
  }
  borrowSetting(clusters);
  // Members arrive in text order, so the first member is the first report.
  const firstReport = (cl: Cluster): number => cl.members[0]!.trigger.start;
  const ordered = [...clusters].sort((a, b) => firstReport(a) - firstReport(b));
  const events: Event[] = [];
  for (const cl of ordered) {
    if (keep && !keep.has(cl.factuality)) continue;
    const e = toEvent(ctx, cl, `v${events.length + 1}`);
    if (e) events.push(e);
  }
  return events;
}
