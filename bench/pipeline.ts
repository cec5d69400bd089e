/**
 * Pipeline speed and memory on one core: model load time, then extract() over German and English news text
 * (the corpus/ samples, repeated) — tokens/s, documents/s, peak RSS; also through Pipeline.extractMany in groups of
 * BENCH_GROUP documents (default: the batch CLI's group size), with the options eventParse off and (English)
 * compromise's tagger on; then one large German document and one large English one (BENCH_BIG_EN_MB, default 10; 0
 * skips it; about 3 minutes in all), that one also with compromise's tagger on and with eventParse off. Run: npm run bench (or tsx bench/pipeline.ts).
 */
import { performance } from 'node:perf_hooks';
import { createPipeline, type PipelineOptions } from '../src/index.js';
import { tokenizeRange } from '../src/segment/tokenize.js';
import { HELDOUT, ROOT, readSample, sampleNames } from '../test/helpers/corpus.js';
import { BATCH_DOCS } from '../src/batch/pool.js';
import { join } from 'node:path';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const BIG_EN_MB = Number(process.env.BENCH_BIG_EN_MB ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
/** Seconds of extract() over all samples before the first row: V8 keeps compiling the shared code for tens of seconds,
 * and without this the first row (German, default options) measured the compiler as much as the pipeline. */
const PROCESS_WARMUP_SECONDS = Number(process.env.BENCH_PROCESS_WARMUP_SECONDS ?? 15);

/** Documents per Pipeline.extractMany call in the "groups" rows (the batch CLI's group size, src/batch/pool.ts). */
const GROUP = Number(process.env.BENCH_GROUP ?? BATCH_DOCS);

/** extract() over the samples, or with `group` > 1 Pipeline.extractMany over groups of that many samples. */
function bench(lang: 'de' | 'en' | 'any', options: PipelineOptions = {}, group = 1) {
  const texts = sampleNames()
    .filter((n) => lang === 'any' || n.startsWith(`${lang}-`) || (lang === 'de' && n === 'nato-suedkorea'))
    .map((n) => readSample(n));
  const tokensPerText = texts.map((t) => tokenizeRange(t).length);
  const t0 = performance.now();
  const pipeline = createPipeline(options);
  pipeline.extract(texts[0]!); // first call loads the models this language needs
  const loadMs = performance.now() - t0;
  // Warm-up (V8 compiles the hot paths of this option set), so that rows measured in turn compare like with like.
  for (const started = performance.now(); performance.now() - started < WARMUP_SECONDS * 1000; ) for (const t of texts) pipeline.extract(t);
  let docs = 0;
  let tokens = 0;
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    if (group > 1) {
      const at = docs % texts.length;
      const ids = Array.from({ length: group }, (_, k) => (at + k) % texts.length);
      for (const r of pipeline.extractMany(ids.map((i) => texts[i]!))) if (!r.ok) throw new Error(r.error.message);
      docs += group;
      for (const i of ids) tokens += tokensPerText[i]!;
      continue;
    }
    for (let i = 0; i < texts.length; i++) {
      pipeline.extract(texts[i]!);
      docs++;
      tokens += tokensPerText[i]!;
    }
  }
  const secs = (performance.now() - start) / 1000;
  const settings = [...Object.entries(options).map(([k, v]) => `${k}: ${String(v)}`), ...(group > 1 ? [`extractMany, groups of ${group}`] : [])];
  const label = settings.length ? `${lang} (${settings.join(', ')})` : lang;
  return { lang: label, loadMs, docs, tokens, secs, tokensPerSec: tokens / secs, docsPerSec: docs / secs };
}

function bigDocument() {
  const text = sampleNames()
    .filter((n) => !n.startsWith('en-'))
    .map((n) => readSample(n))
    .join('\n\n')
    .repeat(200);
  const pipeline = createPipeline({ language: 'de' });
  const t = performance.now();
  const doc = pipeline.extract(text);
  const secs = (performance.now() - t) / 1000;
  return { chars: text.length, tokens: tokenizeRange(text).length, secs, entities: doc.entities.length, events: doc.events.length };
}

