/** The event stage's public surface. */
export { extractEvents } from './extract.js';
export { eventLexicon, eventTypes, type EventLexicon, type EventTypeInfo } from './lexicon.js';
export { readNumber } from './numbers.js';
export { findTimes, type TimeExpression } from './dates.js';
