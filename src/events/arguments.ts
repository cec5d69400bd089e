/**
 * Argument attachment by grammatical function (issue 13, item 1), on the dependency parse of the trigger's sentence.
 *
 * A name is an argument of a trigger when the path from the name's head up to the trigger's predicate passes only
 * through coordination, apposition and name parts ("Scholz und Macron", "den Präsidenten Emmanuel Macron") or an
 * actor noun that the name governs ("die Regierung Frankreichs", "the government of France", "türkische
 * Sicherheitskräfte"). Its function is the relation of the last step: subject, passive subject, object, agent
 * ("von"/"by" in the passive, UD obl:agent) or an oblique with its preposition. Anything else (a name inside a
 * subordinate clause, an attribution phrase such as "nach Angaben von"/"according to", a topic) is not an argument.
 *
 * Roles follow from the function and the event type's frame (frames.ts).
 *
 * A predicate without a subject of its own borrows one: the verb it is coordinated with ("A besuchte B und traf C"),
 * the controller of "A agreed to meet B", the antecedent of a relative pronoun ("A, der B kritisierte"). A noun
 * trigger that is the object of a verb that is no trigger ("übte Kritik an", "held talks with", "unterzeichneten
 * einen Vertrag") takes that verb's subject as its actor.
 */
import { genitiveRole, placeTargets, type RoleScheme } from './lexicon.js';
import type { DocContext, PlacedMention } from './context.js';
import { isActorNoun } from './grammar.js';
import { AGENT_OF_PLACE_IN, actsAsNameOrAgent, agentAt, agentOf, organAgent } from './agents.js';
import type { TriggerMatch } from './triggers.js';
import { isGenitiveOrPossessive } from './roles.js';
import {
  NAME_PARTS, OBJECT, OBLIQUE, POSSESSOR, SUBJECT, childrenOf, isNoun, isPassivePredicate, predicateOf, prepositionOf, spanHead,
  subjectChild,
} from './tree.js';
import { nominativeObjectAsSubject, subjectBeforeObject } from './word-order.js';

/** `genitive`: a noun trigger's genitive or "von"/"of" phrase, whose role depends on the type ("Kritik der
 * Opposition" acts, "Übernahme der Supermarktkette" is acted on: the frame's `genitive`). */
export type GrammaticalFunction = 'subject' | 'passiveSubject' | 'object' | 'agent' | 'oblique' | 'possessor' | 'genitive';

export interface SyntacticArgument {
  readonly placed: PlacedMention;
  readonly entity: string;
  readonly fn: GrammaticalFunction;
  /** The preposition of an oblique (lower-cased), when it has one. */
  readonly preposition?: string;
  /** Agent code when the name stands for a state organ ("die türkische Armee" → MIL). */
  readonly agent?: string;
  /** The predicate's child under which the name stands. */
  readonly root?: number;
  /** A place that is no country: it can only be the target ("annektierte die Krim", "struggle against the Ottoman
   * Empire"). */
  readonly place?: boolean;
}

export interface TriggerArguments {
  readonly args: SyntacticArgument[];
  /** The predicate has a subject (a name or not: "er", "das Unternehmen"); false: it has none of its own. */
  readonly hasSubject: boolean;
  /** The subject is a pronoun ("Er warf der EU vor"). */
  readonly pronounSubject: boolean;
  readonly passive: boolean;
}

/** Relations a name passes on its way up to the argument it belongs to. */
const PASS_THROUGH = new Set(['conj', 'appos', 'flat', 'flat:name', 'compound', 'fixed']);
/** Relations by which a name belongs to the actor noun above it ("Regierung Frankreichs", "Russia's army"). */
const ACTOR_OF = new Set(['nmod', 'nmod:poss', 'det:poss', 'nmod:unmarked', 'amod']);
/** Longest path (in edges) from a name to its predicate. */
const MAX_PATH = 8;

function isActorWord(ctx: DocContext, k: number): boolean {
  const w = ctx.lower[k];
  return isActorNoun(ctx, w) || agentAt(ctx, k) !== undefined || ctx.lex.cues.groupNouns.has(w ?? '') ||
    ctx.lex.cues.spokespersonNouns.has(w ?? '');
}

