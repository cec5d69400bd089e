/**
 * What one document costs, the same in the main thread and in a worker: the Document (or error record) as a JSON
 * line. Serialising where the work happens keeps the main thread free and the bytes identical for any worker count.
 */
import type { Pipeline, PipelineOptions } from '../pipeline/pipeline.js';
import { isEreignisError } from '../errors.js';
import type { Document, ErrorRecord } from '../schema/document.js';
import { errorRecord, failureRecord } from './records.js';

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

export function processItem(pipeline: Pipeline, item: WorkItem, indent?: number): WorkResult & { line: string } {
  let record: Document | ErrorRecord;
  let ok = true;
  try {
    record = pipeline.extract(item.text, {
      id: item.id,
      ...(item.date !== undefined ? { date: item.date } : {}),
      ...(item.metadata !== undefined ? { metadata: item.metadata } : {}),
    });
  } catch (err) {
    ok = false;
    // A bug on one document must not end a run of millions: it becomes that document's error record (E109).
    record = isEreignisError(err) ? failureRecord(err, item.source, item.id) : errorRecord('E109', `${(err as Error)?.stack ?? String(err)}`, item.source, item.id);
  }
  const result: WorkResult & { line: string } = { line: JSON.stringify(record, null, indent), ok };
  if (item.wantText && ok) result.text = typeof item.text === 'string' ? item.text : utf8.decode(item.text);
  return result;
}
