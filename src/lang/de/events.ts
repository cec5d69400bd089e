/** German word order, spelling and the word lists the event rules name (the cue words are in models/events/de.json). */
import type { EventWords } from '../../doc/language-profile.js';
import { words } from '../words.js';

export const germanEvents: EventWords = {
  lexicon: 'de',
  capitalisesNouns: true,
  compoundNouns: true,
  // Trigger verbs ("besuchte", "kritisierte") look like this too; the rules exclude lexicon words.
  adjectiveForm: /^[a-zäöüß]+(e|en|er|es|em)$/,
  adjectiveEnding: /(e|en|er|es|em)$/,
  genitiveWithoutApostrophe: true,
  participle: /^(?:an|ab|auf|aus|fest|vor|zurück|zu|ein|mit|bei|um)?ge\p{L}+(?:t|en)$|\p{L}+t$/u,
  pluralVerb: /en$/,
  verbSecond: true,
  pronounsForOrganisations: true,
  bareSubordinators: new Set(),
  clauseCoordinators: words('und sowie oder aber'),
  lightWords: words('auch zudem außerdem dann nicht hat hatte'),
  personPlurals: /(?:minister|ministerinnen|präsidenten|präsidentinnen|männer|frauen|chefs|regierungschefs|politiker|politikerinnen|außenminister|diplomaten)$/,
  visitGoalPreps: words('nach'),
  appositionLinks: words('der des von vom bei beim'),
  reflexives: words('sich uns euch mich dich'),
  nounCues: new Set(),
  listSeparatorPhrases: [],
  modifierJoiners: new Set(),
  pluralSubjectArticles: words('die'),
  dualWords: words('beiden'),
};
