/**
 * Argument attachment: clause segments, participants with roles, location and time of one trigger.
 */
import type { Participant } from '../schema/document.js';
import type { DocContext, PlacedMention } from './context.js';
import { isCountry, isMedia } from './context.js';
import { timesWithin, type TimeExpression } from '../values/times.js';
import type { TriggerMatch } from './triggers.js';

/** A stretch of a sentence between clause boundaries. */
export interface Segment {
  /** Token range [start, end) without the boundary punctuation. */
  readonly start: number;
  readonly end: number;
  /** 'subordinate' starts with dass/that/…, 'relative' is an apposition or relative clause after a comma,
   * 'coordinate' continues the main clause after und/and. */
  readonly kind: 'main' | 'subordinate' | 'relative' | 'coordinate';
}

const BOUNDARY = new Set([',', ';', ':', '(', ')', '–', '—', '-', '„', '“', '”', '"', '«', '»']);
const QUOTES = new Set(['„', '“', '”', '"', '«', '»']);

/** Splits a sentence into clause segments. Commas inside name lists ("A, B und C") and short parentheticals
 * around a name ("(EU)", "(Südkorea)") are not boundaries. */
export function segmentSentence(ctx: DocContext, sentence: number): Segment[] {
  const [from, to] = ctx.sentenceTokens[sentence]!;
  const { lower, tokens, lex } = ctx;
  const mentionStart = new Set<number>();
  const mentionEnd = new Set<number>();
  const mentionSpan = new Map<number, number>();
  for (const pm of ctx.mentionsBySentence[sentence] ?? []) {
    mentionStart.add(pm.headStart);
    mentionStart.add(pm.tokenStart);
    mentionEnd.add(pm.tokenEnd);
    mentionSpan.set(pm.tokenStart, pm.tokenEnd);
  }
  // "am Dienstag, dem 8. April 2025, in Santiago …", "on Thursday, 12 June 2025, and": a date between commas is an
  // apposition inside the clause, not a boundary; so are commas inside a date.
  const timeStarts = new Map<number, number>();
  const timeEnds = new Set<number>();
  const timeRanges: [number, number][] = [];
  if (to > from) {
    for (const t of timesWithin(ctx.times, tokens[from]!.start, tokens[to - 1]!.end)) {
      timeStarts.set(t.start, t.end);
      timeRanges.push([t.start, t.end]);
      if (t.text.includes(',') || /,\s*$/.test(ctx.text.slice(Math.max(0, t.start - 6), t.start))) timeEnds.add(t.end);
    }
  }
  let nextRange = 0;
  const segments: Segment[] = [];
  let segStart = from;
  let afterComma = false;
  let first = true;
  const close = (end: number, nextStart: number, comma: boolean): void => {
    if (end > segStart) {
      const w = lower[segStart]!;
      let kind: Segment['kind'] = 'main';
      if (lex.cues.subordinators.has(w)) kind = 'subordinate';
      else if (!first && afterComma && lex.cues.relatives.has(w)) kind = 'relative';
      else if (!first && ctx.words.clauseCoordinators.has(w)) kind = 'coordinate';
      segments.push({ start: segStart, end, kind });
      first = false;
    }
    segStart = nextStart;
    afterComma = comma;
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i]!.text;
    if (t === '(') {
      // "(EU)", "(Südkorea)": a name in brackets belongs to the clause.
      const inner = mentionSpan.get(i + 1);
      if (inner !== undefined && tokens[inner]?.text === ')') {
        i = inner;
        continue;
      }
    }
    if (t === ',' && mentionEnd.has(i) && mentionStart.has(i + 1)) continue;
    if (t === ',' && timeRanges.length > 0) {
      const at = tokens[i]!.start;
      while (nextRange < timeRanges.length && timeRanges[nextRange]![1] <= at - 1) nextRange++;
      const range = timeRanges[nextRange];
      if (range && range[0] < at && at < range[1]) continue;
      if (timeEnds.has(at)) continue;
      let k = i + 1;
      if (lex.cues.determiners.has(lower[k] ?? '')) k++;
      const dateEnd = k < to ? timeStarts.get(tokens[k]!.start) : undefined;
      let m = k;
      while (dateEnd !== undefined && m < to && tokens[m]!.start < dateEnd) m++;
      if (dateEnd !== undefined && m < to && tokens[m]!.text === ',') {
        i = m;
        continue;
      }
    }
    // "Belgien, die Niederlande und Luxemburg": an article before a listed name that a conjunction continues.
    if (t === ',' && mentionEnd.has(i) && lex.cues.determiners.has(lower[i + 1] ?? '') && mentionSpan.has(i + 2) &&
      /^\p{L}/u.test(lower[mentionSpan.get(i + 2)!] ?? '') && lex.cues.coordinators.has(lower[mentionSpan.get(i + 2)!]!)) continue;
    if (QUOTES.has(t)) continue;
    if (BOUNDARY.has(t)) {
      close(i, i + 1, t === ',');
      continue;
    }
    // "said that …" without a comma still opens a subordinate clause.
    if (i > segStart && lex.cues.subordinators.has(lower[i]!) && ctx.words.bareSubordinators.has(lower[i]!)) {
      close(i, i, false);
    }
  }
  close(to, to, false);
  return segments;
}

