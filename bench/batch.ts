/**
 * Batch runs of the built CLI (dist/): 1 worker against N workers on the same JSONL corpus (wall time, speed-up,
 * same output bytes, peak RSS), and the RSS curve of a long run (sampled from /proc every second).
 * Besides the whole run, the speed after the first `--settle` seconds (default 30) is given: each process compiles
 * its hot code for the first 10–30 s, on the other core while there is one free, which flatters a single worker
 * against two in a short run; a corpus of millions of documents runs at the settled speed.
 * `--one-core` runs the one-worker runs under `taskset -c 0` (Linux): a one-worker run otherwise borrows the second
 * core for V8's compiler and collector (1.13 cores over 6,000 documents), which two workers cannot.
 * Run: npm run build && npx tsx bench/batch.ts [--docs 2000] [--workers 2] [--curve-mb 100] [--worker-heap-mb 256] [--settle 30] [--abba] [--one-core]
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../test/helpers/corpus.js';
import { tokenizeRange } from '../src/segment/tokenize.js';

const { values } = parseArgs({ options: { docs: { type: 'string' }, workers: { type: 'string' }, 'curve-mb': { type: 'string' }, 'worker-heap-mb': { type: 'string' }, settle: { type: 'string' }, abba: { type: 'boolean' }, 'one-core': { type: 'boolean' } } });
const DOCS = Number(values.docs ?? 2000);
const WORKERS = Number(values.workers ?? 2);
const CURVE_MB = Number(values['curve-mb'] ?? 0);
const SETTLE = Number(values.settle ?? 30);
/** Runs 1, N, N, 1 workers and gives the speed-up of the means: the VM's speed drifts during a run of minutes. */
const ABBA = values.abba === true;
const ONE_CORE = values['one-core'] === true;
/** Passed on as --worker-heap-mb when given (else the CLI's default). */
const HEAP = values['worker-heap-mb'] !== undefined ? ['--worker-heap-mb', values['worker-heap-mb']] : [];
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'ereignis-bench-batch-'));

const texts = readdirSync(join(ROOT, 'corpus', 'samples')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, 'corpus', 'samples', f), 'utf8'));
const tokensOf = texts.map((t) => tokenizeRange(t).length);

/** Writes a JSONL corpus of `docs` records (or of at least `mb` megabytes) cycling through the samples. */
async function writeCorpus(file: string, docs: number, mb = 0): Promise<{ docs: number; tokens: number; bytes: number }> {
  const out = createWriteStream(file);
  let bytes = 0;
  let tokens = 0;
  let i = 0;
  for (; mb ? bytes < mb * 1e6 : i < docs; i++) {
    const line = JSON.stringify({ id: `d${i}`, text: texts[i % texts.length], date: '2024-03-08' }) + '\n';
    bytes += Buffer.byteLength(line);
    tokens += tokensOf[i % texts.length]!;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { docs: i, tokens, bytes };
}

const rssOf = (pid: number, field: 'VmRSS' | 'VmHWM'): number => {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
};

/** The worker processes of `pid` (its direct children, from /proc). */
function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) kids.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return kids;
}

interface MemorySample {
  /** RSS of the CLI process plus its worker processes, MB. */
  total: number;
  /** The high-water mark of the CLI process itself, and the highest of any worker process, MB. */
  mainPeak: number;
  workerPeak: number;
}

/** Samples the CLI process and its workers; peaks are the kernel's high-water marks, kept across samples. */
function memorySampler(pid: number): { sample(): MemorySample; peaks: MemorySample } {
  const peaks: MemorySample = { total: 0, mainPeak: 0, workerPeak: 0 };
  return {
    peaks,
    sample() {
      const kids = childrenOf(pid);
      const total = rssOf(pid, 'VmRSS') + kids.reduce((sum, k) => sum + rssOf(k, 'VmRSS'), 0);
      peaks.total = Math.max(peaks.total, total);
      peaks.mainPeak = Math.max(peaks.mainPeak, rssOf(pid, 'VmHWM'));
      for (const k of kids) peaks.workerPeak = Math.max(peaks.workerPeak, rssOf(k, 'VmHWM'));
      return { total, mainPeak: peaks.mainPeak, workerPeak: peaks.workerPeak };
    },
  };
}

interface Progress { documents: number; elapsedSeconds: number }

/** Documents/s from the first progress line at or after `settle` seconds to the last one (undefined: run too short). */
function settledRate(lines: Progress[], settle: number): number | undefined {
  const from = lines.find((p) => p.elapsedSeconds >= settle), to = lines[lines.length - 1];
  if (!from || !to || to.elapsedSeconds - from.elapsedSeconds < 5) return undefined;
  return (to.documents - from.documents) / (to.elapsedSeconds - from.elapsedSeconds);
}

/** Runs the CLI with `--progress json`; returns wall seconds, the settled documents/s, peak RSS (MB: the CLI process,
 * its biggest worker, the sum) and the RSS samples. */
