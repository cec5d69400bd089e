/** German abbreviations and ordinal contexts for the sentence splitter and tokeniser. */
import type { AbbreviationSet, SegmentProfile } from '../../doc/language-profile.js';
import { words } from '../words.js';

export const GERMAN_ABBREVIATIONS: AbbreviationSet = {
  always: words(`
  Nr Nrn Dr Prof Dipl Ing Mag Bd Bde Hrsg Hg Jh Jhd Jhs Kap St Str Tel Fax Mio Mrd Tsd Mill
  bzw ca vgl evtl ggf ggfs inkl exkl sog zzgl zit bspw bzgl insb insbes einschl entspr allg bes jew urspr
  max min mind rd tägl zus gem ggü lt geb gest verh verst ehem Chr Abg Präs Pfr Hbf Bhf Pkt Ziff Anm Bsp
  Verf Vors stv Stv Fa Hr Hrn Fr Frl Hl hl Ref Reg röm kath ev evang lat engl franz griech ital span amerik dt Dt
  Tab Abb Aufl Sp Anh Lt Oberstlt Hptm Kpt Sgt Mr Mrs Ms Jr Sr
  Jan Feb Febr Apr Jun Jul Aug Sep Sept Okt Nov Dez
  Mo Di Mi Do Sa
  ebd ff Ggs jun sen lfd Nachf Zi Zt zt Zl
`),
  canEnd: words('usw usf etc Co Inc Ltd Corp'),
  beforeNumber: words('Art Abs S Rn Rz Bl Vers Anl No Z'),
};

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

export const germanSegment: SegmentProfile = {
  abbreviations: GERMAN_ABBREVIATIONS,
  dottedOrdinals: true,
  ordinalMonths: GERMAN_MONTHS,
  ordinalContext: GERMAN_ORDINAL_CONTEXT,
};
