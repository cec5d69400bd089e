/** English word classes for reading names: capitalised non-names. */
import type { NamesProfile } from '../../doc/language-profile.js';
import { words } from '../words.js';

/** Capitalised function words and other capitalised non-names that must not start or continue a name. */
export const ENGLISH_CAPITALISED_STOP_WORDS: ReadonlySet<string> = words(`
  The A An And Or But In On At Of For To From By With As Is Was Were Be Been Are He She They It We I His Her Their Its
  This That These Those There Here Who What When Where Why How After Before While During Since Until Also Not No Yes
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
  October November December Said Says Told Today Yesterday Tomorrow Year Years Week Percent Dollars Euros Million Billion
  However Meanwhile Earlier Later Last Next New Former Acting Interim Deputy Vice Chief Senior Top
`);

export const englishNames: NamesProfile = {
  capitalisedStopWords: ENGLISH_CAPITALISED_STOP_WORDS,
  // English nouns are not capitalised: an ending never makes a capitalised word a common noun.
  isCommonNounForm: () => false,
};
