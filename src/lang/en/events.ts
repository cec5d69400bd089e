/** English word order, spelling and the word lists the event rules name (the cue words are in models/events/en.json). */
import type { EventWords } from '../../doc/language-profile.js';
import { words } from '../words.js';

export const englishEvents: EventWords = {
  lexicon: 'en',
  capitalisesNouns: false,
  compoundNouns: false,
  genitiveWithoutApostrophe: false,
  participle: /(?:ed|en|met|held|fought|sought)$/,
  verbSecond: false,
  pronounsForOrganisations: false,
  bareSubordinators: words('that'),
  clauseCoordinators: words('and or but'),
  lightWords: words('also not then later again has had have'),
  personPlurals: /(?:ministers|leaders|presidents|men|women|politicians|diplomats)$/,
  visitGoalPreps: words('to'),
  appositionLinks: words('the a an of at for'),
  reflexives: new Set(),
  // A determiner or possessive before a trigger makes it a noun.
  nounCues: words('the a an its their his her our this that new'),
  listSeparatorPhrases: [['as', 'well', 'as']],
  modifierJoiners: words('and or'),
  pluralSubjectArticles: new Set(),
  dualWords: new Set(),
};
