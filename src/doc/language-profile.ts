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

/** Number words, for counts written out ("elf Bereiche", "twenty-one areas"). */
export interface NumberWords {
  /** Separator of thousands in digit groups: "1.000" (German), "1,000" (English). */
  readonly groupSeparator: string;
  readonly units: Readonly<Record<string, number>>;
  readonly tens: Readonly<Record<string, number>>;
  /** Scale words: "hundert", "tausend"; "hundred", "thousand", "dozen". */
  readonly scales: Readonly<Record<string, number>>;
  /** Words that alone are no count although they read as one ("ein Abkommen"). */
  readonly notCounts: ReadonlySet<string>;
  /** Number words are one word, units before tens joined by this word and scales inside ("einundzwanzig",
   * "zweihundertdrei"); without it tens and units are hyphenated ("twenty-one") and scales stand alone. */
  readonly joinedWith?: string;
}

/** What the values stage (dates, times, numbers, amounts) needs. */
export interface ValueProfile {
  /** The reader in src/values/ that knows this language's month and weekday names and date formats. */
  readonly dateReader: 'german' | 'english';
  /** wink-nlp's English model also reads times, durations, numbers and amounts (and dates our reader leaves). */
  readonly winkEnglish: boolean;
  readonly numbers: NumberWords;
}

/** What the event stage needs besides its lexicon's cue words: which lexicon, word-order and spelling
 * behaviour, and the few word lists its rules name. */
export interface EventWords {
  /** The trigger lexicon and cue words: models/events/<lexicon>.json. */
  readonly lexicon: string;
  /** Nouns are capitalised (German): a capitalised word inside a sentence is a noun, so noun triggers, group nouns,
   * descriptions and role phrases are known by their capital. Without it descriptions and role phrases before a
   * name are lower-case words ("the supermarket chain Coles", "EU foreign policy chief X") and a noun trigger is
   * known by a word before it (`nounCues`). */
  readonly capitalisesNouns: boolean;
  /** Nouns compound: "Agrarministerinnen", "Themenbereichen", "Energieversorgers" are known by their head. */
  readonly compoundNouns: boolean;
  /** Inflected adjectives between an article and its noun ("die neue Vereinbarung"); undefined: none by form. */
  readonly adjectiveForm?: RegExp;
  /** The ending of such an adjective in a list item ("erneuerbare Energien"). */
  readonly adjectiveEnding?: RegExp;
  /** A bare -s marks a genitive name ("Nordkoreas Atomprogramm"). */
  readonly genitiveWithoutApostrophe: boolean;
  /** Past participles, for the passive ("wurde festgenommen", "was arrested"). */
  readonly participle: RegExp;
  /** Verbs of this form are plural, so an ambiguous pronoun before them is plural ("sie forderten" = they);
   * undefined: the verb does not tell. */
  readonly pluralVerb?: RegExp;
  /** Verb-second order: a subject may follow its verb ("teilte die Gewerkschaft mit", "einigten sich die Staaten",
   * "sagte sie") and a pronoun may stand apart from it ("sie hat … verlangt"). */
  readonly verbSecond: boolean;
  /** Subject pronouns also refer to organisations ("Die Regierung … Sie forderte"). */
  readonly pronounsForOrganisations: boolean;
  /** Subordinators that open a clause without a comma before them ("said that …"). */
  readonly bareSubordinators: ReadonlySet<string>;
  /** Words that open a clause continuing the one before ("und", "and"). */
  readonly clauseCoordinators: ReadonlySet<string>;
  /** Auxiliaries and adverbs that may stand between a subject pronoun or description and its verb. */
  readonly lightWords: ReadonlySet<string>;
  /** Plural nouns for people after a dual ("die beiden Minister", "the two leaders"). */
  readonly personPlurals: RegExp;
  /** Prepositions that mark the goal of a visit right after it ("Reise nach Kiew", "visit to Hanoi"). */
  readonly visitGoalPreps: ReadonlySet<string>;
  /** Articles and prepositions inside a role phrase before an organisation ("Vorständin der X", "head of the X"). */
  readonly appositionLinks: ReadonlySet<string>;
  /** Reflexive pronouns that belong to a trigger's span ("einigten sich"). */
  readonly reflexives: ReadonlySet<string>;
  /** Words before a trigger that make it a noun ("the attack"), where capitalisation does not tell. */
  readonly nounCues: ReadonlySet<string>;
  /** Multi-word list separators, as token sequences ("as well as"). */
  readonly listSeparatorPhrases: readonly (readonly string[])[];
  /** Words joining modifiers before an area noun ("the aviation and shipping sectors"). */
  readonly modifierJoiners: ReadonlySet<string>;
  /** The article of a nominative plural subject after the verb ("einigten sich die Staaten"), and the dual words
   * that may stand between ("die beiden Staaten"). */
  readonly pluralSubjectArticles: ReadonlySet<string>;
  readonly dualWords: ReadonlySet<string>;
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
  /** Dates, times and numbers; undefined: no values are read. */
  readonly values: ValueProfile | undefined;
  /** Event extraction; undefined: no events. */
  readonly events: EventWords | undefined;
  readonly gazetteer: GazetteerWords;
  readonly entityFinders: EntityFinders;
}