/** Token k lies inside a date or time the values stage read (times are in text order: binary search). */
function inTime(ctx: DocContext, k: number): boolean {
  const start = ctx.tokens[k]?.start ?? -1;
  const times = ctx.times;
  let lo = 0;
  let hi = times.length - 1;
  // The last time that starts at or before the token.
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]!.start <= start) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at >= 0 && start < times[at]!.end;
}

/** The child of `p` under which token `x` stands, when every step on the way passes (see the file comment); -1 when
 * none; `-2 - w` when the name hangs as a name part from a word w that is no name and hangs from `p` (the name then
 * takes w's place, see argumentsOf). */
function argumentRoot(ctx: DocContext, sentence: number, x: number, p: number, derived: boolean): number {
  let steps = 0;
  let first = true;
  while (steps++ < MAX_PATH) {
    const a = ctx.syntax[x];
    if (!a || a.head < 0) return -1;
    if (a.head === p) return derived && first ? -1 : x;
    // A phrase hung from a date that hangs from the predicate belongs to the predicate ("forderte am Montag von der
    // Bundesregierung …" with "von der Bundesregierung" under "Montag").
    if (a.deprel === 'nmod' && inTime(ctx, a.head) && ctx.syntax[a.head]?.head === p && !ctx.nameToken[a.head]) return x;
    // "am Montag China" parsed as one name ("China" a name part of "Montag"), or a name hung as an apposition from a
    // date ("am Montag Joe Biden").
    if (first && (NAME_PARTS.has(a.deprel) || (a.deprel === 'appos' && inTime(ctx, a.head))) && !ctx.nameToken[a.head] &&
      ctx.syntax[a.head]?.head === p) return -2 - a.head;
    // A derived adjective ("türkische") counts only as the modifier of an actor noun ("Sicherheitskräfte").
    if (derived && first && !(a.deprel === 'amod' && isActorWord(ctx, a.head))) return -1;
    if (!PASS_THROUGH.has(a.deprel) && !(ACTOR_OF.has(a.deprel) && isActorWord(ctx, a.head))) return -1;
    if (a.deprel === 'nmod' && isPlaceOfActor(ctx, sentence, x, a.head)) return -1;
    first = false;
    x = a.head;
  }
  return -1;
}

/** "US troops in Syria", "russische Truppen in der Ukraine": the place where the actors are is not one of them. The
 * police of a place acts for it ("police in Essen": agents.ts). */
function isPlaceOfActor(ctx: DocContext, sentence: number, x: number, actor: number): boolean {
  const preposition = prepositionOf(ctx, sentence, x);
  return preposition !== undefined && ctx.lex.cues.locationPreps.has(preposition) && agentAt(ctx, actor) !== AGENT_OF_PLACE_IN;
}

function functionOf(ctx: DocContext, sentence: number, x: number, passive: boolean, nominal: boolean): { fn: GrammaticalFunction; preposition?: string } | undefined {
  const rel = ctx.syntax[x]?.deprel ?? '';
  if (nominal && rel === 'nmod') {
    const preposition = prepositionOf(ctx, sentence, x);
    if (preposition === undefined) return ctx.words.capitalisesNouns ? { fn: 'genitive' } : { fn: 'possessor' };
    if (ctx.lex.cues.genitivePrepositions.has(preposition)) return { fn: 'genitive', preposition };
    // "die Übernahme durch Edeka", "the takeover by Edeka": the doer.
    if (ctx.lex.cues.agent.has(preposition)) return { fn: 'agent' };
    return { fn: 'oblique', preposition };
  }
  if (SUBJECT.has(rel)) return { fn: passive ? 'passiveSubject' : 'subject' };
  if (rel === 'nsubj:pass') return { fn: passive ? 'passiveSubject' : 'subject' };
  if (OBJECT.has(rel)) return { fn: 'object' };
  if (POSSESSOR.has(rel)) return { fn: 'possessor' };
  const preposition = prepositionOf(ctx, sentence, x);
  // obl:agent in an active clause is a misread oblique ("forderte von der Bundesregierung").
  if (passive && (rel === 'obl:agent' || (preposition !== undefined && ctx.lex.cues.agent.has(preposition)))) return { fn: 'agent' };
  if (rel === 'obl:agent') return preposition !== undefined ? { fn: 'oblique', preposition } : undefined;
  // A name in an oblique without a preposition is a misread object ("traf am Montag Macron"): names are no adverbs.
  if (OBLIQUE.has(rel)) return preposition !== undefined ? { fn: 'oblique', preposition } : { fn: rel === 'nmod' ? 'possessor' : 'object' };
  return undefined;
}

