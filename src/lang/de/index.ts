/** The German profile: every German word list and test the stages use, gathered in one object. */
import type { LanguageProfile } from '../../doc/language-profile.js';
import { germanSyntax } from './syntax.js';
import { germanEvents } from './events.js';
import { germanEntityRules } from './entity-rules.js';
import { germanNames } from './names.js';
import { germanSegment } from './segment.js';
import { germanValues } from './values.js';
import { germanGazetteer } from './gazetteer.js';
import { germanFinders } from './finders.js';

export const german: LanguageProfile = {
  pipeline: 'de',
  segment: germanSegment,
  values: germanValues,
  events: germanEvents,
  gazetteer: germanGazetteer,
  entityFinders: germanFinders,
  names: germanNames,
  entityRules: germanEntityRules,
  syntax: germanSyntax,
};
