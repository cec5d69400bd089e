/**
 * Language identification accuracy on German and English sentences (dev data in /work/shared/data), for
 * ereignis/langid and for plain franc over all its languages (the baseline).
 *   npx tsx bench/langid-eval.ts [--errors]
 * Sets: UNER-PUD `# text = ` lines (1000 de + 1000 en), Europarl dev (de) and wikigold (en) sentences rebuilt
 * from their tokens. A sentence counts as correct only if the detected code is the gold one ('und' is wrong).
 */
import { readFileSync } from 'node:fs';
import { franc } from 'franc';
import { detectLanguage } from '../src/lang/detect/index.js';
import { sharedData } from '../scripts/lib/shared-data.js';
import { profileFor } from '../src/lang/index.js';

const DATA = sharedData();
const showErrors = process.argv.includes('--errors');

/** Join tokens to text: no space before closing punctuation, none after opening brackets/quotes. */
export function detokenize(tokens: readonly string[]): string {
  let out = '';
  let insideStraightQuote = false;
  let glueNext = false;
  for (const token of tokens) {
    const closing = /^[.,;:!?)\]}%“]$/.test(token) || /^['’](s|re|ve|ll|d|m)$/i.test(token) || token === "n't" || (token === '"' && insideStraightQuote);
    if (out !== '' && !closing && !glueNext) out += ' ';
    glueNext = /^[(\[{„]$/.test(token) || (token === '"' && !insideStraightQuote);
    if (token === '"') insideStraightQuote = !insideStraightQuote;
    out += token;
  }
  return out;
}

function unerSentences(lang: 'de' | 'en'): string[] {
  return readFileSync(`${DATA}/uner-pud-de-en/${lang}_pud-ud-test.iob2`, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('# text = '))
    .map((line) => line.slice('# text = '.length));
}

/** Sentences of a CoNLL-style file (token in the first column, blank line between sentences). */
function conllSentences(path: string, separator: RegExp): string[] {
  const out: string[] = [];
  let tokens: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (tokens.length > 0) out.push(detokenize(tokens));
      tokens = [];
      continue;
    }
    const token = line.split(separator)[0]!;
    if (token !== '-DOCSTART-') tokens.push(token);
  }
  if (tokens.length > 0) out.push(detokenize(tokens));
  return out;
}

interface EvalSet {
  name: string;
  gold: 'de' | 'en';
  sentences: string[];
}

const sets: EvalSet[] = [
  { name: 'UNER-PUD de', gold: 'de', sentences: unerSentences('de') },
  { name: 'UNER-PUD en', gold: 'en', sentences: unerSentences('en') },
  { name: 'Europarl dev de', gold: 'de', sentences: conllSentences(`${DATA}/europarl-ner-de-pado/dev.tsv`, /\t/) },
  { name: 'wikigold en', gold: 'en', sentences: conllSentences(`${DATA}/wikigold-en/wikigold.conll.txt`, / /) },
];

const FRANC_TO_1: Record<string, string> = { deu: 'de', eng: 'en' };
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(2)} %`;

console.log('set'.padEnd(18), 'n'.padStart(5), 'ereignis'.padStart(9), '(und)'.padStart(6), 'franc'.padStart(9), '≥40 chars'.padStart(10), ' top errors (ereignis)');
const buckets = new Map<number, { n: number; ok: number }>();
let elapsedMs = 0;
let chars = 0;
for (const set of sets) {
  let ok = 0;
  let und = 0;
  let baselineOk = 0;
  let longN = 0;
  let longOk = 0;
  const errors = new Map<string, number>();
  for (const sentence of set.sentences) {
    const t0 = performance.now();
    const { language } = detectLanguage(sentence);
    elapsedMs += performance.now() - t0;
    chars += sentence.length;
    const correct = language.code === set.gold;
    if (sentence.length >= 40) {
      longN++;
      if (correct) longOk++;
    }
    if (correct) ok++;
    else {
      errors.set(language.code, (errors.get(language.code) ?? 0) + 1);
      if (language.code === 'und') und++;
      if (showErrors) console.log(`  ${set.name}: ${language.code} ${language.confidence} ${JSON.stringify(sentence)}`);
    }
    if (language.code !== 'und') {
      const bucket = Math.min(9, Math.floor(language.confidence * 10));
      const b = buckets.get(bucket) ?? { n: 0, ok: 0 };
      b.n++;
      if (correct) b.ok++;
      buckets.set(bucket, b);
    }
    if (FRANC_TO_1[franc(sentence)] === set.gold) baselineOk++;
  }
  const top = [...errors].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([code, n]) => `${code} ${n}`).join(', ');
  console.log(
    set.name.padEnd(18),
    String(set.sentences.length).padStart(5),
    pct(ok, set.sentences.length).padStart(9),
    String(und).padStart(6),
    pct(baselineOk, set.sentences.length).padStart(9),
    pct(longOk, longN).padStart(10),
    ` ${top}`,
  );
}
console.log('\nconfidence calibration (answers other than und): bucket  n  accuracy');
for (const [bucket, b] of [...buckets].sort((a, b) => a[0] - b[0])) {
  console.log(`  ${(bucket / 10).toFixed(1)}–${((bucket + 1) / 10).toFixed(1)}  ${String(b.n).padStart(5)}  ${pct(b.ok, b.n)}`);
}
console.log(`\nspeed on sentences: ${(chars / 1e6 / (elapsedMs / 1000)).toFixed(2)} MB/s`);

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
