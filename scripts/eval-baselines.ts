/**
 * Strict-span entity P/R/F1 (PER/LOC/ORG) of plain compromise and of findEnglishMentions on the English and
 * German dev/eval sets in /work/shared/data (German: UNER-PUD, GermEval dev, SmartData v1 test). Prints Markdown tables (pasted into docs/baselines.md).
 *
 *   npx tsx scripts/eval-baselines.ts [--data /work/shared/data] [--only en|de]
 *
 * A prediction counts only when its character span and type equal a gold entity's exactly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { findEnglishMentions } from '../src/entities/english/index.js';
import { tokenizeSentences } from '../src/segment/tokenize.js';
import { sharedData } from './lib/shared-data.js';
import { profileFor } from '../src/lang/index.js';
import { smartdataSentences } from '../src/ner/train/smartdata.js';
import type { Sentence } from '../src/ner/corpus.js';

type EvalType = 'PER' | 'LOC' | 'ORG';
const TYPES: EvalType[] = ['PER', 'LOC', 'ORG'];

interface Span {
  start: number;
  end: number;
  type: string;
}
/** One evaluation unit: a document (sentences joined by a space) or a single sentence. */
interface EvalSentence {
  text: string;
  sentences: Array<{ start: number; end: number }>;
  gold: Span[];
  words: number;
}

/** Join consecutive sentences into documents, shifting the gold spans. */
function joinDocuments(units: EvalSentence[], docStarts: Set<number>): EvalSentence[] {
  const docs: EvalSentence[] = [];
  units.forEach((unit, i) => {
    let doc = docs[docs.length - 1];
    if (!doc || docStarts.has(i)) {
      doc = { text: '', sentences: [], gold: [], words: 0 };
      docs.push(doc);
    }
    const offset = doc.text.length === 0 ? 0 : doc.text.length + 1;
    doc.text = doc.text.length === 0 ? unit.text : `${doc.text} ${unit.text}`;
    doc.sentences.push({ start: offset, end: offset + unit.text.length });
    doc.gold.push(...unit.gold.map((g) => ({ ...g, start: g.start + offset, end: g.end + offset })));
    doc.words += unit.words;
  });
  return docs;
}

const args = process.argv.slice(2);
const argValue = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const DATA = argValue('--data') ?? sharedData();
const ONLY = argValue('--only');
/** `--errors N`: print up to N wrong predictions and misses of findEnglishMentions to stderr. */
const SHOW_ERRORS = Number(argValue('--errors') ?? 0);

// ---------------------------------------------------------------- readers

/** Character spans of tagged token sequences; `tags[i]` is 'O', 'B-X' or 'I-X' (IOB1 and IOB2 both work). */
function spansFromTags(offsets: Array<{ start: number; end: number }>, tags: string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const [prefix, type] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    const continues = open !== undefined && prefix === 'I' && open.type === type;
    if (!continues) {
      if (open) spans.push(open);
      open = prefix === 'O' ? undefined : { start: offsets[i]!.start, end: offsets[i]!.end, type };
    } else open!.end = offsets[i]!.end;
  }
  if (open) spans.push(open);
  return spans;
}

/** Offsets of tokens in a sentence text: each token searched from the cursor (tolerates UD multiword splits). */
function alignTokens(text: string, tokens: string[]): Array<{ start: number; end: number }> {
  const offsets: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  for (const token of tokens) {
    const at = text.indexOf(token, cursor);
    if (at >= 0 && at - cursor <= 3) {
      offsets.push({ start: at, end: at + token.length });
      cursor = at + token.length;
    } else offsets.push({ start: cursor, end: cursor }); // not in the surface text ("zu dem" for "zum")
  }
  return offsets;
}

