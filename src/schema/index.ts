/**
 * `ereignis/schema`: the Document schema, its TypeScript types and validators, without any model.
 *
 * @module ereignis/schema
 */
export * from './document.js';
export { validateDocument, validateErrorRecord, checkSpans, type ValidationResult } from './validate.js';
