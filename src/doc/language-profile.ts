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
  /** A final "'s" of a token is a possessive, not part of the name ("[Negan]'s"); German "geht’s" is "geht es". */
  readonly possessiveS: boolean;
}

/** Which entity finders run besides the gazetteer, which every language gets. */
export interface EntityFinders {
  /** Title, role and organisation rules, and wire datelines ("BERLIN (dpa) –"). */
  readonly rules: boolean;
  /** Rule persons lose a trailing word the tagger's dictionary knows as a common noun ("… von Scheffel zu Gast"):
   * nouns are capitalised like names. */
  readonly trimTrailingNouns: boolean;
  readonly tagger?: TaggerUse;
  /** The English finder of src/entities/english/: capitalised runs typed with compromise's word list, and compromise's
   * tagger with our span fixes when the option `compromise` is on. */
  readonly compromise: boolean;
}

/** General word classes for reading names, shared by every room that looks at capitalised words. */
export interface NamesProfile {
  /** Capitalised function words and other capitalised non-names that must not start or continue a name. */
  readonly capitalisedStopWords: ReadonlySet<string>;
  /** A capitalised word whose ending makes it a common noun, not a name ("Erklärung", "Freiheit"). */
  isCommonNounForm(word: string): boolean;
}

/** Where nouns are capitalised (German): the tests that tell a capitalised common noun from a name. */
export interface CapitalisedNounWords {
  /** Singular nouns that follow a descriptor or authority as the object of a verb-final clause ("weil der Hersteller Insolvenz …"). */
  readonly objectNouns: ReadonlySet<string>;
  /** An object noun, or a compound ending in one ("Rekordumsatz", "Strafanzeige"). */
  isObjectNoun(word: string): boolean;
  /** Ends like a plural or inflected noun ("Restaurants", "Kunden", "Produkte"). */
  isPluralShaped(word: string): boolean;
  /** May be a singular although plural-shaped: brand names in -er ("Tibber"), where only an umlaut marks a plural ("Häuser"). */
  mayBeSingularInEr(word: string): boolean;
  /** An adjective made from a name ("Europäische" is a name's part, "Chinesischen" describes): capitalised -ische(n/r). */
  readonly derivedAdjective: RegExp;
  /** The last word of a name that, ending so and known as no name, is a noun after it ("Erdogan Pläne"). */
  readonly trailingNounEnding: string;
}

/** Closed compounds with case endings ("Außenministerin", "Verteidigungsministeriums", "Batterieherstellern"). */
export interface CompoundEndings {
  /** Endings of compound title heads ("…ministerin" + "", "en", "n", "s"). */
  readonly titleHead: readonly string[];
  /** Endings cut from a whole title word to find its base ("Präsidenten" → "Präsident"). */
  readonly titleWord: readonly string[];
  /** Endings of organisation compound heads ("…ministeriums"). */
  readonly organisationHead: readonly string[];
  /** Endings of authority and descriptor compound heads ("…gerichts", "…herstellern"). */
  readonly noun: readonly string[];
}

/** Persons after titles and known first names. */
export interface PersonRuleWords {
  /** Last words that make a capitalised sequence a thing, not a person ("Roman Empire", "Maria Kirche"). */
  readonly nonPersonHeads: ReadonlySet<string>;
  /** Word joining a title to a country around the name ("Prime Minister of Japan Fumio Kishida", "Macron of France"). */
  readonly titleOf?: string;
  /** A country right after the title (a genitive: "Präsident Südkoreas Yoon Suk-yeol"). */
  readonly countryAfterTitle: boolean;
  /** Titles themselves contain hyphens ("Secretary-General"): a prefix may also be cut at the first hyphen. */
  readonly hyphenatedTitles: boolean;
}