/** Token `x` (a name's head, after name parts) is the "by"/"von" agent or the possessor of a noun that is the
 * object of `p`. */
function doerOfObject(ctx: DocContext, sentence: number, x: number, p: number): boolean {
  let a = ctx.syntax[x];
  let steps = 0;
  while (a && PASS_THROUGH.has(a.deprel) && a.head >= 0 && steps++ < MAX_PATH) {
    x = a.head;
    a = ctx.syntax[x];
  }
  if (!a || a.head < 0) return false;
  if (!POSSESSOR.has(a.deprel)) {
    if (a.deprel !== 'nmod') return false;
    const prep = prepositionOf(ctx, sentence, x);
    if (!(prep === undefined ? ctx.words.capitalisesNouns : ctx.lex.cues.agent.has(prep))) return false;
  }
  // The act may be named by a noun phrase ("the use of water cannon by …"): up through its nouns to the object.
  let noun = ctx.syntax[a.head];
  for (let hops = 0; noun && noun.deprel === 'nmod' && noun.head >= 0 && noun.head !== p && hops < 2; hops++) noun = ctx.syntax[noun.head];
  return noun !== undefined && noun.head === p && OBJECT.has(noun.deprel);
}

/** Names standing under `p` and their functions. */
function argumentsOf(ctx: DocContext, sentence: number, p: number, passive: boolean, places = false): SyntacticArgument[] {
  const out: SyntacticArgument[] = [];
  const conjoined: PlacedMention[] = [];
  for (const pm of ctx.mentionsBySentence[sentence] ?? []) {
    if (!actsAsNameOrAgent(ctx, pm, places)) continue;
    // A place (not a country) takes part only as what is attacked or taken ("annektierte die Krim").
    const placeOnly = !actsAsNameOrAgent(ctx, pm);
    // Every token of the name whose head lies outside it is tried: a parse may hang a name's parts apart
    // ("am Montag Emmanuel Macron" with "Emmanuel" under "Montag").
    // A part that leaves the name as a name part ("flat" under "Montag") is tried last.
    let root = -1;
    let detached = false;
    for (const nameLink of [false, true]) {
      for (let k = pm.headStart; k < pm.tokenEnd && root < 0 && !detached; k++) {
        const a = ctx.syntax[k];
        const h = a?.head ?? -1;
        if (k === p || (h >= pm.headStart && h < pm.tokenEnd)) continue;
        if (NAME_PARTS.has(a?.deprel ?? '') !== nameLink) continue;
        root = argumentRoot(ctx, sentence, k, p, pm.mention.derived === true);
        // Hung from a word that is no name (see argumentRoot): an object of the predicate.
        if (root <= -2) {
          const detachedFrom = -2 - root;
          root = -1;
          if (OBLIQUE.has(ctx.syntax[detachedFrom]?.deprel ?? '') || OBJECT.has(ctx.syntax[detachedFrom]?.deprel ?? '')) {
            if (!out.some((a) => a.entity === pm.entity!.id)) out.push({ placed: pm, entity: pm.entity!.id, fn: 'object' });
            detached = true;
          }
        }
      }
    }
    if (detached) continue;
    if (root < 0) {
      // "condemned the use of water cannon by the coast guard", "kritisierte die Vorgangsweise des Ministers": the
      // doer of the act an object names is what the act is directed at.
      if (!pm.mention.derived && doerOfObject(ctx, sentence, spanHead(ctx.syntax, pm.headStart, pm.tokenEnd), p)) {
        if (!out.some((a) => a.entity === pm.entity!.id)) out.push({ placed: pm, entity: pm.entity!.id, fn: 'object' });
      }
      continue;
    }
    const f = functionOf(ctx, sentence, root, passive, isNoun(ctx, p));
    if (!f) {
      if (ctx.syntax[root]?.deprel === 'conj') conjoined.push(pm);
      continue;
    }
    if (out.some((a) => a.entity === pm.entity!.id)) continue;
    if (placeOnly && f.fn !== 'object' && f.fn !== 'passiveSubject' && f.fn !== 'oblique') continue;
    const agent = agentOf(ctx, pm, isGenitiveOrPossessive(ctx, pm)) ?? organAgent(ctx, pm);
    out.push({ placed: pm, entity: pm.entity!.id, ...f, ...(agent ? { agent } : {}), root, ...(placeOnly ? { place: true } : {}) });
  }
  // "der Zusammenschluss der A und B" with B parsed as a conjunct of the noun, not of A: a name joined by "und"/","
  // right after an argument shares its function.
  for (const pm of conjoined) {
    let before: SyntacticArgument | undefined;
    for (const a of out) if (a.placed.tokenEnd <= pm.headStart && (!before || a.placed.tokenEnd > before.placed.tokenEnd)) before = a;
    if (!before || out.some((a) => a.entity === pm.entity!.id)) continue;
    let linked = false;
    let joined = true;
    for (let k = before.placed.tokenEnd; k < pm.headStart && joined; k++) {
      if (ctx.lex.cues.coordinators.has(ctx.lower[k]!)) linked = true;
      else if (!ctx.lex.cues.determiners.has(ctx.lower[k]!)) joined = false;
    }
    if (joined && linked) out.push({ ...before, placed: pm, entity: pm.entity!.id });
  }
  // Two subjects on both sides of the verb ("Das Ministerium kritisierte Russland", where case does not tell
  // Russland's role): the one before it is the subject, the one after it the object, as main clauses put the subject
  // first. Two before it are one misparsed phrase ("Britain's Competition … Authority").
  // In a verb-final clause both stand before the verb, with the finite verb between them ("Wir haben Deutschland
  // … gebeten").
  const subjects = childrenOf(ctx, sentence, p).filter((c) => SUBJECT.has(ctx.syntax[c]?.deprel ?? '') || ctx.syntax[c]?.deprel === 'nsubj:pass');
  if (subjects.length === 0) return nominativeObjectAsSubject(ctx, sentence, p, passive, out);
  if (subjects.length === 1) return subjectBeforeObject(ctx, sentence, p, subjects[0]!, passive, out);
  const first = subjects[0]!;
  const verbBetween = (r: number): boolean => {
    for (let k = first + 1; k < r; k++) if (ctx.syntax[k]?.upos === 'AUX' || ctx.syntax[k]?.upos === 'VERB') return true;
    return false;
  };
  return out.map((a) => (a.fn === 'subject' && a.root !== undefined && a.root > first && (a.root > p ? first < p : verbBetween(a.root)) ? { ...a, fn: 'object' } : a));
}

