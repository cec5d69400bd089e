/** The default stages, in order: language → segmentation → entities → clustering → values → events. */
import type { Stage } from '../doc/types.js';
import { languageStage, type LanguageStageOptions } from '../lang/stage.js';
import { segmentStage } from '../segment/index.js';
import { EntityResources, clusterStage, entityStage, type EntityResourceOptions } from '../entities/index.js';
import { eventStage } from '../events/index.js';
import { valueStage } from '../values/index.js';

export { languageStage, segmentStage, entityStage, clusterStage, eventStage, valueStage };

export interface StageOptions extends EntityResourceOptions, LanguageStageOptions {}

export function defaultStages(options: StageOptions = {}): Stage[] {
  const resources = new EntityResources({
    ...(options.ner !== undefined ? { ner: options.ner } : {}),
    ...(options.modelDir !== undefined ? { modelDir: options.modelDir } : {}),
  });
  return [languageStage(options), segmentStage(), entityStage(resources), clusterStage(), valueStage(), eventStage({ ...(options.modelDir !== undefined ? { modelDir: options.modelDir } : {}) })];
}