/** News agencies and media in attribution. */
export interface MediaRuleWords {
  /** Nouns before a media name ("die Nachrichtenagentur Kyodo", "der Sender CNN"). */
  readonly cueWords: ReadonlySet<string>;
  /** Cue words naming an agency (surer than a newspaper or broadcaster). */
  readonly agencyCue: RegExp;
  /** Last parts of a hyphen compound whose first part is the media name ("Yonhap-Nachrichtenagentur"). */
  readonly compoundHeads: ReadonlySet<string>;
  /** The phrase after or before an agency's name ("Yonhap news agency", "the state news agency KCNA"). */
  readonly agencyPhrase?: readonly [string, string];
  /** Last words of media names ("Korea Times", "Yonhap News"), in either language. */
  readonly heads: ReadonlySet<string>;
  /** Articles skipped between an attribution word and the media name. */
  readonly articles: RegExp;
  /** Words after which a media name is the source ("laut", "berichtete", "told"). */
  readonly attribution: ReadonlySet<string>;
  /** Attribution words that count only after another word ("according to"). */
  readonly attributionAfter: ReadonlyMap<string, string>;
}

/** Organisations around a head word ("Europäische Kommission", "Ministry of Defence"). */
export interface OrganisationRuleWords {
  /** Words joining a head to the rest of the name ("Bundesamt für Migration", "Ministry of Defence"). */
  readonly connectors: readonly string[];
  /** How many connector phrases a name chains ("Alliance of Democratic Forces for the Liberation of Congo"). */
  readonly connectorPhrases: number;
  /** An article allowed right after a connector ("for the Liberation"). */
  readonly articleAfterConnector?: string;
  /** Conjunctions joining two capitalised words after a connector ("für Migration und Flüchtlinge"). */
  readonly conjunctions: ReadonlySet<string>;
  /** A conjunction inside a name between two capitalised words before the head ("Competition and Markets Authority"). */
  readonly innerConjunction?: string;
  /** Words that start a name before other capitalised words ("the pro-Western New Choice Alliance"). */
  readonly nameOpeners: ReadonlySet<string>;
  /** Words before a head that make another kind of name ("the First Coalition" is a war). */
  readonly ordinals: ReadonlySet<string>;
  /** A head right before another head leaves the name to that one ("National Alliance Party"). */
  readonly nextHeadTakesName: boolean;
  /** A place right after an education head belongs to its name ("Universität Hamburg"). */
  readonly placeAfterEducationHead: boolean;
}

/** Companies after descriptors, before company tails, in lists, and their later short mentions. */
export interface CompanyRuleWords {
  /** Endings added to whole-word descriptors ("Konzerns", "Konzernen"). */
  readonly descriptorEndings: readonly string[];
  /** A lowercase compound ending in this descriptor is one too ("chipmaker", "drugmakers"). */
  readonly descriptorCompoundHead?: string;
  /** A descriptor word in a plural form (its base given). */
  isPluralDescriptor(word: string, base: string): boolean;
  /** A plural descriptor (by this ending) before a list of names ("carmakers Volvo and Saab"). */
  readonly listAfterPlural?: RegExp;
  /** Descriptors that also describe people ("der Investor Buffett", "the developer Persson"). */
  readonly personDescriptors: ReadonlySet<string>;
  /** Capitalised words before a company tail that make a common phrase ("Public Health", "Community Health"). */
  readonly commonBeforeTail: ReadonlySet<string>;
  /** Conjunctions of a list of names ("Wardly Health and Rotamed"). */
  readonly listConjunctions: ReadonlySet<string>;
  /** A region in the genitive after a descriptor, not a name ("der größte Dienstleister Nordeuropas"). */
  readonly genitiveRegion?: RegExp;
  /** Other finders type multi-word company names: only one-word names get short mentions, a headline's short form yields. */
  readonly oneWordShortNames: boolean;
}

