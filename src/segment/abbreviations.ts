/**
 * Abbreviations that end in a full stop, per language, written without the final dot and case-sensitive.
 * Used by the sentence splitter (no sentence break after them) and the tokeniser (the dot stays on the token).
 * Single letters ("z.", "B.", "J.") and dotted forms ("z.B.", "U.S.", "e.g.") are recognised by pattern, not listed.
 */

export interface AbbreviationSet {
  /** Never end a sentence: "Dr. Müller", "ca. 300", "Mio. Euro". */
  readonly always: ReadonlySet<string>;
  /** End a sentence when the next word starts with a capital letter: "… und Lehrer usw. Die Schule …". */
  readonly canEnd: ReadonlySet<string>;
  /** Abbreviations only before a number ("No. 5", "Art. 3", "Abs. 2"); elsewhere ordinary words. */
  readonly beforeNumber: ReadonlySet<string>;
}

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

const GERMAN_ALWAYS = words(`
  Nr Nrn Dr Prof Dipl Ing Mag Bd Bde Hrsg Hg Jh Jhd Jhs Kap St Str Tel Fax Mio Mrd Tsd Mill
  bzw ca vgl evtl ggf ggfs inkl exkl sog zzgl zit bspw bzgl insb insbes einschl entspr allg bes jew urspr
  max min mind rd tägl zus gem ggü lt geb gest verh verst ehem Chr Abg Präs Pfr Hbf Bhf Pkt Ziff Anm Bsp
  Verf Vors stv Stv Fa Hr Hrn Fr Frl Hl hl Ref Reg röm kath ev evang lat engl franz griech ital span amerik dt Dt
  Tab Abb Aufl Sp Anh Lt Oberstlt Hptm Kpt Sgt Mr Mrs Ms Jr Sr
  Jan Feb Febr Apr Jun Jul Aug Sep Sept Okt Nov Dez
  Mo Di Mi Do Sa
  ebd ff Ggs jun sen lfd Nachf Zi Zt zt Zl
`);

const GERMAN_CAN_END = words('usw usf etc Co Inc Ltd Corp');

const GERMAN_BEFORE_NUMBER = words('Art Abs S Rn Rz Bl Vers Anl No Z');

const ENGLISH_ALWAYS = words(`
  Mr Mrs Ms Mx Dr Prof St Gen Gov Sen Rep Rev Lt Col Capt Sgt Maj Adm Cmdr Cdr Hon Pres Supt Mt Ft Messrs
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  approx dept est vol vols ed eds cf viz vs v ca
`);

const ENGLISH_CAN_END = words('etc Inc Ltd Corp Co Jr Sr Bros Ave Blvd Rd Ct Pl Sq Esq Plc plc');

const ENGLISH_BEFORE_NUMBER = words('No Nos no nos Fig fig Figs Vol Art Sec Ch pp p Pt Nr');

const union = (a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> => new Set([...a, ...b]);

export const ABBREVIATIONS: Readonly<Record<'de' | 'en', AbbreviationSet>> = {
  de: { always: GERMAN_ALWAYS, canEnd: GERMAN_CAN_END, beforeNumber: GERMAN_BEFORE_NUMBER },
  en: { always: ENGLISH_ALWAYS, canEnd: ENGLISH_CAN_END, beforeNumber: ENGLISH_BEFORE_NUMBER },
};

/** For other or undetermined languages: both lists (a German abbreviation in English text does no harm). */
const MIXED: AbbreviationSet = {
  always: union(GERMAN_ALWAYS, ENGLISH_ALWAYS),
  canEnd: union(GERMAN_CAN_END, ENGLISH_CAN_END),
  beforeNumber: union(GERMAN_BEFORE_NUMBER, ENGLISH_BEFORE_NUMBER),
};

export function abbreviationsFor(lang: string): AbbreviationSet {
  return lang === 'de' ? ABBREVIATIONS.de : lang === 'en' ? ABBREVIATIONS.en : MIXED;
}

/** German month names and their abbreviations: "11. Juli" is a date, not a sentence end. */
export const GERMAN_MONTHS: ReadonlySet<string> = words(`
  Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober November Dezember
  Jan Feb Febr Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez
`);

/** Words before a German ordinal number: "der 3. Platz", "am 11. Juli", "im 19. Jahrhundert", "bis zum 5. Mai". */
export const GERMAN_ORDINAL_CONTEXT: ReadonlySet<string> = words(`
  der die das den dem des ein eine einer einem eines am im zum zur vom beim ins ans ab bis seit vor nach von
  jeden jedem jeder jedes ihr ihre ihrem ihren ihrer sein seine seinem seinen seiner unser unsere unserem
  dieser diese diesem diesen dieses kein keine keinem Der Die Das Den Dem Des Am Im Zum Zur Vom Beim Ab Bis Seit
  Vor Nach Von Ein Eine Sein Seine Ihr Ihre Jeden Jedem Jeder Dieser Diese
`);
