/** The default stages, in order: language → segmentation → (syntax, when asked) → entities → clustering → values → events. */
import type { Stage } from '../doc/types.js';
import { languageStage, type LanguageStageOptions } from '../lang/stage.js';
import { segmentStage } from '../segment/index.js';
import { EntityResources, clusterStage, entityStage, type EntityResourceOptions } from '../entities/index.js';
import { eventStage } from '../events/index.js';
import { valueStage } from '../values/index.js';
import { parserProvider, syntaxStage } from '../syntax/index.js';

export { languageStage, segmentStage, syntaxStage, entityStage, clusterStage, eventStage, valueStage };

export interface StageOptions extends EntityResourceOptions, LanguageStageOptions {
  /** Run the syntax stage and put every token, with its UPOS, lemma, features, head and relation, into
   * `Document.tokens`. Default false: no tokens, and the stage does not run. */
  syntax?: boolean;
  /** Keep every event whatever its factuality (negated, hypothetical, reported claims too). Default false:
   * asserted and planned events only. */
  allFactualities?: boolean;
  /** Parse each sentence with a trigger (other than a statement) to find event arguments by grammatical function
   * (default true). false: arguments by word order and cue words only, as without a syntax model (the syntax stage's
   * layer is still used when `syntax` is on): about twice the speed on German news, fewer events found
   * (docs/benchmarks.md, "Throughput"). */
  eventParse?: boolean;
}

export function defaultStages(options: StageOptions = {}): Stage[] {
  const resources = new EntityResources({
    ...(options.ner !== undefined ? { ner: options.ner } : {}),
    ...(options.compromise !== undefined ? { compromise: options.compromise } : {}),
    ...(options.modelDir !== undefined ? { modelDir: options.modelDir } : {}),
  });
  const modelDir = options.modelDir !== undefined ? { modelDir: options.modelDir } : {};
  // One parser provider: the syntax stage (when asked) and the event stage load each model once between them.
  const parsers = parserProvider(options.modelDir);
  return [
    languageStage(options),
    segmentStage(),
    ...(options.syntax ? [syntaxStage(modelDir, parsers)] : []),
    entityStage(resources),
    clusterStage(),
    valueStage(),
    eventStage({ ...modelDir, ...(options.eventParse !== false ? { parsers } : {}), ...(options.allFactualities ? { allFactualities: true } : {}) }),
  ];
}
