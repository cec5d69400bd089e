/** The event stage and its public surface. */
import type { Stage, WorkingDoc } from '../doc/types.js';
import { extractEvents } from './extract.js';
import { DEFAULT_FACTUALITIES } from './factuality.js';
import { analyseTokens, type ParserProvider, type WordParser } from '../syntax/index.js';
import type { SyntaxProfile } from '../doc/language-profile.js';
import { isEreignisError } from '../errors.js';
import type { SentenceParser } from './context.js';

export { extractEvents } from './extract.js';
export { factualityOf, DEFAULT_FACTUALITIES, type Factuality } from './factuality.js';
export { eventLexicon, eventTypes, type EventLexicon, type EventTypeInfo } from './lexicon.js';
export { readNumber, findTimes, type TimeExpression } from '../values/index.js';

export interface EventStageOptions {
  /** Folder holding events/ (types.json and the lexicons); default: the package's models/. */
  modelDir?: string;
  /** Keep negated, hypothetical and reported-claim events too (default: asserted and planned only). */
  allFactualities?: boolean;
  /** Parsers for argument attachment by grammatical function (arguments.ts): only sentences with a trigger are
   * parsed, unless the syntax stage ran before. Without it, arguments come from word order and cue words alone. */
  parsers?: ParserProvider;
}

/** Events route by the document's profile: its event words name the lexicon; a profile without them gets none. */
export function eventStage(options: EventStageOptions = {}): Stage {
  // A model folder without a syntax model still serves (W009); it is tried once per model.
  const missing = new Set<string>();
  const parserOf = (profile: SyntaxProfile): WordParser | undefined => {
    if (missing.has(profile.model)) return undefined;
    try {
      return options.parsers!(profile);
    } catch (e) {
      if (!isEreignisError(e) || e.code !== 'E002') throw e;
      missing.add(profile.model);
      return undefined;
    }
  };
  return {
    name: 'events',
    requires: ['entities', 'tokens', 'sections', 'values'],
    provides: ['events'],
    run(doc: WorkingDoc) {
      const profile = doc.profile?.syntax;
      let parser: SentenceParser | undefined;
      if (profile && options.parsers && doc.profile?.events) {
        const parse = parserOf(profile);
        if (parse) parser = (texts) => analyseTokens(parse, texts, profile).analyses;
        else doc.diagnostics.push({ code: 'W009', severity: 'info', message: `No syntax model for ${profile.model} in the model folder: event participants from word order and cue words only.` });
      }
      doc.events = extractEvents(doc, options.modelDir, options.allFactualities === true ? undefined : DEFAULT_FACTUALITIES, parser);
    },
  };
}
