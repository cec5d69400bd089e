/**
 * The event stage, as a table of contents: read the lexicon and the document's context (context.ts), find each
 * trigger's candidate with its arguments (candidates.ts), merge candidates that report one event (coreference.ts),
 * and build the Events (assemble.ts).
 */
import type { Event } from '../schema/document.js';
import type { WorkingDoc } from '../doc/types.js';
import { buildContext, type SentenceParser } from './context.js';
import { readDates, asTime } from '../values/times.js';
import { profileOf } from '../lang/index.js';
import { eventLexicon } from './lexicon.js';
import type { Factuality } from './factuality.js';
import { candidatesOf } from './candidates.js';
import { borrowSetting, corefer, settleHypotheticals, type Cluster } from './coreference.js';
import { toEvent } from './assemble.js';

/**
 * Events of a document, CAMEO-coded, in order of their first report in the text, with ids v1, v2, ….
 * Needs text and the profile (set by the language stage; a profile without event words gets none); uses sentences,
 * sections, tokens, mentions, entities and the values stage's dates when present. Events in boilerplate are
 * skipped; events in 'related' teasers carry section 'related' and never merge with the main story.
 * `modelDir` is the pipeline's model folder (default: the package's models/). `keep`: the factualities to return
 * (default: all; the event stage passes DEFAULT_FACTUALITIES unless its option allFactualities, docs/events.md).
 */
export function extractEvents(doc: WorkingDoc, modelDir?: string, keep?: ReadonlySet<Factuality>, parser?: SentenceParser): Event[] {
  const profile = profileOf(doc);
  const words = profile.events;
  if (!words) return [];
  const lex = eventLexicon(words.lexicon, modelDir);
  // The values stage read the dates once; a document built without it reads them here.
  const times = doc.times ?? (profile.values ? readDates(doc.text, profile.values, doc.referenceDate).map(asTime) : []);
  const ctx = buildContext(doc, lex, words, times, profile.values?.numbers, parser);
  const clusters = corefer(candidatesOf(ctx));
  settleHypotheticals(clusters);
  borrowSetting(clusters);
  // Members arrive in text order, so the first member is the first report.
  const firstReport = (cl: Cluster): number => cl.members[0]!.trigger.start;
  const ordered = [...clusters].sort((a, b) => firstReport(a) - firstReport(b));
  const events: Event[] = [];
  for (const cl of ordered) {
    if (keep && !keep.has(cl.factuality)) continue;
    const e = toEvent(ctx, cl, `v${events.length + 1}`);
    if (e) events.push(e);
  }
  return events;
}