export type Marking = 'unmarked' | 'target' | 'agent' | 'comitative';

export interface ArgumentCandidate {
  readonly placed: PlacedMention;
  readonly entity: string;
  marking: Marking;
}

function isAdjectiveLike(ctx: DocContext, k: number): boolean {
  const w = ctx.tokens[k]!.text;
  const form = ctx.words.adjectiveForm;
  // Trigger verbs ("besuchte", "kritisierte") look like inflected adjectives but govern what follows.
  if (!form || ctx.lex.cues.functionWords.has(ctx.lower[k]!) || ctx.lex.byForm.has(ctx.lower[k]!)) return false;
  return form.test(w);
}

/** Token index of the word that governs a mention: the nearest token before it, skipping articles and
 * adjectives; -1 when the segment starts first. */
function governorIndex(ctx: DocContext, headStart: number, segStart: number): number {
  let j = headStart - 1;
  while (j >= segStart && (ctx.lex.cues.determiners.has(ctx.lower[j]!) || isAdjectiveLike(ctx, j))) j--;
  return j >= segStart ? j : -1;
}

function governor(ctx: DocContext, headStart: number, segStart: number): string | undefined {
  const j = governorIndex(ctx, headStart, segStart);
  return j >= 0 ? ctx.lower[j] : undefined;
}

/** "Regierung", "Agrarministerinnen", "Landesregierung": an actor noun, German compounds by their head. */
export function isActorNoun(ctx: DocContext, word: string | undefined): boolean {
  if (word === undefined) return false;
  const { cues } = ctx.lex;
  if (cues.actorNouns.has(word)) return true;
  if (!ctx.words.compoundNouns) return false;
  for (const head of cues.actorHeads) if (word.length >= head.length + 3 && word.endsWith(head)) return true;
  return false;
}

/** "die belarussische Regierung", "the Russian government": a country adjective before an actor noun that is
 * not a person's title ("der russische Präsident Putin") stands for the country. */
function isActingAdjective(ctx: DocContext, pm: PlacedMention, nameTokens: ReadonlySet<number>): boolean {
  const e = pm.entity;
  if (!e || !isCountry(e)) return false;
  const k = pm.tokenEnd;
  const next = ctx.tokens[k];
  if (!next || !isActorNoun(ctx, ctx.lower[k])) return false;
  if (ctx.words.capitalisesNouns && !/^\p{Lu}/u.test(next.text)) return false;
  return !nameTokens.has(k + 1) && !ctx.affiliationToken[k];
}

