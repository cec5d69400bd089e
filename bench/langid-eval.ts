/**
 * Language identification on sentence sets of mixed length and genre (bench/langid-sets.ts builds them), for
 * ereignis/langid and for plain franc over all its languages (the baseline).
 *   npx tsx bench/langid-eval.ts [--errors] [--set=<part of a set name>]
 * Each set is split by a hash of the sentence into a `tune` half (for choosing settings) and a `report` half (the
 * numbers in docs/langid.md). A sentence counts as correct only if the detected code is the gold one ('und' is
 * wrong). "served" = the language stage gives the sentence the right pipeline (de/en for German/English, none for
 * the others): that decides whether its people and places are found.
 */
import { franc } from 'franc';
import { detectLanguage, ISO639_3_TO_1 } from '../src/lang/detect/index.js';
import { languageStage } from '../src/lang/stage.js';
import { profileFor } from '../src/lang/index.js';
import type { WorkingDoc } from '../src/doc/types.js';
import { buildSets, halfOf, unerSentences, type Half, type LangSet } from './langid-sets.js';
import { readFileSync } from 'node:fs';
import { sharedData } from '../scripts/lib/shared-data.js';

const DATA = sharedData();
const showErrors = process.argv.includes('--errors');
const only = process.argv.find((a) => a.startsWith('--set='))?.slice('--set='.length);

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}`);
const stage = languageStage();

function servedPipeline(text: string): string {
  const doc: WorkingDoc = { text, diagnostics: [] };
  stage.run(doc);
  return doc.language!.pipeline!;
}

interface Tally {
  n: number;
  ok: number;
  und: number;
  franc: number;
  served: number;
  errors: Map<string, number>;
}
const tally = (): Tally => ({ n: 0, ok: 0, und: 0, franc: 0, served: 0, errors: new Map() });

/** Predicted code per gold group on the report half (data and machine sets): the confusion table. */
const CONFUSION_COLUMNS = ['de', 'en', 'nl', 'af', 'sv', 'da', 'nb', 'fr', 'es', 'it', 'pt', 'pl', 'other', 'und'];
/** For the other languages' rows: the gold language itself is counted as `right`. */
const OTHER_ROW_COLUMNS = ['right', 'de', 'en', 'other', 'und'];
const confusion = new Map<string, Map<string, number>>();
const buckets = new Map<number, { n: number; ok: number }>();
let elapsedMs = 0;
let chars = 0;

const sets: LangSet[] = (await buildSets()).filter((s) => !only || s.name.includes(only));
console.log(
  'set'.padEnd(30), 'origin'.padEnd(11), 'n'.padStart(4), 'report'.padStart(7), 'und'.padStart(4), 'tune'.padStart(6),
  'franc'.padStart(6), 'served'.padStart(7), ' top errors (report half)',
);
for (const set of sets) {
  const halves: Record<Half, Tally> = { tune: tally(), report: tally() };
  for (const sentence of set.sentences) {
    // constructed sentences are not split: nothing is tuned on them, and they are reported apart
    const half: Half = set.origin === 'constructed' ? 'report' : halfOf(sentence);
    const t = halves[half];
    const t0 = performance.now();
    const { language } = detectLanguage(sentence);
    elapsedMs += performance.now() - t0;
    chars += sentence.length;
    const correct = language.code === set.gold;
    const pipeline = servedPipeline(sentence);
    t.n++;
    if (correct) t.ok++;
    if (pipeline === (profileFor(set.gold).pipeline === 'none' ? 'none' : set.gold)) t.served++;
    if (ISO639_3_TO_1[franc(sentence)] === set.gold) t.franc++;
    if (!correct) {
      t.errors.set(language.code, (t.errors.get(language.code) ?? 0) + 1);
      if (language.code === 'und') t.und++;
      if (showErrors && half === 'report') console.log(`  ${set.name}: ${language.code} ${language.confidence} ${JSON.stringify(sentence)}`);
    }
    if (half !== 'report' || set.origin === 'constructed') continue;
    const homeLanguage = set.gold === 'de' || set.gold === 'en';
    const row = set.gold;
    const column = !homeLanguage && correct ? 'right' : CONFUSION_COLUMNS.includes(language.code) ? language.code : 'other';
    const counts = confusion.get(row) ?? new Map<string, number>();
    counts.set(column, (counts.get(column) ?? 0) + 1);
    confusion.set(row, counts);
    if (language.code !== 'und') {
      const bucket = Math.min(9, Math.floor(language.confidence * 10));
      const b = buckets.get(bucket) ?? { n: 0, ok: 0 };
      b.n++;
      if (correct) b.ok++;
      buckets.set(bucket, b);
    }
  }
  const r = halves.report;
  const top = [...r.errors].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([code, n]) => `${code} ${n}`).join(', ');
  console.log(
    set.name.padEnd(30), set.origin.padEnd(11), String(r.n).padStart(4), pct(r.ok, r.n).padStart(7), String(r.und).padStart(4),
    pct(halves.tune.ok, halves.tune.n).padStart(6), pct(r.franc, r.n).padStart(6), pct(r.served, r.n).padStart(7), ` ${top}`,
  );
}

console.log('\nconfusion on the report half (data + machine sets; rows gold, columns detected):');
console.log(''.padEnd(6), ...CONFUSION_COLUMNS.map((c) => c.padStart(6)));
for (const row of ['de', 'en']) {
  const counts = confusion.get(row) ?? new Map<string, number>();
  console.log(row.padEnd(6), ...CONFUSION_COLUMNS.map((c) => String(counts.get(c) ?? 0).padStart(6)));
}
console.log(''.padEnd(6), ...OTHER_ROW_COLUMNS.map((c) => c.padStart(6)), '  (other languages: right / taken for de, en / other / und)');
for (const [row, counts] of confusion) {
  if (row === 'de' || row === 'en') continue;
  const other = [...counts].filter(([c]) => !['right', 'de', 'en', 'und'].includes(c)).reduce((sum, [, n]) => sum + n, 0);
  const cells = OTHER_ROW_COLUMNS.map((c) => String(c === 'other' ? other : counts.get(c) ?? 0).padStart(6));
  console.log(row.padEnd(6), ...cells);
}
console.log('\nconfidence calibration (report half, answers other than und): bucket  n  accuracy %');
for (const [bucket, b] of [...buckets].sort((a, b) => a[0] - b[0])) {
  console.log(`  ${(bucket / 10).toFixed(1)}–${((bucket + 1) / 10).toFixed(1)}  ${String(b.n).padStart(5)}  ${pct(b.ok, b.n)}`);
}
console.log(`\nspeed on these texts: ${(chars / 1e6 / (elapsedMs / 1000)).toFixed(2)} MB/s`);

// Long input: the sample is bounded, so time must not grow with the text.
const article = unerSentences('de').join(' ');
const big = article.repeat(Math.ceil(10e6 / article.length)).slice(0, 10e6);
const t0 = performance.now();
const bigResult = detectLanguage(big);
console.log(`10 MB German text: ${bigResult.language.code} (${bigResult.language.confidence}) in ${(performance.now() - t0).toFixed(1)} ms`);

// ---- Segmentation and tokens (src/segment), measured here too so that one command reproduces docs/langid.md ----
const { segmentSentences } = await import('../src/segment/sentences.js');
const { tokenizeRange } = await import('../src/segment/tokenize.js');

console.log('\nsentence ends in UNER-PUD documents (sentences joined by a space), and token agreement');
for (const lang of ['de', 'en'] as const) {
  const docs: Array<{ sentences: string[]; tokens: string[][] }> = [];
  for (const line of readFileSync(`${DATA}/uner-pud-de-en/${lang}_pud-ud-test.iob2`, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) docs.push({ sentences: [], tokens: [] });
    const doc = docs[docs.length - 1]!;
    if (line.startsWith('# text = ')) {
      doc.sentences.push(line.slice('# text = '.length));
      doc.tokens.push([]);
    } else if (/^\d+\t/.test(line)) doc.tokens[doc.tokens.length - 1]!.push(line.split('\t')[1]!);
  }
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let goldTokens = 0;
  let reproduced = 0;
  for (const doc of docs) {
    const text = doc.sentences.join(' ');
    const goldEnds = new Set<number>();
    let position = 0;
    doc.sentences.forEach((sentence, i) => {
      // token agreement, counting UD's split hyphens ("Social - Media") and ordinals ("4 .") as GermEval's whole tokens
      const spans = goldSpans(sentence, doc.tokens[i]!);
      const ours = new Set(tokenizeRange(sentence, 0, sentence.length, profileFor(lang).segment).map((t) => `${t.start}:${t.end}`));
      goldTokens += spans.length;
      reproduced += spans.filter((s) => ours.has(s)).length;
      position += sentence.length;
      goldEnds.add(position);
      position += 1;
    });
    const ends = segmentSentences(text, profileFor(lang).segment).map((s) => s.end);
    predicted += ends.length;
    gold += goldEnds.size;
    tp += ends.filter((e) => goldEnds.has(e)).length;
  }
  console.log(
    `  ${lang}: ${docs.length} documents, sentence ends precision ${pct(tp, predicted)}, recall ${pct(tp, gold)}; ` +
      `gold tokens reproduced ${pct(reproduced, goldTokens)}`,
  );
}

/** Gold token spans in the sentence, with hyphen-joined and "4 ." pieces merged when the text has no space. */
function goldSpans(sentence: string, tokens: readonly string[]): string[] {
  const spans: Array<[number, number]> = [];
  let position = 0;
  for (const token of tokens) {
    const start = sentence.indexOf(token, position);
    if (start < 0) continue;
    const end = start + token.length;
    position = end;
    const last = spans[spans.length - 1];
    const previous = last ? sentence.slice(last[0], last[1]) : '';
    const joins = last !== undefined && last[1] === start && (token === '-' || previous.endsWith('-') || (token === '.' && /^\d+$/.test(previous)));
    if (joins) last[1] = end;
    else spans.push([start, end]);
  }
  return spans.map(([s, e]) => `${s}:${e}`);
}

const sample = readFileSync(`${DATA}/../seed/nato-suedkorea.txt`, 'utf8') + '\n\n';
const fiveMb = sample.repeat(Math.ceil(5e6 / sample.length));
let t = performance.now();
const sentenceCount = segmentSentences(fiveMb, profileFor('de').segment).length;
const segmentMs = performance.now() - t;
tokenizeRange(fiveMb, 0, fiveMb.length, profileFor('de').segment); // warm-up
t = performance.now();
const tokenCount = tokenizeRange(fiveMb, 0, fiveMb.length, profileFor('de').segment).length;
const tokenMs = performance.now() - t;
console.log(
  `5 MB German text: ${sentenceCount} sentences in ${segmentMs.toFixed(0)} ms (${(5 / (segmentMs / 1000)).toFixed(1)} MB/s); ` +
    `${tokenCount} tokens in ${tokenMs.toFixed(0)} ms (${(tokenCount / tokenMs / 1000).toFixed(2)} M tokens/s)`,
);
