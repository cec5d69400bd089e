/** The event stage and its public surface. */
import type { Stage, WorkingDoc } from '../doc/types.js';
import { profileOf } from '../lang/index.js';
import { extractEvents } from './extract.js';

export { extractEvents } from './extract.js';
export { eventLexicon, eventTypes, type EventLexicon, type EventTypeInfo } from './lexicon.js';
export { readNumber } from '../values/numbers.js';
export { findTimes, type TimeExpression } from '../values/times.js';

export function eventStage(): Stage {
  return {
    name: 'events',
    requires: ['entities', 'tokens', 'sections'],
    provides: ['events'],
    run(doc: WorkingDoc) {
      // The event lexicons follow the finders that ran (the profile), not the detected label.
      const lang = profileOf(doc).pipeline;
      const language = doc.language && { ...doc.language, code: lang === 'none' ? doc.language.code : lang };
      doc.events = extractEvents(language ? { ...doc, language } : doc);
    },
  };
}
