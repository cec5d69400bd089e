/** Batch runs (src/batch/): input order for any worker count, resume after kills, shards, inputs, progress. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/corpus.js';
import { runBatch } from '../src/batch/run.js';
import { describeWorkerFailure } from '../src/batch/pool.js';
import { IdSet, hash64 } from '../src/batch/id-set.js';
import { extract } from '../src/index.js';
import { prepareResume } from '../src/batch/resume.js';
import { keyHash, parseShard } from '../src/batch/shard.js';
import { validateDocument, validateErrorRecord } from '../src/schema/index.js';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { PassThrough } from 'node:stream';
import { createProgress, formatDuration, progressSnapshot } from '../src/batch/progress.js';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 256 << 20 });

const samples = readdirSync(join(ROOT, 'corpus', 'samples')).filter((f) => f.endsWith('.txt')).sort();
const sampleTexts = samples.map((f) => readFileSync(join(ROOT, 'corpus', 'samples', f), 'utf8'));

/** A corpus of `n` records cycling through the samples, each with its own id and a date. */
function corpusLines(n: number): string[] {
  return Array.from({ length: n }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: sampleTexts[i % sampleTexts.length], date: '2024-03-08', url: `https://example.org/${i}` }));
}

const idsOf = (file: string): string[] =>
  readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);

