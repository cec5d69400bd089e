/** `ereignis queue push|status|collect|clear` and `ereignis worker`: a corpus on a Redis job queue (docs/scale.md). */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { isEreignisError } from '../../errors.js';
import { PIPELINE_FLAGS, pipelineOptionsFrom } from '../pipeline-flags.js';
import { EXIT } from '../exit.js';
import { BATCH_DOCS } from '../../batch/work.js';

export const HELP = `Usage: ereignis queue <push|status|collect|clear> [options]
       ereignis worker [options]

A corpus on a Redis job queue (BullMQ), for many machines: push once, start workers anywhere, collect.
Needs Redis and the optional dependencies bullmq and ioredis (installed with ereignis unless omitted).

  queue push [--jsonl] INPUT…   one job per document (JSONL, JSONL.gz, .txt files, directories, stdin);
                                pushing the same ids again adds nothing
  worker                        take jobs until stopped (SIGTERM/SIGINT finish the current document);
                                a killed worker's job goes to another worker after --lock-duration
  queue status                  pushed, done, waiting, active, failed (JSON)
  queue collect [--output F]    every result in push order (Documents and error records as JSON lines);
                                exits 1 while some are missing (--wait polls until none are)
  queue clear                   delete the queue's jobs and results

Options:
  --redis URL             Redis to use (default $REDIS_URL or redis://127.0.0.1:6379)
  --queue NAME            queue name (default "ereignis"); one per corpus
  --lang, --no-ner, --tokens, --all-factualities, --offsets, --include-text, --html, --compromise,
                          --no-event-parse, --max-length: as in ereignis extract
                          (worker; push --html takes a directory's .html/.htm files)
  --concurrency N         jobs a worker process holds at once, extracted together stage by stage
                          (default 16, about 1.2x faster per document than 1; start one process per core)
  --lock-duration MS      how long a job stays with a worker that stopped answering (default 30000)
  --exit-when-idle MS     worker: stop after the queue has been empty this long (default: run until stopped)
  --wait                  collect: wait until every pushed document has a result
  -h, --help              this help
`;

const OPTIONS = {
  redis: { type: 'string' },
  queue: { type: 'string' },
  jsonl: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  wait: { type: 'boolean' },
  ...PIPELINE_FLAGS,
  concurrency: { type: 'string' },
  'lock-duration': { type: 'string' },
  'exit-when-idle': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const fail = (message: string, code: number = EXIT.usage): number => {
  process.stderr.write(`ereignis: ${message}\n`);
  return code;
};

const positiveInt = (v: string | undefined, name: string, fallback: number): number => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number >= 0, got ${JSON.stringify(v)}`);
  return n;
};

/** `worker` is `queue worker` under its own name. */
export async function runWorkerCommand(argv: string[]): Promise<number> {
  return run(['worker', ...argv]);
}

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (err) {
    return fail(`${(err as Error).message}\n\n${HELP}`);
  }
  const { values: v, positionals } = args;
  const [sub, ...inputs] = positionals;
  if (v.help || sub === undefined) {
    process.stdout.write(HELP);
    return v.help ? EXIT.ok : EXIT.usage;
  }
  const connection = { ...(v.redis !== undefined ? { url: v.redis } : {}), ...(v.queue !== undefined ? { queue: v.queue } : {}) };
  const q = await import('../../queue/redis-queue.js');
  try {
    if (sub === 'push') {
      const s = await q.pushToQueue(inputs, { jsonl: v.jsonl ?? false, ...(v.html ? { extensions: ['.html', '.htm'] } : {}) }, connection, (r) => process.stderr.write(`ereignis queue push: ${r.source ?? ''}: ${r.error.message}\n`));
      process.stdout.write(JSON.stringify(s) + '\n');
      return s.failed ? EXIT.inputFailed : EXIT.ok;
    }
    if (sub === 'status') {
      process.stdout.write(JSON.stringify(await q.queueStatus(connection)) + '\n');
      return EXIT.ok;
    }
    if (sub === 'clear') {
      await q.clearQueue(connection);
      return EXIT.ok;
    }
    if (sub === 'collect') {
      if (v.wait) {
        for (;;) {
          const s = await q.queueStatus(connection);
          if (s.done >= s.pushed) break;
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
      const out: Writable = v.output ? createWriteStream(v.output) : process.stdout;
      const result = await q.collectResults(connection, async (line) => {
        if (!out.write(line + '\n')) await once(out, 'drain');
      });
      if (out !== process.stdout) {
        out.end();
        await once(out, 'finish');
      }
      if (result.missing) process.stderr.write(`ereignis queue collect: ${result.missing} pushed documents have no result yet (see 'ereignis queue status')\n`);
      return result.missing ? EXIT.inputFailed : EXIT.ok;
    }
    if (sub === 'worker') {
      const pipeline = pipelineOptionsFrom(v);
      const n = await q.runWorker({
        ...connection,
        pipeline,
        concurrency: Math.max(1, positiveInt(v.concurrency, '--concurrency', BATCH_DOCS)),
        lockDuration: Math.max(1000, positiveInt(v['lock-duration'], '--lock-duration', 30_000)),
        idleExitMs: positiveInt(v['exit-when-idle'], '--exit-when-idle', 0),
      });
      process.stderr.write(`ereignis worker: ${n} documents\n`);
      return EXIT.ok;
    }
    return fail(`unknown queue command "${sub}": push, status, collect, clear (or ereignis worker)`);
  } catch (err) {
    if (isEreignisError(err) && err.code === 'E001') return fail(err.message);
    if (err instanceof Error && /must be a whole number/.test(err.message)) return fail(err.message);
    throw err;
  }
}
