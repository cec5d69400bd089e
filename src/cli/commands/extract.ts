/** `ereignis extract [FILE…]`: one Document as JSON for one input, JSONL for many; error records instead of crashes. */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createPipeline, type Pipeline, type PipelineOptions } from '../../pipeline/pipeline.js';
import { PIPELINE_FLAGS, pipelineOptionsFrom } from '../pipeline-flags.js';
import { isEreignisError } from '../../errors.js';
import type { ErrorRecord } from '../../schema/document.js';
import { EXIT } from '../exit.js';
import { readInputBytes } from '../read-input.js';
import { runBatch, type BatchOptions } from '../../batch/run.js';
import { defaultWorkers, DEFAULT_WORKER_HEAP_MB } from '../../batch/pool.js';
import { parseShard } from '../../batch/shard.js';
import { parseProgressMode } from '../../batch/progress.js';

export const HELP = `Usage: ereignis extract [options] [FILE|DIR…]

Reads each FILE (or standard input when none is given) as UTF-8 text and writes one Document:
JSON for a single input file, JSONL (one Document per line, in input order) for batch runs: --jsonl input,
several files, or a directory (its .txt files, recursively, in path order).
An input that cannot be read or is not text gives an error record {"error":{"code","message"}} in its place
(and a message on stderr); the run goes on and exits with 1.

Options:
  --jsonl               inputs are JSONL or JSONL.gz: one {"id", "text", …} object per line; other fields
                        (date, url, source, …) go into the Document's "metadata", and "date" (ISO 8601)
                        resolves relative dates; a line without an id gets "FILE:LINE"; a broken line gives
                        an error record with its line number (E105), a repeated id one with code E108
  --pretty              indent the JSON (with several documents: one indented document after another)
  --include-text        copy the input text into each Document (field "text")
  --lang CODE           skip language detection and treat the text as CODE (de, en, …)
  --offsets UNIT        utf16 (default: JavaScript string indices) or codepoint (Python str indices)
  --no-ner              German: gazetteers and rules only, without the statistical tagger
  --tokens              add "tokens": every token with its POS tag, lemma, features, head and relation
                        (the syntax stage; German and English)
  --all-factualities    keep every event whatever its factuality (default: asserted and planned only;
                        negated, hypothetical and reported-claim events are left out)
  --html                inputs are HTML pages: the article text is extracted first (Readability) and
                        offsets refer to it; a directory stands for its .html/.htm files
  --compromise          English: also run compromise's tagger for names (by default its word list only):
                        about half the speed on English, the same entity F1 (docs/benchmarks.md)
  --no-event-parse      event participants by word order and cue words, without parsing: about 2x faster,
                        a quarter fewer events found on real news (docs/benchmarks.md)
  --max-length N        refuse texts longer than N UTF-16 units (default 10000000; error E103)

Batch runs (docs/scale.md):
  --workers N           documents in parallel in N worker processes (default: the number of cores, here
                        ${defaultWorkers()}); 1 = this process; the output is the same bytes for any N
  --worker-heap-mb MB   V8 heap limit of each worker process (default ${DEFAULT_WORKER_HEAP_MB}; 0 = Node's default);
                        a document that needs more is retried once without the limit
  --output FILE         write the JSON lines to FILE instead of standard output
  --resume              with --output: continue an interrupted run (an unfinished last line is cut, ids
                        already in FILE are skipped)
  --shard I/N           process only shard I of N (0 <= I < N), chosen by a hash of each id: N jobs with
                        I = 0 … N-1 together process every record exactly once
  --progress MODE       auto (default: a bar when stderr is a terminal), bar, json (a line every 2 s), none
  --events FILE         also write one row per event to FILE (.csv, .tsv or .parquet; docs/cli.md)
  --entities FILE       also write one row per entity to FILE (.csv, .tsv or .parquet)
  -h, --help            this help

Examples:
  ereignis extract corpus/samples/nato-suedkorea.txt --pretty
  cat article.txt | ereignis extract --lang de
  ereignis extract --jsonl articles.jsonl.gz --output documents.jsonl --events events.parquet
  ereignis extract --jsonl articles.jsonl --output part-3.jsonl --shard 3/16 --resume
  ereignis extract corpus/samples/ > documents.jsonl
`;

