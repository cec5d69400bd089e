/**
 * Many machines on one Redis-backed job queue (BullMQ): `queue push` adds one job per document, any number of
 * `worker` processes take them, `queue collect` writes the results in push order. Results are stored in a Redis
 * hash keyed by document id, so a job that runs twice (a worker killed mid-job: BullMQ hands its job to another
 * worker once the lock expires) overwrites its own result instead of duplicating it. The library does not need
 * Redis: bullmq and ioredis are optional dependencies, loaded only here.
 */
import { EreignisError } from '../errors.js';
import { createPipeline } from '../pipeline/pipeline.js';
import type { ErrorRecord } from '../schema/document.js';
import { errorRecord, failureRecord, readRecords, type RecordSourceOptions } from '../batch/records.js';
import { decodeInput } from '../pipeline/input.js';
import { BATCH_DOCS, processItems, type WorkItem, type WorkerPipelineOptions } from '../batch/work.js';
import { groupCalls } from './group-calls.js';

type BullMQ = typeof import('bullmq');
type Redis = import('ioredis').Redis;

export interface QueueConnection {
  /** redis://host:port[/db]; default $REDIS_URL or redis://127.0.0.1:6379. */
  url?: string;
  /** Queue name (several corpora can share one Redis). Default "ereignis". */
  queue?: string;
}

/** The job each document becomes (text as a string: JSON-safe in Redis). */
interface DocumentJob {
  id: string;
  text: string;
  source: string;
  date?: string;
  metadata?: Record<string, unknown>;
}

async function loadBullMQ(): Promise<{ bullmq: BullMQ; IORedis: typeof import('ioredis').Redis }> {
  try {
    const bullmq = await import('bullmq');
    const ioredis = await import('ioredis');
    return { bullmq, IORedis: ioredis.Redis };
  } catch {
    throw new EreignisError('E001', 'the queue needs the optional dependencies bullmq and ioredis: npm install bullmq ioredis');
  }
}

const redisUrl = (c: QueueConnection): string => c.url ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const queueName = (c: QueueConnection): string => c.queue ?? 'ereignis';
/** Our own keys beside BullMQ's: push order, and results by document id. */
const keys = (c: QueueConnection) => ({ order: `ereignis:${queueName(c)}:order`, results: `ereignis:${queueName(c)}:results` });
/** BullMQ job ids may not contain ':' nor be integers; document ids may. */
const jobId = (documentId: string): string => `d-${encodeURIComponent(documentId)}`;

async function connect(c: QueueConnection, worker = false): Promise<{ bullmq: BullMQ; redis: Redis }> {
  const { bullmq, IORedis } = await loadBullMQ();
  // BullMQ workers block on Redis; they need maxRetriesPerRequest: null.
  // The first connection is tried once (a clear message beats silent retries); a worker reconnects later on its own.
  let firstTry = true;
  const redis = new IORedis(redisUrl(c), {
    maxRetriesPerRequest: worker ? null : 3,
    lazyConnect: true,
    retryStrategy: (times: number) => (firstTry ? null : Math.min(times * 200, 5000)),
  });
  let lastError: Error | undefined;
  redis.on('error', (e: Error) => (lastError = e)); // ioredis prints unhandled error events; we report them below
  try {
    await redis.connect();
    firstTry = false;
  } catch (err) {
    redis.disconnect();
    const reason = (lastError ?? (err as Error)).message;
    throw new EreignisError('E001', `cannot reach Redis at ${redisUrl(c)} (${reason}); start redis-server or pass --redis URL`);
  }
  return { bullmq, redis };
}

export interface PushSummary {
  pushed: number;
  /** Ids pushed before (by an earlier push of the same input): not added again. */
  already: number;
  /** Inputs that failed before processing (broken lines, unreadable files): stored as error records. */
  failed: number;
}

/** Adds one job per input record; failed inputs are stored as their error records right away. */
export async function pushToQueue(inputs: string[], source: RecordSourceOptions, c: QueueConnection, onError?: (r: ErrorRecord) => void): Promise<PushSummary> {
  const { bullmq, redis } = await connect(c);
  const queue = new bullmq.Queue<DocumentJob>(queueName(c), { connection: redis });
  const k = keys(c);
  const summary: PushSummary = { pushed: 0, already: 0, failed: 0 };
  try {
    for await (const r of readRecords(inputs, source)) {
      const isNew = (await redis.hsetnx(`${k.order}:seen`, r.key, '1')) === 1;
      if (!isNew) {
        summary.already++;
        continue;
      }
      await redis.rpush(k.order, r.key);
      if (r.kind === 'failed') {
        summary.failed++;
        onError?.(r.record);
        await redis.hset(k.results, r.key, JSON.stringify(r.record));
        continue;
      }
      let text: string;
      try {
        text = decodeInput(r.text); // binary or invalid UTF-8 fails here, as in extract (E101, E102)
      } catch (err) {
        const rec = failureRecord(err, r.source, r.id);
        summary.failed++;
        onError?.(rec);
        await redis.hset(k.results, r.key, JSON.stringify(rec));
        continue;
      }
      const data: DocumentJob = { id: r.id, text, source: r.source, ...(r.date !== undefined ? { date: r.date } : {}), ...(r.metadata ? { metadata: r.metadata } : {}) };
      await queue.add('extract', data, { jobId: jobId(r.id), attempts: 3, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: true, removeOnFail: false });
      summary.pushed++;
    }
  } finally {
    await queue.close();
    redis.disconnect();
  }
  return summary;
}

