/** The entity stage (finders + merge → mentions) and the cluster stage (mentions → entities). */
import type { Stage, WorkingDoc } from '../doc/types.js';
import type { EntityResources } from './resources.js';
import { buildEntities, findMentions } from './stage.js';

export { EntityResources, type EntityResourceOptions } from './resources.js';

export function entityStage(resources: EntityResources): Stage {
  return {
    name: 'entities',
    requires: ['language', 'tokens', 'sentences'],
    provides: ['mentions'],
    run(doc: WorkingDoc) {
      doc.mentions = findMentions(doc, resources);
    },
  };
}

export function clusterStage(): Stage {
  return {
    name: 'cluster',
    requires: ['mentions', 'sections'],
    provides: ['entities'],
    run(doc: WorkingDoc) {
      doc.entities = buildEntities(doc);
    },
  };
}
