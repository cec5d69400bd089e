/** Which entity finders German text gets: rules, datelines and the German tagger (models/de). */
import type { EntityFinders } from '../../doc/language-profile.js';
import { SENTENCE_OPENERS } from '../sentence-openers.js';

export const germanFinders: EntityFinders = {
  rules: true,
  trimTrailingNouns: true,
  tagger: {
    model: 'de',
    optional: false,
    dropTypes: new Set(),
    particlesAfterFirstName: true,
    dropsDesignations: true,
    sentenceOpeners: SENTENCE_OPENERS,
    possessiveS: false,
  },
  compromise: false,
};
