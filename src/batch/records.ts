/**
 * Batch inputs as one stream of records: JSONL (plain or gzip), a directory of .txt files (recursive), single
 * files, standard input. A record that cannot become a document is an error record in its place, so that every
 * input line or file is accounted for in the output.
 */
import { closeSync, createReadStream, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline, Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { EreignisError, isEreignisError, type ErrorCode } from '../errors.js';
import { SCHEMA_VERSION, type ErrorRecord } from '../schema/document.js';
import { IdSet } from './id-set.js';

/** One document to process. `key` identifies it for shards, resume and duplicates: the id. */
export interface TextRecord {
  kind: 'text';
  key: string;
  id: string;
  text: string | Uint8Array;
  /** Where it came from, for messages: a file name or "file:line". */
  source: string;
  date?: string;
  metadata?: Record<string, unknown>;
}

/** An input that failed before processing (unreadable file, broken JSONL line, duplicate id). */
export interface FailedRecord {
  kind: 'failed';
  key: string;
  record: ErrorRecord;
}

export type BatchRecord = TextRecord | FailedRecord;

export interface RecordSourceOptions {
  /** Inputs are JSONL (one `{"id", "text", …}` object per line); otherwise each file is one text. */
  jsonl: boolean;
  /** Called with the number of input bytes read so far (compressed bytes for .gz), for progress and ETA. */
  onBytes?: (bytes: number) => void;
  /** File endings a directory input stands for (default .txt; .html and .htm for HTML input). */
  extensions?: readonly string[];
}

const TEXT_FILES = ['.txt'];

export function errorRecord(code: ErrorCode, detail: string, source: string | undefined, id?: string): ErrorRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    ...(id !== undefined ? { id } : {}),
    ...(source !== undefined ? { source } : {}),
    error: { code, message: new EreignisError(code, detail).message },
  };
}

/** The record of an error whose message is already complete (an EreignisError's, or a SafeResult's). */
export function codedErrorRecord(error: { code: ErrorCode; message: string }, source: string | undefined, id?: string): ErrorRecord {
  return { schemaVersion: SCHEMA_VERSION, ...(id !== undefined ? { id } : {}), ...(source !== undefined ? { source } : {}), error: { code: error.code, message: error.message } };
}

/** The error record for any failure: EreignisErrors keep their code, file system errors become E104. */
export function failureRecord(err: unknown, source: string | undefined, id?: string): ErrorRecord {
  if (isEreignisError(err)) return codedErrorRecord(err, source, id);
  return errorRecord('E104', fileErrorReason(err), source, id);
}

/** The words a reader sees for a file system error: "no such file", "is a directory", … */
export function fileErrorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  if (code?.startsWith('Z_')) return `not valid gzip data (${code})`;
  return code ?? (err instanceof Error ? err.message : String(err));
}

/** Total size in bytes of the given inputs (directories: their files), or undefined when one is a stream. */
export function inputSize(inputs: readonly string[], extensions: readonly string[] = TEXT_FILES): number | undefined {
  let total = 0;
  for (const input of inputs) {
    if (input === '-') return undefined;
    let st: Stats;
    try {
      st = statSync(input);
    } catch {
      continue;
    }
    if (st.isDirectory()) for (const f of textFilesUnder(input, extensions)) total += statSync(f).size;
    else if (st.isFile()) total += st.size;
    else return undefined;
  }
  return total;
}

/** The .txt (or other `extensions`) files under a directory, recursively, in code-unit order of their paths (the
 * same on every machine). */
export function textFilesUnder(dir: string, extensions: readonly string[] = TEXT_FILES): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && extensions.some((x) => e.name.toLowerCase().endsWith(x))) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Every input as records, in input order; ids already seen give E108 error records. */
export async function* readRecords(inputs: readonly string[], options: RecordSourceOptions): AsyncGenerator<BatchRecord> {
  const seen = new IdSet();
  let bytes = 0;
  const countBytes = (n: number): void => {
    bytes += n;
    options.onBytes?.(bytes);
  };
  const list = inputs.length ? inputs : ['-'];
  for (const input of list) {
    const records = options.jsonl ? jsonlRecords(input, countBytes) : fileRecords(input, countBytes, options.extensions ?? TEXT_FILES);
    for await (const r of records) {
      if (r.kind === 'text') {
        if (!seen.add(r.key)) {
          // Keyed by its line, not its id: the id belongs to the first record that had it.
          yield { kind: 'failed', key: r.source, record: errorRecord('E108', `id ${JSON.stringify(r.id)} was used before; ids must be unique`, r.source) };
          continue;
        }
      }
      yield r;
    }
  }
}

function nameOf(input: string): string {
  return input === '-' ? 'stdin' : input;
}

