/**
 * NER benchmark: model load time, tagging speed (tokens/s, one core) and memory, side by side with compromise's
 * .people()/.places()/.organizations() on the same text; then strict-span eval tables on the dev sets with
 * compromise as the baseline row. Run: npx tsx bench/ner.ts [--quick]   (also part of npm run bench)
 */
import nlp from 'compromise';
import { loadGermanNer, NerTagger } from '../src/ner/tagger.js';
import { SOURCES } from '../src/ner/train/sources.js';
import { evaluateSpans, type EvalResult } from '../src/ner/eval.js';
import type { Sentence } from '../src/ner/corpus.js';
import { findSharedData } from '../scripts/lib/shared-data.js';

const DATA = findSharedData();
const quick = process.argv.includes('--quick');
const mb = (x: number) => (x / 1048576).toFixed(1);

function compromiseTags(words: string[]): string[] {
  // join with single spaces, so each word's character range is known; map compromise matches back onto words
  const starts: number[] = [];
  let text = '';
  for (const w of words) { starts.push(text.length); text += `${w} `; }
  const tags = words.map(() => 'O');
  const doc = nlp(text);
  // compromise's view classes differ per method; all of them have out().
  const kinds = [['PER', doc.people()], ['LOC', doc.places()], ['ORG', doc.organizations()]] as Array<[string, { out: (f: string) => unknown }]>;
  for (const [type, view] of kinds) {
    for (const m of view.out('offset') as Array<{ offset: { start: number; length: number } }>) {
      const s = m.offset.start, e = s + m.offset.length;
      let first = true;
      for (let i = 0; i < words.length; i++) {
        const ws = starts[i]!, we = ws + words[i]!.length;
        if (we <= s || ws >= e || tags[i] !== 'O') continue;
        tags[i] = `${first ? 'B' : 'I'}-${type}`;
        first = false;
      }
    }
  }
  return tags;
}

function speedOf(fn: () => void, minMs: number): number {
  let runs = 0;
  const t0 = performance.now();
  do { fn(); runs++; } while (performance.now() - t0 < minMs);
  return (performance.now() - t0) / runs;
}

async function main() {
  if (!DATA) { console.log('(skipped: no shared data folder; see scripts/lib/shared-data.ts or set EREIGNIS_DATA)'); return; }
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const modelArg = process.argv.indexOf('--model');
  // --model DIR: another model folder (to compare two models in the same hour on a VM whose speed drifts)
  const tagger = loadGermanNer(modelArg > 0 ? process.argv[modelArg + 1] : undefined);
  const loadMs = performance.now() - t0;
  const rssModel = process.memoryUsage().rss - rss0;

  const sets: Array<[string, Sentence[], string[] | undefined]> = [
    ['UNER German-PUD (PER/LOC/ORG)', SOURCES.uner!.load(DATA), ['PER', 'LOC', 'ORG']],
    ['Europarl de dev (PER/LOC/ORG/MISC)', SOURCES.europarl!.load(DATA), undefined],
    ['Europarl de dev (PER/LOC/ORG)', SOURCES.europarl!.load(DATA), ['PER', 'LOC', 'ORG']],
    ['WikiANN de test (PER/LOC/ORG)', SOURCES.wikiannTest!.load(DATA), ['PER', 'LOC', 'ORG']],
    ['GermEval 2014 dev (PER/LOC/ORG/MISC)', SOURCES.germeval!.load(DATA), undefined],
  ];
  const speedText = [...sets[0]![1], ...sets[1]![1], ...SOURCES.europarlTest!.load(DATA), ...sets[3]![1]];
  const tokens = speedText.reduce((a, s) => a + s.words.length, 0);

  // cold: a tagger with an empty word cache (a new NerTagger over the loaded model) over the text; median of 3 such
  // passes, so one garbage collection or the first compilation does not decide the figure (the first pass is also
  // reported). warm: the same text again with the cache filled (primed by one untimed pass).
  const coldRuns: number[] = [];
  for (let r = 0; r < 3; r++) {
    const fresh = new NerTagger(tagger.model);
    const tc = performance.now();
    for (const s of speedText) fresh.tag(s.words);
    coldRuns.push(performance.now() - tc);
  }
  const firstColdMs = coldRuns[0]!;
  const coldMs = [...coldRuns].sort((a, b) => a - b)[1]!;
  for (const s of speedText) tagger.tag(s.words);
  const warmMs = speedOf(() => { for (const s of speedText) tagger.tag(s.words); }, quick ? 1000 : 3000);
  const rssAfter = process.memoryUsage().rss - rss0;
  const compText = speedText.map((s) => s.words.join(' ')).join('\n');
  const compMs = speedOf(() => { const d = nlp(compText); d.people().out('array'); d.places().out('array'); d.organizations().out('array'); }, quick ? 1000 : 3000);

  console.log(`Speed on UNER-PUD de + Europarl dev+test + WikiANN de test (${speedText.length} sentences, ${tokens} tokens), one core, Node ${process.version}\n`);
  console.log('| tagger | tokens/s | notes |');
  console.log('|---|---|---|');
  console.log(`| ereignis NER (cold word cache) | ${Math.round(tokens / (coldMs / 1000)).toLocaleString('en')} | every word form new to the tagger (median of 3 passes; the very first pass of the process: ${Math.round(tokens / (firstColdMs / 1000)).toLocaleString('en')}) |`);
  console.log(`| ereignis NER (warm) | ${Math.round(tokens / (warmMs / 1000)).toLocaleString('en')} | same text again |`);
  console.log(`| compromise .people()/.places()/.organizations() | ${Math.round(tokens / (compMs / 1000)).toLocaleString('en')} | one nlp() call on the joined text |`);
  console.log(`\nModel load: ${loadMs.toFixed(0)} ms (incl. sha256 check); RSS after load +${mb(rssModel)} MB, after tagging +${mb(rssAfter)} MB; heap used ${mb(process.memoryUsage().heapUsed)} MB\n`);

  const fmt = (r: EvalResult, types: string[]) =>
    [...types.map((t) => r.perType[t]), r.overall].map((m) => (m ? `${(100 * m.precision).toFixed(1)} / ${(100 * m.recall).toFixed(1)} / **${(100 * m.f1).toFixed(1)}**` : '–')).join(' | ');
  for (const [name, sents, types] of sets) {
    if (quick && name.startsWith('WikiANN')) continue;
    const ts = types ?? ['PER', 'LOC', 'ORG', 'MISC'];
    const gold = sents.map((s) => s.tags);
    const inTraining = name.startsWith('GermEval');
    const ours = evaluateSpans(gold, sents.map((s) => tagger.tag(s.words)), types);
    const comp = evaluateSpans(gold, sents.map((s) => compromiseTags(s.words)), types);
    console.log(`### ${name}: strict-span P / R / F1\n`);
    console.log(`| tagger | ${ts.join(' | ')} | overall |`);
    console.log(`|---|${ts.map(() => '---|').join('')}---|`);
    console.log(`| compromise 14.17 (baseline) | ${fmt(comp, ts)} |`);
    if (inTraining) console.log(`| ereignis NER de | (trained on this set: 5-fold cross-validation in docs/models.md) |\n`);
    else console.log(`| ereignis NER de | ${fmt(ours, ts)} |\n`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
