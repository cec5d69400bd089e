/**
 * Event trigger lexicons (models/events/{types,de,en}.json), compiled once per model folder and language into
 * lookup tables. The JSON files are hand-edited; see docs/events.md for their format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourceDir } from '../resources/locate.js';

export type RoleScheme = 'symmetric' | 'directed' | 'source';

export interface EventTypeInfo {
  readonly name: string;
  readonly cameo: string;
  /** Triggers of one family may report the same event and are merged by coreference. */
  readonly family: string;
  /** Within a family, the highest rank names the merged event. */
  readonly rank: number;
  readonly roles: RoleScheme;
  /** Whether topic enumerations ("darunter …", "including …") attach to events of this type. */
  readonly areas: boolean;
}

export interface TriggerEntry {
  readonly type: EventTypeInfo;
  readonly strength: number;
  /** Lower-cased tokens after the first one, for multi-word forms ("called on", "humanitäre hilfe"). */
  readonly rest: readonly string[];
  /** German nouns: the token must be capitalised. */
  readonly noun: boolean;
  /** One of these words must occur near the trigger in the same sentence (reflexive, separable particle). */
  readonly withWords: ReadonlySet<string> | undefined;
  /** Compound matches ending in one of these are not this trigger ("Vereinigung" is no "Einigung"). */
  readonly except: readonly string[];
  /** A person's name must follow within a few tokens ("traf Macron", not "traf eine Entscheidung"). */
  readonly withPerson: boolean;
  /** The form only counts right after a closing quote (and a comma): German "…“, so Saqib." */
  readonly afterQuote: boolean;
  /** The trigger does not match when the next word is one of these ("deal with"). */
  readonly unlessNext: ReadonlySet<string> | undefined;
}

/** Cue words per factuality value (lower-cased; multi-word cues as token sequences). */
export interface FactualityCues {
  /** "nicht", "kein", "not", "never": negate a trigger after them in its clause. */
  readonly negation: ReadonlySet<string>;
  /** German verb-second/verb-final order: "unterzeichnete den Vertrag nicht" negates after the trigger too. */
  readonly negationAfter: ReadonlySet<string>;
  /** "nicht nur", "not only": the negation word before these does not negate. */
  readonly negationExceptNext: ReadonlySet<string>;
  /** "ohne", "without": negate only right before the trigger ("ohne Einigung"); elsewhere they are manner. */
  readonly negationRightBefore: ReadonlySet<string>;
  /** "falls", "wenn", "if", "unless": the clause they open is a condition. */
  readonly conditional: ReadonlySet<string>;
  /** "könnte", "würde", "could", "might", "möglicherweise": the clause only supposes the event. */
  readonly hypothetical: ReadonlySet<string>;
  /** "Risiken bei Hackerangriffen", "risk of attacks": a noun trigger governed by one of these is hypothetical. */
  readonly hypotheticalNouns: ReadonlySet<string>;
  /** "will", "wollen", "soll", "plant", "next": announced for later. */
  readonly planned: ReadonlySet<string>;
  /** Hypothetical/planned cues that count after the trigger too (German modals of verb-final clauses, "next
   * week"); the others modify a later verb ("said Tehran must stop"). */
  readonly modalsAfter: ReadonlySet<string>;
  /** "warf … vor", "accused", "behauptete", "allegedly": an event after them in the sentence is their claim. */
  readonly claim: ReadonlySet<string>;
  /** "soll … angegriffen haben": a reportative modal with a perfect infinitive is a claim, not a plan. */
  readonly claimModals: ReadonlySet<string>;
  readonly perfectAux: ReadonlySet<string>;
  /** Event types whose verb makes a noun trigger in its clause negated ("lehnt Verhandlungen ab"), hypothetical
   * ("forderte Sanktionen", "drohte mit Angriffen") or planned. */
  readonly negatingTypes: ReadonlySet<string>;
  readonly hypotheticalTypes: ReadonlySet<string>;
  readonly plannedTypes: ReadonlySet<string>;
}

