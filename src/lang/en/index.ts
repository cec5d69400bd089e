/** The English profile: every English word list and test the stages use, gathered in one object. */
import type { LanguageProfile } from '../../doc/language-profile.js';
import { englishEntityRules } from './entity-rules.js';
import { englishNames } from './names.js';
import { englishSegment } from './segment.js';

export const english: LanguageProfile = {
  pipeline: 'en',
  segment: englishSegment,
  names: englishNames,
  entityRules: englishEntityRules,
};
