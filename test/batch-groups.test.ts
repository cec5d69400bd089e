/**
 * Documents in groups to the worker processes (src/batch/pool.ts `batched`, src/batch/work.ts packed results), and a
 * worker killed in the middle of a group: nothing lost, nothing twice, the same bytes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from './helpers/corpus.js';
import { batched } from '../src/batch/pool.js';
import { packResults, unpackResults, lineText } from '../src/batch/work.js';
import { runBatch } from '../src/batch/run.js';

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

async function* fromArray<T>(items: T[]): AsyncGenerator<T> {
  for (const x of items) yield x;
}

describe('document groups for worker processes', () => {
  it('groups hold at most maxItems items and maxWeight weight; a heavier item goes alone; order is kept', async () => {
    const weights = [1, 1, 1, 1, 1, 10, 1, 2, 2, 50, 1];
    const groups = await collect(batched(fromArray(weights.map((w, i) => ({ i, w }))), { maxItems: 4, maxWeight: 5, weight: (x) => x.w, waitMs: 1000 }));
    assert.deepEqual(groups.map((g) => g.map((x) => x.i)), [[0, 1, 2, 3], [4], [5], [6, 7, 8], [9], [10]]);
    assert.deepEqual(await collect(batched(fromArray([]), { maxItems: 4, maxWeight: 5, weight: () => 1, waitMs: 10 })), []);
  });

  it('with rampEvery, groups start at one item and double every rampEvery groups (a short input reaches every worker)', async () => {
    const groups = await collect(batched(fromArray(Array.from({ length: 40 }, (_, i) => i)), { maxItems: 8, maxWeight: 1000, weight: () => 1, waitMs: 1000, rampEvery: 2 }));
    assert.deepEqual(groups.map((g) => g.length), [1, 1, 2, 2, 4, 4, 8, 8, 8, 2]);
    assert.deepEqual(groups.flat(), Array.from({ length: 40 }, (_, i) => i));
  });

  it('a started group is passed on when the next item is slow to come (documents trickling in on standard input)', async () => {
    const log: string[] = [];
    async function* slow(): AsyncGenerator<number> {
      yield 1;
      yield 2;
      await sleep(400);
      log.push('produced 3');
      yield 3;
    }
    for await (const g of batched(slow(), { maxItems: 16, maxWeight: 100, weight: () => 1, waitMs: 20 })) log.push(`group ${g.join(',')}`);
    assert.deepEqual(log, ['group 1,2', 'produced 3', 'group 3']);
  });

  it('an error of the source reaches the consumer after the items before it', async () => {
    const got: number[][] = [];
    async function* failing(): AsyncGenerator<number> {
      yield 1;
      await sleep(60);
      throw new Error('input broke');
    }
    await assert.rejects(async () => {
      for await (const g of batched(failing(), { maxItems: 16, maxWeight: 100, weight: () => 1, waitMs: 20 })) got.push(g);
    }, /input broke/);
    assert.deepEqual(got, [[1]]);
  });

  it('packed results: one buffer of lines with newlines, each line a view, multi-byte text intact', () => {
    const results = [
      { line: '{"id":"a","text":"Südkorea – 한국"}', ok: true, text: 'Südkorea – 한국' },
      { line: '{"id":"b","error":{"code":"E101"}}', ok: false },
      { line: '{"id":"c"}', ok: true, text: 'c' },
    ];
    const packed = packResults(results);
    assert.equal(Buffer.from(packed.lines).toString('utf8'), results.map((r) => `${r.line}\n`).join(''));
    const back = unpackResults(packed);
    assert.deepEqual(back.map((r) => lineText(r)), results.map((r) => r.line));
    assert.deepEqual(back.map((r) => [r.ok, r.text]), [[true, 'Südkorea – 한국'], [false, undefined], [true, 'c']]);
    assert.equal(unpackResults(packResults([{ line: '{}', ok: true }])).length, 1);
    assert.equal(packResults([{ line: '{}', ok: true }]).texts, undefined, 'no texts array when none was asked for');
  });
});

/** The pids of this process's batch worker processes (its children running worker-process). */
function workerProcesses(): number[] {
  const pids: number[] = [];
  for (const task of readdirSync(`/proc/${process.pid}/task`)) {
    const file = `/proc/${process.pid}/task/${task}/children`;
    if (existsSync(file)) pids.push(...readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  }
  return pids.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('worker-process');
    } catch {
      return false;
    }
  });
}

describe('a worker process killed in the middle of a group', function () {
  this.timeout(300000);
  it('loses nothing: every document once, no error records, the bytes of a one-worker run', async function () {
    if (!existsSync(`/proc/${process.pid}/task`)) this.skip();
    const texts = readdirSync(join(ROOT, 'corpus', 'samples')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, 'corpus', 'samples', f), 'utf8'));
    const dir = mkdtempSync(join(tmpdir(), 'ereignis-groups-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, Array.from({ length: 160 }, (_, i) => JSON.stringify({ id: `g-${i}`, text: texts[i % texts.length] })).join('\n') + '\n');
    const one = join(dir, 'one.jsonl');
    await runBatch({ inputs: [input], jsonl: true, pipeline: {}, workers: 1, output: one, progress: 'none' });
    const two = join(dir, 'two.jsonl');
    let killed = 0;
    const run = runBatch({ inputs: [input], jsonl: true, pipeline: {}, workers: 2, output: two, progress: 'none' });
    // Once the first results are out, the workers are inside later groups: kill one of them.
    const killer = (async () => {
      for (let waited = 0; waited < 120000 && killed === 0; waited += 50) {
        await sleep(50);
        if (existsSync(two) && readFileSync(two, 'utf8').length > 0) {
          const pid = workerProcesses()[0];
          if (pid !== undefined) {
            process.kill(pid, 'SIGKILL');
            killed = pid;
          }
        }
      }
    })();
    const summary = await run;
    await killer;
    assert.notEqual(killed, 0, 'a worker process was killed during the run');
    assert.equal(summary.errors, 0);
    assert.equal(summary.documents, 160);
    assert.equal(readFileSync(two, 'utf8'), readFileSync(one, 'utf8'));
  });
});