export interface Cues {
  readonly locative: ReadonlySet<string>;
  readonly target: ReadonlySet<string>;
  readonly agent: ReadonlySet<string>;
  readonly comitative: ReadonlySet<string>;
  readonly topic: ReadonlySet<string>;
  readonly reporting: ReadonlySet<string>;
  readonly reportingAfter: ReadonlySet<string>;
  readonly subordinators: ReadonlySet<string>;
  readonly relatives: ReadonlySet<string>;
  readonly passiveAux: ReadonlySet<string>;
  /** Finite auxiliaries and modals before a clause-final participle or infinitive ("hat … getroffen"). */
  readonly finiteAuxiliaries: ReadonlySet<string>;
  readonly coordinators: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly actorNouns: ReadonlySet<string>;
  /** Actor nouns of ≥ 6 letters that also end German compounds ("Agrarminister", "Landesregierung"). */
  readonly actorHeads: readonly string[];
  /** State organs and agents by the CAMEO/Phoenix agent code they stand for ("army" → MIL, "Polizei" → COP):
   * word lists per first word, each entry the words of one noun phrase (agents.ts). */
  readonly agents: ReadonlyMap<string, readonly AgentNoun[]>;
  /** Single-word agent nouns of ≥ 6 letters that also end German compounds ("Landesregierung" → GOV). */
  readonly agentHeads: readonly AgentNoun[];
  /** Plural nouns for a group of actors named before ("die drei Länder", "the member states"). */
  readonly groupNouns: ReadonlySet<string>;
  /** Group nouns for countries ("die Länder", "the countries"): they stand for the countries of the participants. */
  readonly countryGroupNouns: ReadonlySet<string>;
  /** Plural subject pronouns ("sie" with a plural verb, "they"): the last group named. */
  readonly pluralPronouns: ReadonlySet<string>;
  /** "ein Sprecher", "his spokesperson": a speaker who speaks for the actor named just before. */
  readonly spokespersonNouns: ReadonlySet<string>;
  /** Nouns that describe a company ("das Unternehmen", "the firm"; German compounds by their head). */
  readonly orgDescriptions: readonly string[];
  /** Documents whose issuer speaks ("in einer Mitteilung des X", "in a statement of X"). */
  readonly statementNouns: ReadonlySet<string>;
  /** Third-person singular subject pronouns ("er", "sie", "he", "she"). */
  readonly subjectPronouns: ReadonlySet<string>;
  /** First-person subject pronouns ("wir", "we"): inside a quote they are its speaker. */
  readonly speakerPronouns: ReadonlySet<string>;
  /** Third-person singular object pronouns ("ihn", "ihm", "him", "her"): a person named before. */
  readonly objectPronouns: ReadonlySet<string>;
  /** Separable verb particles that are also prepositions or articles ("auf", "an", "ein"): as a trigger's
   * companion they count only where the parse does not read them as a preposition or article (triggers.ts). */
  readonly separableParticles: ReadonlySet<string>;
  /** "dort", "there": the place named just before (setting.ts). */
  readonly placeAnaphors: ReadonlySet<string>;
  /** Prepositions of a noun's genitive-like phrase ("die Übernahme von Tengelmann", "the takeover of X"). */
  readonly genitivePrepositions: ReadonlySet<string>;
  /** Lemmas of the perfect auxiliary, which makes a clause active whatever the parse calls its subject. */
  readonly perfectAuxLemmas: ReadonlySet<string>;
  /** Prepositions that make a name the actor an actor noun stands for ("the leaders of Fiji", "the government of
   * France"); elsewhere they mark a topic. */
  readonly actorOf: ReadonlySet<string>;
  /** Lower-case role nouns that end a role phrase between an organisation and a person ("EU foreign policy chief X"). */
  readonly roleNouns: ReadonlySet<string>;
  /** Prepositions right after a demand that mark its addressee ("verlangte von X", "demanded of X"). */
  readonly afterTriggerAddressee: ReadonlySet<string>;
  readonly areaNouns: ReadonlySet<string>;
  /** Multi-word markers are stored as token sequences. */
  readonly areaMarkers: readonly (readonly string[])[];
  readonly areaMarkersAfterNoun: ReadonlySet<string>;
  readonly listStops: ReadonlySet<string>;
  readonly listSeparators: ReadonlySet<string>;
  readonly listArticles: ReadonlySet<string>;
  /** Prepositions that mark the target right after a directed trigger ("Angriff auf", "attack on"). */
  readonly afterTriggerTarget: ReadonlySet<string>;
  /** Prepositions that make the noun trigger after them its clause's background ("Wegen der Vorwürfe ermittelt …"). */
  readonly backgroundPrepositions: ReadonlySet<string>;
  /** Prepositions that introduce the place of an event ("in Paris", "at Camp David"); narrower than locative. */
  readonly locationPreps: ReadonlySet<string>;
  /** Words that make a clause hypothetical or future ("könnte", "will", "could"): such reports do not name an
   * event's type, place or date when a factual report of it exists. */
  readonly modals: ReadonlySet<string>;
  /** "das Abkommen", "the pact": a definite noun trigger refers back to an event named before. */
  readonly definiteArticles: ReadonlySet<string>;
  /** "die beiden", "the two", "both": a subject that refers to the two participants named last. */
  readonly dualAnaphors: readonly (readonly string[])[];
  /** Cue words of each factuality value (cues.factuality in the JSON; src/events/factuality.ts). */
  readonly factuality: FactualityCues;
  /** Every preposition/conjunction/auxiliary cue above: words that are never adjectives. */
  readonly functionWords: ReadonlySet<string>;
}

