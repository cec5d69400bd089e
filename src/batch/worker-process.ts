/** A worker process of the batch pool (pool.ts): builds its pipeline once, then extracts the documents it is sent. */
import workerpool from 'workerpool';
import { createPipeline, type Pipeline } from '../pipeline/pipeline.js';
import { encodeLine, processItem, type WorkItem, type WorkResult, type WorkerPipelineOptions } from './work.js';

let pipeline: Pipeline | undefined;

function extract(task: { options: WorkerPipelineOptions; item: WorkItem; indent?: number }): WorkResult {
  pipeline ??= createPipeline(task.options);
  return encodeLine(processItem(pipeline, task.item, task.indent));
}

workerpool.worker({ extract });