async function runCli(args: string[], oneCore = false): Promise<{ secs: number; settled: number | undefined; peaks: MemorySample; curve: number[] }> {
  const start = Date.now();
  // taskset execs node in its own process, so the pid sampled below is node's
  const command = oneCore ? ['taskset', '-c', '0', process.execPath] : [process.execPath];
  const child = spawn(command[0]!, [...command.slice(1), CLI, ...args, '--progress', 'json'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const progress: Progress[] = [];
  let rest = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith('{"progress"')) progress.push(JSON.parse(line).progress);
      else if (line) process.stderr.write(line + '\n');
    }
  });
  const curve: number[] = [];
  const sampler = memorySampler(child.pid!);
  const timer = setInterval(() => {
    const { total } = sampler.sample();
    if (total) curve.push(Math.round(total));
  }, 500);
  const [code] = (await once(child, 'exit')) as [number];
  clearInterval(timer);
  if (code !== 0) throw new Error(`ereignis ${args.join(' ')} exited with ${code}`);
  return { secs: (Date.now() - start) / 1000, settled: settledRate(progress, SETTLE), peaks: sampler.peaks, curve };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);

const input = join(dir, 'corpus.jsonl');
const corpus = await writeCorpus(input, DOCS);
console.log(`corpus: ${corpus.docs} documents (corpus/ samples), ${corpus.tokens} tokens, ${(corpus.bytes / 1e6).toFixed(1)} MB`);
if (ONE_CORE) console.log('one-worker runs confined to one core (taskset -c 0)');
console.log(`\n| workers | wall s | documents/s | tokens/s | speed-up | documents/s after ${SETTLE} s | speed-up after ${SETTLE} s | peak RSS MB: CLI process / largest worker process / sum | output sha256 |`);
console.log('|---|---|---|---|---|---|---|---|---|');
let one = 0;
let oneSettled: number | undefined;
const speeds = new Map<number, { whole: number[]; settled: number[] }>();
for (const w of ABBA ? [1, WORKERS, WORKERS, 1] : [1, WORKERS]) {
  const out = join(dir, `out-${w}.jsonl`);
  const r = await runCli(['extract', '--jsonl', input, '--workers', String(w), ...HEAP, '--output', out], ONE_CORE && w === 1);
  if (w === 1) { one = r.secs; oneSettled = r.settled; }
  const s = speeds.get(w) ?? { whole: [], settled: [] };
  s.whole.push(corpus.docs / r.secs);
  if (r.settled !== undefined) s.settled.push(r.settled);
  speeds.set(w, s);
  const settled = r.settled === undefined ? 'run too short' : r.settled.toFixed(1);
  const settledUp = r.settled !== undefined && oneSettled !== undefined ? `${(r.settled / oneSettled).toFixed(2)}×` : '–';
  console.log(`| ${w} | ${r.secs.toFixed(1)} | ${(corpus.docs / r.secs).toFixed(1)} | ${Math.round(corpus.tokens / r.secs)} | ${(one / r.secs).toFixed(2)}× | ${settled} | ${settledUp} | ${Math.round(r.peaks.mainPeak)} / ${r.peaks.workerPeak ? Math.round(r.peaks.workerPeak) : '–'} / ${Math.round(r.peaks.total)} | ${sha(out)} |`);
}
if (ABBA) {
  const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
  const a = speeds.get(1)!, b = speeds.get(WORKERS)!;
  const settledUp = a.settled.length && b.settled.length ? `${(mean(b.settled) / mean(a.settled)).toFixed(2)}×` : '–';
  console.log(`
speed-up of the means (1, ${WORKERS}, ${WORKERS}, 1 workers): whole runs ${(mean(b.whole) / mean(a.whole)).toFixed(2)}×, after ${SETTLE} s ${settledUp}`);
}

if (CURVE_MB) {
  const big = join(dir, 'big.jsonl');
  const c = await writeCorpus(big, 0, CURVE_MB);
  console.log(`\nRSS curve: ${c.docs} documents, ${(c.bytes / 1e6).toFixed(0)} MB of JSONL, ${WORKERS} workers; a line per minute`);
  console.log('| minute | documents | input read | RSS MB (all processes) | peak RSS MB: CLI process / largest worker |\n|---|---|---|---|---|');
  const out = join(dir, 'big-out.jsonl');
  // Progress lines (JSON on stderr) pair the RSS samples with the documents done so far; printed as they come, so
  // that a run stopped early still leaves its curve.
  const start = Date.now();
  const child = spawn(process.execPath, [CLI, 'extract', '--jsonl', big, '--workers', String(WORKERS), ...HEAP, '--output', out, '--progress', 'json'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let latest = { documents: 0, bytes: 0 };
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) if (line.startsWith('{"progress"')) latest = JSON.parse(line).progress;
  });
  const sampler = memorySampler(child.pid!);
  let lastMinute = 0;
  // Sampled every 2 s so that the worker peaks are seen; printed once a minute.
  const timer = setInterval(() => {
    const m = sampler.sample();
    const minute = Math.floor((Date.now() - start) / 60000);
    if (minute === lastMinute) return;
    lastMinute = minute;
    console.log(`| ${minute} | ${latest.documents} | ${((100 * latest.bytes) / c.bytes).toFixed(1)} % | ${Math.round(m.total)} | ${Math.round(m.mainPeak)} / ${Math.round(m.workerPeak)} |`);
  }, 2000);
  const [code] = (await once(child, 'exit')) as [number];
  clearInterval(timer);
  const secs = (Date.now() - start) / 1000;
  console.log(`exit ${code}; wall ${secs.toFixed(0)} s, ${(c.docs / secs).toFixed(1)} documents/s, output ${(statSync(out).size / 1e6).toFixed(0)} MB`);
}
