/**
 * The profile for languages without a pipeline of their own: language-independent gazetteers only, no events.
 * Segmentation knows both German and English abbreviations (a German abbreviation in French text does no harm).
 */
import type { LanguageProfile } from '../doc/language-profile.js';
import { GERMAN_ABBREVIATIONS, GERMAN_MONTHS, GERMAN_ORDINAL_CONTEXT } from './de/segment.js';
import { ENGLISH_ABBREVIATIONS } from './en/segment.js';
import { union } from './words.js';
import { GERMAN_PLACE_CUES } from './de/gazetteer.js';
import { ENGLISH_RIVER_CUES } from './en/gazetteer.js';

export const otherLanguage: LanguageProfile = {
  pipeline: 'none',
  segment: {
    abbreviations: {
      always: union(GERMAN_ABBREVIATIONS.always, ENGLISH_ABBREVIATIONS.always),
      canEnd: union(GERMAN_ABBREVIATIONS.canEnd, ENGLISH_ABBREVIATIONS.canEnd),
      beforeNumber: union(GERMAN_ABBREVIATIONS.beforeNumber, ENGLISH_ABBREVIATIONS.beforeNumber),
    },
    dottedOrdinals: true,
    ordinalMonths: GERMAN_MONTHS,
    ordinalContext: GERMAN_ORDINAL_CONTEXT,
  },
  values: undefined,
  events: undefined,
  // the 'other' table (names shared across languages, and English ones); German place cues, English river cues
  gazetteer: {
    table: 'other',
    canonicalOrder: ['en', 'de'],
    caseEndings: false,
    inflectedCountryAdjectives: false,
    placeCues: GERMAN_PLACE_CUES,
    riverCues: ENGLISH_RIVER_CUES,
    timeNouns: new Set(),
  },
  // names of countries, organisations and media are often shared: the gazetteer alone
  entityFinders: { rules: false, trimTrailingNouns: false, compromise: false },
  names: { capitalisedStopWords: new Set(), isCommonNounForm: () => false },
  // Other languages run no entity rules (gazetteers only).
  entityRules: undefined,
  // No syntax model: the syntax stage gives such tokens offsets only (diagnostic W007).
  syntax: undefined,
};