/** One text per file; a directory stands for its .txt files (ids relative to it are not used: the path is the id). */
async function* fileRecords(input: string, countBytes: (n: number) => void, extensions: readonly string[]): AsyncGenerator<BatchRecord> {
  let files: string[] = [input];
  if (input === '-' && stdinIsDirectory()) {
    yield { kind: 'failed', key: 'stdin', record: errorRecord('E104', 'is a directory', 'stdin', 'stdin') };
    return;
  }
  if (input !== '-') {
    try {
      if (statSync(input).isDirectory()) files = textFilesUnder(input, extensions);
    } catch (err) {
      yield { kind: 'failed', key: input, record: errorRecord('E104', fileErrorReason(err), input, input) };
      return;
    }
  }
  for (const file of files) {
    try {
      const bytes = file === '-' ? readFileSync(0) : readFileSync(file);
      countBytes(bytes.length);
      yield { kind: 'text', key: nameOf(file), id: nameOf(file), text: bytes, source: nameOf(file) };
    } catch (err) {
      yield { kind: 'failed', key: nameOf(file), record: errorRecord('E104', fileErrorReason(err), nameOf(file), nameOf(file)) };
    }
  }
}

function isGzipFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Counts the bytes that pass, without copying them. */
function byteCounter(countBytes: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      countBytes(chunk.length);
      done(null, chunk);
    },
  });
}

/** Standard input is gzip when it starts with 1f 8b: decided by its first bytes (files are checked by isGzipFile). */
function decompressIfGzip(raw: Readable): Readable {
  const out = new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, chunk);
    },
  });
  let decided = false;
  raw.once('error', (e) => out.destroy(e));
  raw.once('readable', () => {
    if (decided) return;
    decided = true;
    const head: Buffer | null = raw.read(2) ?? raw.read();
    if (head) raw.unshift(head);
    if (head && head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
      const gunzip = createGunzip();
      gunzip.once('error', (e) => out.destroy(e));
      raw.pipe(gunzip).pipe(out);
    } else raw.pipe(out);
  });
  return out;
}

/** Standard input redirected from a directory reads as empty in Node: say so instead of writing nothing. */
function stdinIsDirectory(): boolean {
  try {
    return fstatSync(0).isDirectory();
  } catch {
    return false;
  }
}

async function* jsonlRecords(input: string, countBytes: (n: number) => void): AsyncGenerator<BatchRecord> {
  const name = nameOf(input);
  try {
    if (input === '-' ? stdinIsDirectory() : statSync(input).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (err) {
    yield { kind: 'failed', key: name, record: errorRecord('E104', fileErrorReason(err), name) };
    return;
  }
  // Progress counts the bytes of the lines consumed, which readline's read-ahead does not inflate; a gzip file
  // counts its compressed bytes as read (its total size is the compressed size).
  const gzipFile = input !== '-' && isGzipFile(input);
  let source: Readable;
  if (input === '-') source = decompressIfGzip(process.stdin);
  else if (gzipFile) source = pipeline(createReadStream(input), byteCounter(countBytes), createGunzip(), () => {}); // errors reach readline
  else source = createReadStream(input);
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  const countLine = (line: string): void => {
    if (!gzipFile) countBytes(Buffer.byteLength(line) + 1);
  };
  let lineNo = 0;
  try {
    for await (const rawLine of lines) {
      lineNo++;
      countLine(rawLine);
      // A UTF-8 byte order mark at the start of the file is not part of the first record.
      const line = lineNo === 1 && rawLine.charCodeAt(0) === 0xfeff ? rawLine.slice(1) : rawLine;
      if (line.trim() === '') continue;
      yield parseLine(line, `${name}:${lineNo}`);
    }
  } catch (err) {
    const at = lineNo ? `${name}:${lineNo + 1}` : name;
    yield { kind: 'failed', key: at, record: errorRecord('E104', fileErrorReason(err), at) };
  }
}

/** One JSONL line: id (string or number; "file:line" when absent), text, date, and the rest as metadata. */
export function parseLine(line: string, source: string): BatchRecord {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    return { kind: 'failed', key: source, record: errorRecord('E105', `not valid JSON (${(err as Error).message})`, source) };
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return { kind: 'failed', key: source, record: errorRecord('E105', 'expected an object with a "text" string', source) };
  }
  const { id: rawId, text, ...rest } = obj as Record<string, unknown>;
  const hasId = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId));
  const id = hasId ? String(rawId) : source;
  if (typeof text !== 'string') {
    return { kind: 'failed', key: id, record: errorRecord('E105', 'expected an object with a "text" string', source, hasId ? id : undefined) };
  }
  const record: TextRecord = { kind: 'text', key: id, id, text, source };
  if (typeof rest.date === 'string') record.date = rest.date;
  if (Object.keys(rest).length) record.metadata = rest;
  return record;
}
