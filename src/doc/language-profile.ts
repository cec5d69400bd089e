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

export interface LanguageProfile {
  /** The pipeline this profile serves. */
  readonly pipeline: PipelineCode;
  readonly segment: SegmentProfile;
}