/** One English document of `mb` million characters: the English texts of corpus/ (samples, held-out, dev-events), repeated. */
function bigEnglishDocument(mb: number, options: PipelineOptions = {}) {
  const dirs = [undefined, HELDOUT, join(ROOT, 'corpus', 'dev-events')];
  const texts = dirs.flatMap((dir) => sampleNames(dir).filter((n) => n.startsWith('en-')).map((n) => readSample(n, dir)));
  const parts: string[] = [];
  for (let len = 0, i = 0; len < mb * 1e6; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    len += t.length + 2;
  }
  const text = parts.join('\n\n').slice(0, mb * 1e6);
  const pipeline = createPipeline({ language: 'en', ...options });
  pipeline.extract(texts[0]!);
  const t = performance.now();
  const doc = pipeline.extract(text);
  const secs = (performance.now() - t) / 1000;
  const label = Object.entries(options).map(([k, v]) => `${k}: ${String(v)}`).join(', ');
  return { label, chars: text.length, tokens: tokenizeRange(text).length, secs, entities: doc.entities.length, events: doc.events.length };
}

/** Loads every model of the default options (timed: the cold start a user sees) and warms the shared code. */
function processWarmup() {
  const texts = sampleNames().map((n) => readSample(n));
  const t0 = performance.now();
  const pipeline = createPipeline();
  for (const t of texts) pipeline.extract(t);
  const coldMs = performance.now() - t0;
  for (const started = performance.now(); performance.now() - started < PROCESS_WARMUP_SECONDS * 1000; ) for (const t of texts) pipeline.extract(t);
  return { coldMs, documents: texts.length };
}

const warm = processWarmup();
const FAST: PipelineOptions = { eventParse: false };
const WITH_COMPROMISE: PipelineOptions = { compromise: true };
const rows = [
  bench('de'), bench('de', {}, GROUP), bench('de', FAST), bench('de', FAST, GROUP),
  bench('en'), bench('en', {}, GROUP), bench('en', WITH_COMPROMISE), bench('en', FAST), bench('en', FAST, GROUP),
];
const big = bigDocument();
const bigEn = BIG_EN_MB > 0 ? [bigEnglishDocument(BIG_EN_MB), bigEnglishDocument(BIG_EN_MB, WITH_COMPROMISE), bigEnglishDocument(BIG_EN_MB, FAST)] : [];
const rssMb = process.memoryUsage().rss / 1e6;
console.log(`# ereignis pipeline benchmark (node ${process.version}, one core, ${SECONDS} s per row after ${WARMUP_SECONDS} s of warm-up)\n`);
console.log(`Cold start: the first extract() of each of the ${warm.documents} samples, every default model loaded on the way: ${warm.coldMs.toFixed(0)} ms; then ${PROCESS_WARMUP_SECONDS} s of warm-up before the first row.\n`);
console.log('| language | first call of the row\'s new pipeline (ms) | documents/s | tokens/s |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.lang} | ${r.loadMs.toFixed(0)} | ${r.docsPerSec.toFixed(1)} | ${Math.round(r.tokensPerSec).toLocaleString('en')} |`);
console.log(
  `\nOne large German document: ${(big.chars / 1e6).toFixed(2)} M chars, ${big.tokens.toLocaleString('en')} tokens in ${big.secs.toFixed(2)} s ` +
    `(${Math.round(big.tokens / big.secs).toLocaleString('en')} tokens/s), ${big.entities} entities, ${big.events} events.`,
);
for (const b of bigEn) {
  console.log(
    `One large English document${b.label ? ` (${b.label})` : ''}: ${(b.chars / 1e6).toFixed(2)} M chars, ${b.tokens.toLocaleString('en')} tokens in ${b.secs.toFixed(1)} s ` +
      `(${Math.round(b.tokens / b.secs).toLocaleString('en')} tokens/s), ${b.entities} entities, ${b.events} events.`,
  );
}
console.log(`Resident memory after the runs: ${rssMb.toFixed(0)} MB.`);
