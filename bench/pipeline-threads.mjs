/**
 * Scaling of the pipeline itself, without the batch layer: N worker threads of one process, each with its own
 * pipeline of the built package (dist/), run extract() over the corpus/ samples. bench/batch.ts measures the CLI
 * (worker processes, IPC, input/output).
 *
 * Why phases: on a shared VM the speed of one thread drifts by ±20 % from minute to minute, more than the effect
 * measured. So all N threads load and warm up together (V8 keeps compiling on other cores for tens of seconds
 * after the first documents; a short warm-up lets one thread borrow the idle core), and then 1, 2, …, N threads
 * run in turn for P seconds each, R rounds, so every thread count sees the same minutes. Per thread count: the
 * documents/s of each round and their sum over all rounds.
 *
 * Run: npm run build && node bench/pipeline-threads.mjs [N=2] [P=5] [R=6] [W=30]   (W: warm-up seconds; part of
 * npm run bench, where --quick means 3 rounds after 10 s)
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readdirSync, readFileSync } from 'node:fs';

if (!isMainThread) {
  const { createPipeline } = await import('../dist/index.js');
  const dir = new URL('../corpus/samples/', import.meta.url);
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, dir), 'utf8'));
  const p = createPipeline({});
  const runFor = (ms) => {
    let docs = 0;
    const s = performance.now();
    while (performance.now() - s < ms) for (const t of texts) { p.extract(t); docs++; }
    return { docs, ms: performance.now() - s };
  };
  for (const t of texts) p.extract(t); // load every model
  runFor(workerData.warm * 1000);
  parentPort.postMessage('ready');
  parentPort.on('message', (ms) => parentPort.postMessage(runFor(ms)));
} else {
  // positional numbers only: npm run bench passes its flags (--quick) to every benchmark
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const quick = process.argv.includes('--quick');
  const n = Number(args[0] ?? 2), phase = Number(args[1] ?? 5), rounds = Number(args[2] ?? (quick ? 3 : 6)), warm = Number(args[3] ?? (quick ? 10 : 30));
  console.log(`pipeline scaling without the batch layer: 1–${n} threads, ${rounds} rounds of ${phase} s phases after ${warm} s of warm-up`);
  const ws = Array.from({ length: n }, () => new Worker(new URL(import.meta.url), { workerData: { warm } }));
  const reply = (w) => new Promise((r) => w.once('message', r));
  await Promise.all(ws.map(reply));
  const perCount = Array.from({ length: n }, () => ({ docs: 0, seconds: 0, rates: [] }));
  for (let r = 0; r < rounds; r++) {
    for (let k = 1; k <= n; k++) {
      const active = ws.slice(0, k);
      const results = await Promise.all(active.map((w) => { const p = reply(w); w.postMessage(phase * 1000); return p; }));
      const rate = results.reduce((a, x) => a + x.docs / (x.ms / 1000), 0);
      const c = perCount[k - 1];
      c.rates.push(rate);
      c.docs += rate * phase; c.seconds += phase;
    }
  }
  const base = perCount[0].docs / perCount[0].seconds;
  perCount.forEach((c, i) => {
    const rate = c.docs / c.seconds;
    console.log(`${i + 1} thread(s): ${rate.toFixed(1)} docs/s (${(rate / base).toFixed(2)}×); rounds ${c.rates.map((x) => x.toFixed(1)).join(', ')}`);
  });
  await Promise.all(ws.map((w) => w.terminate()));
}
