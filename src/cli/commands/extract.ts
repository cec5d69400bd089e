/** `ereignis extract [FILE…]`: one Document as JSON for one input, JSONL for many; error records instead of crashes. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createPipeline, type Pipeline, type PipelineOptions } from '../../pipeline/pipeline.js';
import { EreignisError, isEreignisError } from '../../errors.js';
import { SCHEMA_VERSION, type ErrorRecord } from '../../schema/document.js';
import { EXIT } from '../exit.js';
import { readInputBytes } from '../read-input.js';

export const HELP = `Usage: ereignis extract [options] [FILE…]

Reads each FILE (or standard input when none is given) as UTF-8 text and writes one Document:
JSON for a single input, JSONL (one Document per line) for several inputs or --jsonl input.
An input that cannot be read or is not text gives an error record {"error":{"code","message"}} in its place
(and a message on stderr); the run goes on and exits with 1.

Options:
  --jsonl               inputs are JSONL: one {"id"?: string, "text": string} object per line;
                        a broken line gives an error record with its line number (code E105)
  --pretty              indent the JSON (with several documents: one indented document after another)
  --include-text        copy the input text into each Document (field "text")
  --lang CODE           skip language detection and treat the text as CODE (de, en, …)
  --offsets UNIT        utf16 (default: JavaScript string indices) or codepoint (Python str indices)
  --no-ner              German: gazetteers and rules only, without the statistical tagger
  --tokens              add "tokens": every token with its POS tag, lemma, features, head and relation
                        (the syntax stage; German and English)
  --all-factualities    keep every event whatever its factuality (default: asserted and planned only;
                        negated, hypothetical and reported-claim events are left out)
  --max-length N        refuse texts longer than N UTF-16 units (default 10000000; error E103)
  -h, --help            this help

Examples:
  ereignis extract corpus/samples/nato-suedkorea.txt --pretty
  cat article.txt | ereignis extract --lang de
  ereignis extract --jsonl articles.jsonl > documents.jsonl
`;

type Emit = (record: object) => void;

function errorRecord(err: unknown, source: string | undefined, id?: string): ErrorRecord {
  const e = isEreignisError(err) ? err : new EreignisError('E104', err instanceof Error ? err.message : String(err));
  return {
    schemaVersion: SCHEMA_VERSION,
    ...(id !== undefined ? { id } : {}),
    ...(source !== undefined ? { source } : {}),
    error: { code: e.code, message: e.message },
  };
}


async function processJsonl(file: string | undefined, pipeline: Pipeline, emit: Emit, fail: (r: ErrorRecord) => void): Promise<void> {
  const name = file ?? 'stdin';
  let stream: NodeJS.ReadableStream;
  try {
    stream = file === undefined || file === '-' ? process.stdin : createReadStream(file);
  } catch (err) {
    return fail(errorRecord(err, name));
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (line.trim() === '') continue;
      const source = `${name}:${lineNo}`;
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch (err) {
        fail(errorRecord(new EreignisError('E105', `${source}: not valid JSON (${(err as Error).message})`), source));
        continue;
      }
      const rec = obj as { id?: unknown; text?: unknown };
      const id = typeof rec?.id === 'string' || typeof rec?.id === 'number' ? String(rec.id) : undefined;
      if (typeof rec?.text !== 'string') {
        fail(errorRecord(new EreignisError('E105', `${source}: expected an object with a "text" string`), source, id));
        continue;
      }
      const result = pipeline.safeExtract(rec.text, id !== undefined ? { id } : {});
      if (result.ok) emit(result.document);
      else fail(errorRecord(new EreignisError(result.error.code, result.error.message.replace(/^\[E\d+\] [^:]+: /, '')), source, id));
    }
  } catch (err) {
    fail(errorRecord(new EreignisError('E104', `${name}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`), name));
  }
}

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        jsonl: { type: 'boolean' },
        pretty: { type: 'boolean' },
        'include-text': { type: 'boolean' },
        lang: { type: 'string' },
        offsets: { type: 'string' },
        'no-ner': { type: 'boolean' },
        tokens: { type: 'boolean' },
        'all-factualities': { type: 'boolean' },
        'max-length': { type: 'string' },
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
  const options: PipelineOptions = {};
  if (values.lang !== undefined) options.language = values.lang;
  if (values.offsets !== undefined) options.offsets = values.offsets as PipelineOptions['offsets'];
  if (values['include-text']) options.includeText = true;
  if (values['no-ner']) options.ner = false;
  if (values.tokens) options.syntax = true;
  if (values['all-factualities']) options.allFactualities = true;
  if (values['max-length'] !== undefined) options.maxLength = Number(values['max-length']);
  let pipeline: Pipeline;
  try {
    pipeline = createPipeline(options);
  } catch (err) {
    if (isEreignisError(err) && err.code === 'E001') {
      process.stderr.write(`ereignis extract: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }

  const indent = values.pretty ? 2 : undefined;
  const out: string[] = [];
  // Write in batches: one write per record is slow on large corpora.
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  const emit: Emit = (record) => {
    out.push(JSON.stringify(record, null, indent) + '\n');
    if (out.length >= 64) flush();
  };
  let failures = 0;
  const fail = (rec: ErrorRecord) => {
    failures++;
    process.stderr.write(`ereignis extract: ${rec.source ? `${rec.source}: ` : ''}${rec.error.message}\n`);
    emit(rec);
  };

  const files = positionals.length ? positionals : [undefined];
  if (values.jsonl) {
    for (const f of files) await processJsonl(f, pipeline, emit, fail);
  } else if (files.length === 1) {
    // A single input: its Document, or only a message on stderr.
    const f = files[0];
    try {
      emit(pipeline.extract(readInputBytes(f), f !== undefined ? { id: f } : {}));
    } catch (err) {
      if (!isEreignisError(err)) throw err;
      process.stderr.write(`ereignis extract: ${err.message}\n`);
      return EXIT.inputFailed;
    }
  } else {
    for (const f of files) {
      try {
        emit(pipeline.extract(readInputBytes(f), f !== undefined ? { id: f } : {}));
      } catch (err) {
        if (!isEreignisError(err)) throw err;
        fail(errorRecord(err, f, f));
      }
    }
  }
  flush();
  return failures ? EXIT.inputFailed : EXIT.ok;
}
