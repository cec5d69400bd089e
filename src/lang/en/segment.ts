/** English abbreviations for the sentence splitter and tokeniser; English writes no dotted ordinals. */
import type { AbbreviationSet, SegmentProfile } from '../../doc/language-profile.js';
import { words } from '../words.js';

export const ENGLISH_ABBREVIATIONS: AbbreviationSet = {
  always: words(`
  Mr Mrs Ms Mx Dr Prof St Gen Gov Sen Rep Rev Lt Col Capt Sgt Maj Adm Cmdr Cdr Hon Pres Supt Mt Ft Messrs
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  approx dept est vol vols ed eds cf viz vs v ca
`),
  canEnd: words('etc Inc Ltd Corp Co Jr Sr Bros Ave Blvd Rd Ct Pl Sq Esq Plc plc'),
  beforeNumber: words('No Nos no nos Fig fig Figs Vol Art Sec Ch pp p Pt Nr'),
};

export const englishSegment: SegmentProfile = {
  abbreviations: ENGLISH_ABBREVIATIONS,
  dottedOrdinals: false,
  ordinalMonths: new Set(),
  ordinalContext: new Set(),
};
