/** German for the gazetteer matcher: German names and canonical forms, case endings, inflected country adjectives. */
import type { GazetteerWords } from '../../doc/language-profile.js';
import { withCapitals, words } from '../words.js';

/** "in Essen", "nach Halle", "die Stadt Hof": before an ambiguous place name. */
export const GERMAN_PLACE_CUES: ReadonlySet<string> = withCapitals(
  'in nach aus bei von vom zu ab bis nahe Richtung um über durch gegenüber Stadt Hauptstadt Großstadt',
);

export const germanGazetteer: GazetteerWords = {
  table: 'de',
  canonicalOrder: ['de', 'en'],
  caseEndings: true,
  inflectedCountryAdjectives: true,
  placeCues: GERMAN_PLACE_CUES,
  // "am Main", "an der Oder", "den Inn entlang" (the conjunction "oder" is lower-case mid-sentence)
  riverCues: words('am der den dem des Fluss Flusses Strom Stroms'),
  timeNouns: words('Mitte Anfang Ende'),
  nounPairConjunction: 'und',
};
