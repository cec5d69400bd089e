/**
 * Participants of one trigger: which names in its clauses take part, marked by the cue before them, and their
 * roles by the trigger's role scheme.
 */
import type { Participant } from '../schema/document.js';
import type { DocContext, PlacedMention } from './context.js';
import { isCountry } from './context.js';
import type { Segment } from './clauses.js';
import { governor, governorIndex, isActorNoun, isAdjectiveLike, isDefinite } from './grammar.js';
import type { TriggerMatch } from './triggers.js';
import { actsAsNameOrAgent, agentAt, agentOf, organAgent } from './agents.js';
import { targetPrepositions } from './lexicon.js';

/** At most this many name-less appositions are skipped to find the subject of a clause-initial verb. */
const MAX_SKIPPED_APPOSITIONS = 2;
/** Lower-case description words between an article and a name ("the supermarket chain Coles"). */
const MAX_DESCRIPTION_WORDS = 3;

export type Marking = 'unmarked' | 'target' | 'agent' | 'comitative';

export interface ArgumentCandidate {
  readonly placed: PlacedMention;
  readonly entity: string;
  marking: Marking;
  /** Agent code when the mention names a state organ or agent of the entity ("the Israeli army" → MIL). */
  readonly agent?: string;
}

/** "die belarussische Regierung", "the Russian government": a country adjective before an actor noun that is
 * not a person's title ("der russische Präsident Putin") stands for the country. */
function isActingAdjective(ctx: DocContext, pm: PlacedMention, nameTokens: ReadonlySet<number>): boolean {
  const e = pm.entity;
  if (!e || !isCountry(e)) return false;
  const k = pm.tokenEnd;
  const next = ctx.tokens[k];
  if (!next || !(isActorNoun(ctx, ctx.lower[k]) || agentAt(ctx, k) !== undefined)) return false;
  if (ctx.words.capitalisesNouns && !/^\p{Lu}/u.test(next.text)) return false;
  return !nameTokens.has(k + 1) && !ctx.affiliationToken[k];
}

