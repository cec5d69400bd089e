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

export interface LanguageProfile {
  /** The pipeline this profile serves. */
  readonly pipeline: PipelineCode;
  readonly segment: SegmentProfile;
  readonly names: NamesProfile;
  /** Undefined: the language runs no entity rules. */
  readonly entityRules: EntityRuleWords | undefined;
}
