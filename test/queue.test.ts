/**
 * The Redis queue (src/queue/) against a real redis-server: $REDIS_URL (CI starts one on 127.0.0.1, see .ci/run),
 * else a private redis-server on a free port when the binary is installed; skipped only outside CI when neither.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/corpus.js';
import { runBatch } from '../src/batch/run.js';
import { queueStatus } from '../src/queue/redis-queue.js';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

const hasRedisServer = (): boolean => spawnSync('redis-server', ['--version']).status === 0;

describe('Redis queue (BullMQ): push, workers, a worker killed mid-job, collect', function () {
  this.timeout(300000);
  let redisUrl = process.env.REDIS_URL;
  let server: ChildProcess | undefined;
  const queue = `test-${process.pid}-${Date.now()}`;
  const dir = mkdtempSync(join(tmpdir(), 'ereignis-queue-'));
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args, '--queue', queue, '--redis', redisUrl!], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 });

  before(async function () {
    if (!redisUrl) {
      if (!hasRedisServer()) {
        if (process.env.CI) throw new Error('CI must provide Redis: set REDIS_URL or install redis-server');
        this.skip();
      }
      const port = await freePort();
      server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      redisUrl = `redis://127.0.0.1:${port}`;
      await new Promise((r) => setTimeout(r, 500));
    }
  });

  after(() => {
    if (redisUrl && !server) cli(['queue', 'clear']);
    server?.kill();
  });

  it('every input id exactly once in the collected output, as one local run writes it', async () => {
    // Long documents (a few samples each), so that a worker killed at any moment is in the middle of one.
    const samples = readdirSync(join(ROOT, 'corpus', 'samples')).filter((f) => f.endsWith('.txt')).sort();
    const texts = samples.map((f) => readFileSync(join(ROOT, 'corpus', 'samples', f), 'utf8'));
    const lines = Array.from({ length: 16 }, (_, i) => JSON.stringify({ id: i % 5 === 0 ? i : `doc:${i}`, text: [0, 1, 2, 3, 4, 5, 6, 7].map((k) => texts[(i + k) % texts.length]).join('\n\n') }));
    lines.splice(7, 0, '{broken');
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, lines.join('\n') + '\n');
    const reference = join(dir, 'reference.jsonl');
    await runBatch({ inputs: [input], jsonl: true, pipeline: {}, workers: 1, output: reference, progress: 'none' });

    const push = cli(['queue', 'push', '--jsonl', input]);
    assert.equal(push.status, 1, 'a broken line is reported'); // and stored as its error record
    assert.deepEqual(JSON.parse(push.stdout), { pushed: 16, already: 0, failed: 1 });
    assert.deepEqual(JSON.parse(cli(['queue', 'push', '--jsonl', input]).stdout), { pushed: 0, already: 17, failed: 0 });

    // One worker takes a job at a time, the other groups of 4 (extracted together): both ways must lose nothing.
    const worker = (concurrency: number) =>
      spawn(process.execPath, ['--import', 'tsx', CLI, 'worker', '--queue', queue, '--redis', redisUrl!, '--lock-duration', '2000', '--exit-when-idle', '2500', '--concurrency', String(concurrency)], { cwd: ROOT, stdio: 'ignore' });
    // Read in this process (milliseconds), not through a CLI start-up (about a second): documents now take less than
    // that, and a slow poll saw the survivor finish everything before the kill.
    const status = () => queueStatus({ url: redisUrl!, queue });
    const doomed = worker(1);
    const survivor = worker(4);
    const survivorExit = new Promise<number | null>((r) => survivor.on('exit', (code) => r(code)));
    // Kill one worker once a few documents are done: both are busy then, so it dies in the middle of a job.
    // (The status read just before the kill is the one to judge: by a later read the survivor may have finished.)
    let killedAt = await status();
    while (killedAt.done < 5) {
      await new Promise((r) => setTimeout(r, 50));
      killedAt = await status();
    }
    doomed.kill('SIGKILL');
    assert.ok(killedAt.done < killedAt.pushed && killedAt.active > 0, `killed before the end: ${JSON.stringify(killedAt)}`);
    assert.equal(await survivorExit, 0);

    const collect = cli(['queue', 'collect']);
    assert.equal(collect.status, 0, collect.stderr);
    assert.equal(collect.stdout, readFileSync(reference, 'utf8'));
    const ids = collect.stdout.trim().split('\n').map((l) => JSON.parse(l).id ?? JSON.parse(l).source);
    assert.equal(new Set(ids).size, 17);
  });
});

describe('Redis queue without Redis', () => {
  it('an unreachable Redis is a usage error (exit 2) that names the address and the reason, with no stack', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'queue', 'status', '--redis', 'redis://127.0.0.1:1'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /cannot reach Redis at redis:\/\/127\.0\.0\.1:1 \(connect ECONNREFUSED/);
    assert.doesNotMatch(r.stderr, /Unhandled error event|at TCPConnectWrap/);
  });
});
