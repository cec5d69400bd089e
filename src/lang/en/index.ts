/** The English profile: every English word list and test the stages use, gathered in one object. */
import type { LanguageProfile } from '../../doc/language-profile.js';
import { englishSyntax } from './syntax.js';
import { englishEvents } from './events.js';
import { englishEntityRules } from './entity-rules.js';
import { englishNames } from './names.js';
import { englishSegment } from './segment.js';
import { englishValues } from './values.js';
import { englishGazetteer } from './gazetteer.js';
import { englishFinders } from './finders.js';

export const english: LanguageProfile = {
  pipeline: 'en',
  segment: englishSegment,
  values: englishValues,
  events: englishEvents,
  gazetteer: englishGazetteer,
  entityFinders: englishFinders,
  names: englishNames,
  entityRules: englishEntityRules,
  syntax: englishSyntax,
};
