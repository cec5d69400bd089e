/** The English profile: every English word list and test the stages use, gathered in one object. */
import type { LanguageProfile } from '../../doc/language-profile.js';
import { englishSegment } from './segment.js';
import { englishGazetteer } from './gazetteer.js';
import { englishFinders } from './finders.js';

export const english: LanguageProfile = {
  pipeline: 'en',
  segment: englishSegment,
  gazetteer: englishGazetteer,
  entityFinders: englishFinders,
};