export interface EventLexicon {
  readonly language: 'de' | 'en';
  /** The event types of the lexicon's model folder, keyed by name. */
  readonly types: ReadonlyMap<string, EventTypeInfo>;
  /** Exact lower-cased first token → entries. */
  readonly byForm: ReadonlyMap<string, readonly TriggerEntry[]>;
  /** Compound heads (German): suffix → entries; suffixLengths lists the distinct lengths, longest first. */
  readonly bySuffix: ReadonlyMap<string, readonly TriggerEntry[]>;
  readonly suffixLengths: readonly number[];
  readonly cues: Cues;
  /** Per event type name or family (and "default"): the prepositions that mark the target of a directed type in
   * the parse ("Kritik an X", "attack on X"); "frames" in the JSON (arguments.ts). */
  readonly frames: ReadonlyMap<string, Frame>;
}

export interface Frame {
  /** Prepositions that mark the target. */
  readonly target: ReadonlySet<string>;
  /** The role of a noun trigger's genitive ("Übernahme der X": target; default source: "Kritik der Opposition"). */
  readonly genitive: 'source' | 'target';
  /** Places that are no countries can be targets ("annektierte die Krim", "attacked Aleppo"). */
  readonly places: boolean;
}

function frameOf(lex: EventLexicon, type: EventTypeInfo): Frame | undefined {
  return lex.frames.get(type.name) ?? lex.frames.get(type.family) ?? lex.frames.get('default');
}

/** The prepositions that mark a directed type's target: its own frame, else its family's, else the default. */
export function targetPrepositions(lex: EventLexicon, type: EventTypeInfo): ReadonlySet<string> {
  return frameOf(lex, type)?.target ?? new Set();
}

/** Whether a place that is no country can be the type's target, by the same frame lookup. */
export function placeTargets(lex: EventLexicon, type: EventTypeInfo): boolean {
  return frameOf(lex, type)?.places ?? false;
}

/** The role of a noun trigger's genitive, by the same frame lookup. */
export function genitiveRole(lex: EventLexicon, type: EventTypeInfo): 'source' | 'target' {
  return frameOf(lex, type)?.genitive ?? 'source';
}

/** A trigger entry as written in models/events/<lang>.json. */
export interface RawTrigger {
  type: string;
  strength: number;
  forms: string[];
  noun?: boolean;
  compound?: boolean;
  with?: string[];
  except?: string[];
  withPerson?: boolean;
  afterQuote?: boolean;
  unlessNext?: string[];
  /** Set on entries written by scripts/build-event-triggers.ts ("cameo-2.0"); ignored when compiling. */
  derived?: string;
}

interface RawLexicon {
  language: 'de' | 'en';
  triggers: RawTrigger[];
  cues: Record<string, string[]>;
  frames?: Record<string, { target: string[]; genitive?: 'source' | 'target'; places?: boolean }>;
}

interface RawTypes {
  types: Record<string, { cameo: string; family: string; rank: number; roles: RoleScheme; areas: boolean }>;
}

