/** The German profile: every German word list and test the stages use, gathered in one object. */
import type { LanguageProfile } from '../../doc/language-profile.js';
import { germanEntityRules } from './entity-rules.js';
import { germanNames } from './names.js';
import { germanSegment } from './segment.js';

export const german: LanguageProfile = {
  pipeline: 'de',
  segment: germanSegment,
  names: germanNames,
  entityRules: germanEntityRules,
};