/** "Israel's", "Russlands": the mention is a possessive or a German genitive of its name. */
export function isGenitiveOrPossessive(ctx: DocContext, pm: PlacedMention): boolean {
  const m = pm.mention;
  const after = ctx.text.slice(m.end, m.end + 2);
  if (after === "'s" || after === '’s' || /^['’]\s/.test(after)) return true;
  if (/['’]s$/.test(m.text)) return true;
  if (!ctx.words.genitiveWithoutApostrophe || !m.text.endsWith('s')) return false;
  const base = m.canonical ?? pm.entity?.name ?? '';
  return !base.endsWith('s') && m.text === `${base}s`;
}

/** A preposition right after a directed trigger marks its target ("Angriff auf X", "Kritik an X"). After a German verb
 * only the type's own target prepositions do: "ermittelt auf Zypern" names a place, "ermittelt gegen X" a target. */
function markedTargetAfterTrigger(ctx: DocContext, trigger: TriggerMatch, preposition: string): boolean {
  if (!ctx.words.capitalisesNouns || trigger.nominal) return true;
  return targetPrepositions(ctx.lex, trigger.type).has(preposition);
}

/** Entities in the given token ranges that can take part in an event, with the cue that marks them. With a
 * trigger, a preposition right after it marks the target ("Angriff auf X", "attack on X", "Kritik an X"). */
export function collectCandidates(
  ctx: DocContext, sentence: number, ranges: readonly Segment[], trigger?: TriggerMatch,
): ArgumentCandidate[] {
  const { cues } = ctx.lex;
  const out: ArgumentCandidate[] = [];
  const nameTokens = new Set<number>();
  for (const pm of ctx.mentionsBySentence[sentence] ?? []) for (let k = pm.tokenStart; k < pm.tokenEnd; k++) nameTokens.add(k);
  for (const pm of ctx.mentionsBySentence[sentence] ?? []) {
    const seg = ranges.find((r) => pm.tokenStart >= r.start && pm.tokenStart < r.end);
    if (!seg) continue;
    const entity = pm.entity;
    const m = pm.mention;
    if (!entity) continue;
    if (m.derived && !isActingAdjective(ctx, pm, nameTokens)) continue;
    if (!actsAsNameOrAgent(ctx, pm)) continue;
    let govAt = governorIndex(ctx, pm.headStart, seg.start);
    // "gegen den Lieferdienst Flinkwagen", "by Reverend William Hechler": a capitalised noun or title between a
    // cue and a name passes the cue on.
    if (entity.type !== 'LOC' && govAt === pm.headStart - 1 && govAt - 1 >= seg.start &&
      /^\p{Lu}/u.test(ctx.tokens[govAt]!.text) && !nameTokens.has(govAt) &&
      (cues.determiners.has(ctx.lower[govAt - 1]!) || cues.functionWords.has(ctx.lower[govAt - 1]!))) {
      govAt = governorIndex(ctx, govAt, seg.start);
    }
    // Where nouns are not capitalised, descriptions are lower-case: "against the supermarket chain Coles", "with the
    // oil company Shell".
    if (!ctx.words.capitalisesNouns && govAt === pm.headStart - 1) {
      let j = pm.headStart - 1;
      let words = 0;
      while (j >= seg.start && words < MAX_DESCRIPTION_WORDS && /^[a-z][a-z-]*$/.test(ctx.tokens[j]!.text) &&
        !cues.functionWords.has(ctx.lower[j]!) && !cues.determiners.has(ctx.lower[j]!) && !ctx.lex.byForm.has(ctx.lower[j]!)) {
        j--;
        words++;
      }
      // Only a role cue passes ("investigator of the plane crash Larry Vance" keeps the person).
      const outer = words > 0 && j >= seg.start && cues.determiners.has(ctx.lower[j]!) ? governorIndex(ctx, j + 1, seg.start) : -1;
      const cue = outer >= 0 ? ctx.lower[outer]! : '';
      if (cues.target.has(cue) || cues.agent.has(cue) || cues.comitative.has(cue)) govAt = outer;
    }
    const gov = govAt >= 0 ? ctx.lower[govAt] : undefined;
    const next = ctx.lower[pm.tokenEnd];
    if (gov && cues.reporting.has(gov)) continue;
    // "…, Reuters said": a reporter, unless that verb is the trigger itself ("Kenya said …").
    if (next && cues.reportingAfter.has(next) && pm.tokenEnd !== trigger?.tokenStart) continue;
    if (entity.type === 'LOC' && isGenitiveOrPossessive(ctx, pm)) {
      // "Nordkoreas Atomprogramm" is a topic; "Südkoreas Regierung" acts.
      let k = pm.tokenEnd;
      if (ctx.tokens[k]?.text === "'" || ctx.tokens[k]?.text === '’') k++;
      if (ctx.lower[k] === 's') k++;
      const actorAfter = isActorNoun(ctx, ctx.lower[k]) || agentAt(ctx, k) !== undefined;
      // "Die Außenminister Polens, Litauens und der Schweiz": look back over the listed names to the actor noun.
      let b = pm.headStart - 1;
      while (b >= seg.start && (cues.coordinators.has(ctx.lower[b]!) || cues.determiners.has(ctx.lower[b]!) || nameTokens.has(b))) b--;
      const actorBefore = b >= 0 && isActorNoun(ctx, ctx.lower[b]);
      if (!actorAfter && !actorBefore) continue;
    }
    let marking: Marking = 'unmarked';
    if (gov !== undefined) {
      if (trigger && govAt === trigger.tokenEnd && cues.afterTriggerTarget.has(gov) && trigger.type.roles === 'directed' &&
        markedTargetAfterTrigger(ctx, trigger, gov)) marking = 'target';
      // "verlangte von der Behörde", "demanded of X": the addressee of a demand, not its agent.
      else if (trigger && govAt === trigger.tokenEnd && trigger.type.family === 'demand' && cues.afterTriggerAddressee.has(gov)) marking = 'target';
      else if (cues.target.has(gov)) marking = 'target';
      else if (cues.agent.has(gov)) marking = 'agent';
      else if (cues.comitative.has(gov)) marking = 'comitative';
      // "Leaders of Fiji, Samoa and Tonga agreed": after an actor noun the name is who acts, not a topic.
      else if (cues.actorOf.has(gov) && (isActorNoun(ctx, ctx.lower[govAt - 1]) || cues.groupNouns.has(ctx.lower[govAt - 1] ?? ''))) marking = 'unmarked';
      else if (cues.locative.has(gov) || cues.topic.has(gov)) continue;
      else if (entity.type === 'LOC' && /^\p{Lu}/u.test(ctx.tokens[pm.headStart - 1]?.text ?? '') && !nameTokens.has(pm.headStart - 1) &&
        !isActorNoun(ctx, gov) && ctx.words.capitalisesNouns) {
        // "der Hauptstadt Litauens": an attribute of a noun, not an actor.
        continue;
      }
    }
    if (out.some((c) => c.entity === entity.id)) continue;
    const agent = agentOf(ctx, pm, isGenitiveOrPossessive(ctx, pm)) ?? organAgent(ctx, pm);
    out.push(agent ? { placed: pm, entity: entity.id, marking, agent } : { placed: pm, entity: entity.id, marking });
  }
  inheritCoordinatedMarking(ctx, out);
  return out;
}

/** "called on Australia and New Zealand", "gegen Russland und Belarus": a name joined to a marked name by a
 * conjunction (articles, adjectives between allowed) shares its cue. */
function inheritCoordinatedMarking(ctx: DocContext, cands: ArgumentCandidate[]): void {
  const { cues } = ctx.lex;
  const ordered = [...cands].sort((a, b) => a.placed.tokenStart - b.placed.tokenStart);
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1]!;
    const cur = ordered[i]!;
    if (cur.marking !== 'unmarked' || prev.marking === 'unmarked') continue;
    let linked = false;
    let joined = cur.placed.tokenStart > prev.placed.tokenEnd;
    for (let k = prev.placed.tokenEnd; joined && k < cur.placed.tokenStart; k++) {
      const w = ctx.lower[k]!;
      if (cues.coordinators.has(w)) linked = true;
      else if (!cues.determiners.has(w) && !isAdjectiveLike(ctx, k)) joined = false;
    }
    if (joined && linked) cur.marking = prev.marking;
  }
}

/** The segments whose entities are the trigger's arguments: its own clause or, when that names nobody, the clause
 * it continues (skipping appositions and relative clauses; a clause opened by und/and continues the main clause). */
export function argumentSegments(ctx: DocContext, segments: readonly Segment[], trigger: TriggerMatch): Segment[] {
  const at = segments.findIndex((s) => trigger.tokenStart >= s.start && trigger.tokenStart < s.end);
  if (at < 0) return [];
  const own = segments[at]!;
  const ownCandidates = collectCandidates(ctx, trigger.sentence, [own], trigger);
  // "Lord Halifax, der …, besuchte Deutschland": a clause that opens with the verb has its subject further left.
  const verbFirst = !trigger.nominal && trigger.tokenStart === own.start && at > 0 && trigger.type.roles !== 'source';
  if (verbFirst && ownCandidates.length > 0 && ownCandidates.every((c) => c.placed.tokenStart > trigger.tokenStart)) {
    // Skip appositions ("…, the Lord President of the Council, visited …") to the clause that names the subject.
    for (let p = at - 1; p >= 0; p--) {
      const seg = segments[p]!;
      if (seg.kind === 'subordinate') break;
      if (seg.kind === 'relative' || collectCandidates(ctx, trigger.sentence, [seg]).length === 0) continue;
      return [own, seg];
    }
  }
  if (ownCandidates.length > 0) {
    // "A, B und C einigten sich": a clause opened by und/and with a name before the trigger coordinates names,
    // so the names before the comma belong to it too.
    if (own.kind !== 'coordinate' || !ownCandidates.some((c) => c.placed.tokenStart < trigger.tokenStart)) return [own];
    const out = [own];
    for (let p = at - 1; p >= 0; p--) {
      const seg = segments[p]!;
      if (seg.kind === 'relative') continue;
      out.push(seg);
      if (seg.kind !== 'coordinate') break;
    }
    return out;
  }
  // A noun's arguments stand in its own phrase; it does not borrow a neighbouring clause's names.
  if (trigger.nominal) return [own];
  if (trigger.type.roles === 'source') {
    // "…, his spokesperson said": the speaker is the unnamed subject before the verb, not a name further left;
    // "…, sagte Leive" / "said the minister": an unrecognised speaker follows the verb.
    if (trigger.tokenStart > own.start && !ctx.lex.cues.coordinators.has(ctx.lower[own.start]!)) return [own];
    const after = ctx.tokens[trigger.tokenEnd];
    if (after && trigger.tokenEnd < own.end && (/^\p{Lu}/u.test(after.text) || ctx.lex.cues.determiners.has(ctx.lower[trigger.tokenEnd]!))) return [own];
  }
  const wantMain = own.kind === 'coordinate';
  // "Samsung, Vietnam's largest investor, said …": a verb opening its clause skips appositions that name nobody.
  const opensWithVerb = !trigger.nominal && trigger.tokenStart === own.start;
  let skipped = 0;
  for (let p = at - 1; p >= 0; p--) {
    const seg = segments[p]!;
    if (seg.kind === 'relative') continue;
    if (wantMain && seg.kind === 'subordinate') continue;
    if (opensWithVerb && p > 0 && skipped < MAX_SKIPPED_APPOSITIONS && seg.kind === 'main' &&
      collectCandidates(ctx, trigger.sentence, [seg]).length === 0) {
      skipped++;
      continue;
    }
    return [own, seg];
  }
  return [own];
}

function isPassive(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[]): boolean {
  if (trigger.nominal) return false;
  const word = ctx.lower[trigger.tokenStart]!;
  if (!ctx.words.participle.test(word)) return false;
  for (const s of segs) for (let k = s.start; k < s.end; k++) if (ctx.lex.cues.passiveAux.has(ctx.lower[k]!)) return true;
  return false;
}

/** Groups candidates joined only by coordination ("A und B", "A, B and C"). */
function coordinationGroups(ctx: DocContext, cands: readonly ArgumentCandidate[]): ArgumentCandidate[][] {
  const groups: ArgumentCandidate[][] = [];
  let prevEnd = -1;
  for (const c of cands) {
    // Adjacent names without "und"/","/brackets between them are subject and object ("kritisierte Stoltenberg Russland").
    let joined = prevEnd >= 0 && c.placed.headStart > prevEnd;
    let linked = false;
    for (let k = prevEnd; joined && k < c.placed.headStart; k++) {
      const w = ctx.lower[k]!;
      if (ctx.lex.cues.coordinators.has(w) || w === '(') linked = true;
      // "(EU)" after a name is an abbreviation of it, so brackets join too.
      if (!(ctx.lex.cues.coordinators.has(w) || ctx.lex.cues.determiners.has(w) || w === '(' || w === ')' || ctx.affiliationToken[k] || isAdjectiveLike(ctx, k))) joined = false;
    }
    if (joined && linked && groups.length > 0) groups[groups.length - 1]!.push(c);
    else groups.push([c]);
    prevEnd = c.placed.tokenEnd;
  }
  return groups;
}

/** Participants of one trigger with roles by the type's role scheme. `sentenceTriggers` are all triggers of the
 * sentence: a directed noun that is the object of a verb trigger ("verurteilte den Angriff auf X", "condemned
 * the attack") takes only the entities after it. */
export function assignRoles(
  ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[], sentenceTriggers: readonly TriggerMatch[],
  pronounSubject?: string,
): Participant[] {
  let cands = collectCandidates(ctx, trigger.sentence, segs, trigger).sort((a, b) => a.placed.tokenStart - b.placed.tokenStart);
  // A pronoun subject ("Er warf der EU vor") is the person it refers to, unless that person is named here anyway.
  const subject = pronounSubject !== undefined && !cands.some((c) => c.entity === pronounSubject) ? pronounSubject : undefined;
  if (trigger.nominal && trigger.type.roles === 'symmetric' && isDefinite(ctx, trigger)) {
    // "begrüßte das Abkommen", "the agreement allows …": the parties of a known event are not restated; only
    // "das Abkommen zwischen A und B" / "the agreement with X" names them.
    cands = cands.filter((c) => c.marking === 'comitative');
  }
  if (trigger.nominal && trigger.type.roles === 'directed' && isDefinite(ctx, trigger)) {
    // "Spokesman X called the sanctions illegal": a definite noun refers to a known act; an unmarked name before it
    // is the subject of another verb, not its actor.
    cands = cands.filter((c) => c.marking !== 'unmarked' || c.placed.tokenStart >= trigger.tokenEnd);
  }
  if (trigger.nominal && trigger.type.roles === 'directed') {
    const own = segs[0];
    const governed = sentenceTriggers.some(
      (t) => !t.nominal && t.tokenStart < trigger.tokenStart && own !== undefined && t.tokenStart >= own.start,
    );
    if (governed) cands = cands.filter((c) => c.placed.tokenStart >= trigger.tokenEnd);
  }
  if (!trigger.nominal) {
    // Coordinated verbs share a subject but not their objects: in "A besuchte B und traf sich mit C", C is not
    // visited and B is not met.
    const own = segs[0];
    const verbs = sentenceTriggers.filter((t) => !t.nominal && t !== trigger && own !== undefined && t.tokenStart >= own.start && t.tokenStart < own.end);
    const next = verbs.find((t) => t.tokenStart > trigger.tokenStart);
    const prev = [...verbs].reverse().find((t) => t.tokenStart < trigger.tokenStart);
    cands = cands.filter((c) => !(next && c.placed.tokenStart > next.tokenStart) && !(prev && c.placed.tokenStart > prev.tokenStart && c.placed.tokenStart < trigger.tokenStart));
  }
  if (!trigger.nominal && trigger.type.roles !== 'symmetric') {
    // …and the names after such an object noun are its arguments, not the verb's ("condemns attack on X").
    const own = segs[0];
    const object = sentenceTriggers.find(
      (t) => t.nominal && t.type.roles === 'directed' && t.tokenStart > trigger.tokenStart && own !== undefined && t.tokenStart < own.end,
    );
    if (object) cands = cands.filter((c) => c.placed.tokenStart < object.tokenStart);
  }
  const roles = new Map<string, Participant['role']>();
  const scheme = trigger.type.roles;
  if (scheme === 'symmetric') {
    for (const c of cands) if (c.marking !== 'target') roles.set(c.entity, 'party');
  } else {
    const passive = isPassive(ctx, trigger, segs);
    const agents = cands.filter((c) => c.marking === 'agent');
    for (const c of agents) roles.set(c.entity, 'source');
    const unmarked = cands.filter((c) => c.marking === 'unmarked');
    const groups = coordinationGroups(ctx, unmarked);
    // A clause that opens with the verb and names nobody before it ("…, the Lord President, visited Germany") has
    // an unnamed subject: the names after the verb are its objects.
    const own = segs[0];
    const subjectless = subject !== undefined || (!trigger.nominal && own !== undefined && trigger.tokenStart === own.start &&
      (groups[0]?.[0]?.placed.tokenStart ?? -1) > trigger.tokenStart);
    groups.forEach((g, gi) => {
      const role = passive || agents.length > 0 || subjectless ? 'target' : gi === 0 ? 'source' : 'target';
      for (const c of g) if (!roles.has(c.entity)) roles.set(c.entity, role);
    });
    for (const c of cands) if ((c.marking === 'target' || c.marking === 'comitative') && !roles.has(c.entity)) roles.set(c.entity, 'target');
    if (scheme === 'source') {
      // The speaker stands before the verb, or right after it ("sagte Merkel"); names in what was said are not.
      roles.clear();
      // In the passive ("wurde … mitgeteilt", "was told") the subject is the addressee: only "von X"/"by X" speaks.
      if (passive) {
        for (const c of agents) roles.set(c.entity, 'source');
      } else {
        const before = groups.find((g) => g[0]!.placed.tokenStart < trigger.tokenStart);
        const after = groups.find((g) => g[0]!.placed.headStart >= trigger.tokenEnd && g[0]!.placed.headStart <= trigger.tokenEnd + 1);
        // "hieß es in einer Mitteilung des Ministeriums", "said in a statement of X": the issuer speaks.
        const sentenceStart = ctx.sentenceTokens[trigger.sentence]![0];
        const issuer = cands.filter((c) => ctx.lex.cues.statementNouns.has(governor(ctx, c.placed.headStart, Math.max(sentenceStart, c.placed.headStart - 3)) ?? ''));
        if (subject === undefined) for (const c of before ?? after ?? issuer) roles.set(c.entity, 'source');
      }
    }
  }
  for (const id of visitedPlaces(ctx, trigger, segs)) if (!roles.has(id) && id !== subject) roles.set(id, 'target');
  const out: Participant[] = [];
  if (subject !== undefined) {
    // In the passive the pronoun is what the verb is done to ("Er wurde festgenommen").
    const passive = scheme !== 'symmetric' && isPassive(ctx, trigger, segs);
    const role: Participant['role'] | undefined = scheme === 'symmetric' ? 'party' : !passive ? 'source' : scheme === 'directed' ? 'target' : undefined;
    if (role) {
      const aff = ctx.affiliation.get(subject);
      out.push(aff ? { entity: subject, role, affiliation: aff } : { entity: subject, role });
    }
  }
  for (const c of cands) {
    const role = roles.get(c.entity);
    if (!role) continue;
    const aff = ctx.affiliation.get(c.entity);
    const p: Participant = aff ? { entity: c.entity, role, affiliation: aff } : { entity: c.entity, role };
    if (c.agent) p.agent = c.agent;
    out.push(p);
  }
  for (const [id, role] of roles) if (!out.some((p) => p.entity === id) && !cands.some((c) => c.entity === id)) out.push({ entity: id, role });
  return out;
}

// --- Visited places (issue 13, item 5) ---

/** Tokens between a visit verb and the place it visits ("besuchte am Dienstag Frankreich", "visited on Monday"). */
const MAX_VISIT_GAP = 4;

/** The country a visit goes to is its target: the object of the verb ("besuchte Frankreich", "besuchte am Dienstag
 * Frankreich", "visited Kenya's largest slum") or the goal after it ("state visit to Vietnam"). A visited city stays
 * the visit's place only (setting.ts); a country after another preposition ("besuchte in Polen eine Messe") is where
 * the visit happened, not what was visited. */
export function visitedPlaces(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[]): string[] {
  const own = segs[0];
  if (!own || trigger.type.family !== 'visit' || trigger.type.name !== 'visit') return [];
  const { cues } = ctx.lex;
  const mentions = (ctx.mentionsBySentence[trigger.sentence] ?? [])
    .filter((pm) => pm.tokenStart >= trigger.tokenEnd && pm.tokenStart < own.end)
    .sort((a, b) => a.tokenStart - b.tokenStart);
  const first = mentions[0];
  const e = first?.entity;
  if (!first || !e || !isCountry(e) || first.mention.derived) return [];
  if (/^-\p{L}/u.test(ctx.text.slice(first.mention.end, first.mention.end + 2))) return [];
  if (first.headStart - trigger.tokenEnd > MAX_VISIT_GAP) return [];
  for (let k = trigger.tokenEnd; k < first.headStart; k++) if (!/^[\p{L}\p{N}.]+$/u.test(ctx.tokens[k]!.text)) return [];
  const govAt = governorIndex(ctx, first.headStart, trigger.tokenEnd);
  if (govAt >= 0) {
    const gov = ctx.lower[govAt]!;
    const goal = govAt === trigger.tokenEnd && ctx.words.visitGoalPreps.has(gov);
    if (!goal && (cues.locative.has(gov) || cues.locationPreps.has(gov) || cues.target.has(gov) || cues.agent.has(gov) ||
      cues.comitative.has(gov) || cues.topic.has(gov))) return [];
  }
  return [e.id];
}
