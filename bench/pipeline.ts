/**
 * Pipeline speed and memory on one core: model load time, then extract() over German and English news text
 * (the corpus/ samples, repeated) — tokens/s, documents/s, peak RSS. Run: npm run bench (or tsx bench/pipeline.ts).
 */
import { performance } from 'node:perf_hooks';
import { createPipeline } from '../src/index.js';
import { tokenizeRange } from '../src/segment/tokenize.js';
import { readSample, sampleNames } from '../test/helpers/corpus.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

function bench(lang: 'de' | 'en' | 'any') {
  const texts = sampleNames()
    .filter((n) => lang === 'any' || n.startsWith(`${lang}-`) || (lang === 'de' && n === 'nato-suedkorea'))
    .map((n) => readSample(n));
  const tokensPerText = texts.map((t) => tokenizeRange(t).length);
  const t0 = performance.now();
  const pipeline = createPipeline();
  pipeline.extract(texts[0]!); // first call loads the models this language needs
  const loadMs = performance.now() - t0;
  let docs = 0;
  let tokens = 0;
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    for (let i = 0; i < texts.length; i++) {
      pipeline.extract(texts[i]!);
      docs++;
      tokens += tokensPerText[i]!;
    }
  }
  const secs = (performance.now() - start) / 1000;
  return { lang, loadMs, docs, tokens, secs, tokensPerSec: tokens / secs, docsPerSec: docs / secs };
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

const rows = (['de', 'en'] as const).map(bench);
const big = bigDocument();
const rssMb = process.memoryUsage().rss / 1e6;
console.log(`# ereignis pipeline benchmark (node ${process.version}, one core, ${SECONDS} s per language)\n`);
console.log('| language | first call incl. model load (ms) | documents/s | tokens/s |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.lang} | ${r.loadMs.toFixed(0)} | ${r.docsPerSec.toFixed(1)} | ${Math.round(r.tokensPerSec).toLocaleString('en')} |`);
console.log(
  `\nOne large German document: ${(big.chars / 1e6).toFixed(2)} M chars, ${big.tokens.toLocaleString('en')} tokens in ${big.secs.toFixed(2)} s ` +
    `(${Math.round(big.tokens / big.secs).toLocaleString('en')} tokens/s), ${big.entities} entities, ${big.events} events.`,
);
console.log(`Resident memory after the runs: ${rssMb.toFixed(0)} MB.`);
