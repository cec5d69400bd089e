/**
 * Scaling of the pipeline itself, without the batch layer: N worker threads of one process, each with its own
 * pipeline of the built package (dist/), run extract() over the corpus/ samples for S seconds after loading and warming
 * up; prints documents/s per thread and in all. bench/batch.ts measures the CLI (worker processes, IPC, input/output).
 * Run: npm run build && node bench/pipeline-threads.mjs 1 20 && node bench/pipeline-threads.mjs 2 20
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readdirSync, readFileSync } from 'node:fs';
if (!isMainThread) {
  const { createPipeline } = await import('../dist/index.js');
  const dir = new URL('../corpus/samples/', import.meta.url);
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, dir), 'utf8'));
  const p = createPipeline({});
  for (let r = 0; r < 3; r++) for (const t of texts) p.extract(t); // load every model, warm up
  parentPort.postMessage('ready');
  parentPort.once('message', () => {
    let docs = 0; const s = performance.now();
    while (performance.now() - s < workerData.seconds * 1000) for (const t of texts) { p.extract(t); docs++; }
    parentPort.postMessage(docs / ((performance.now() - s) / 1000));
  });
} else {
  const n = Number(process.argv[2] ?? 1), seconds = Number(process.argv[3] ?? 20);
  const ws = Array.from({ length: n }, () => new Worker(new URL(import.meta.url), { workerData: { seconds } }));
  await Promise.all(ws.map((w) => new Promise((r) => w.once('message', r))));
  ws.forEach((w) => w.postMessage('go'));
  const rates = await Promise.all(ws.map((w) => new Promise((r) => w.once('message', r))));
  console.log(`${n} thread(s): ${rates.map((r) => r.toFixed(1)).join(' + ')} = ${rates.reduce((a, b) => a + b, 0).toFixed(1)} docs/s`);
  ws.forEach((w) => w.terminate());
}
