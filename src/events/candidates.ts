/**
 * Event candidates: each trigger of a sentence with its own participants (by grammatical function, arguments.ts, and
 * by word order, roles.ts), the discourse actors a sentence refers back to (pronouns, "die beiden", group nouns,
 * spokespersons, "das Unternehmen", a quote's speaker), and its factuality, place, time and areas. One per trigger,
 * in text order, before coreference (coreference.ts).
 */
import type { Participant, SectionKindT } from '../schema/document.js';
import { argumentSegments, assignRoles } from './roles.js';
import { pairCompoundParties, triggerWordName } from './pairs.js';
import { segmentSentence, type Segment } from './clauses.js';
import { backgroundPrepositionBefore, isDefinite, isIrrealis } from './grammar.js';
import { dualSubject, groupSubject, hasSpokespersonSubject, personBefore, spokespersonAt, subjectPronounAt } from './subjects.js';
import { describedOrganisation, descriptionTarget, subjectDescriptionAt } from './descriptions.js';
import { findLocation, nearestTime, placeAnaphorLocation, type LocationArg } from './setting.js';
import { findAreas, type AreaItem } from './areas.js';
import type { DocContext } from './context.js';
import { timesWithin, type TimeExpression } from '../values/times.js';
import type { RoleScheme } from './lexicon.js';
import { findTriggers, type TriggerMatch } from './triggers.js';
import { factualityOf, type Factuality } from './factuality.js';
import { objectNamesActor, syntacticArguments } from './arguments.js';
import { rolesOf } from './frames.js';
import { isDefiniteNoun, isPersonPronoun, objectPronounAt, speakerSubject, subjectTokenOf } from './pronouns.js';

/** One trigger with its own arguments, before coreference. */
export interface Candidate {
  readonly trigger: TriggerMatch;
  readonly story: string;
  readonly section: SectionKindT;
  /** Hypothetical or future ("could be signed", "will meet"). */
  readonly irrealis: boolean;
  /** Asserted, negated, hypothetical, planned or a reported claim (factuality.ts). */
  readonly factuality: Factuality;
  /** A definite symmetric noun ("die Vereinbarung", "the pact"): a reference to an event reported before. */
  readonly refersBack: boolean;
  /** A noun trigger after a preposition of cause or time ("Wegen der Vorwürfe ermittelt …", "Nach dem Angriff
   * verurteilte …"): the background of what its clause reports, which names the event when both share a cluster. */
  readonly background: boolean;
  participants: Participant[];
  location?: LocationArg;
  time?: TimeExpression;
  areas: AreaItem[];
  areaCounts: number[];
}

/** A pronoun refers to a person named at most this many sentences before. */
const PRONOUN_LOOKBACK = 2;
/** A group subject ("die drei Länder") refers to participants named at most this many sentences before. */
const MAX_GROUP_GAP = 6;
/** An unnamed spokesperson speaks for an actor named at most this many sentences before. */
const MAX_SPOKESPERSON_GAP = 1;
/** "das Unternehmen" refers to a company introduced at most this many sentences before. */
const DESCRIPTION_LOOKBACK = 3;

export function storyOf(ctx: DocContext, sentence: number): string | undefined {
  const kind = ctx.sectionKind[sentence]!;
  if (kind === 'boilerplate') return undefined;
  if (kind === 'related') return `related#${ctx.sectionIndex[sentence]}`;
  return 'main';
}