/** Subjects a predicate without one of its own borrows (see the file comment). */
function borrowedSubjects(ctx: DocContext, sentence: number, p: number, passive: boolean): SyntacticArgument[] {
  const a = ctx.syntax[p];
  if (!a || a.head < 0) return [];
  const q = a.head;
  const qPassive = isPassivePredicate(ctx, sentence, q);
  const asSubject = (list: SyntacticArgument[]): SyntacticArgument[] =>
    list.map((x) => ({ ...x, fn: passive ? 'passiveSubject' : 'subject' as GrammaticalFunction }));
  if (a.deprel === 'conj') {
    const own = subjectChild(ctx, sentence, q);
    const inherited = argumentsOf(ctx, sentence, q, qPassive).filter((x) => x.fn === 'subject' || x.fn === 'passiveSubject');
    if (own >= 0 || inherited.length > 0) return asSubject(inherited);
    return borrowedSubjects(ctx, sentence, q, passive);
  }
  if (a.deprel === 'xcomp') {
    const args = argumentsOf(ctx, sentence, q, qPassive);
    const objects = args.filter((x) => x.fn === 'object');
    return asSubject(objects.length > 0 ? objects : args.filter((x) => x.fn === 'subject'));
  }
  if (a.deprel === 'acl:relcl' || a.deprel === 'acl') {
    // The relative pronoun is the subject: the antecedent noun's names act.
    const rel = subjectChild(ctx, sentence, p);
    if (rel < 0 || !ctx.lex.cues.relatives.has(ctx.lower[rel]!)) return [];
    return antecedentNames(ctx, sentence, q, passive ? 'passiveSubject' : 'subject');
  }
  return [];
}

