/** English for the gazetteer matcher: English names and canonical forms, the possessive "'s", demonym phrases. */
import type { GazetteerWords } from '../../doc/language-profile.js';
import { withCapitals, words } from '../words.js';

/** "in Reading", "near Bath", "the city of Mobile": before an ambiguous place name. */
export const ENGLISH_PLACE_CUES: ReadonlySet<string> = withCapitals('in from to near at outside across city capital town');
/** "the Severn", "River Trent". */
export const ENGLISH_RIVER_CUES: ReadonlySet<string> = words('the river River');

export const englishGazetteer: GazetteerWords = {
  table: 'en',
  canonicalOrder: ['en', 'de'],
  caseEndings: false,
  inflectedCountryAdjectives: false,
  placeCues: ENGLISH_PLACE_CUES,
  riverCues: ENGLISH_RIVER_CUES,
  timeNouns: new Set(),
};