function isGenitiveOrPossessive(ctx: DocContext, pm: PlacedMention): boolean {
  const m = pm.mention;
  const after = ctx.text.slice(m.end, m.end + 2);
  if (after === "'s" || after === '’s' || /^['’]\s/.test(after)) return true;
  if (/['’]s$/.test(m.text)) return true;
  if (!ctx.words.genitiveWithoutApostrophe || !m.text.endsWith('s')) return false;
  const base = m.canonical ?? pm.entity?.name ?? '';
  return !base.endsWith('s') && m.text === `${base}s`;
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
    if (entity.type !== 'PER' && entity.type !== 'ORG' && !isCountry(entity)) continue;
    if (isMedia(entity, m)) continue;
    let affiliationOnly = !m.derived;
    for (let k = pm.tokenStart; k < pm.tokenEnd; k++) if (!ctx.affiliationToken[k]) affiliationOnly = false;
    if (affiliationOnly) continue;
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
      const actorAfter = isActorNoun(ctx, ctx.lower[k]);
      // "Die Außenminister Polens, Litauens und der Schweiz": look back over the listed names to the actor noun.
      let b = pm.headStart - 1;
      while (b >= seg.start && (cues.coordinators.has(ctx.lower[b]!) || cues.determiners.has(ctx.lower[b]!) || nameTokens.has(b))) b--;
      const actorBefore = b >= 0 && isActorNoun(ctx, ctx.lower[b]);
      if (!actorAfter && !actorBefore) continue;
    }
    let marking: Marking = 'unmarked';
    if (gov !== undefined) {
      if (trigger && govAt === trigger.tokenEnd && cues.afterTriggerTarget.has(gov) && trigger.type.roles === 'directed') marking = 'target';
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
    out.push({ placed: pm, entity: entity.id, marking });
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

/** At most this many name-less appositions are skipped to find the subject of a clause-initial verb. */
const MAX_SKIPPED_APPOSITIONS = 2;
/** Shorter nouns are too vague to identify an organisation ("Amt"). */
const MIN_DESCRIPTION_NOUN = 4;
/** Lower-case description words between an article and a name ("the supermarket chain Coles"). */
const MAX_DESCRIPTION_WORDS = 3;
/** A subject pronoun stands at most this many tokens before its verb ("he would open coalition talks"). */
const MAX_PRONOUN_DISTANCE = 5;
/** A group subject after the verb stands at most this many tokens after it ("einigten sich die Staaten"). */
const MAX_GROUP_AFTER = 4;
/** A spokesperson noun stands at most this many tokens from its statement verb ("sagte ein Sprecher"). */
const MAX_SPOKESPERSON_DISTANCE = 3;

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

/** A noun trigger after a definite article (adjectives between allowed): "das neue Abkommen", "the pact". */
export function isDefinite(ctx: DocContext, trigger: TriggerMatch): boolean {
  const [from] = ctx.sentenceTokens[trigger.sentence]!;
  let j = trigger.tokenStart - 1;
  while (j >= from && isAdjectiveLike(ctx, j)) j--;
  return j >= from && ctx.lex.cues.definiteArticles.has(ctx.lower[j]!);
}

/** True when a hypothetical/future word stands in the trigger's clause ("könnte … unterzeichnet werden",
 * "could be signed", "will meet"). */
export function isIrrealis(ctx: DocContext, segs: readonly Segment[]): boolean {
  const own = segs[0];
  if (!own) return false;
  for (let k = own.start; k < own.end; k++) if (ctx.lex.cues.modals.has(ctx.lower[k]!)) return true;
  return false;
}

/** Token index of the subject pronoun of a verb trigger: before it in its clause with no name in between ("Er warf
 * der EU vor", "he would open talks"), or right after a statement verb ("sagte sie", "said he"); -1 when none.
 * German "sie" before a plural verb ("sie forderten") is "they" and does not count; a noun trigger needs a modal
 * after the pronoun. */
export function subjectPronounAt(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[]): number {
  const own = segs[0];
  if (!own) return -1;
  const { subjectPronouns, modals } = ctx.lex.cues;
  const word = ctx.lower[trigger.tokenStart]!;
  const plural = !trigger.nominal && (ctx.words.pluralVerb?.test(word) ?? false);
  // A noun takes a pronoun subject only through a modal ("sie wolle … Gespräche führen"); "Sie sieht eine
  // Kooperation vor" is about a thing.
  const ok = (k: number): boolean => subjectPronouns.has(ctx.lower[k]!) && !(plural && ctx.lex.cues.pluralPronouns.has(ctx.lower[k]!)) &&
    (!trigger.nominal || modals.has(ctx.lower[k + 1] ?? ''));
  const names = ctx.mentionsBySentence[trigger.sentence] ?? [];
  const { cues } = ctx.lex;
  // A name after a preposition ("mit den Grünen") is no subject, so a pronoun before it still is.
  const named = (k: number): boolean => names.some((pm) => {
    if (k < pm.headStart || k >= pm.tokenEnd) return false;
    const gov = governor(ctx, pm.headStart, own.start);
    return gov === undefined || !(cues.comitative.has(gov) || cues.target.has(gov) || cues.agent.has(gov) || cues.locative.has(gov) || cues.topic.has(gov));
  });
  // Between pronoun and verb: auxiliaries and adverbs ("he also said", "sie hat … verlangt"), or anything after a
  // modal ("he would open coalition talks"); "he called “secret deals”" is no subject of "deals".
  const light = (k: number): boolean => {
    const w = ctx.lower[k]!;
    return modals.has(w) || ctx.lex.cues.passiveAux.has(w) || ctx.words.lightWords.has(w) || /^\p{Ll}+ly$/u.test(w);
  };
  for (let k = trigger.tokenStart - 1; k >= Math.max(own.start, trigger.tokenStart - MAX_PRONOUN_DISTANCE); k--) {
    if (named(k)) break;
    if (ok(k)) {
      if (modals.has(ctx.lower[k + 1] ?? '')) return k;
      let j = k + 1;
      while (j < trigger.tokenStart && (light(j) || names.some((pm) => j >= pm.headStart && j < pm.tokenEnd) || ctx.lex.cues.determiners.has(ctx.lower[j]!) || cues.comitative.has(ctx.lower[j]!))) j++;
      return j === trigger.tokenStart || ctx.words.verbSecond ? k : -1;
    }
  }
  const after = trigger.tokenEnd;
  if (trigger.type.roles === 'source' && after < own.end && ok(after)) return after;
  return -1;
}

/** The person a pronoun at token `at` refers to: the nearest person named before it in this sentence or the
 * `lookBack` sentences before (skipping other stories). */
export function personBefore(ctx: DocContext, sentence: number, at: number, lookBack: number, sameStory: (s: number) => boolean): string | undefined {
  for (let s = sentence; s >= Math.max(0, sentence - lookBack); s--) {
    if (!sameStory(s)) break;
    const list = ctx.mentionsBySentence[s] ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const pm = list[i]!;
      if (s === sentence && pm.tokenEnd > at) continue;
      if (pm.entity?.type === 'PER' && !pm.mention.derived) return pm.entity.id;
    }
  }
  return undefined;
}

/** "Energieversorger", "Versorgers", "company", "firms": a company description noun (German: capitalised, also as
 * a compound head, with genitive/plural endings). */
function isOrgDescription(ctx: DocContext, k: number): boolean {
  const w = ctx.lower[k];
  if (w === undefined) return false;
  if (ctx.words.capitalisesNouns && !/^\p{Lu}/u.test(ctx.tokens[k]!.text)) return false;
  for (const d of ctx.lex.cues.orgDescriptions) {
    for (const form of [d, `${d}s`, `${d}es`, `${d}en`, `${d}n`]) {
      if (w === form || (ctx.words.compoundNouns && w.length >= form.length + 3 && w.endsWith(form))) return true;
    }
  }
  return false;
}

/** "gegen das Unternehmen", "against the company": a directed trigger's target named by a company description
 * refers to the nearest organisation introduced as one before ("des Energieversorgers Lumera Energie"), at most
 * `lookBack` sentences back; undefined when the clause has no such phrase or nothing fits. */
export function descriptionTarget(
  ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[], lookBack: number, sameStory: (s: number) => boolean,
  exclude: ReadonlySet<string>,
): string | undefined {
  const own = segs[0];
  if (!own || trigger.type.roles !== 'directed') return undefined;
  const { cues } = ctx.lex;
  let cue = -1;
  for (let k = own.start; k + 2 < own.end + 1 && cue < 0; k++) {
    if (!cues.target.has(ctx.lower[k]!) || !cues.definiteArticles.has(ctx.lower[k + 1] ?? '')) continue;
    let j = k + 2;
    while (j < own.end && isAdjectiveLike(ctx, j)) j++;
    if (j < own.end && isOrgDescription(ctx, j)) cue = k;
  }
  if (cue < 0) return undefined;
  for (let s = trigger.sentence; s >= Math.max(0, trigger.sentence - lookBack); s--) {
    if (!sameStory(s)) break;
    const list = ctx.mentionsBySentence[s] ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const pm = list[i]!;
      if (s === trigger.sentence && pm.tokenStart >= cue) continue;
      const e = pm.entity;
      if (!e || e.type !== 'ORG' || pm.mention.derived || isMedia(e, pm.mention) || exclude.has(e.id)) continue;
      // Introduced as a company: a description noun right before the name ("des Energieversorgers Lumera").
      let j = pm.tokenStart - 1;
      while (j >= 0 && isAdjectiveLike(ctx, j)) j--;
      if (j >= 0 && isOrgDescription(ctx, j)) return e.id;
    }
  }
  return undefined;
}

/** Whether the noun at token k describes organisation `e`: a word of its name is the noun or ends with it
 * ("die Gewerkschaft" → Gewerkschaft Deutscher Lokomotivführer, "das Gericht" → Oberlandesgericht Düsseldorf,
 * "the Commission" → European Commission), or the name was introduced with a company description. */
function describes(ctx: DocContext, k: number, e: { name: string }, introducedAsCompany: boolean, introducedWith: string | undefined): boolean {
  const noun = ctx.lower[k]!;
  if (noun.length < MIN_DESCRIPTION_NOUN) return false;
  if (introducedAsCompany && isOrgDescription(ctx, k)) return true;
  // Introduced with this noun: "die Gewerkschaft Deutscher Lokomotivführer", "des Energieversorgers Lumera".
  if (introducedWith !== undefined && (introducedWith === noun || introducedWith.startsWith(noun) && introducedWith.length <= noun.length + 2 ||
    (ctx.words.compoundNouns && introducedWith.length > noun.length && introducedWith.replace(/e?s$/, '').endsWith(noun)))) return true;
  for (const word of e.name.toLowerCase().split(/[\s-]+/)) {
    if (word === noun || (ctx.words.compoundNouns && word.length > noun.length && word.endsWith(noun))) return true;
  }
  return false;
}

/** The organisation a definite description at token k refers to ("die Gewerkschaft", "das Unternehmen", "the
 * Commission"): the nearest organisation before it, at most `lookBack` sentences back, that it describes. */
export function describedOrganisation(
  ctx: DocContext, sentence: number, k: number, lookBack: number, sameStory: (s: number) => boolean,
): string | undefined {
  for (let s = sentence; s >= Math.max(0, sentence - lookBack); s--) {
    if (!sameStory(s)) break;
    const list = ctx.mentionsBySentence[s] ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const pm = list[i]!;
      if (s === sentence && pm.tokenStart >= k) continue;
      const e = pm.entity;
      if (!e || e.type !== 'ORG' || pm.mention.derived || isMedia(e, pm.mention)) continue;
      let j = pm.tokenStart - 1;
      while (j >= 0 && isAdjectiveLike(ctx, j)) j--;
      const before = j >= 0 && /^\p{L}/u.test(ctx.tokens[j]!.text) && !ctx.lex.cues.functionWords.has(ctx.lower[j]!) ? ctx.lower[j] : undefined;
      if (describes(ctx, k, e, j >= 0 && isOrgDescription(ctx, j), before)) return e.id;
    }
  }
  return undefined;
}

/** Token index of a definite description that is the trigger's subject: "Die Gewerkschaft kritisierte …" (article +
 * noun before the verb, no name or preposition in between) or, in German, right after the verb ("teilte die
 * Gewerkschaft mit"); -1 when none. */
export function subjectDescriptionAt(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[]): number {
  const own = segs[0];
  if (!own) return -1;
  const { cues } = ctx.lex;
  // "The authority opened an investigation", "Die Behörde leitete ein Verfahren ein": an indefinite noun trigger that
  // is the object of the clause's first verb has the verb's subject; the description must then stand before the verb.
  let verbAt = trigger.tokenStart;
  if (trigger.nominal) {
    let j = trigger.tokenStart - 1;
    while (j > own.start && isAdjectiveLike(ctx, j)) j--;
    if (j <= own.start || !cues.determiners.has(ctx.lower[j]!) || cues.definiteArticles.has(ctx.lower[j]!)) return -1;
    verbAt = j - 1;
    if (!/^\p{Ll}+$/u.test(ctx.tokens[verbAt]!.text) || cues.functionWords.has(ctx.lower[verbAt]!)) return -1;
  }
  const isNoun = (k: number): boolean => k < own.end && /^\p{L}/u.test(ctx.tokens[k]!.text) &&
    (ctx.words.capitalisesNouns ? /^\p{Lu}/u.test(ctx.tokens[k]!.text) : /^\p{Ll}|^\p{Lu}\p{Ll}/u.test(ctx.tokens[k]!.text)) && !cues.functionWords.has(ctx.lower[k]!);
  const names = ctx.mentionsBySentence[trigger.sentence] ?? [];
  const isName = (k: number): boolean => names.some((pm) => k >= pm.headStart && k < pm.tokenEnd);
  // Before the verb: the clause opens with the article ("Die Bahn wies … zurück", "The Commission also said").
  if (cues.definiteArticles.has(ctx.lower[own.start] ?? '')) {
    let j = own.start + 1;
    while (j < verbAt && isAdjectiveLike(ctx, j)) j++;
    if (j < verbAt && isNoun(j) && !isName(j)) {
      let m = j + 1;
      while (m < verbAt && (cues.passiveAux.has(ctx.lower[m]!) || cues.modals.has(ctx.lower[m]!) || ctx.words.lightWords.has(ctx.lower[m]!))) m++;
      if (m === verbAt) return j;
    }
  }
  if (trigger.nominal) return -1;
  let k: number;
  // After the verb, in verb-second order: "teilte die Gewerkschaft mit", "sagte das Unternehmen".
  k = trigger.tokenEnd;
  if (ctx.words.verbSecond && cues.definiteArticles.has(ctx.lower[k] ?? '')) {
    let j = k + 1;
    while (j < own.end && isAdjectiveLike(ctx, j)) j++;
    if (isNoun(j) && !isName(j)) return j;
  }
  return -1;
}

/** Whether an unnamed spokesperson speaks or acts ("…, his spokesperson said", "Ein Sprecher sagte der Zeitung",
 * "A spokeswoman urged …"): a spokesperson noun at most a few tokens before (statements: or after) the verb. */
export function hasSpokespersonSubject(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[]): boolean {
  return spokespersonAt(ctx, trigger, segs) >= 0;
}

/** Token index of the spokesperson noun of `hasSpokespersonSubject`, -1 when none; for verbs other than statements
 * only when no name stands between it and the verb ("Ein Sprecher des Ministeriums X kritisierte" has X). */
export function spokespersonAt(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[]): number {
  const own = segs[0];
  if (!own || trigger.nominal || trigger.type.roles === 'symmetric') return -1;
  const lo = Math.max(own.start, trigger.tokenStart - MAX_SPOKESPERSON_DISTANCE);
  // Other verbs than statements only with the spokesperson before them, as subject ("A spokeswoman urged …").
  const hi = trigger.type.roles === 'source' ? Math.min(own.end, trigger.tokenEnd + MAX_SPOKESPERSON_DISTANCE) : trigger.tokenStart;
  for (let k = lo; k < hi; k++) {
    if (!ctx.lex.cues.spokespersonNouns.has(ctx.lower[k]!)) continue;
    if (trigger.type.roles === 'source') return k;
    const between = (ctx.mentionsBySentence[trigger.sentence] ?? []).some((pm) => pm.tokenStart > k && pm.tokenStart < trigger.tokenStart);
    return between ? -1 : k;
  }
  return -1;
}

/** "die (drei) Staaten": the article "die" before the noun, with only numbers/adjectives between. */
function nominativePlural(ctx: DocContext, k: number, from: number): boolean {
  let j = k - 1;
  while (j >= from && (isAdjectiveLike(ctx, j) || /^\d+$/.test(ctx.tokens[j]!.text) || ctx.words.dualWords.has(ctx.lower[j]!))) j--;
  return j >= from && ctx.words.pluralSubjectArticles.has(ctx.lower[j]!);
}

export type GroupSubject = 'none' | 'group' | 'countries';

/** What kind of group names the trigger's subject ("Die drei Länder vereinbarten", "26 der 27 Mitgliedstaaten
 * einigten sich", "einigten sich die Staaten", "the member states agreed"): a (German: capitalised) group noun in
 * the trigger's clause, before it or at most a few tokens after it, not governed by a preposition — 'countries'
 * for Länder/Staaten/countries …; or a plural pronoun ("Sie einigten sich", "they agreed") — 'group'. */
export function groupSubject(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[]): GroupSubject {
  const own = segs[0];
  if (!own || trigger.nominal) return 'none';
  const { cues } = ctx.lex;
  const end = Math.min(own.end, trigger.tokenEnd + MAX_GROUP_AFTER);
  for (let k = own.start; k < end; k++) {
    if (k >= trigger.tokenStart && k < trigger.tokenEnd) continue;
    if (!cues.groupNouns.has(ctx.lower[k]!)) continue;
    if (ctx.words.capitalisesNouns && !/^\p{Lu}/u.test(ctx.tokens[k]!.text)) continue;
    // After the verb only a nominative plural in verb-second order is the subject ("einigten sich die Staaten");
    // "warf beiden Regierungen vor", "urged both countries" are objects.
    if (k >= trigger.tokenEnd && (!ctx.words.verbSecond || !nominativePlural(ctx, k, trigger.tokenEnd))) continue;
    const gov = governor(ctx, k, own.start);
    if (gov !== undefined && (cues.locative.has(gov) || cues.topic.has(gov) || cues.comitative.has(gov) || cues.target.has(gov) || cues.agent.has(gov))) continue;
    return cues.countryGroupNouns.has(ctx.lower[k]!) ? 'countries' : 'group';
  }
  // "Sie einigten sich", "einigten sie sich", "they agreed": German "sie" only with a plural verb.
  const plural = ctx.words.pluralVerb?.test(ctx.lower[trigger.tokenStart]!) ?? true;
  const isPronoun = (k: number): boolean => plural && cues.pluralPronouns.has(ctx.lower[k] ?? '');
  for (let k = trigger.tokenStart - 1; k >= Math.max(own.start, trigger.tokenStart - MAX_PRONOUN_DISTANCE); k--) {
    if (isPronoun(k)) return 'group';
  }
  if (ctx.words.verbSecond && trigger.tokenEnd < own.end && isPronoun(trigger.tokenEnd)) return 'group';
  return 'none';
}

/** The dual subject of the trigger ("die beiden …", "beide", "the two …", "both", before it in its clause):
 * 'persons' when it names people ("die beiden Minister", "the two leaders"), 'dual' for other duals ("die beiden
 * Länder", "both"), 'none' without one. */
export function dualSubject(ctx: DocContext, trigger: TriggerMatch, segs: readonly Segment[]): 'none' | 'dual' | 'persons' {
  const own = segs[0];
  if (!own) return 'none';
  const { cues } = ctx.lex;
  for (let k = own.start; k < trigger.tokenStart; k++) {
    for (const cue of cues.dualAnaphors) {
      let ok = k + cue.length <= trigger.tokenStart;
      for (let j = 0; ok && j < cue.length; j++) if (ctx.lower[k + j] !== cue[j]) ok = false;
      if (!ok) continue;
      const noun = ctx.lower[k + cue.length];
      return noun !== undefined && ctx.words.personPlurals.test(noun) ? 'persons' : 'dual';
    }
  }
  return 'none';
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
    out.push(aff ? { entity: c.entity, role, affiliation: aff } : { entity: c.entity, role });
  }
  return out;
}

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
