/**
 * Documents in parallel, results in input order. One worker means the main thread (no start-up for small jobs);
 * more run in child processes from workerpool, each loading the models once. Processes rather than threads: each
 * gets its own V8 heap limit (`heapMb`), which keeps a worker's memory flat between collections, and a process that
 * runs out of heap on one huge document dies alone — the pool starts a new one, and that document is tried once
 * more in a process without the limit before it becomes an error record. (A worker thread at its heap limit can
 * abort the whole process.) A bounded window of documents in flight gives backpressure: input is read only as fast
 * as results are written.
 */
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import workerpool from 'workerpool';
import { createPipeline } from '../pipeline/pipeline.js';
import { BATCH_DOCS, processItem, processItems, unpackResults, type PackedResults, type WorkItem, type WorkResult, type WorkerPipelineOptions } from './work.js';

export interface Processor {
  run(item: WorkItem): Promise<WorkResult>;
  /** Several documents at once, results in their order; rejects when a worker process dies on them (then run each alone). */
  runMany(items: WorkItem[]): Promise<WorkResult[]>;
  /** How many documents to give runMany at a time (BATCH_DOCS). */
  readonly batchDocs: number;
  close(): Promise<void>;
  readonly workers: number;
}

/**
 * The most characters of a group (a larger document goes alone; BATCH_DOCS, in work.ts, is the most documents). A
 * group is one message to a worker process: one message per document cost the CLI process ~0.7 ms of CPU per
 * document, taken from the workers' two cores, and each worker waited for the round trip between documents
 * (docs/benchmarks.md "Batch runs").
 */
export const BATCH_CHARS = 64 * 1024;
export { BATCH_DOCS };

/** The default worker count: the cores this process may use. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The default V8 heap limit of a worker process, in MB. Measured (docs/benchmarks.md "Batch runs"): a worker's live
 * heap is ~90 MB after a full collection, its models sit outside the heap, and with 256 MB the process stays near
 * 400 MB RSS and runs no slower; documents that need more (megabytes of text) are retried without the limit.
 */
export const DEFAULT_WORKER_HEAP_MB = 256;

export interface ProcessorOptions {
  /** Indent each JSON record. */
  indent?: number;
  /** V8 heap limit of each worker process in MB (`--max-old-space-size`); 0 = Node's default. */
  heapMb?: number;
}

/** The worker module next to this one: .js when built, .ts when run from source through tsx. */
function workerFile(): string {
  const here = import.meta.url;
  return fileURLToPath(new URL(here.endsWith('.ts') ? './worker-process.ts' : './worker-process.js', here));
}

function processPool(workers: number, heapMb: number): workerpool.Pool {
  // A child gets the parent's loader flags (tsx when run from source) but its own heap limit.
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--max-old-space-size'));
  if (heapMb > 0) execArgv.push(`--max-old-space-size=${heapMb}`);
  return workerpool.pool(workerFile(), {
    workerType: 'process',
    minWorkers: workers,
    maxWorkers: workers,
    // 'advanced' serialisation carries Uint8Array texts (undecoded bytes) as they are, like structured clone.
    forkOpts: { execArgv, serialization: 'advanced' },
  });
}

export function createProcessor(options: WorkerPipelineOptions, workers: number, o: ProcessorOptions = {}): Processor {
  const { indent } = o;
  if (workers <= 1) {
    const pipeline = createPipeline(options);
    return {
      workers: 1,
      batchDocs: BATCH_DOCS,
      run: async (item) => processItem(pipeline, item, indent),
      runMany: async (items) => processItems(pipeline, items, indent),
      close: async () => {},
    };
  }
  const heapMb = o.heapMb ?? DEFAULT_WORKER_HEAP_MB;
  const pool = processPool(workers, heapMb);
  // Started on the first document whose worker died; one process, no heap limit.
  let retryPool: workerpool.Pool | undefined;
  const task = (p: workerpool.Pool, item: WorkItem) => p.exec('extract', [{ options, item, indent }]) as unknown as Promise<WorkResult>;
  // processItem turns every error inside a document into its record, so a rejection here means the worker died
  // (out of heap, killed); run.ts turns a second death into the document's E109 record.
  const run = (item: WorkItem): Promise<WorkResult> =>
    task(pool, item).catch(async (err: unknown) => {
      if (heapMb <= 0) throw err;
      retryPool ??= processPool(1, 0);
      return { ...(await task(retryPool, item)), retried: true };
    });
  return {
    workers,
    batchDocs: BATCH_DOCS,
    run,
    // No retry here: when the worker dies the caller runs each document alone (run, with its retry), so only the
    // one to blame fails.
    runMany: async (items) => unpackResults((await pool.exec('extractMany', [{ options, items, indent }])) as unknown as PackedResults),
    close: async () => {
      await pool.terminate();
      await retryPool?.terminate();
    },
  };
}

/**
 * One line for a worker that failed a document: workerpool's message for a dead process spans many lines (spawn
 * arguments, streams); the exit code and signal are what a user can act on (134/SIGABRT: out of heap).
 */
export function describeWorkerFailure(err: unknown): string {
  const message = (err as Error)?.message ?? String(err);
  const exit = /exitCode: `([^`]*)`/.exec(message)?.[1];
  const signal = /signalCode: `([^`]*)`/.exec(message)?.[1];
  if (exit === undefined && signal === undefined) return message.split('\n')[0]!;
  return `the worker process died on this document (exit code ${exit ?? 'null'}, signal ${signal ?? 'null'})`;
}

/**
 * Groups `source` into arrays of at most `maxItems` items whose `weight` sums to at most `maxWeight` (a heavier item
 * goes alone). A group is also passed on when the next item takes longer than `waitMs` to arrive, so that documents
 * trickling in on standard input are not held back waiting for company. With `rampEvery` R, groups start small and
 * double every R groups up to maxItems (1, …, 1, 2, …, 2, 4, …): a short input still reaches every worker.
 */
export async function* batched<T>(source: AsyncIterable<T>, o: { maxItems: number; maxWeight: number; weight: (item: T) => number; waitMs: number; rampEvery?: number }): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  let groups = 0;
  const limit = (): number => (o.rampEvery ? Math.min(o.maxItems, 2 ** Math.floor(groups / o.rampEvery)) : o.maxItems);
  let group: T[] = [];
  let weight = 0;
  /** The group to pass on; the next one starts empty. */
  const take = (): T[] => {
    const full = group;
    groups++;
    group = [];
    weight = 0;
    return full;
  };
  let next: Promise<IteratorResult<T>> | undefined;
  const late = Symbol('late');
  for (;;) {
    if (!next) {
      next = iterator.next();
      next.catch(() => {}); // awaited below; a group passed on early must not leave its rejection "unhandled"
    }
    let r: IteratorResult<T> | typeof late;
    if (group.length === 0) r = await next;
    else {
      let timer: NodeJS.Timeout | undefined;
      r = await Promise.race([next, new Promise<typeof late>((resolve) => (timer = setTimeout(() => resolve(late), o.waitMs)))]);
      clearTimeout(timer);
    }
    if (r === late) {
      yield take();
      continue;
    }
    next = undefined;
    if (r.done) {
      if (group.length) yield group;
      return;
    }
    const w = o.weight(r.value);
    if (group.length && weight + w > o.maxWeight) yield take();
    group.push(r.value);
    weight += w;
    if (group.length >= limit() || weight >= o.maxWeight) yield take();
  }
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