/** Authorities named by their seat after them ("Oberlandesgericht Düsseldorf", "Staatsanwaltschaft Frankfurt am Main"). */
export interface SeatRuleWords {
  /** Join a truncated compound to the next word ("Industrie- und Handelskammer"). */
  readonly truncationConjunctions: ReadonlySet<string>;
  /** Before a seat that is a known place ("Industrie- und Handelskammer zu Berlin"). */
  readonly preposition: string;
  /** First words of two-word places ("Bad Homburg", "St. Ingbert"). */
  readonly placePrefixes: ReadonlySet<string>;
  /** Endings of place names that otherwise look like plural nouns ("Göttingen", "Bergedorf"), lowercase. */
  readonly placeEnding: RegExp;
  /** Beginnings of place names ("Oberursel", "Nordhausen"). */
  readonly placeBeginning: RegExp;
  /** Words joining a river or region to the seat ("Frankfurt am Main", "Freiburg im Breisgau"). */
  readonly regionJoiners: ReadonlySet<string>;
  /** Prepositions after a seat that end it ("… München in …"). */
  readonly endingPrepositions: ReadonlySet<string>;
  /** An article inside the region ("an der Oder"). */
  readonly regionArticle: string;
  /** Numbers of several courts in one city ("München I"). */
  readonly courtNumbers: ReadonlySet<string>;
}

/** Parties named by an unknown word before a lowercase party noun ("Estonia's conservative Isamaa party"). */
export interface PartyRuleWords {
  readonly nouns: ReadonlySet<string>;
  /** Adjectives of peoples and creeds that describe a party rather than name it ("Estonian", "Socialist"). */
  readonly describing: RegExp;
}

/** The word lists and behaviours of the hand-written entity rules (src/entities/rules/). */
export interface EntityRuleWords {
  /** Which of the gazetteer's per-language lexicons (titles, organisation cues, lookups) the rules read. */
  readonly lexicon: 'de' | 'en';
  /** Nouns are capitalised: a capitalised word may be a common noun, so names need more evidence. */
  readonly capitalisedNouns?: CapitalisedNounWords;
  /** Nouns form closed compounds: title, organisation and descriptor cues also match as a word's inflected last part. */
  readonly compounds?: CompoundEndings;
  /** An adjective's ending ("Europäische", "national"). */
  readonly adjectiveEnding: RegExp;
  /** A capitalised inflected adjective before a head ("Baltische Handelsagentur"). */
  readonly capitalisedAdjective: RegExp;
  /** A word before a capitalised word that makes it a common noun, not a bare name ("die Restaurants", "the Company"). */
  marksCommonNoun(previousWord: string): boolean;
  readonly persons: PersonRuleWords;
  readonly media: MediaRuleWords;
  readonly organisations: OrganisationRuleWords;
  readonly companies: CompanyRuleWords;
  /** Authorities with their seat; undefined: no such rule. */
  readonly seats?: SeatRuleWords;
  /** Parties before a party noun; undefined: no such rule. */
  readonly parties?: PartyRuleWords;
}

/** What the syntax stage needs: which model parses the language, and how its tokens become syntactic words. */
export interface SyntaxProfile {
  /** The model folder under models/ (or the pipeline's modelDir) that holds syntax-manifest.json. */
  readonly model: 'de' | 'en';
  /** Preposition + article contractions are two syntactic words, as in UD German ("zum" = "zu" + "dem"). */
  readonly splitContractions: boolean;
  /** Clitics are syntactic words of their own, as in UD English EWT ("don't" = "do" + "n't", "John's" = "John" + "'s"). */
  readonly splitClitics: boolean;
  /** A verb with a separated particle takes the particle into its lemma ("legte … ein" → einlegen); in English
   * the particle stays a word of its own ("gave … up" keeps "give"). */
  readonly separableVerbs: boolean;
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
  readonly names: NamesProfile;
  /** Undefined: the language runs no entity rules. */
  readonly entityRules: EntityRuleWords | undefined;
  /** POS tags, lemmas and dependency trees (option `syntax`); undefined: no syntax model for the language. */
  readonly syntax: SyntaxProfile | undefined;
}