function readJson<T>(folder: string, name: string): T {
  return JSON.parse(readFileSync(join(folder, name), 'utf8')) as T;
}

/** Per model folder: its event types and the lexicons compiled so far. */
interface Loaded {
  readonly types: ReadonlyMap<string, EventTypeInfo>;
  readonly lexicons: Map<string, EventLexicon>;
}

const loaded = new Map<string, Loaded>();

function folderOf(modelDir: string | undefined): Loaded {
  const folder = resourceDir('events', modelDir);
  let entry = loaded.get(folder);
  if (!entry) {
    const types = new Map<string, EventTypeInfo>();
    const raw = readJson<RawTypes>(folder, 'types.json');
    for (const [name, t] of Object.entries(raw.types)) types.set(name, { name, ...t });
    entry = { types, lexicons: new Map() };
    loaded.set(folder, entry);
  }
  return entry;
}

/** All readable event types, keyed by name (`modelDir`: the pipeline's model folder; default: the package's). */
export function eventTypes(modelDir?: string): ReadonlyMap<string, EventTypeInfo> {
  return folderOf(modelDir).types;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Splits a form into tokens the way the tokeniser does for these words (space-separated; "u.a." stays whole). */
function formTokens(form: string): string[] {
  return form.toLowerCase().split(/\s+/).filter(Boolean);
}

/** One agent noun phrase ("security forces": ["security", "forces"]) with its agent code. */
export interface AgentNoun {
  readonly words: readonly string[];
  readonly code: string;
}

function compileAgents(raw: Record<string, string[]>): { agents: Map<string, AgentNoun[]>; agentHeads: AgentNoun[] } {
  const agents = new Map<string, AgentNoun[]>();
  const agentHeads: AgentNoun[] = [];
  for (const code of Object.keys(raw).sort()) {
    for (const form of raw[code] ?? []) {
      const words = formTokens(form);
      if (words.length === 0) continue;
      const noun = { words, code };
      push(agents, words[0]!, noun);
      if (words.length === 1 && words[0]!.length >= 6) agentHeads.push(noun);
    }
  }
  // Longest phrase first ("security forces" before "security"); longest compound head first.
  for (const list of agents.values()) list.sort((a, b) => b.words.length - a.words.length);
  agentHeads.sort((a, b) => b.words[0]!.length - a.words[0]!.length);
  return { agents, agentHeads };
}

export function compileLexicon(raw: RawLexicon, types: ReadonlyMap<string, EventTypeInfo> = eventTypes()): EventLexicon {
  const byForm = new Map<string, TriggerEntry[]>();
  const bySuffix = new Map<string, TriggerEntry[]>();
  for (const t of raw.triggers) {
    const type = types.get(t.type);
    if (!type) throw new Error(`event lexicon ${raw.language}: unknown event type '${t.type}'`);
    const withWords = t.with ? new Set(t.with.map((w) => w.toLowerCase())) : undefined;
    for (const form of t.forms) {
      const [first, ...rest] = formTokens(form);
      if (!first) continue;
      const entry: TriggerEntry = {
        type, strength: t.strength, rest, noun: t.noun === true, withWords, except: (t.except ?? []).map((w) => w.toLowerCase()),
        withPerson: t.withPerson === true,
        afterQuote: t.afterQuote === true,
        unlessNext: t.unlessNext ? new Set(t.unlessNext.map((w) => w.toLowerCase())) : undefined,
      };
      push(byForm, first, entry);
      if (t.compound && rest.length === 0) push(bySuffix, first, entry);
    }
  }
  const set = (k: string): Set<string> => new Set((raw.cues[k] ?? []).map((w) => w.toLowerCase()));
  const functionWords = new Set<string>();
  for (const k of ['locative', 'target', 'agent', 'comitative', 'topic', 'reporting', 'reportingAfter', 'subordinators', 'relatives', 'passiveAux', 'coordinators', 'determiners', 'definiteArticles', 'listStops', 'modals']) {
    for (const w of raw.cues[k] ?? []) functionWords.add(w.toLowerCase());
  }
  // The one cue that is an object of lists rather than a list.
  const rawFactuality = (raw.cues as unknown as { factuality?: Record<string, string[]> }).factuality ?? {};
  const fset = (k: string): Set<string> => new Set((rawFactuality[k] ?? []).map((w) => w.toLowerCase()));
  const rawAgents = (raw.cues as unknown as { agents?: Record<string, string[]> }).agents ?? {};
  const cues: Cues = {
    ...compileAgents(rawAgents),
    locative: set('locative'),
    target: set('target'),
    agent: set('agent'),
    comitative: set('comitative'),
    topic: set('topic'),
    reporting: set('reporting'),
    reportingAfter: set('reportingAfter'),
    subordinators: set('subordinators'),
    relatives: set('relatives'),
    passiveAux: set('passiveAux'),
    finiteAuxiliaries: set('finiteAuxiliaries'),
    coordinators: set('coordinators'),
    determiners: set('determiners'),
    actorNouns: set('actorNouns'),
    actorHeads: [...set('actorNouns')].filter((w) => w.length >= 6),
    groupNouns: set('groupNouns'),
    countryGroupNouns: set('countryGroupNouns'),
    pluralPronouns: set('pluralPronouns'),
    subjectPronouns: set('subjectPronouns'),
    speakerPronouns: set('speakerPronouns'),
    objectPronouns: set('objectPronouns'),
    separableParticles: set('separableParticles'),
    placeAnaphors: set('placeAnaphors'),
    genitivePrepositions: set('genitivePrepositions'),
    perfectAuxLemmas: set('perfectAuxLemmas'),
    statementNouns: set('statementNouns'),
    orgDescriptions: [...set('orgDescriptions')],
    spokespersonNouns: set('spokespersonNouns'),
    afterTriggerAddressee: set('afterTriggerAddressee'),
    actorOf: set('actorOf'),
    roleNouns: set('roleNouns'),
    areaNouns: set('areaNouns'),
    areaMarkers: (raw.cues.areaMarkers ?? []).map(formTokens),
    areaMarkersAfterNoun: set('areaMarkersAfterNoun'),
    listStops: set('listStops'),
    listSeparators: set('listSeparators'),
    listArticles: set('listArticles'),
    afterTriggerTarget: set('afterTriggerTarget'),
    backgroundPrepositions: set('backgroundPrepositions'),
    modals: set('modals'),
    definiteArticles: set('definiteArticles'),
    dualAnaphors: (raw.cues.dualAnaphors ?? []).map(formTokens),
    locationPreps: set('locationPreps'),
    factuality: {
      negation: fset('negation'), negationAfter: fset('negationAfter'), negationExceptNext: fset('negationExceptNext'), negationRightBefore: fset('negationRightBefore'),
      conditional: fset('conditional'), hypothetical: fset('hypothetical'), hypotheticalNouns: fset('hypotheticalNouns'),
      planned: fset('planned'), modalsAfter: fset('modalsAfter'), claim: fset('claim'), claimModals: fset('claimModals'),
      perfectAux: fset('perfectAux'), negatingTypes: fset('negatingTypes'), hypotheticalTypes: fset('hypotheticalTypes'),
      plannedTypes: fset('plannedTypes'),
    },
    functionWords,
  };
  const suffixLengths = [...new Set([...bySuffix.keys()].map((k) => k.length))].sort((a, b) => b - a);
  const frames = new Map<string, Frame>();
  for (const [key, frame] of Object.entries(raw.frames ?? {})) {
    if (key !== 'default' && !types.has(key) && ![...types.values()].some((t) => t.family === key)) {
      throw new Error(`event lexicon ${raw.language}: frame for unknown type or family '${key}'`);
    }
    frames.set(key, {
      target: new Set(frame.target.map((w) => w.toLowerCase())), genitive: frame.genitive === 'target' ? 'target' : 'source', places: frame.places === true,
    });
  }
  return { language: raw.language, types, byForm, bySuffix, suffixLengths, cues, frames };
}

/** The compiled lexicon models/events/<name>.json, 'de' or 'en' (loaded on first use, then cached per folder). */
export function eventLexicon(name: string, modelDir?: string): EventLexicon {
  const folder = folderOf(modelDir);
  let lex = folder.lexicons.get(name);
  if (!lex) {
    lex = compileLexicon(readJson<RawLexicon>(resourceDir('events', modelDir), `${name}.json`), folder.types);
    folder.lexicons.set(name, lex);
  }
  return lex;
}