function readUner(path: string): EvalSentence[] {
  const out: EvalSentence[] = [];
  const docStarts = new Set<number>();
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    if (block.includes('# newdoc id')) docStarts.add(out.length);
    const lines = block.split('\n').filter((l) => l.length > 0);
    const textLine = lines.find((l) => l.startsWith('# text = '));
    if (!textLine) continue;
    const text = textLine.slice('# text = '.length);
    const rows = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
    const offsets = alignTokens(text, rows.map((r) => r[1]!));
    out.push({ text, sentences: [{ start: 0, end: text.length }], gold: spansFromTags(offsets, rows.map((r) => r[2]!)), words: rows.length });
  }
  return joinDocuments(out, docStarts);
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m)$/;
const NO_SPACE_AFTER = /^[(\[{$]$/;

/** Join tokens into plain text with the usual English spacing, returning token offsets. */
function detokenize(tokens: string[]): { text: string; offsets: Array<{ start: number; end: number }> } {
  let text = '';
  const offsets: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i > 0 && !NO_SPACE_BEFORE.test(token) && !NO_SPACE_AFTER.test(tokens[i - 1]!)) text += ' ';
    offsets.push({ start: text.length, end: text.length + token.length });
    text += token;
  }
  return { text, offsets };
}

/** Column files; `docStart` marks lines that open a new document (none: every sentence is its own unit). */
function readColumns(path: string, tokenColumn: number, tagColumn: number, separator: RegExp, skip: RegExp, docStart?: RegExp): EvalSentence[] {
  const out: EvalSentence[] = [];
  const docStarts = new Set<number>();
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    if (docStart?.test(block)) docStarts.add(out.length);
    const rows = block
      .split('\n')
      .filter((l) => l.length > 0 && !skip.test(l))
      .map((l) => l.split(separator));
    if (rows.length === 0) continue;
    const { text, offsets } = detokenize(rows.map((r) => r[tokenColumn]!));
    out.push({ text, sentences: [{ start: 0, end: text.length }], gold: spansFromTags(offsets, rows.map((r) => r[tagColumn]!)), words: rows.length });
  }
  return docStart ? joinDocuments(out, docStarts) : out;
}

/** Tagged sentences (run-time tokens) as detokenised units, one per sentence, like the column files above. */
function readSentences(sentences: Sentence[]): EvalSentence[] {
  return sentences.map((s) => {
    const { text, offsets } = detokenize(s.words);
    return { text, sentences: [{ start: 0, end: text.length }], gold: spansFromTags(offsets, s.tags), words: s.words.length };
  });
}

// ---------------------------------------------------------------- systems

type System = (text: string, sentences: Array<{ start: number; end: number }>) => Span[];

/** compromise as it comes: people/places/organizations, span = first term start to last term end. */
const plainCompromise: System = (text) => {
  const doc = nlp(text);
  const spans: Span[] = [];
  const methods = [
    ['people', 'PER'],
    ['places', 'LOC'],
    ['organizations', 'ORG'],
  ] as const;
  for (const [method, type] of methods) {
    for (const match of doc[method]().json({ offset: true }) as Array<{ terms: Array<{ offset: { start: number; length: number } }> }>) {
      const first = match.terms[0];
      const last = match.terms[match.terms.length - 1];
      if (first && last) spans.push({ start: first.offset.start, end: last.offset.start + last.offset.length, type });
    }
  }
  return spans;
};

const ereignisEnglish: System = (text, sentences) => {
  const tokens = tokenizeSentences(text, sentences, profileFor('en').segment);
  return findEnglishMentions(text, sentences, tokens);
};

// ---------------------------------------------------------------- scoring

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(sentences: EvalSentence[], system: System): { byType: Record<EvalType, Counts>; seconds: number; words: number } {
  const byType = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<EvalType, Counts>;
  let seconds = 0;
  let words = 0;
  for (const sentence of sentences) {
    const t0 = performance.now();
    const predicted = system(sentence.text, sentence.sentences);
    seconds += (performance.now() - t0) / 1000;
    words += sentence.words;
    for (const type of TYPES) {
      const gold = new Set(sentence.gold.filter((s) => s.type === type).map((s) => `${s.start}:${s.end}`));
      const pred = new Set(predicted.filter((s) => s.type === type).map((s) => `${s.start}:${s.end}`));
      const c = byType[type];
      for (const key of pred) if (gold.has(key)) c.tp++;
      else {
        c.fp++;
        if (system === ereignisEnglish) reportError('FP', type, key, sentence);
      }
      for (const key of gold)
        if (!pred.has(key)) {
          c.fn++;
          if (system === ereignisEnglish) reportError('FN', type, key, sentence);
        }
    }
  }
  return { byType, seconds, words };
}

