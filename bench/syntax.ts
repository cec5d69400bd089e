/**
 * Syntax speed, size and load time on one core, and what the syntax stage costs extract():
 * - model file size (models/<lang>/syntax-<lang>.bin) and load time (read + sha256 + gunzip + indexing; the first
 *   load of the process, then the median of three more);
 * - tag + parse on gold words (UD German GSD test, UD English EWT test: ../shared/data), words/s wall and per CPU-second;
 * - extract() over the German and English corpus/ samples with and without `syntax: true`, alternating runs
 *   (the machine is shared: each figure is given with its spread);
 * - one large German document (the samples joined, repeated) with and without the stage.
 * Run: npx tsx bench/syntax.ts [--quick]   (BENCH_SECONDS per run, default 4; --quick: 2 s and no large document)
 */
import { performance } from 'node:perf_hooks';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline } from '../src/index.js';
import { tokenizeRange } from '../src/segment/tokenize.js';
import { resourceDir } from '../src/resources/locate.js';
import { loadSyntaxModel, parseSentence, readConllu, SYNTAX_MANIFEST, type LoadedSyntaxModel, type SyntaxLanguage } from '../src/syntax/index.js';
import { readSample, sampleNames } from '../test/helpers/corpus.js';
import { findSharedData } from '../scripts/lib/shared-data.js';

const QUICK = process.argv.includes('--quick');
const SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 2 : 4));
const LANGS: SyntaxLanguage[] = ['de', 'en'];
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]!; };
const k = (x: number) => Math.round(x).toLocaleString('en');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

// 1. size and load time
const models = new Map<SyntaxLanguage, LoadedSyntaxModel>();
const loadRows: string[] = [];
for (const lang of LANGS) {
  const manifest = JSON.parse(readFileSync(join(resourceDir(lang), SYNTAX_MANIFEST), 'utf8')) as { file: string };
  const bytes = statSync(join(resourceDir(lang), manifest.file)).size;
  let t = performance.now();
  models.set(lang, loadSyntaxModel(lang));
  const first = performance.now() - t;
  const again: number[] = [];
  for (let i = 0; i < 3; i++) { t = performance.now(); loadSyntaxModel(lang); again.push(performance.now() - t); }
  loadRows.push(`| ${lang} | ${(bytes / 1e6).toFixed(2)} MB | ${first.toFixed(0)} ms | ${median(again).toFixed(0)} ms (${again.map((x) => x.toFixed(0)).join(', ')}) |`);
}

// 2. tag + parse on gold words
const TREEBANKS: Record<SyntaxLanguage, [string, string]> = { de: ['ud-german', 'de_gsd-ud-test.conllu'], en: ['ud-english-ewt', 'en_ewt-ud-test.conllu'] };
const speedRows: string[] = [];
for (const lang of LANGS) {
  const [folder, file] = TREEBANKS[lang];
  const data = findSharedData(folder);
  if (!data) { speedRows.push(`| ${lang} | (no ${folder} in the shared data: skipped) | | |`); continue; }
  const sents = readConllu(readFileSync(join(data, folder, file), 'utf8')).map((s) => s.words.map((w) => w.form));
  const m = models.get(lang)!;
  for (const s of sents.slice(0, 200)) parseSentence(m, s); // warm-up
  const runs: { wall: number; perCpu: number }[] = [];
  for (let r = 0; r < 3; r++) {
    let words = 0;
    const t0 = performance.now(), c0 = cpu();
    while (performance.now() - t0 < (SECONDS * 1000) / 2) for (const s of sents) { parseSentence(m, s); words += s.length; }
    const wall = (performance.now() - t0) / 1000, c = cpu() - c0;
    runs.push({ wall: words / wall, perCpu: words / c });
  }
  speedRows.push(`| ${lang} | ${file} (${k(sents.reduce((a, s) => a + s.length, 0))} words) | ${runs.map((r) => k(r.wall)).join(' / ')} | ${runs.map((r) => k(r.perCpu)).join(' / ')} |`);
}

