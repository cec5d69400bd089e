/**
 * The language seam: everything a stage needs to know about a language comes from one LanguageProfile,
 * chosen once by the language stage and carried on the document (WorkingDoc.profile). Stages read the
 * profile's fields; they never compare language codes. The profiles themselves live in src/lang/{de,en}/.
 */

/** Which language's finders run: 'de', 'en', or 'none' (language-independent gazetteers only, no events). */
export type PipelineCode = 'de' | 'en' | 'none';

/** Abbreviations that end in a full stop, written without the dot, case-sensitive. */
export interface AbbreviationSet {
  /** Never end a sentence: "Dr. Müller", "ca. 300", "Mio. Euro". */
  readonly always: ReadonlySet<string>;
  /** End a sentence when the next word starts with a capital letter: "… und Lehrer usw. Die Schule …". */
  readonly canEnd: ReadonlySet<string>;
  /** Abbreviations only before a number ("No. 5", "Art. 3", "Abs. 2"); elsewhere ordinary words. */
  readonly beforeNumber: ReadonlySet<string>;
}

/** What the sentence splitter and tokeniser need. */
export interface SegmentProfile {
  readonly abbreviations: AbbreviationSet;
  /** "11. Juli", "der 3. Platz": a number with a dot can be an ordinal, not a sentence end (German style). */
  readonly dottedOrdinals: boolean;
  /** Month names after which "11." is a date ordinal. */
  readonly ordinalMonths: ReadonlySet<string>;
  /** Words before an ordinal number ("am 11. Juli", "im 19. Jahrhundert"). */
  readonly ordinalContext: ReadonlySet<string>;
}

/** Which of the compiled gazetteer's name tables a language reads: German, English, or 'other' (shared and English names). */
export type GazetteerTable = 'de' | 'en' | 'other';

/** What the gazetteer matcher needs: its name table, the canonical name, how names inflect, the cues around ambiguous names. */
export interface GazetteerWords {
  readonly table: GazetteerTable;
  /** Which canonical name an entry gets, in order of preference. */
  readonly canonicalOrder: readonly ['de', 'en'] | readonly ['en', 'de'];
  /** Names take case endings ("Litauens", "in den Niederlanden"), so any word may be an inflected name; otherwise
   * only an English possessive ("Germany's") is taken off. */
  readonly caseEndings: boolean;
  /** Country adjectives are inflected words found from the gazetteer's adjective stems ("südkoreanischen",
   * "deutsch-französische"); otherwise demonyms are phrases of the English name table ("South Korean"). */
  readonly inflectedCountryAdjectives: boolean;
  /** Words before an ambiguous place name that make it the place ("in Essen", "from Reading"). */
  readonly placeCues: ReadonlySet<string>;
  /** Words before an ambiguous river, lake or sea name that make it the water ("am Main", "the Severn"). */
  readonly riverCues: ReadonlySet<string>;
  /** Time nouns that are also place names ("bis Mitte nächsten Jahres"): alone they are never the place. */
  readonly timeNouns: ReadonlySet<string>;
  /** "in Essen und Trinken": this conjunction and a lower-case word after an ambiguous place make it a common noun. */
  readonly nounPairConjunction?: string;
}

/** How the entity stage uses a statistical tagger (a model folder under models/). */
export interface TaggerUse {
  /** The model folder under models/. */
  readonly model: 'de' | 'en';
  /** Without the model folder the tagger is skipped; otherwise a missing model is an error. */
  readonly optional: boolean;
  /** Spans below this confidence are dropped. */
  readonly minConfidence?: number;
  /** Span types the model marks that other finders read better (CoNLL's MISC is mostly nationalities). */
  readonly dropTypes: ReadonlySet<string>;
  /** A first name (gazetteer list) before lower-case particles takes the rest of the name in ("[Ursula] von der Leyen"). */
  readonly particlesAfterFirstName: boolean;
  /** A one-word person between a capitalised dictionary noun and a small number is a thing ("Kernreaktoren Doel 4"). */
  readonly dropsDesignations: boolean;
  /** Capitalised only because they open a sentence: never the first word of a tagger name ("Laut Bauer …"). */
  readonly sentenceOpeners: ReadonlySet<string>;
}

/** Which entity finders run besides the gazetteer, which every language gets. */
export interface EntityFinders {
  /** Title, role and organisation rules, and wire datelines ("BERLIN (dpa) –"). */
  readonly rules: boolean;
  /** Rule persons lose a trailing word the tagger's dictionary knows as a common noun ("… von Scheffel zu Gast"):
   * nouns are capitalised like names. */
  readonly trimTrailingNouns: boolean;
  readonly tagger?: TaggerUse;
  /** compromise's English reading, with our span fixes (src/entities/english/). */
  readonly compromise: boolean;
}

export interface LanguageProfile {
  /** The pipeline this profile serves. */
  readonly pipeline: PipelineCode;
  readonly segment: SegmentProfile;
  readonly gazetteer: GazetteerWords;
  readonly entityFinders: EntityFinders;
}
