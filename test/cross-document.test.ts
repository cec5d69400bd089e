/**
 * Issue 14, item 8: a Document depends on its text and the options only, never on the documents a pipeline (or
 * the process) read before it. wink-nlp used to remember how it had split unknown tokens: after "the.375" the
 * number "375" came out as a word, and a later text lost its CARDINAL.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createPipeline, type PipelineOptions } from '../src/pipeline/pipeline.js';
import type { Document } from '../src/schema/document.js';
import { validateDocument } from '../src/schema/index.js';
import { ROOT, readSample, sampleNames } from './helpers/corpus.js';

const EXTRA: Array<{ id: string; text: string }> = [
  {
    id: 'extra/en-markets',
    text:
      'Markets rally after rate decision\n\n' +
      'NEW YORK, March 3, 2024 – Shares rose 375 points on Monday, or 12.5%, after the Federal Reserve held rates. ' +
      'Apple gained $4.5 billion in market value, and 40 percent of 1,200 traders surveyed expect a cut in 2024. ' +
      'The index closed at 17 points above its June high; oil fell 2.1 per cent to $81.30 a barrel.',
  },
  {
    id: 'extra/en-summit',
    text:
      'Leaders meet in Vilnius\n\n' +
      'VILNIUS, Lithuania (Reuters) – NATO leaders met in Vilnius on Tuesday, 11 July 2023, and pledged 2% of GDP on ' +
      'defence. Jens Stoltenberg said 375 troops would arrive next week and that aid worth $500 million was approved.',
  },
  {
    id: 'extra/de-haushalt',
    text:
      'Haushalt beschlossen\n\n' +
      'Berlin, 11. Juli 2023 – Das Kabinett von Bundeskanzler Olaf Scholz hat am Dienstag den Haushalt für 2024 ' +
      'beschlossen. Die Ausgaben sinken um 30,6 Milliarden Euro auf 445,7 Milliarden Euro, ein Minus von 6,4 Prozent.',
  },
  {
    id: 'extra/de-streik',
    text:
      'Streik bei der Bahn\n\n' +
      'Frankfurt am Main, 2. März 2024 – Die Gewerkschaft GDL hat für Montag zu einem Streik aufgerufen. Betroffen sind ' +
      'rund 375 Züge; die Deutsche Bahn rechnet mit Ausfällen von 80 Prozent im Fernverkehr.',
  },
  {
    id: 'extra/en-batting',
    text:
      'Rookie keeps hot streak\n\n' +
      'BOSTON (AP) – The rookie hit the.375 mark on Sunday and is batting the.375 over his last 20 games, the best ' +
      'since.2019 for the Red Sox. Revenue in.2024 rose, said manager Alex Cora, and p.12 of the team report agrees.',
  },
];

const OPTIONS: PipelineOptions = { includeText: true };

// Going forwards the number texts come before "the.375", going backwards after it.
const corpus = [...sampleNames().map((name) => ({ id: `samples/${name}`, text: readSample(name) })), ...EXTRA];

function run(items: ReadonlyArray<{ id: string; text: string }>): Map<string, Document> {
  const pipeline = createPipeline(OPTIONS);
  return new Map(items.map(({ id, text }) => [id, pipeline.extract(text, { id })]));
}

/** The same in a new process: state left by earlier tests (or runs) of this process cannot hide a difference. */
function runInNewProcess(items: ReadonlyArray<{ id: string; text: string }>): Map<string, Document> {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'helpers', 'extract-in-order.ts')], {
    cwd: ROOT,
    input: JSON.stringify({ options: OPTIONS, items }),
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  assert.equal(child.status, 0, child.stderr);
  return new Map(JSON.parse(child.stdout) as Array<[string, Document]>);
}

describe('same document, same bytes, whatever came before it', function () {
  this.timeout(300_000);
  let forwards: Map<string, Document>;

  before(() => {
    forwards = run(corpus);
  });

  it('every Document validates', () => {
    for (const { id, text } of corpus) assert.deepEqual(validateDocument(forwards.get(id), text).errors, [], id);
  });

  it('reads the numbers of an English text, also after one with "the.375"', () => {
    const afterBatting = run([EXTRA[4]!, EXTRA[0]!]).get('extra/en-markets')!;
    for (const doc of [forwards.get('extra/en-markets')!, afterBatting]) {
      const values = doc.values.map((v) => `${v.text}:${v.type}`);
      for (const expected of ['375:CARDINAL', '12.5%:PERCENT', '$4.5 billion:MONEY', '40 percent:PERCENT']) {
        assert.ok(values.includes(expected), `${expected} missing from ${values.join(' | ')}`);
      }
    }
  });

  it('backwards, in a new process, gives the same Documents as forwards', () => {
    const backwards = runInNewProcess([...corpus].reverse());
    for (const { id } of corpus) assert.deepEqual(backwards.get(id), forwards.get(id), id);
  });

  it('backwards in this process gives the same Documents as forwards', () => {
    const backwards = run([...corpus].reverse());
    for (const { id } of corpus) assert.deepEqual(backwards.get(id), forwards.get(id), id);
  });

  it('two pipelines over two halves give the same Documents as one pipeline', () => {
    const half = Math.ceil(corpus.length / 2);
    const split = new Map([...run(corpus.slice(half)), ...run(corpus.slice(0, half))]);
    for (const { id } of corpus) assert.deepEqual(split.get(id), forwards.get(id), id);
  });

  it('stage-major groups (extractMany), backwards and in groups of 1, 3 and 7, give the same Documents as extract()', () => {
    const pipeline = createPipeline(OPTIONS);
    for (const size of [1, 3, 7]) {
      const items = [...corpus].reverse();
      for (let at = 0; at < items.length; at += size) {
        const group = items.slice(at, at + size);
        const results = pipeline.extractMany(group.map(({ id, text }) => ({ input: text, id })));
        assert.equal(results.length, group.length);
        results.forEach((r, k) => {
          assert.ok(r.ok, `${group[k]!.id}: ${r.ok ? '' : r.error.message}`);
          assert.deepEqual(r.document, forwards.get(group[k]!.id), `${group[k]!.id} in groups of ${size}`);
        });
      }
    }
  });
});
