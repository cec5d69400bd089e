/**
 * The working representation that stages fill in, layer by layer. Offsets are UTF-16 code units into `text`
 * (JavaScript string indices); conversion to code points happens only when the Document is emitted.
 * A layer a stage provided is not rewritten by a later stage, only read (mentions are the one exception:
 * the clustering stage annotates each mention with its entity id).
 */
import type { Diagnostic, Entity, EntityTypeT, Event, Language, Section, Sentence, Value } from '../schema/document.js';
import type { LanguageProfile } from './language-profile.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Index into WorkingDoc.sentences. */
  sentence: number;
}

/** Where a mention came from: gazetteer lookup, a hand-written rule, the statistical tagger, or compromise (English). */
export type MentionSource = 'gazetteer' | 'rule' | 'model' | 'compromise' | 'cluster';

/** One entity mention before clustering. */
export interface RawMention {
  start: number;
  end: number;
  text: string;
  type: EntityTypeT;
  subtype?: string;
  /** Language-independent key when known ('iso:KR', 'org:NATO', 'media:yonhap', 'geo:vilnius'). */
  key?: string;
  /** Base form of a known entity ("Litauen" for "Litauens", "Südkorea" for "südkoreanische"). */
  canonical?: string;
  /** True when the mention is a derived adjective ("südkoreanische") rather than a name: it links to an entity
   * (e.g. as an affiliation) but does not count as a mention of it. */
  derived?: boolean;
  /** Token index range [tokenStart, tokenEnd) when known. */
  tokenStart?: number;
  tokenEnd?: number;
  source: MentionSource;
  confidence: number;
  sentence: number;
  /** Set by clustering: the id of the entity this mention belongs to. */
  entity?: string;
  /** Set by the rules: a role/title word before a person ("Präsident", "NATO-Generalsekretär"). */
  title?: { start: number; end: number; text: string; affiliationKey?: string; affiliationText?: string };
}

/** A date an event may take as its time. The values stage reads them once; each has the span and text of a DATE
 * in `values` (and its value, unless that is an interval: an event time names one day, month or year). */
export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  value?: string;
}

/** One token's syntactic analysis (the syntax stage). A token that is two syntactic words ("zum" = "zu" + "dem",
 * "don't" = "do" + "n't") is described by the word nearer the root of the tree (the first on a tie); see
 * src/syntax/stage.ts for the rule. */
export interface TokenSyntax {
  /** Universal POS tag (UD). */
  upos: string;
  /** Dictionary form; German verbs with a separated particle take it in ("legte … ein" → einlegen). */
  lemma: string;
  /** UD features restricted to Case, Gender, Number, Person, VerbForm, Voice ("Case=Nom|Number=Sing"); `_` when none. */
  feats: string;
  /** Index into WorkingDoc.tokens of the head token, -1 for the root of its sentence. */
  head: number;
  /** UD relation to the head (`root` for the root). */
  deprel: string;
}

export interface WorkingDoc {
  readonly text: string;
  readonly id?: string;
  /** ISO date (YYYY-MM-DD) the text was published: resolves relative dates ("gestern", "am Dienstag"). */
  readonly referenceDate?: string;
  language?: Language;
  /** Set by the language stage together with `language`: the word lists and tests of the pipeline that serves it. */
  profile?: LanguageProfile;
  sections?: Section[];
  sentences?: Sentence[];
  tokens?: Token[];
  mentions?: RawMention[];
  entities?: Entity[];
  events?: Event[];
  values?: Value[];
  /** Set by the values stage with `values`: the dates events take their times from, in text order. */
  times?: TimeExpression[];
  /** Set by the syntax stage: per token of `tokens` (same index) its analysis; undefined for the tokens of a language
   * without a syntax model. */
  syntax?: (TokenSyntax | undefined)[];
  diagnostics: Diagnostic[];
}

export type Layer = 'language' | 'sections' | 'sentences' | 'tokens' | 'syntax' | 'mentions' | 'entities' | 'events' | 'values';

/** A pipeline stage: declares the layers it needs and those it provides; run() fills them in. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly provides: readonly Layer[];
  run(doc: WorkingDoc): void;
}
