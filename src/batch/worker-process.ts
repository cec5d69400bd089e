/** A worker process of the batch pool (pool.ts): builds its pipeline once, then extracts the documents it is sent. */
import workerpool from 'workerpool';
import { createPipeline, type Pipeline } from '../pipeline/pipeline.js';
import { encodeLine, packResults, processItem, processItems, type PackedResults, type WorkItem, type WorkResult, type WorkerPipelineOptions } from './work.js';

let pipeline: Pipeline | undefined;

function extract(task: { options: WorkerPipelineOptions; item: WorkItem; indent?: number }): WorkResult {
  pipeline ??= createPipeline(task.options);
  return encodeLine(processItem(pipeline, task.item, task.indent));
}

/** Several documents in one message (pool.ts batches small ones), their results packed into one buffer. */
function extractMany(task: { options: WorkerPipelineOptions; items: WorkItem[]; indent?: number }): PackedResults {
  pipeline ??= createPipeline(task.options);
  return packResults(processItems(pipeline, task.items, task.indent));
}

workerpool.worker({ extract, extractMany });