/** The names of the noun at `q` that a relative clause modifies (the noun itself, or names it passes through). */
function antecedentNames(ctx: DocContext, sentence: number, q: number, fn: GrammaticalFunction): SyntacticArgument[] {
  const out: SyntacticArgument[] = [];
  for (const pm of ctx.mentionsBySentence[sentence] ?? []) {
    if (!actsAsNameOrAgent(ctx, pm, fn === 'object')) continue;
    const h = spanHead(ctx.syntax, pm.headStart, pm.tokenEnd);
    if (h !== q && argumentRoot(ctx, sentence, h, q, pm.mention.derived === true) < 0) continue;
    if (h !== q && !PASS_THROUGH.has(ctx.syntax[h]?.deprel ?? '') && !ACTOR_OF.has(ctx.syntax[h]?.deprel ?? '')) continue;
    out.push({ placed: pm, entity: pm.entity!.id, fn });
  }
  return out;
}

/** "die Krim, die Russland 2014 annektierte", "Crimea, which Russia annexed": when the relative pronoun is the object
 * of a relative clause, the antecedent's names are its object. */
function relativeObjects(ctx: DocContext, sentence: number, p: number): SyntacticArgument[] {
  const a = ctx.syntax[p];
  if (!a || a.head < 0 || !(a.deprel === 'acl:relcl' || a.deprel === 'acl')) return [];
  const rel = childrenOf(ctx, sentence, p).find((c) => OBJECT.has(ctx.syntax[c]?.deprel ?? '') && ctx.lex.cues.relatives.has(ctx.lower[c]!));
  return rel === undefined ? [] : antecedentNames(ctx, sentence, a.head, 'object');
}

/** Named subjects of the clause an adverbial clause modifies, up through xcomp and conj (at most 3 steps). */
function matrixSubjects(ctx: DocContext, sentence: number, p: number): SyntacticArgument[] {
  let x = p;
  let sawAdverbial = false;
  for (let steps = 0; steps < 3; steps++) {
    const a = ctx.syntax[x];
    if (!a || a.head < 0 || !(a.deprel === 'advcl' || a.deprel === 'xcomp' || a.deprel === 'conj')) return [];
    if (a.deprel === 'advcl') sawAdverbial = true;
    x = a.head;
    const subjects = argumentsOf(ctx, sentence, x, isPassivePredicate(ctx, sentence, x)).filter((m) => m.fn === 'subject');
    if (subjects.length > 0) return sawAdverbial ? subjects : [];
    if (subjectChild(ctx, sentence, x) >= 0 && ctx.syntax[x]?.deprel !== 'xcomp') return [];
  }
  return [];
}

/** Slots in which a noun takes its verb's subject: objects, not adverbial phrases ("Im Kampf gegen den Terrorismus
 * wollen die EU-Innenminister …" does not make the ministers fighters). */
const LIGHT_VERB_SLOTS = new Set(['obj', 'obl:arg', 'nsubj:pass']);

/**
 * The names a trigger's parse makes its arguments; undefined when the sentence has no parse. `triggerAt(k)`: the
 * role scheme of another trigger at token k. A noun governed by a trigger verb does not take its subject
 * ("verurteilte den Angriff"), except as the object of a statement ("Russia announced the suspension of …").
 */
