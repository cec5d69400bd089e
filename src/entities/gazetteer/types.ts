/** The compiled gazetteer's file formats (models/gazetteer/, written by scripts/build-resources.ts) and the matcher's face. */
import type { RawMention, Token } from '../../doc/types.js';
import type { LanguageProfile } from '../../doc/language-profile.js';
import type { EntityTypeT } from '../../schema/document.js';

/** One compiled gazetteer entry (the JSON format of models/gazetteer/*.json). */
export interface GazetteerEntry {
  /** Language-independent key: 'iso:KR', 'geo:593116', 'org:NATO', 'media:yonhap', 'region:DE-BY'. */
  key: string;
  type: EntityTypeT;
  subtype: string;
  canonical: { de?: string; en?: string };
  /** Surface forms per language; 'any' forms match in every language. */
  names: { de?: string[]; en?: string[]; any?: string[] };
  /** Surface forms that are also common words or person names: matched only with supporting context. */
  amb?: string[];
  /** Country adjective stems (German, uninflected) and English demonyms. */
  adj?: { de?: string[]; en?: string[] };
  cc?: string;
  population?: number;
  /** For capitals: the country key. */
  capitalOf?: string;
  /** 'phoenix' for organisations taken from the Phoenix dictionary without a hand-written entry. */
  origin?: string;
}

/** world-countries data (ODbL), kept in its own file. */
export interface CountryExtras {
  demonymsEn?: string[];
  capitals?: string[];
}

export interface OrgCue {
  lang: string;
  /**
   * suffix: legal form after a name ("AG"); head: noun heading a name ("Ministerium", "Ministry");
   * compound: German compound head ("…ministerium"); seat: German compound head of an authority named by its
   * seat ("Landgericht Berlin"); tail: last word that makes a company name ("Health", "Payments");
   * descriptor: noun describing an organisation before its name ("Zahlungsdienstleister", "firm"; lowercase German
   * entries are compound tails, capitalised ones whole words); generic: a descriptor too common to name on its own
   * ("Unternehmen").
   */
  kind: 'suffix' | 'head' | 'compound' | 'seat' | 'tail' | 'descriptor' | 'generic';
  word: string;
  subtype: string;
}

export interface Lexicon {
  titles: { de: string[]; en: string[] };
  /** Heads of German compound titles ("minister" in "Außenministerin"). */
  titleHeads: { de: string[] };
  firstNames: string[];
  orgCues: OrgCue[];
}

export interface GazetteerManifest {
  name: string;
  version: string;
  files: Record<string, { sha256: string; bytes: number; entries: number; sources: string[]; licence: string }>;
}

/** Institutions several countries name alike ("Nationalrat": AT, CH), see shared-institutions.ts. */
export interface SharedInstitutions {
  /** key → bare name, for the entries of a name that at least two countries share */
  bareOf: Map<string, string>;
  /** bare name → country code → entry */
  byBare: Map<string, Map<string, GazetteerEntry>>;
}

/** The language a lookup is for: the document's profile, or a language code (read with profileFor). */
export type GazetteerLanguage = LanguageProfile | string;

export interface GazetteerMatcher {
  readonly version: string;
  readonly entryCount: number;
  /** Gazetteer mentions over the tokens (names, compounds, inflected forms and derived adjectives). */
  find(text: string, tokens: Token[], lang: GazetteerLanguage): RawMention[];
  /** The entry for a key ('iso:KR'). */
  get(key: string): GazetteerEntry | undefined;
  /** The entry a whole surface form names in a language (exact, then an inflected form), or undefined. */
  lookup(surface: string, lang: GazetteerLanguage): GazetteerEntry | undefined;
  /** The country a country adjective or demonym token points to ("südkoreanische" → KR). */
  countryOfAdjective(word: string, lang: GazetteerLanguage): GazetteerEntry | undefined;
  /** Canonical name of an entry in a language (the profile's order of preference, then the key). */
  canonical(entry: GazetteerEntry, lang: GazetteerLanguage): string;
  readonly lexicon: Lexicon;
  readonly firstNames: ReadonlySet<string>;
  /** German surname list (GermaNER): serves the rules as evidence, never produces mentions by itself. */
  readonly surnames: ReadonlySet<string>;
  /** Institutions several countries name alike ("Nationalrat": AT, CH). */
  readonly sharedInstitutions: SharedInstitutions;
}
