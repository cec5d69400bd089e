/**
 * Strict-span entity scores of the whole pipeline (gazetteers + rules + tagger/compromise, merged and
 * clustered, as `extract()` returns them) on UNER-PUD German and English (dev sets: measuring only), and in English
 * also on the WNUT-17 test tweets (never trained on: the English model reads WNUT-17 train only; person → PER,
 * location → LOC, corporation/group → ORG, products and creative works O, as in training).
 * Each UNER document is rebuilt from its `# text =` lines, one sentence per line; gold token spans are
 * aligned to character offsets; a predicted mention counts when its offsets and type equal a gold span.
 * Derived mentions ("südkoreanische") and MISC are not scored (UNER has neither).
 *
 *   npx tsx scripts/eval-entities.ts [--errors N] [--lang de|en] [--model-dir DIR]
 * --model-dir DIR: models from DIR (laid out like models/: DIR/de, DIR/en, DIR/gazetteer, …) instead of the package's,
 * to measure a candidate model inside the whole entity stage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline } from '../src/index.js';
import { readColumns, normaliseTags } from '../src/ner/corpus.js';
import { wnutType } from '../src/ner/train/english-lexicon.js';
import { sharedData } from './lib/shared-data.js';

type Span = { start: number; end: number; type: string };
interface Doc {
  text: string;
  gold: Span[];
}

function readUnerDocuments(path: string): Doc[] {
  const docs: Doc[] = [];
  let current: Doc | undefined;
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter(Boolean);
    if (lines.some((l) => l.startsWith('# newdoc id')) || !current) {
      current = { text: '', gold: [] };
      docs.push(current);
    }
    const textLine = lines.find((l) => l.startsWith('# text = '));
    if (!textLine) continue;
    const sentence = textLine.slice('# text = '.length);
    const base = current.text.length === 0 ? 0 : current.text.length + 1;
    current.text = current.text.length === 0 ? sentence : `${current.text}\n${sentence}`;
    const rows = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
    let cursor = 0;
    let open: Span | undefined;
    for (const row of rows) {
      const token = row[1]!;
      const tag = row[2]!;
      const at = sentence.indexOf(token, cursor);
      const found = at >= 0 && at - cursor <= 3;
      const start = found ? at : cursor;
      const end = found ? at + token.length : cursor;
      if (found) cursor = end;
      if (tag.startsWith('B-')) {
        open = { start: base + start, end: base + end, type: tag.slice(2) };
        current.gold.push(open);
      } else if (tag.startsWith('I-') && open) open.end = base + end;
      else open = undefined;
    }
  }
  return docs.filter((d) => d.text.length > 0);
}

/** WNUT-17 (one token and BIO tag per line, a blank line between tweets), read and mapped as the English model's
 * training reads WNUT-17 train: each tweet a document of its tokens joined by single spaces. */
function readWnutDocuments(path: string): Doc[] {
  return readColumns(readFileSync(path, 'utf8'), { tokenCol: 0, tagCol: 1 }).map(({ words, tags }) => {
    const doc: Doc = { text: words.join(' '), gold: [] };
    const iob = normaliseTags(tags, wnutType);
    let at = 0;
    let open: Span | undefined;
    words.forEach((word, i) => {
      const tag = iob[i]!;
      if (tag.startsWith('B-')) doc.gold.push((open = { start: at, end: at + word.length, type: tag.slice(2) }));
      else if (tag.startsWith('I-') && open) open.end = at + word.length;
      else open = undefined;
      at += word.length + 1;
    });
    return doc;
  });
}

const TYPES = ['PER', 'LOC', 'ORG'];
const argv = process.argv.slice(2);
const opt = (name: string): string | undefined => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const errorsToShow = Number(opt('errors')) || 0;
const onlyLanguage = opt('lang');
const modelDir = opt('model-dir');

