/**
 * Within-document event coreference: candidates that report the same event (same story and type family, shared or
 * complementary participants, or a bare mention near a named one) merge into one cluster; diplomatic events borrow
 * place and date from a coreferent meeting nearby.
 */
import type { Participant } from '../schema/document.js';
import type { LocationArg } from './setting.js';
import type { AreaItem } from './areas.js';
import type { TimeExpression } from '../values/times.js';
import { mergeFactuality, type Factuality } from './factuality.js';
import type { Candidate } from './candidates.js';

/** An event being assembled from one or more coreferent candidates. */
export interface Cluster {
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
const DIPLOMATIC_FAMILIES = new Set(['cooperation', 'consult', 'visit']);

/** Entity ids a candidate is about: participants and their affiliations. */
export function referents(participants: readonly Participant[]): Set<string> {
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
export function corefer(candidates: readonly Candidate[]): Cluster[] {
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
export function borrowSetting(clusters: readonly Cluster[]): void {
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

/** An event reported only as hypothetical ("could be signed in Mexico City") keeps that report's place and date. */
export function settleHypotheticals(clusters: readonly Cluster[]): void {
  for (const cl of clusters) {
    if (cl.factual) continue;
    if (cl.hypotheticalLocation) cl.location = cl.hypotheticalLocation;
    if (cl.hypotheticalTime) cl.time = cl.hypotheticalTime;
  }
}
