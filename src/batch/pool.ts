/**
 * Documents in parallel, results in input order. One worker means the main thread (no thread start-up for small
 * jobs); more run in worker threads from piscina, each loading the models once. A bounded window of documents in
 * flight gives backpressure: input is read only as fast as results are written.
 */
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { createPipeline } from '../pipeline/pipeline.js';
import { processItem, type WorkItem, type WorkResult, type WorkerPipelineOptions } from './work.js';

export interface Processor {
  run(item: WorkItem): Promise<WorkResult>;
  close(): Promise<void>;
  readonly workers: number;
}

/** The default worker count: the cores this process may use. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** The worker module next to this one: .js when built, .ts when run from source through tsx. */
function workerFile(): string {
  const here = import.meta.url;
  return fileURLToPath(new URL(here.endsWith('.ts') ? './work.ts' : './work.js', here));
}

export function createProcessor(options: WorkerPipelineOptions, workers: number, indent?: number): Processor {
  if (workers <= 1) {
    const pipeline = createPipeline(options);
    return {
      workers: 1,
      run: async (item) => processItem(pipeline, item, indent),
      close: async () => {},
    };
  }
  const pool = new Piscina({ filename: workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 60_000 });
  // A worker that dies also rejects its task (run.ts turns that into the document's E109 record); the pool's own
  // 'error' event must not end the process on top of it.
  pool.on('error', () => {});
  return {
    workers,
    run: (item) => pool.run({ options, item, indent }) as Promise<WorkResult>,
    close: () => pool.destroy(),
  };
}

/** Maps `source` through `fn` with at most `window` calls in flight, yielding results in source order. */
export async function* orderedMap<T, R>(source: AsyncIterable<T>, fn: (input: T) => Promise<R>, window: number): AsyncGenerator<{ input: T; result: R }> {
  const inFlight: { input: T; result: Promise<R> }[] = [];
  const iterator = source[Symbol.asyncIterator]();
  let exhausted = false;
  for (;;) {
    while (!exhausted && inFlight.length < window) {
      const next = await iterator.next();
      if (next.done) exhausted = true;
      else {
        const result = fn(next.value);
        result.catch(() => {}); // awaited in order below; this only keeps an early rejection from being "unhandled"
        inFlight.push({ input: next.value, result });
      }
    }
    const head = inFlight.shift();
    if (!head) return;
    yield { input: head.input, result: await head.result };
  }
}
