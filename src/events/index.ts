/** The event stage and its public surface. */
import type { Stage, WorkingDoc } from '../doc/types.js';
import { extractEvents } from './extract.js';
import { DEFAULT_FACTUALITIES } from './factuality.js';

export { extractEvents } from './extract.js';
export { factualityOf, DEFAULT_FACTUALITIES, type Factuality } from './factuality.js';
export { eventLexicon, eventTypes, type EventLexicon, type EventTypeInfo } from './lexicon.js';
export { readNumber, findTimes, type TimeExpression } from '../values/index.js';

export interface EventStageOptions {
  /** Folder holding events/ (types.json and the lexicons); default: the package's models/. */
  modelDir?: string;
  /** Keep negated, hypothetical and reported-claim events too (default: asserted and planned only). */
  allFactualities?: boolean;
}

/** Events route by the document's profile: its event words name the lexicon; a profile without them gets none. */
export function eventStage(options: EventStageOptions = {}): Stage {
  return {
    name: 'events',
    requires: ['entities', 'tokens', 'sections', 'values'],
    provides: ['events'],
    run(doc: WorkingDoc) {
      doc.events = extractEvents(doc, options.modelDir, options.allFactualities === true ? undefined : DEFAULT_FACTUALITIES);
    },
  };
}