export function candidatesOf(ctx: DocContext): Candidate[] {
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
    const triggers = findTriggers(ctx, s, {
      actorObject: (sentence, verb) => objectNamesActor(ctx, sentence, verb),
      relation: (sentence, token) => (ctx.parsed(sentence) ? ctx.syntax[token]?.deprel : undefined),
    });
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
      // The pronoun by word order, else the parse's subject pronoun ("Dort traf er unter anderem Clooney").
      let pronoun = subjectPronounAt(ctx, trigger, segs);
      const subjectToken = trigger.type.roles === 'source' ? -1 : subjectTokenOf(ctx, trigger);
      if (pronoun < 0 && subjectToken >= 0 && isPersonPronoun(ctx, subjectToken)) pronoun = subjectToken;
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
      for (const id of pairCompoundParties(ctx, trigger)) {
        if (!participants.some((p) => p.entity === id)) participants = [...participants, { entity: id, role: 'party' }];
      }
      const named = participants.some((p) => p.role === 'party') ? triggerWordName(ctx, trigger) : undefined;
      if (named !== undefined && !participants.some((p) => p.entity === named)) participants = [{ entity: named, role: 'party' }, ...participants];
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
      // "Augustus verweigerte ihm seine Bitte": an object pronoun is the person named last before it (not the subject).
      if (trigger.type.roles !== 'source' && !participants.some((p) => p.role === 'target')) {
        const at = objectPronounAt(ctx, trigger);
        const taken = new Set(participants.map((p) => p.entity));
        const person = at >= 0 ? personBefore(ctx, s, at, PRONOUN_LOOKBACK, sameStory(story), taken) : undefined;
        if (person !== undefined) participants = [...participants, { entity: person, role: trigger.type.roles === 'symmetric' ? 'party' : 'target' }];
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
      // "kündigte das sächsische Photovoltaik-Unternehmen eine engere Zusammenarbeit mit Bosch an": the parse's subject
      // is a definite description of a company named before.
      const actors = participants.filter((p) => p.role !== 'target').length;
      if (subjectToken >= 0 && (trigger.type.roles === 'symmetric' ? actors < 2 : actors === 0) && isDefiniteNoun(ctx, s, subjectToken)) {
        const org = describedOrganisation(ctx, s, subjectToken, DESCRIPTION_LOOKBACK, sameStory(story));
        if (org !== undefined && !participants.some((p) => p.entity === org)) participants = [{ entity: org, role }, ...participants];
      }
      // A background noun names only what stands in its own phrase, from its preposition to the verb trigger after it:
      // in "Wegen der Vorwürfe ermittelt die Staatsanwaltschaft gegen X" the accusations are not the prosecutor's.
      const backgroundAt = trigger.nominal ? backgroundPrepositionBefore(ctx, trigger.tokenStart, from) : -1;
      if (backgroundAt >= 0) {
        const phraseEnd = triggers.find((v) => !v.nominal && v.tokenStart >= trigger.tokenEnd)?.tokenStart ?? to;
        const inPhrase = (id: string): boolean => (ctx.mentionsBySentence[s] ?? []).some((pm) =>
          pm.entity?.id === id && pm.tokenStart > backgroundAt && pm.tokenStart < phraseEnd);
        participants = participants.filter((p) => inPhrase(p.entity));
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
        background: backgroundAt >= 0,
        participants,
        areas: [],
        areaCounts: [],
      };
      const location = findLocation(ctx, trigger, segs, triggers) ?? placeAnaphorLocation(ctx, trigger, segs, sameStory(story));
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

/** "Prosecutors in Berlin are investigating the businessman Hans Mueller": when the parse's subject before a directed
 * verb names no entity, a name after the verb that word order made the actor is what the act is directed at. */
function afterNamelessSubject(ctx: DocContext, trigger: TriggerMatch, heuristic: Participant[]): Participant[] {
  if (trigger.type.roles !== 'directed') return heuristic;
  const subject = subjectTokenOf(ctx, trigger);
  if (subject < 0 || subject >= trigger.tokenStart) return heuristic;
  const mentions = ctx.mentionsBySentence[trigger.sentence] ?? [];
  const before = (id: string): boolean => mentions.some((pm) => pm.entity?.id === id && pm.tokenStart < trigger.tokenStart);
  return heuristic.map((p) => (p.role === 'source' && !before(p.entity) ? { ...p, role: 'target' } : p));
}

/** Participants by grammatical function where the parse names any (arguments.ts); the word-order reading
 * (roles.ts) fills in what the parse leaves open. */
function withSyntax(ctx: DocContext, trigger: TriggerMatch, triggerTokens: ReadonlyMap<number, RoleScheme>, heuristic: Participant[], pronounSubject: string | undefined): Participant[] {
  // A statement's speaker is found as well by word order (measured on events-dev-real), and statements are in most
  // news sentences: parsing them too cost a fifth of extract()'s speed (9.3k instead of 11.9k tokens per CPU-second)
  // for the same results.
  if (trigger.type.roles === 'source') return heuristic;
  const ta = syntacticArguments(ctx, trigger, (k) => triggerTokens.get(k));
  if (!ta) return heuristic;
  const roles = rolesOf(ctx, trigger, ta);
  // "…, indem sie ihm vorwerfen": the parse names no one, and its subject is a pronoun. The names word order would
  // take stand outside the clause; only the pronoun's referent (pronounSubject) acts.
  if (roles.size === 0 && ta.pronounSubject && !ta.passive) {
    return heuristic.filter((p) => p.entity === pronounSubject || p.role === 'target');
  }
  if (roles.size === 0) return ta.hasSubject && !ta.passive ? afterNamelessSubject(ctx, trigger, heuristic) : heuristic;
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

