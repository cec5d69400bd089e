/** The German profile: every German word list and test the stages use, gathered in one object. */
import type { LanguageProfile } from '../../doc/language-profile.js';
import { germanSegment } from './segment.js';
import { germanGazetteer } from './gazetteer.js';
import { germanFinders } from './finders.js';

export const german: LanguageProfile = {
  pipeline: 'de',
  segment: germanSegment,
  gazetteer: germanGazetteer,
  entityFinders: germanFinders,
};
