/** Which entity finders English text gets: rules, datelines, the English tagger (models/en, if shipped) and the
 * compromise-based finder (capitalised runs with compromise's word list; its tagger with the option `compromise`). */
import type { EntityFinders } from '../../doc/language-profile.js';
import { SENTENCE_OPENERS } from '../sentence-openers.js';

export const englishFinders: EntityFinders = {
  rules: true,
  trimTrailingNouns: false,
  tagger: {
    model: 'en',
    optional: true,
    // chosen on UNER-PUD en (dev): less sure tagger spans cost more precision than they add recall
    minConfidence: 0.7,
    // CoNLL's MISC is mostly nationalities, which the gazetteer reads as derived forms instead
    dropTypes: new Set(['MISC']),
    particlesAfterFirstName: false,
    dropsDesignations: false,
    sentenceOpeners: SENTENCE_OPENERS,
    possessiveS: true,
  },
  compromise: true,
};
