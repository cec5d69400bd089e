/** English words and behaviours of the hand-written entity rules (src/entities/rules/). */
import type { EntityRuleWords } from '../../doc/language-profile.js';
import { MEDIA_ARTICLES, MEDIA_HEADS, NAME_CONJUNCTIONS, NON_PERSON_HEADS, PERSON_DESCRIPTORS } from '../bilingual-entity-words.js';
import { words } from '../words.js';

const ADJECTIVE_ENDING = /(al|ic|ive|ary|ous|ful|less|ed|ing|ish)$/;

/** Capitalised words before a company tail that make a common phrase ("Public Health", "Community Health"). */
const COMMON_BEFORE_TAIL = words(`
  Community Population Child Family World Human Clean Green Renewable Solar Wind Nuclear Energy Health Data Information
  Computer Security Defense Defence Home Food Water Power Oil Gas Private Venture Equity Risk Growth Capital Mobile
  Software Hardware Medical Patient Cyber Space Global Public Mental National Regional Local Big Small Many Some Other
  Our Your Women Men Children Animal Plant Ocean Air Road Rail Sea Investment Insurance Transport Digital New Old
`);

export const englishEntityRules: EntityRuleWords = {
  lexicon: 'en',
  capitalisedNouns: undefined,
  compounds: undefined,
  adjectiveEnding: ADJECTIVE_ENDING,
  capitalisedAdjective: /^\p{Lu}\p{Ll}+(al|ic|ive|ary|ous|ful|less|ed|ing|ish)$/u,
  marksCommonNoun: (prev) => /^(the|a|an)$/i.test(prev),
  persons: {
    nonPersonHeads: NON_PERSON_HEADS,
    titleOf: 'of',
    countryAfterTitle: false,
    hyphenatedTitles: true,
  },
  media: {
    cueWords: new Set(),
    agencyCue: /agency/i,
    compoundHeads: new Set(),
    agencyPhrase: ['news', 'agency'],
    heads: MEDIA_HEADS,
    articles: MEDIA_ARTICLES,
    attribution: words('told to by reported said cited quoted'),
    attributionAfter: new Map([['to', 'according']]),
  },
  organisations: {
    connectors: ['of', 'for'],
    connectorPhrases: 3,
    articleAfterConnector: 'the',
    conjunctions: NAME_CONJUNCTIONS,
    innerConjunction: 'and',
    nameOpeners: words('New'),
    ordinals: words('First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth'),
    nextHeadTakesName: true,
    placeAfterEducationHead: false,
  },
  companies: {
    descriptorEndings: [],
    descriptorCompoundHead: 'maker',
    isPluralDescriptor: () => false,
    listAfterPlural: /s$/,
    personDescriptors: PERSON_DESCRIPTORS,
    commonBeforeTail: COMMON_BEFORE_TAIL,
    listConjunctions: words('and or'),
    oneWordShortNames: true,
  },
  seats: undefined,
  parties: {
    nouns: words('party bloc'),
    describing: /(an|ive|ist)$/,
  },
};