let errorsShown = 0;
function reportError(kind: string, type: string, key: string, sentence: EvalSentence): void {
  if (errorsShown++ >= SHOW_ERRORS) return;
  const [start, end] = key.split(':').map(Number) as [number, number];
  const others = sentence.gold.filter((g) => g.start < end && start < g.end && `${g.start}:${g.end}` !== key);
  console.error(`${kind} ${type} «${sentence.text.slice(start, end)}»  gold-overlap: ${others.map((g) => `${g.type}«${sentence.text.slice(g.start, g.end)}»`).join(' ')}  | ${sentence.text.slice(Math.max(0, start - 40), end + 40)}`);
}

const pct = (x: number): string => (100 * x).toFixed(1);
function prf(c: Counts): [string, string, string] {
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return [pct(p), pct(r), pct(f)];
}

function table(title: string, sentences: EvalSentence[], systems: Array<[string, System]>): string {
  const lines = [`### ${title} (${sentences.reduce((n, s) => n + s.sentences.length, 0)} sentences)`, '', '| system | type | P | R | F1 | gold |', '|---|---|---|---|---|---|'];
  const speeds: string[] = [];
  for (const [name, system] of systems) {
    const { byType, seconds, words } = score(sentences, system);
    const all: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const type of TYPES) {
      const c = byType[type];
      all.tp += c.tp;
      all.fp += c.fp;
      all.fn += c.fn;
      lines.push(`| ${name} | ${type} | ${prf(c).join(' | ')} | ${c.tp + c.fn} |`);
    }
    lines.push(`| ${name} | **all** | ${prf(all).map((x) => `**${x}**`).join(' | ')} | ${all.tp + all.fn} |`);
    speeds.push(`${name}: ${Math.round(words / seconds).toLocaleString('en')} words/s`);
  }
  lines.push('', `Speed (one call per document): ${speeds.join('; ')}.`, '');
  return lines.join('\n');
}

// ---------------------------------------------------------------- run

/** The fallback past the compromise budget: capitalisation, head words, acronyms and propagation only. */
const withoutCompromise: System = (text, sentences) =>
  findEnglishMentions(text, sentences, tokenizeSentences(text, sentences, profileFor('en').segment), { compromiseCharBudget: 0 });

const english: Array<[string, System]> = [
  ['compromise', plainCompromise],
  ['findEnglishMentions', ereignisEnglish],
  ['findEnglishMentions, budget 0 (no compromise)', withoutCompromise],
];
const output: string[] = [];
if (ONLY !== 'de') {
  output.push(table('UNER English-PUD (dev)', readUner(join(DATA, 'uner-pud-de-en/en_pud-ud-test.iob2')), english));
  output.push(
    table('wikigold (English Wikipedia; MISC ignored)', readColumns(join(DATA, 'wikigold-en/wikigold.conll.txt'), 0, 1, / /, /^-DOCSTART-/, /^-DOCSTART-/m), english),
  );
}
if (ONLY !== 'en') {
  const german: Array<[string, System]> = [['compromise', plainCompromise]];
  output.push(table('UNER German-PUD (dev), German baseline', readUner(join(DATA, 'uner-pud-de-en/de_pud-ud-test.iob2')), german));
  output.push(
    table('GermEval 2014 dev, German baseline (outer PER/LOC/ORG; deriv/part count as other)', readColumns(join(DATA, 'germeval2014/NER-de-dev.tsv'), 1, 2, /\t/, /^#/), german),
  );
  // the sentences and gold the German model is scored on (src/ner/train/smartdata.ts: mapped, run-time tokens)
  output.push(table('DFKI SmartData v1 test (dev), German baseline', readSentences(smartdataSentences(DATA, 'test')), german));
  output.push(table('DFKI SmartData v1 test, news only (dev; its RSS and tweets are mostly also in MobIE), German baseline', readSentences(smartdataSentences(DATA, 'test', ['news'])), german));
}
console.log(output.join('\n'));