export function syntacticArguments(ctx: DocContext, trigger: TriggerMatch, triggerAt: (k: number) => RoleScheme | undefined): TriggerArguments | undefined {
  const s = trigger.sentence;
  if (!ctx.parsed(s)) return undefined;
  const p = predicateOf(ctx, trigger);
  const passive = isPassivePredicate(ctx, s, p);
  let args = argumentsOf(ctx, s, p, passive, placeTargets(ctx.lex, trigger.type));
  const subj = subjectChild(ctx, s, p);
  const relative = subj >= 0 && ctx.lex.cues.relatives.has(ctx.lower[subj]!) && (ctx.syntax[p]?.deprel ?? '').startsWith('acl');
  // "die Regierung, die Italien kritisiert hatte": the relative pronoun is the subject (German case often cannot
  // tell, and the subject reading is the common one), so a name the parse also made a subject is the object.
  if (relative) args = args.map((x) => (x.fn === 'subject' ? { ...x, fn: 'object' } : x));
  else if (subj >= 0) for (const o of relativeObjects(ctx, s, p)) if (!args.some((x) => x.entity === o.entity)) args.push(o);
  let hasSubject = subj >= 0 || args.some((x) => x.fn === 'possessor' || x.fn === 'agent' || (x.fn === 'genitive' && genitiveRole(ctx.lex, trigger.type) !== 'target'));
  const upos = ctx.syntax[subj]?.upos;
  let pronounSubject = subj >= 0 && upos === 'PRON' && !ctx.lex.cues.relatives.has(ctx.lower[subj]!);
  // "Clinton und ihre Verbündeten versuchen …, indem sie ihm vorwerfen": the pronoun subject of an adverbial clause
  // is the subject of the clause it modifies.
  if (pronounSubject && !ctx.lex.cues.speakerPronouns.has(ctx.lower[subj]!.replace(/['’].*$/u, ''))) {
    const matrix = matrixSubjects(ctx, s, p).filter((m) => !args.some((x) => x.entity === m.entity));
    if (matrix.length > 0) {
      args.push(...matrix.map((m) => ({ ...m, fn: passive ? 'passiveSubject' : 'subject' as GrammaticalFunction })));
      pronounSubject = false;
    }
  }
  if (!hasSubject || relative) {
    const verbal = ctx.syntax[p]?.upos === 'VERB' || ctx.syntax[p]?.upos === 'AUX';
    if (verbal) {
      const borrowed = borrowedSubjects(ctx, s, p, passive).filter((b) => !args.some((x) => x.entity === b.entity));
      if (borrowed.length > 0) hasSubject = true;
      args.push(...borrowed);
    } else {
      // A noun as object of a verb that is no trigger: "übte Kritik an X", "held talks with Y".
      const a = ctx.syntax[p];
      const v = a?.head ?? -1;
      const governing = v >= 0 ? triggerAt(v) : undefined;
      const slotOk = a !== undefined && (governing === undefined ? LIGHT_VERB_SLOTS.has(a.deprel) : governing === 'source' && a.deprel === 'obj');
      if (a && v >= 0 && slotOk &&
        (ctx.syntax[v]?.upos === 'VERB' || ctx.syntax[v]?.upos === 'AUX')) {
        const vPassive = isPassivePredicate(ctx, s, v);
        for (const x of argumentsOf(ctx, s, v, vPassive)) {
          if (args.some((y) => y.entity === x.entity)) continue;
          if (x.fn === 'subject' || x.fn === 'agent') {
            args.push({ ...x, fn: 'possessor' });
            hasSubject = true;
          } else if (x.fn === 'oblique') args.push(x);
        }
      }
    }
  }
  return { args, hasSubject, pronounSubject, passive };
}

/** Whether the verb at token `verb` has an object that names an actor ("traf am Montag in Berlin den französischen
 * Präsidenten Emmanuel Macron"): a name that can act, or an actor noun. False without a parse. */
export function objectNamesActor(ctx: DocContext, sentence: number, verb: number): boolean {
  if (!ctx.parsed(sentence)) return false;
  const objects = childrenOf(ctx, sentence, verb).filter((c) => OBJECT.has(ctx.syntax[c]?.deprel ?? ''));
  if (objects.length === 0) return false;
  if (objects.some((c) => isActorWord(ctx, c))) return true;
  return argumentsOf(ctx, sentence, verb, false).some((a) => a.fn === 'object');
}