function usage(message: string): number {
  process.stderr.write(`ereignis extract: ${message}\n\nRun 'ereignis extract --help' for the options.\n`);
  return EXIT.usage;
}

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...PIPELINE_FLAGS,
        jsonl: { type: 'boolean' },
        pretty: { type: 'boolean' },
        workers: { type: 'string' },
        'worker-heap-mb': { type: 'string' },
        output: { type: 'string', short: 'o' },
        resume: { type: 'boolean' },
        shard: { type: 'string' },
        progress: { type: 'string' },
        events: { type: 'string' },
        entities: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    process.stderr.write(`ereignis extract: ${(err as Error).message}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  let options: PipelineOptions;
  let pipeline: Pipeline;
  try {
    options = pipelineOptionsFrom(values);
    pipeline = createPipeline(options); // checks the options once, before any thread starts
  } catch (err) {
    if (isEreignisError(err) && err.code === 'E001') return usage(err.message);
    throw err;
  }
  const indent = values.pretty ? 2 : undefined;

  const batch = values.jsonl || positionals.length > 1 || positionals.some(isDirectory) ||
    [values.output, values.resume, values.shard, values.events, values.entities, values.workers, values['worker-heap-mb']].some((v) => v !== undefined);
  if (!batch) {
    // A single input: its Document, or only a message on stderr.
    const f = positionals[0];
    try {
      process.stdout.write(JSON.stringify(pipeline.extract(readInputBytes(f), f !== undefined ? { id: f } : {}), null, indent) + '\n');
      return EXIT.ok;
    } catch (err) {
      if (!isEreignisError(err)) throw err;
      process.stderr.write(`ereignis extract: ${err.message}\n`);
      return EXIT.inputFailed;
    }
  }

  const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) return usage(`--workers must be a whole number >= 1, got ${JSON.stringify(values.workers)}`);
  const workerHeapMb = values['worker-heap-mb'] === undefined ? undefined : Number(values['worker-heap-mb']);
  if (workerHeapMb !== undefined && (!Number.isInteger(workerHeapMb) || workerHeapMb < 0 || (workerHeapMb > 0 && workerHeapMb < 64))) {
    return usage(`--worker-heap-mb must be 0 or a whole number >= 64, got ${JSON.stringify(values['worker-heap-mb'])}`);
  }
  if (values.resume && !values.output) return usage('--resume needs --output FILE (the file to continue)');
  if (values.resume && values.pretty) return usage('--resume reads one record per line: it cannot continue --pretty output');
  if (values.resume && (values.events || values.entities)) {
    return usage('--resume cannot continue tables; write them in a run without --resume, or from the finished output');
  }
  const progress = parseProgressMode(values.progress);
  if (!progress) return usage(`--progress must be auto, bar, json or none, got ${JSON.stringify(values.progress)}`);
  const batchOptions: BatchOptions = {
    inputs: positionals,
    jsonl: values.jsonl ?? false,
    pipeline: options,
    workers,
    ...(workerHeapMb !== undefined ? { workerHeapMb } : {}),
    progress,
    ...(indent !== undefined ? { indent } : {}),
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(values.resume ? { resume: true } : {}),
    ...(values.events !== undefined ? { eventsTable: values.events } : {}),
    ...(values.entities !== undefined ? { entitiesTable: values.entities } : {}),
    onRetry: (source, id, log) =>
      log(`ereignis extract: ${source}: ${id}: a worker process ran out of its heap (--worker-heap-mb) or died; the document was done again in a process without the limit`),
    onError: (rec: ErrorRecord, log) => log(`ereignis extract: ${rec.source !== undefined ? `${rec.source}: ` : ''}${rec.error.message}`),
  };
  try {
    if (values.shard !== undefined) batchOptions.shard = parseShard(values.shard);
    const summary = await runBatch(batchOptions);
    if (summary.repairedBytes) process.stderr.write(`ereignis extract: --resume cut an unfinished record (${summary.repairedBytes} bytes) from ${values.output}\n`);
    return summary.errors ? EXIT.inputFailed : EXIT.ok;
  } catch (err) {
    if (isEreignisError(err) && err.code === 'E001') return usage(err.message);
    throw err;
  }
}
