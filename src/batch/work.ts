/**
 * What one document costs, the same in the main thread and in a worker: the Document (or error record) as a JSON
 * line. Serialising where the work happens keeps the main thread free and the bytes identical for any worker count.
 */
import type { Pipeline, PipelineOptions } from '../pipeline/pipeline.js';
import type { Document, ErrorRecord } from '../schema/document.js';
import { codedErrorRecord } from './records.js';

/** A document to process, as it crosses to a worker (structured-clone friendly). */
export interface WorkItem {
  id: string;
  text: string | Uint8Array;
  source: string;
  date?: string;
  metadata?: Record<string, unknown>;
  /** The original text is wanted back (for tables' sentence column). */
  wantText?: boolean;
}

export interface WorkResult {
  /**
   * One JSON line: the Document or the error record, as text without the newline, or (from a worker process) as its
   * UTF-8 bytes with the newline, which the CLI process writes as they are instead of decoding and encoding them.
   */
  line: string | Uint8Array;
  ok: boolean;
  /** The decoded input text, when asked for. */
  text?: string;
  /** The first worker process died on this document (out of heap) and a process without the heap limit did it. */
  retried?: boolean;
}

/** Options a worker needs to build its own pipeline (no custom stages: functions do not cross threads). */
export type WorkerPipelineOptions = Omit<PipelineOptions, 'stages'>;

const utf8 = new TextDecoder();

/** The record's JSON text (for the few callers that read it: tables, error callbacks, the queue). */
export function lineText(r: Pick<WorkResult, 'line'>): string {
  return typeof r.line === 'string' ? r.line : utf8.decode(r.line.subarray(0, r.line.length - 1));
}

/** A result line as the output gets it: UTF-8 bytes with the newline. */
export function lineBytes(line: WorkResult['line']): Uint8Array {
  return typeof line === 'string' ? Buffer.from(`${line}\n`) : line;
}

/** The result with its line as bytes (what a worker process sends back for one document). */
export function encodeLine(r: WorkResult): WorkResult {
  return { ...r, line: lineBytes(r.line) };
}

/**
 * Several documents' results as one message: their lines (with newlines) in one UTF-8 buffer, where each ends, and
 * the rest per document. One buffer instead of one per line: the CLI process, which shares the cores with the
 * workers, then reads one object per batch.
 */
export interface PackedResults {
  lines: Uint8Array;
  ends: number[];
  ok: boolean[];
  texts?: (string | undefined)[];
}

export function packResults(results: readonly (WorkResult & { line: string })[]): PackedResults {
  const ends: number[] = [];
  let size = 0;
  for (const r of results) ends.push((size += Buffer.byteLength(r.line) + 1));
  const lines = Buffer.allocUnsafe(size);
  let at = 0;
  for (const r of results) {
    at += lines.write(r.line, at);
    lines[at++] = 0x0a;
  }
  const packed: PackedResults = { lines, ends, ok: results.map((r) => r.ok) };
  if (results.some((r) => r.text !== undefined)) packed.texts = results.map((r) => r.text);
  return packed;
}

/** The results of a packed message, each line a view into its buffer. */
export function unpackResults(p: PackedResults): WorkResult[] {
  let start = 0;
  return p.ends.map((end, i) => {
    const r: WorkResult = { line: p.lines.subarray(start, end), ok: p.ok[i]! };
    const text = p.texts?.[i];
    if (text !== undefined) r.text = text;
    start = end;
    return r;
  });
}

/**
 * Documents per group (and per message to a worker process): the pipeline runs each stage over the whole group
 * (Pipeline.extractMany), 1.2–1.4× faster per document than one at a time; 64 measured no faster than 16
 * (docs/benchmarks.md "Stage-major groups"). Queue workers hold as many jobs at once by default.
 */
export const BATCH_DOCS = 16;

/**
 * The documents of one group, their results in the same order. Pipeline.extractMany runs each stage over the whole
 * group (faster than one document after another, the same bytes); a failure inside a document, a bug included,
 * becomes that document's error record (E109 for a bug), so that one document cannot end a run of millions.
 */
export function processItems(pipeline: Pipeline, items: readonly WorkItem[], indent?: number): (WorkResult & { line: string })[] {
  const results = pipeline.extractMany(items.map((item) => ({
    input: item.text,
    id: item.id,
    ...(item.date !== undefined ? { date: item.date } : {}),
    ...(item.metadata !== undefined ? { metadata: item.metadata } : {}),
  })));
  return results.map((r, i) => {
    const item = items[i]!;
    const record: Document | ErrorRecord = r.ok ? r.document : codedErrorRecord(r.error, item.source, item.id);
    const result: WorkResult & { line: string } = { line: JSON.stringify(record, null, indent), ok: r.ok };
    if (item.wantText && r.ok) result.text = typeof item.text === 'string' ? item.text : utf8.decode(item.text);
    return result;
  });
}

export function processItem(pipeline: Pipeline, item: WorkItem, indent?: number): WorkResult & { line: string } {
  return processItems(pipeline, [item], indent)[0]!;
}
