/**
 * A batch run: records in (records.ts), the shard's share kept (shard.ts), records already in a resumed output
 * skipped (resume.ts), documents processed in parallel in input order (pool.ts), JSON lines and tables out,
 * progress on stderr (progress.ts). The output bytes do not depend on the worker count.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Document, ErrorRecord } from '../schema/document.js';
import { errorRecord, readRecords, inputSize, type BatchRecord } from './records.js';
import { inShard, type Shard } from './shard.js';
import { prepareResume } from './resume.js';
import { IdSet } from './id-set.js';
import { BATCH_CHARS, batched, createProcessor, describeWorkerFailure, orderedMap } from './pool.js';
import { createProgress, type ProgressMode } from './progress.js';
import { LineWriter } from './line-writer.js';
import { openTable, type TableWriter } from './tables.js';
import { lineText, type WorkItem, type WorkResult, type WorkerPipelineOptions } from './work.js';

/** How long a started group of documents waits for the next one (a slow standard input). */
const BATCH_WAIT_MS = 20;

export interface BatchOptions {
  /** Files, directories (their .txt files) or '-' for standard input; none = standard input. */
  inputs: string[];
  /** Inputs are JSONL (or JSONL.gz). */
  jsonl: boolean;
  pipeline: WorkerPipelineOptions;
  workers: number;
  /** V8 heap limit of each worker process in MB (pool.ts DEFAULT_WORKER_HEAP_MB); 0 = Node's default. */
  workerHeapMb?: number;
  /** Write JSON lines here instead of standard output. */
  output?: string;
  /** Continue an interrupted run into `output`. */
  resume?: boolean;
  shard?: Shard;
  progress?: ProgressMode;
  /** Indent each record (not with resume: a record must be one line). */
  indent?: number;
  /** Event and entity tables (.csv, .tsv, .parquet). */
  eventsTable?: string;
  entitiesTable?: string;
  /** Called for each error record, before it is written; `log` writes a line on stderr without tearing the progress bar. */
  onError?: (record: ErrorRecord, log: (message: string) => void) => void;
  /** Called for each document whose worker process died and that was done again without the heap limit. */
  onRetry?: (source: string, id: string, log: (message: string) => void) => void;
}

export interface BatchSummary {
  documents: number;
  errors: number;
  /** Records already in the output of a resumed run. */
  skipped: number;
  /** Records that belong to other shards. */
  otherShards: number;
  /** Bytes cut from the end of a resumed output (an unfinished record). */
  repairedBytes: number;
  /** Documents done again in a worker without the heap limit after their worker process died. */
  retried: number;
}

export async function runBatch(o: BatchOptions): Promise<BatchSummary> {
  const summary: BatchSummary = { documents: 0, errors: 0, skipped: 0, otherShards: 0, repairedBytes: 0, retried: 0 };
  let done = new IdSet();
  if (o.resume && o.output) {
    const state = prepareResume(o.output);
    done = state.done;
    summary.repairedBytes = state.truncatedBytes;
  }
  const out: Writable = o.output ? createWriteStream(o.output, { flags: o.resume ? 'a' : 'w' }) : process.stdout;
  const tables: TableWriter[] = [];
  if (o.eventsTable) tables.push(openTable(o.eventsTable, 'events'));
  if (o.entitiesTable) tables.push(openTable(o.entitiesTable, 'entities'));

  let bytes = 0;
  const extensions = o.pipeline.format === 'html' ? ['.html', '.htm'] : ['.txt'];
  const totalBytes = inputSize(o.inputs, extensions);
  const progress = createProgress(o.progress ?? 'auto', totalBytes);
  const counts = () => ({ documents: summary.documents, errors: summary.errors, bytes });

  async function* pending(): AsyncGenerator<BatchRecord> {
    for await (const r of readRecords(o.inputs, { jsonl: o.jsonl, extensions, onBytes: (b) => (bytes = b) })) {
      if (o.shard && !inShard(r.key, o.shard)) summary.otherShards++;
      else if (done.has(r.key)) summary.skipped++;
      else yield r;
    }
  }

  const processor = createProcessor(o.pipeline, o.workers, { ...(o.indent !== undefined ? { indent: o.indent } : {}), ...(o.workerHeapMb !== undefined ? { heapMb: o.workerHeapMb } : {}) });
  const wantText = tables.length > 0;
  const itemOf = (r: BatchRecord & { kind: 'text' }): WorkItem => ({ id: r.id, text: r.text, source: r.source, ...(r.date !== undefined ? { date: r.date } : {}), ...(r.metadata ? { metadata: r.metadata } : {}), wantText });
  // A worker process that dies on a document (after pool.ts's one retry without the heap limit) fails that document, not the run.
  const died = (r: BatchRecord & { kind: 'text' }, err: unknown): WorkResult => ({ line: JSON.stringify(errorRecord('E109', describeWorkerFailure(err), r.source, r.id), null, o.indent), ok: false });
  const alone = (r: BatchRecord & { kind: 'text' }): Promise<WorkResult> => processor.run(itemOf(r)).catch((err: unknown) => died(r, err));
  const work = async (group: BatchRecord[]): Promise<WorkResult[]> => {
    const texts = group.filter((r): r is BatchRecord & { kind: 'text' } => r.kind !== 'failed');
    let done: WorkResult[];
    if (texts.length <= 1) done = await Promise.all(texts.map(alone));
    else {
      try {
        done = await processor.runMany(texts.map(itemOf));
      } catch {
        // a worker died on the group: each document alone, so that only the one that kills a worker fails
        done = await Promise.all(texts.map(alone));
      }
    }
    let next = 0;
    return group.map((r) => (r.kind === 'failed' ? { line: JSON.stringify(r.record, null, o.indent), ok: false } : done[next++]!));
  };
  const groups = batched(pending(), { maxItems: processor.batchDocs, maxWeight: BATCH_CHARS, weight: (r) => (r.kind === 'failed' ? 0 : r.text.length), waitMs: BATCH_WAIT_MS, rampEvery: processor.workers });
  const writer = new LineWriter(out);
  try {
    for await (const { input: group, result: results } of orderedMap(groups, work, Math.max(8, processor.workers * 4))) {
      for (let i = 0; i < group.length; i++) {
        const input = group[i]!;
        const result = results[i]!;
        if (result.retried && input.kind !== 'failed') {
          summary.retried++;
          o.onRetry?.(input.source, input.id, (m) => progress.log(m));
        }
        if (result.ok) {
          summary.documents++;
          if (tables.length) {
            const doc = JSON.parse(lineText(result)) as Document;
            for (const t of tables) t.add(doc, result.text);
          }
        } else {
          summary.errors++;
          o.onError?.(input.kind === 'failed' ? input.record : (JSON.parse(lineText(result)) as ErrorRecord), (m) => progress.log(m));
        }
        await writer.write(result.line);
        progress.update(counts());
      }
    }
    await writer.flush();
    // All input read: line counts can miss a final newline or CRs, the total cannot.
    if (totalBytes !== undefined) bytes = totalBytes;
  } catch (err) {
    // the lines finished before the failure still reach the output (best effort: the output itself may be what failed)
    await writer.flush().catch(() => {});
    throw err;
  } finally {
    await processor.close();
    for (const t of tables) await t.close();
    if (out !== process.stdout) {
      out.end();
      await once(out, 'finish');
    }
    progress.finish(counts());
  }
  return summary;
}