function evaluate(lang: 'de' | 'en', docs: Doc[], ner: boolean, compromise = false) {
  const pipeline = createPipeline({ language: lang, ner, compromise, ...(modelDir ? { modelDir } : {}) });
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<string, { tp: number; fp: number; fn: number }>;
  const errors: string[] = [];
  const t0 = performance.now();
  for (const d of docs) {
    const out = pipeline.extract(d.text);
    const pred: Span[] = [];
    for (const e of out.entities) {
      if (!TYPES.includes(e.type)) continue;
      for (const m of e.mentions) if (!m.derived) pred.push({ start: m.start, end: m.end, type: e.type });
    }
    const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(d.gold.map(key));
    const predKeys = new Set(pred.map(key));
    for (const s of pred) {
      if (goldKeys.has(key(s))) counts[s.type]!.tp++;
      else {
        counts[s.type]!.fp++;
        if (errors.length < errorsToShow) errors.push(`FP ${s.type} ${JSON.stringify(d.text.slice(s.start, s.end))}`);
      }
    }
    for (const s of d.gold) {
      if (TYPES.includes(s.type) && !predKeys.has(key(s))) {
        counts[s.type]!.fn++;
        if (errors.length < errorsToShow) errors.push(`FN ${s.type} ${JSON.stringify(d.text.slice(s.start, s.end))}`);
      }
    }
  }
  return { counts, errors, seconds: (performance.now() - t0) / 1000 };
}

const f = (x: number) => (100 * x).toFixed(1);
function row(name: string, counts: Record<string, { tp: number; fp: number; fn: number }>): string {
  const cells: string[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const t of TYPES) {
    const c = counts[t]!;
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    const p = c.tp / (c.tp + c.fp || 1);
    const r = c.tp / (c.tp + c.fn || 1);
    cells.push(`${f(p)} / ${f(r)} / **${f((2 * p * r) / (p + r || 1))}**`);
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return `| ${name} | ${cells.join(' | ')} | ${f(p)} / ${f(r)} / **${f((2 * p * r) / (p + r || 1))}** |`;
}

const dir = join(sharedData(), 'uner-pud-de-en');
console.log('| system | PER P / R / F1 | LOC P / R / F1 | ORG P / R / F1 | all P / R / F1 |');
console.log('|---|---|---|---|---|');
const de = readUnerDocuments(join(dir, 'de_pud-ud-test.iob2'));
const en = readUnerDocuments(join(dir, 'en_pud-ud-test.iob2'));
const wnut = readWnutDocuments(join(sharedData(), 'wnut17', 'emerging.test.annotated'));
for (const [name, lang, set, docs, ner, compromise] of [
  ['ereignis extract(), German (gazetteers + rules + tagger)', 'de', 'UNER-PUD de', de, true, false],
  ['ereignis extract(), German without the tagger (ner: false)', 'de', 'UNER-PUD de', de, false, false],
  ['ereignis extract(), English (gazetteers + rules + tagger + compromise\'s word list)', 'en', 'UNER-PUD en', en, true, false],
  ['ereignis extract(), English with compromise\'s tagger too (compromise: true)', 'en', 'UNER-PUD en', en, true, true],
  ['ereignis extract(), English without the tagger (ner: false)', 'en', 'UNER-PUD en', en, false, false],
  ['ereignis extract(), English without the tagger, with compromise\'s (ner: false, compromise: true)', 'en', 'UNER-PUD en', en, false, true],
  ['ereignis extract(), English (gazetteers + rules + tagger + compromise\'s word list)', 'en', 'WNUT-17 test', wnut, true, false],
  ['ereignis extract(), English with compromise\'s tagger too (compromise: true)', 'en', 'WNUT-17 test', wnut, true, true],
] as const) {
  if (onlyLanguage && lang !== onlyLanguage) continue;
  const r = evaluate(lang, docs, ner, compromise);
  console.log(row(`${name} — ${set}`, r.counts));
  for (const e of r.errors) console.error(`  ${set} ${e}`);
}