export interface WorkerOptions extends QueueConnection {
  pipeline: WorkerPipelineOptions;
  /** Jobs this process holds at once, processed together stage by stage (Pipeline.extractMany); default BATCH_DOCS.
   * A killed worker's jobs wait lockDuration before another worker takes them. */
  concurrency?: number;
  /** Milliseconds a job stays locked to a worker that stopped renewing it (killed) before another takes it. */
  lockDuration?: number;
  /** Stop when the queue has been empty this many milliseconds (0: run until killed). */
  idleExitMs?: number;
  onDocument?: (id: string, ok: boolean) => void;
}

/** How long a worker's first job waits for others to fill its group (a few Redis round trips). */
const GROUP_WAIT_MS = 20;

/** Takes jobs until killed (or idle for idleExitMs); each result is stored under its document id. */
export async function runWorker(o: WorkerOptions): Promise<number> {
  const { bullmq, redis } = await connect(o, true);
  const k = keys(o);
  const pipeline = createPipeline(o.pipeline);
  const concurrency = o.concurrency ?? BATCH_DOCS;
  // The jobs held at once go through the pipeline as one group; a group is not held back once the queue runs dry.
  const extract = groupCalls((items: WorkItem[]) => processItems(pipeline, items), concurrency, GROUP_WAIT_MS);
  let processed = 0;
  let lastWork = Date.now();
  const worker = new bullmq.Worker<DocumentJob>(
    queueName(o),
    async (job) => {
      const d = job.data;
      const result = await extract({ id: d.id, text: d.text, source: d.source, ...(d.date !== undefined ? { date: d.date } : {}), ...(d.metadata ? { metadata: d.metadata } : {}) });
      await redis.hset(k.results, d.id, result.line);
      processed++;
      lastWork = Date.now();
      o.onDocument?.(d.id, result.ok);
    },
    {
      connection: redis,
      concurrency,
      lockDuration: o.lockDuration ?? 30_000,
      stalledInterval: Math.max(1000, Math.floor((o.lockDuration ?? 30_000) / 2)),
      maxStalledCount: 2,
    },
  );
  const watch = new bullmq.Queue(queueName(o), { connection: redis });
  // A job that failed every attempt still gets a record: its error (the worker code catches input errors itself).
  worker.on('failed', (job, err) => {
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
      void redis.hset(k.results, job.data.id, JSON.stringify(errorRecord('E109', err.message, job.data.source, job.data.id)));
    }
  });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    if (o.idleExitMs) {
      const timer = setInterval(async () => {
        const counts = await watch.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        const open = (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0);
        if (open === 0 && Date.now() - lastWork >= o.idleExitMs!) {
          clearInterval(timer);
          resolve();
        }
      }, 500);
    }
  });
  await worker.close();
  await watch.close();
  redis.disconnect();
  return processed;
}

export interface QueueStatus {
  pushed: number;
  done: number;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

export async function queueStatus(c: QueueConnection): Promise<QueueStatus> {
  const { bullmq, redis } = await connect(c);
  const queue = new bullmq.Queue(queueName(c), { connection: redis });
  try {
    const k = keys(c);
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
    return {
      pushed: await redis.llen(k.order),
      done: await redis.hlen(k.results),
      waiting: counts.waiting ?? 0,
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
    };
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

/** Writes every result in push order; returns how many are still missing (not processed yet). */
export async function collectResults(c: QueueConnection, write: (line: string) => Promise<void>): Promise<{ written: number; missing: number }> {
  const { redis } = await connect(c);
  const k = keys(c);
  let written = 0;
  let missing = 0;
  try {
    const total = await redis.llen(k.order);
    for (let at = 0; at < total; at += 1000) {
      const ids = await redis.lrange(k.order, at, Math.min(total, at + 1000) - 1);
      const lines = await redis.hmget(k.results, ...ids);
      for (const line of lines) {
        if (line === null) missing++;
        else {
          await write(line);
          written++;
        }
      }
    }
  } finally {
    redis.disconnect();
  }
  return { written, missing };
}

/** Deletes the queue's jobs and results (to start a corpus again under the same name). */
export async function clearQueue(c: QueueConnection): Promise<void> {
  const { bullmq, redis } = await connect(c);
  const queue = new bullmq.Queue(queueName(c), { connection: redis });
  try {
    await queue.obliterate({ force: true });
    const k = keys(c);
    await redis.del(k.order, `${k.order}:seen`, k.results);
  } finally {
    await queue.close();
    redis.disconnect();
  }
}
