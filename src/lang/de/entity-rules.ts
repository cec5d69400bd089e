/** German words and behaviours of the hand-written entity rules (src/entities/rules/). */
import type { CapitalisedNounWords, EntityRuleWords } from '../../doc/language-profile.js';
import { MEDIA_ARTICLES, MEDIA_HEADS, NAME_CONJUNCTIONS, NON_PERSON_HEADS, PERSON_DESCRIPTORS } from '../bilingual-entity-words.js';
import { words } from '../words.js';
import { SuffixIndex } from '../suffix-index.js';

/** Lowercase words before a capitalised noun that make it a common noun ("die Restaurants", "neuen Kunden"). */
const DETERMINERS = words(`
  der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner diese dieser diesen diesem
  dieses jede jeder jeden jedem jedes alle allen viele vielen mehrere einige wenige unsere ihre ihren seine seinen beide beiden
`);
/** Prepositions that look like inflected adjectives ("gegen", "unter") and leave a name bare. */
const PREPOSITIONS_LIKE_ADJECTIVES = words('gegen unter zwischen wegen neben hinter seit');
const LOWERCASE_ADJECTIVE = /^\p{Ll}+(e|en|er|es|em)$/u;

/** Singular nouns that follow a descriptor or authority as the object of a verb-final clause ("weil der Hersteller Insolvenz …"). */
const OBJECT_NOUNS = words(`
  Insolvenz Konkurs Kritik Bilanz Gewinn Verlust Umsatz Klage Anklage Anzeige Beschwerde Einspruch Widerspruch Berufung
  Revision Auskunft Druck Geld Personal Strom Gas Zugang Kontakt Anteile Interesse Alarm Hilfe Unterstützung Schadenersatz
  Schadensersatz Rekord Wert Fehler Bußgeld Haftbefehl Strafbefehl Haft Antrag Strafantrag Urteil Recht Kenntnis Bedenken
  Zweifel Einblick Akteneinsicht Auflagen Preise Kunden Mitarbeiter Arbeitsplätze Stellen Gewinne Verluste Aufträge Produkte
  Verbraucher Nutzer Berater Partner Arbeiter Käufer Verkäufer Bewerber Mieter Fahrer Lehrer Experten Anleger Aktionäre
  Investoren Gläubiger Zulieferer Lieferanten Wasser Zucker Papier Kupfer Eisen Silber Leder Futter Filter
  Anfang Beginn Mittag Abend Nacht Vormittag Nachmittag Zeit Geduld Hinweise
`);
/** Object nouns as compound tails ("Rekordumsatz", "Strafanzeige"). */
const OBJECT_TAILS = new SuffixIndex<string>();
for (const n of OBJECT_NOUNS) if (n.length >= 4) OBJECT_TAILS.add(n.toLowerCase(), n);
const isObjectNoun = (w: string): boolean => OBJECT_NOUNS.has(w) || OBJECT_TAILS.find(w.toLowerCase(), 3) !== undefined;

const germanNouns: CapitalisedNounWords = {
  objectNouns: OBJECT_NOUNS,
  isObjectNoun,
  // -is/-us/-as are name-like ("Tunis", "Markus").
  isPluralShaped: (w) => /(?:e|n|er|s)$/.test(w) && !/(?:is|us|ss|as)$/.test(w),
  mayBeSingularInEr: (w) => /er$/.test(w) && !/[äöü]/.test(w),
  derivedAdjective: /^\p{Lu}\p{Ll}+(ische|ischen|ischer)$/u,
  trailingNounEnding: 'e',
};

/**
 * A descriptor in a plural form: "-n"/"-en" on a base that does not take them in the singular
 * ("Zahlungsdienstleistern", "Konzerne(n)", "Banken"), while "des Lieferanten", "des Konzerns" are singular.
 */
function isPluralDescriptor(word: string, base: string): boolean {
  const b = base.toLowerCase();
  const ending = word.toLowerCase().slice(word.toLowerCase().lastIndexOf(b) + b.length);
  if (ending === 'e') return true;
  if (ending !== 'n' && ending !== 'en') return false;
  return !/(ant|ent|ist|at|oge|ege|e)$/.test(b) || /(er|el)$/.test(b);
}

export const germanEntityRules: EntityRuleWords = {
  lexicon: 'de',
  capitalisedNouns: germanNouns,
  compounds: {
    titleHead: ['', 'en', 'n', 's'],
    titleWord: ['en', 'n', 's', 'es'],
    organisationHead: ['', 's', 'es', 'en'],
    noun: ['', 's', 'es', 'n', 'en', 'e'],
  },
  adjectiveEnding: /(e|en|er|es|em)$/,
  capitalisedAdjective: /^\p{Lu}\p{Ll}+(e|en|er|es|em)$/u,
  marksCommonNoun: (prev) => (DETERMINERS.has(prev.toLowerCase()) || LOWERCASE_ADJECTIVE.test(prev)) && !PREPOSITIONS_LIKE_ADJECTIVES.has(prev),
  persons: {
    nonPersonHeads: NON_PERSON_HEADS,
    countryAfterTitle: true,
    hyphenatedTitles: false,
  },
  media: {
    cueWords: words(`
      Nachrichtenagentur Nachrichtenagenturen Agentur Presseagentur Staatsagentur Nachrichtenportal Sender Fernsehsender
      Zeitung Tageszeitung Wochenzeitung Magazin Nachrichtenmagazin
    `),
    agencyCue: /agentur/i,
    compoundHeads: words('Nachrichtenagentur Agentur Zeitung Sender'),
    heads: MEDIA_HEADS,
    articles: MEDIA_ARTICLES,
    attribution: words('laut Laut berichtete berichteten berichtet meldete meldet zitierte zitiert sagte sagten zufolge'),
    attributionAfter: new Map(),
  },
  organisations: {
    connectors: ['für', 'der', 'des'],
    connectorPhrases: 1,
    conjunctions: NAME_CONJUNCTIONS,
    nameOpeners: new Set(),
    ordinals: new Set(),
    nextHeadTakesName: false,
    placeAfterEducationHead: true,
  },
  companies: {
    descriptorEndings: ['s', 'es', 'n', 'en'],
    isPluralDescriptor,
    personDescriptors: PERSON_DESCRIPTORS,
    commonBeforeTail: new Set(),
    listConjunctions: words('und sowie oder'),
    genitiveRegion: /^(Nord|Süd|Ost|West|Mittel|Zentral)\p{Ll}{3,}/u,
    oneWordShortNames: false,
  },
  seats: {
    truncationConjunctions: words('und oder'),
    preposition: 'zu',
    placePrefixes: words('Bad Sankt St St.'),
    placeEnding: /(ingen|hausen|stadt|burg|berg|dorf|heim|feld|hagen|bach|furt|hofen|kirchen|brücken|rode|leben|stedt|münde|walde|see|hafen|mitte|bergen|beuren)$/,
    placeBeginning: /^(Ober|Unter|Nieder|Mittel|Nord|Süd|Ost|West)\p{Ll}{4,}/u,
    regionJoiners: words('am an im ob'),
    endingPrepositions: words('in'),
    regionArticle: 'der',
    courtNumbers: words('I II III IV'),
  },
  parties: undefined,
};