// 3. extract() with and without the stage, alternating
function texts(lang: 'de' | 'en'): string[] {
  return sampleNames().filter((n) => n.startsWith(`${lang}-`) || (lang === 'de' && n === 'nato-suedkorea')).map((n) => readSample(n));
}
/** tokens/s wall and tokens per CPU-second of one run */
function throughput(pipeline: ReturnType<typeof createPipeline>, ts: string[], tokens: number[]): [number, number] {
  let n = 0;
  const t0 = performance.now(), c0 = cpu();
  while (performance.now() - t0 < SECONDS * 1000) for (let i = 0; i < ts.length; i++) { pipeline.extract(ts[i]!); n += tokens[i]!; }
  return [n / ((performance.now() - t0) / 1000), n / (cpu() - c0)];
}
const extractRows: string[] = [];
for (const lang of ['de', 'en'] as const) {
  const ts = texts(lang);
  const tokens = ts.map((t) => tokenizeRange(t).length);
  const off = createPipeline(), on = createPipeline({ syntax: true });
  for (let r = 0; r < 20; r++) for (const t of ts) { off.extract(t); on.extract(t); } // load every model, warm the JIT
  const a: [number, number][] = [], b: [number, number][] = [];
  for (let r = 0; r < (QUICK ? 2 : 3); r++) { a.push(throughput(off, ts, tokens)); b.push(throughput(on, ts, tokens)); }
  const fmt = (xs: [number, number][], j: 0 | 1) => xs.map((x) => k(x[j])).join(' / ');
  const cost = (j: 0 | 1) => {
    const ma = median(a.map((x) => x[j])), mb = median(b.map((x) => x[j]));
    return `${((100 * (ma - mb)) / ma).toFixed(0)} % (${((1 / mb - 1 / ma) * 1e6).toFixed(1)} µs per token)`;
  };
  extractRows.push(
    `| ${lang} (${ts.length} articles, ${k(tokens.reduce((x, y) => x + y, 0))} tokens) | ${fmt(a, 0)} | ${fmt(b, 0)} | ${cost(0)} | ${fmt(a, 1)} | ${fmt(b, 1)} | ${cost(1)} |`,
  );
}

// 4. one large German document
let big = '';
if (!QUICK) {
  const text = texts('de').join('\n\n').repeat(60);
  const tokens = tokenizeRange(text).length;
  const row = (label: string, syntax: boolean) => {
    const p = createPipeline({ language: 'de', syntax });
    p.extract('Die Regierung tagte.');
    const t = performance.now();
    const doc = p.extract(text);
    const s = (performance.now() - t) / 1000;
    return `${label} ${s.toFixed(2)} s (${k(tokens / s)} tokens/s${doc.tokens ? `, ${k(doc.tokens.length)} tokens in the Document` : ''})`;
  };
  big = `One large German document, ${(text.length / 1e6).toFixed(2)} M chars, ${k(tokens)} tokens: ${row('without the stage', false)}; ${row('with it', true)}.`;
}

console.log(`# ereignis syntax benchmark (node ${process.version}, one core, ${SECONDS} s per run)\n`);
console.log('| model | file | first load | load again (median of 3) |\n|---|---|---|---|');
console.log(loadRows.join('\n'));
console.log('\nTag + parse (UPOS, FEATS, lemma, labelled tree) on gold words, three runs:\n');
console.log('| model | words | words/s (wall) | words per CPU-second |\n|---|---|---|---|');
console.log(speedRows.join('\n'));
console.log('\nextract() over the corpus/ samples, runs alternating without and with `syntax: true`:\n');
console.log('| samples | without, tokens/s | with syntax | cost (medians) | without, tokens per CPU-s | with syntax | cost (medians) |\n|---|---|---|---|---|---|---|');
console.log(extractRows.join('\n'));
if (big) console.log(`\n${big}`);
console.log(`Resident memory after the runs: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB.`);