describe('batch runs', function () {
  this.timeout(300000);
  const dir = mkdtempSync(join(tmpdir(), 'ereignis-batch-'));
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, corpusLines(48).join('\n') + '\n');
  const reference = join(dir, 'reference.jsonl');

  before(async () => {
    await runBatch({ inputs: [input], jsonl: true, pipeline: {}, workers: 1, output: reference, progress: 'none' });
  });

  it('2 workers write the same bytes as 1, in input order', async () => {
    const two = join(dir, 'two.jsonl');
    const summary = await runBatch({ inputs: [input], jsonl: true, pipeline: {}, workers: 2, output: two, progress: 'none' });
    assert.equal(summary.documents, 48);
    assert.equal(readFileSync(two, 'utf8'), readFileSync(reference, 'utf8'));
    assert.deepEqual(idsOf(two), Array.from({ length: 48 }, (_, i) => `doc-${i}`));
    const first = JSON.parse(readFileSync(two, 'utf8').split('\n')[0]!);
    assert.ok(validateDocument(first).valid);
    assert.deepEqual(first.metadata, { date: '2024-03-08', url: 'https://example.org/0' });
  });

  it('a worker process that runs out of its heap dies alone: the document is done again without the limit', async () => {
    // 64 MB holds the models and a news article, not a 1M-character document (a 450k one fits when built, not under tsx): its first worker dies.
    const big = sampleTexts.join(' ').repeat(48);
    const mixed = join(dir, 'heap.jsonl');
    writeFileSync(mixed, [...corpusLines(4), JSON.stringify({ id: 'big', text: big }), ...corpusLines(8).slice(4)].join('\n') + '\n');
    const one = join(dir, 'heap-1.jsonl');
    const two = join(dir, 'heap-2.jsonl');
    await runBatch({ inputs: [mixed], jsonl: true, pipeline: {}, workers: 1, output: one, progress: 'none' });
    const retried: string[] = [];
    const summary = await runBatch({
      inputs: [mixed], jsonl: true, pipeline: {}, workers: 2, workerHeapMb: 64, output: two, progress: 'none',
      onRetry: (_source, id) => retried.push(id),
    });
    assert.deepEqual(retried, ['big']);
    assert.equal(summary.retried, 1);
    assert.equal(summary.errors, 0);
    assert.equal(summary.documents, 9);
    assert.equal(readFileSync(two, 'utf8'), readFileSync(one, 'utf8'));
  });

  it('shards: every record in exactly one of N shards, and their union is the whole output', async () => {
    const whole = readFileSync(reference, 'utf8').split('\n').filter(Boolean);
    const parts: string[] = [];
    for (let i = 0; i < 3; i++) {
      const out = join(dir, `shard-${i}.jsonl`);
      await runBatch({ inputs: [input], jsonl: true, pipeline: {}, workers: 1, output: out, progress: 'none', shard: { index: i, count: 3 } });
      const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
      assert.ok(lines.length > 0 && lines.length < whole.length, `shard ${i} has ${lines.length} of ${whole.length}`);
      parts.push(...lines);
    }
    assert.deepEqual([...parts].sort(), [...whole].sort());
    assert.deepEqual(parseShard('2/3'), { index: 2, count: 3 });
    for (const bad of ['3/3', '1', '-1/3', 'a/b', '0/0']) assert.throws(() => parseShard(bad), /E001/);
    assert.equal(keyHash('doc-1'), keyHash('doc-1'));
  });

  it('resume repairs a half-written last line and skips ids already written', async () => {
    const out = join(dir, 'partial.jsonl');
    const lines = readFileSync(reference, 'utf8').split('\n').filter(Boolean);
    writeFileSync(out, lines.slice(0, 10).join('\n') + '\n' + lines[10]!.slice(0, 200)); // killed mid-record
    const state = prepareResume(out);
    assert.equal(state.done.size, 10);
    assert.equal(state.truncatedBytes, 200);
    const summary = await runBatch({ inputs: [input], jsonl: true, pipeline: {}, workers: 2, output: out, resume: true, progress: 'none' });
    assert.equal(summary.skipped, 10);
    assert.equal(summary.documents, 38);
    assert.equal(readFileSync(out, 'utf8'), readFileSync(reference, 'utf8'));
  });

  it('kill -9 part way, twice, then --resume: every id exactly once, the same bytes as one run', async () => {
    // 160 documents: the workers take them in groups of 16, so the kills must come while groups are still to do.
    const many = join(dir, 'many.jsonl');
    writeFileSync(many, corpusLines(160).join('\n') + '\n');
    const manyReference = join(dir, 'many-reference.jsonl');
    await runBatch({ inputs: [many], jsonl: true, pipeline: {}, workers: 1, output: manyReference, progress: 'none' });
    const out = join(dir, 'killed.jsonl');
    const args = ['--import', 'tsx', CLI, 'extract', '--jsonl', many, '--output', out, '--resume', '--workers', '2', '--progress', 'none'];
    for (const atLines of [16, 64]) {
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
        const poll = setInterval(() => {
          const n = existsSync(out) ? readFileSync(out, 'utf8').split('\n').length - 1 : 0;
          if (n >= atLines) child.kill('SIGKILL');
        }, 20);
        child.on('exit', (code, signal) => {
          clearInterval(poll);
          if (signal === 'SIGKILL') resolve();
          else reject(new Error(`the run ended (code ${code}) before it was killed at ${atLines} lines`));
        });
      });
    }
    const before = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
    assert.ok(before >= 64 && before < 160, `${before} lines before the last resume`);
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(idsOf(out), Array.from({ length: 160 }, (_, i) => `doc-${i}`));
    assert.equal(readFileSync(out, 'utf8'), readFileSync(manyReference, 'utf8'));
  });

  it('inputs: JSONL.gz, a BOM, a directory of .txt files (recursive), duplicates as E108', async () => {
    const gz = join(dir, 'in.jsonl.gz');
    writeFileSync(gz, gzipSync(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(input)])));
    const fromGz = join(dir, 'gz.jsonl');
    const s = await runBatch({ inputs: [gz], jsonl: true, pipeline: {}, workers: 1, output: fromGz, progress: 'none' });
    assert.equal(s.errors, 0);
    assert.equal(readFileSync(fromGz, 'utf8'), readFileSync(reference, 'utf8'));

    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'b', 'c'), { recursive: true });
    writeFileSync(join(tree, 'b', 'c', 'one.txt'), sampleTexts[0]!);
    writeFileSync(join(tree, 'a.txt'), sampleTexts[1]!);
    writeFileSync(join(tree, 'notes.md'), 'not an input');
    const r = cli(['extract', tree, '--workers', '1']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id), [join(tree, 'a.txt'), join(tree, 'b', 'c', 'one.txt')]);

    const dup = join(dir, 'dup.jsonl');
    writeFileSync(dup, ['{"id":"x","text":"Die NATO tagte in Vilnius."}', '{"id":"x","text":"Noch einmal."}', '{"text":"Ohne id."}'].join('\n'));
    const d = cli(['extract', '--jsonl', dup, '--workers', '1']);
    assert.equal(d.status, 1);
    const recs = d.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(recs.length, 3);
    assert.equal(recs[1].error.code, 'E108');
    assert.ok(validateErrorRecord(recs[1]).valid);
    assert.equal(recs[2].id, `${dup}:3`);
    // The message names the line once.
    assert.equal(d.stderr.split(`${dup}:2`).length - 1, 1, d.stderr);
  });

  it('--jsonl from a directory on standard input exits 1 with E104, not 0 with nothing', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx "${CLI}" extract --jsonl < "${dir}"`], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.equal(JSON.parse(r.stdout).error.code, 'E104');
    assert.match(r.stderr, /is a directory/);
  });

  it('--progress json writes machine-readable progress lines on stderr, and nothing on stdout', () => {
    const small = join(dir, 'small.jsonl');
    writeFileSync(small, corpusLines(4).join('\n'));
    const out = join(dir, 'small-out.jsonl');
    const r = cli(['extract', '--jsonl', small, '--output', out, '--progress', 'json', '--workers', '1']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    const last = JSON.parse(r.stderr.trim().split('\n').pop()!);
    assert.equal(last.progress.done, true);
    assert.equal(last.progress.documents, 4);
    assert.equal(last.progress.bytes, last.progress.totalBytes);
    const quiet = cli(['extract', '--jsonl', small, '--output', join(dir, 'q.jsonl'), '--workers', '1']);
    assert.equal(quiet.stderr, '', 'piped stderr stays quiet by default');
  });

  it('--events/--entities write tables beside the JSON lines (Parquet read back: one row per event)', async () => {
    const out = join(dir, 'tables-out.jsonl');
    const events = join(dir, 'events.parquet');
    const entities = join(dir, 'entities.csv');
    const r = cli(['extract', '--jsonl', input, '--output', out, '--events', events, '--entities', entities, '--workers', '2']);
    assert.equal(r.status, 0, r.stderr);
    const docs = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; events: unknown[]; entities: unknown[] });
    const rows = (await parquetReadObjects({ file: await asyncBufferFromFile(events) })) as { doc_id: string; sentence_text: string | null }[];
    assert.equal(rows.length, docs.reduce((n, d) => n + d.events.length, 0));
    assert.ok(rows.length > 20);
    assert.deepEqual([...new Set(rows.map((row) => row.doc_id))], docs.filter((d) => d.events.length).map((d) => d.id));
    assert.ok(rows.every((row) => typeof row.sentence_text === 'string' && row.sentence_text.length > 0), 'the sentence text comes with each row');
    const csvLines = readFileSync(entities, 'utf8').trim().split('\n');
    assert.match(csvLines[0]!, /^doc_id,/);
    assert.ok(csvLines.length - 1 >= docs.reduce((n, d) => n + d.entities.length, 0));
    assert.equal(cli(['extract', '--jsonl', input, '--output', out, '--resume', '--events', events]).status, 2, 'tables cannot be resumed');
  });

  it('--html: a page gives its article text; a directory stands for its .html files', () => {
    const page = join(ROOT, 'test', 'fixtures', 'news-page.html');
    const one = cli(['extract', '--html', page, '--include-text']);
    assert.equal(one.status, 0, one.stderr);
    const doc = JSON.parse(one.stdout) as { text: string; entities: { name: string }[] };
    assert.match(doc.text, /^Scholz empfängt Macron in Berlin\n\n/);
    assert.ok(doc.entities.some((e) => e.name === 'Olaf Scholz'));
    const site = join(dir, 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'a.html'), readFileSync(page));
    writeFileSync(join(site, 'b.txt'), 'not a page');
    const many = cli(['extract', '--html', site, '--workers', '1']);
    assert.equal(many.status, 0, many.stderr);
    assert.deepEqual(many.stdout.trim().split('\n').map((l) => JSON.parse(l).id), [join(site, 'a.html')]);
  });

  it('--compromise and --no-event-parse give what the options compromise: true / eventParse: false give', () => {
    const file = join(dir, 'en.txt');
    const text = 'Seagal made headlines when he praised Russia. Hitchcock directed the film for Paramount.';
    writeFileSync(file, text);
    for (const [flags, options] of [
      [['--compromise'], { compromise: true }],
      [['--no-event-parse'], { eventParse: false }],
      [['--no-compromise'], { compromise: false }],
    ] as const) {
      const r = cli(['extract', file, ...flags]);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), extract(text, { id: file, ...options }), flags.join(' '));
    }
    // The options matter for this text: with them the Document differs from the default.
    assert.notDeepEqual(extract(text, { id: file }), extract(text, { id: file, compromise: true }));
    assert.notDeepEqual(extract(text, { id: file }), extract(text, { id: file, eventParse: false }));
    const both = cli(['extract', file, '--compromise', '--no-compromise']);
    assert.equal(both.status, 2, both.stderr);
    assert.match(both.stderr, /contradict/);
  });

  it('usage errors: --resume without --output, bad --workers, bad --worker-heap-mb, bad --shard, bad --progress', () => {
    for (const args of [['--resume'], ['--workers', '0'], ['--worker-heap-mb', '16'], ['--worker-heap-mb', 'lots'], ['--shard', '4/4'], ['--progress', 'loud']]) {
      const r = cli(['extract', '--jsonl', input, ...args]);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stdout, '');
    }
  });
});

describe('id set (duplicate check, resume)', () => {
  it('holds 300,000 ids through its growth: each added once, found again, absent ones not found', () => {
    const ids = new IdSet();
    for (let i = 0; i < 300_000; i++) assert.equal(ids.add(`doc-${i}`), true, `doc-${i} reported as a duplicate`);
    assert.equal(ids.size, 300_000);
    for (let i = 0; i < 300_000; i += 997) assert.equal(ids.add(`doc-${i}`), false);
    for (let i = 0; i < 300_000; i += 991) assert.ok(ids.has(`doc-${i}`));
    for (let i = 300_000; i < 310_000; i++) assert.ok(!ids.has(`doc-${i}`));
    assert.equal(ids.size, 300_000);
  });

  it('hashes are 64 bits that differ for ids that differ in one character, case or length', () => {
    const seen = new Set(['', 'a', 'A', 'aa', 'ab', 'ba', 'doc-1', 'doc-10', 'doc-01', 'Doc-1', 'ä', '\u0000'].map((id) => hash64(id).join(':')));
    assert.equal(seen.size, 12);
    assert.notDeepEqual(hash64(''), [0, 0]);
  });
});

describe('worker failures', () => {
  it('a dead worker process is one line with its exit code and signal, not workerpool\'s dump', () => {
    const dump = 'Workerpool Worker terminated Unexpectedly\n    exitCode: `134`\n    signalCode: `null`\n    workerpool.script: `/x/worker-process.js`\n    spawnArgs: `node --max-old-space-size=256 /x/worker-process.js`\n';
    assert.equal(describeWorkerFailure(new Error(dump)), 'the worker process died on this document (exit code 134, signal null)');
    assert.equal(describeWorkerFailure(new Error('spawn failed\nmore')), 'spawn failed');
  });
});

describe('batch progress display', () => {
  it('ETA from the share of input bytes read; durations read like 2m05s', () => {
    const snap = progressSnapshot({ documents: 50, errors: 1, bytes: 250, totalBytes: 1000 } as never, 1000, 10_000);
    assert.equal(snap.documentsPerSecond, 5);
    assert.equal(snap.etaSeconds, 30);
    assert.equal(progressSnapshot({ documents: 1, errors: 0, bytes: 5 }, undefined, 1000).etaSeconds, undefined);
    assert.deepEqual([formatDuration(5), formatDuration(125), formatDuration(3725)], ['5s', '2m05s', '1h02m']);
  });

  it('a bar on a terminal: percent, documents, errors, ETA; a logged message keeps the whole line', () => {
    let written = '';
    const tty = Object.assign(new PassThrough(), { isTTY: true, columns: 100, rows: 20, cursorTo() { return true; }, clearLine() { return true; }, moveCursor() { return true; }, clearScreenDown() { return true; } });
    tty.on('data', (c: Buffer) => (written += c.toString()));
    const bar = createProgress('bar', 1000, tty as unknown as NodeJS.WriteStream);
    bar.update({ documents: 10, errors: 0, bytes: 500 });
    bar.log('x.jsonl:3: [E105] a message longer than the terminal is wide '.repeat(3));
    bar.finish({ documents: 20, errors: 1, bytes: 1000 });
    assert.match(written, /100% \| 20 docs \| [\d.]+ docs\/s \| 1 errors \| ETA 0s/);
    assert.ok(written.includes('\x1b[?7h' + 'x.jsonl:3: [E105]'), 'wrapping is on while the message is written');
    let quiet = '';
    const pipe = Object.assign(new PassThrough(), { isTTY: false });
    pipe.on('data', (c: Buffer) => (quiet += c.toString()));
    const auto = createProgress('auto', 1000, pipe as unknown as NodeJS.WriteStream);
    auto.update({ documents: 10, errors: 0, bytes: 500 });
    auto.finish({ documents: 20, errors: 0, bytes: 1000 });
    assert.equal(quiet, '', 'auto draws nothing when stderr is not a terminal');
  });
});
