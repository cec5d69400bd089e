/**
 * Build-time helpers for the English NER model (scripts/train-en.ts; never imported at run time): corpus loaders
 * mapped to PER/LOC/ORG/MISC IOB2, conversion of treebank tokens to the run-time tokeniser's tokens, a word-class
 * dictionary from compromise's lexicon and title-cased names from the Phoenix (PETRARCH) actor dictionaries.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readColumns, normaliseTags, type Sentence } from '../corpus.js';
import { cleanWikiann } from './sources.js';
import type { SpeechToken } from './speeches.js';
import { tokenizeRange } from '../../segment/tokenize.js';
import { profileFor } from '../../lang/index.js';

const read = (root: string, p: string) => readFileSync(join(root, p), 'utf8');
const coreType = (t: string): string | null => (t === 'PER' || t === 'LOC' || t === 'ORG' || t === 'MISC' ? t : null);

/** WNUT-17: person -> PER, location -> LOC, corporation/group -> ORG; products and creative works -> O. */
export function wnutType(t: string): string | null {
  if (t === 'person') return 'PER';
  if (t === 'location') return 'LOC';
  if (t === 'corporation' || t === 'group') return 'ORG';
  return null;
}

const mapTags = (sents: Sentence[], fn: (t: string) => string | null, iob1 = false): Sentence[] =>
  sents.map((s) => ({ words: s.words, tags: normaliseTags(s.tags, fn, iob1) }));

const wikiann = (root: string, split: string) => mapTags(readColumns(read(root, `wikiann-xtreme/en/${split}`).replace(/^en:/gm, ''), { tokenCol: 0, tagCol: 1 }), coreType);

export const ENGLISH_LOADERS = {
  wikigold: (root: string) => mapTags(readColumns(read(root, 'wikigold-en/wikigold.conll.txt'), { tokenCol: 0, tagCol: 1, whitespace: true }), coreType, true),
  wikiann: (root: string) => cleanWikiann(wikiann(root, 'train')),
  wnut: (root: string) => mapTags(readColumns(read(root, 'wnut17/wnut17train.conll'), { tokenCol: 0, tagCol: 1 }), wnutType),
  // measurement only
  wikiannTest: (root: string) => wikiann(root, 'test'),
} as const;

/** UNER English PUD: UD tokens with gold tags, plus the sentence text (for re-tokenising with the run-time tokeniser). */
export function loadUnerEnglish(root: string): Array<Sentence & { text: string }> {
  const out: Array<Sentence & { text: string }> = [];
  let text = '', words: string[] = [], tags: string[] = [];
  const flush = () => { if (words.length) out.push({ text, words, tags: normaliseTags(tags, coreType) }); words = []; tags = []; };
  for (const line of read(root, 'uner-pud-de-en/en_pud-ud-test.iob2').split(/\r?\n/)) {
    if (line.startsWith('# text = ')) { text = line.slice(9); continue; }
    if (line.startsWith('#')) continue;
    if (line.trim() === '') { flush(); continue; }
    const c = line.split('\t');
    words.push(c[1]!);
    tags.push(c[2] ?? 'O');
  }
  flush();
  return out;
}

/**
 * Gold tags projected from UD tokens onto the run-time tokeniser's tokens of the same text: a token inside a gold
 * span gets its type (B- where the span starts in or at it). Returns null when the UD tokens cannot be found in
 * the text in order.
 */
export function retokenizeGold(s: Sentence & { text: string }): Sentence | null {
  const charType = new Array<string>(s.text.length).fill('');
  const charBegin = new Array<boolean>(s.text.length).fill(false);
  let pos = 0;
  for (let i = 0; i < s.words.length; i++) {
    const at = s.text.indexOf(s.words[i]!, pos);
    if (at < 0) return null;
    pos = at + s.words[i]!.length;
    const tag = s.tags[i]!;
    if (tag === 'O') continue;
    for (let k = at; k < pos; k++) charType[k] = tag.slice(2);
    if (tag.startsWith('B-')) charBegin[at] = true;
  }
  const tokens = tokenizeRange(s.text, 0, s.text.length, profileFor('en').segment);
  const words: string[] = [], tags: string[] = [];
  let prevType = '';
  for (const t of tokens) {
    const w = s.text.slice(t.start, t.end);
    let type = '', begins = false;
    for (let k = t.start; k < t.end; k++) { if (!type && charType[k]) type = charType[k]!; if (charBegin[k]) begins = true; }
    words.push(w);
    tags.push(type ? (begins || prevType !== type ? `B-${type}` : `I-${type}`) : 'O');
    prevType = type;
  }
  return { words, tags };
}

const CLITIC_RE = /^(?:['’](?:s|S|re|ve|ll|d|m)|n['’]t)$/;
const WORDISH_RE = /[\p{L}\p{N}]$/u;

/**
 * Treebank-style tokens ("Clinton" "'s", "did" "n't") joined the way src/segment/tokenize.ts keeps them
 * ("Clinton's", "didn't"); the joined token keeps the tag of the word it attaches to.
 */
export function joinClitics(s: Sentence): Sentence {
  if (!s.words.some((w) => CLITIC_RE.test(w))) return s;
  const words: string[] = [], tags: string[] = [];
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i]!;
    if (i > 0 && CLITIC_RE.test(w) && WORDISH_RE.test(words[words.length - 1]!) && !/^[.]/.test(w)) { words[words.length - 1] += w; continue; }
    words.push(w);
    tags.push(s.tags[i]!);
  }
  return { words, tags };
}

/**
 * compromise's English lexicon (MIT) as word form -> class: lower-case forms with their tag set ("MaleName",
 * "PastTense", "Country", ...). Multi-word entries are left out.
 */
export function compromiseDictionary(lexicon: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [form, cls] of Object.entries(lexicon)) if (!/\s/.test(form) && form.length > 0) out.set(form, cls);
  return out;
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'al', 'el', 'la', 'du', 'des', 'der', 'von', 'to', 'at', 'a']);

/** "UNITED_NATIONS_" -> "United Nations"; short all-consonant tokens and tokens with dots stay as acronyms ("UN", "U.N."). */
export function titleCaseActor(raw: string): string {
  return raw.replace(/_+$/, '').split('_').filter(Boolean).map((t, i) => {
    const lower = t.toLowerCase();
    if (i > 0 && SMALL_WORDS.has(lower)) return lower;
    if (t.includes('.') || (t.length <= 4 && !/[AEIOU]/.test(t))) return t;
    return lower.replace(/(^|[-'])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
  }).join(' ');
}

/**
 * Names from a PETRARCH actor dictionary: each headword and its "+" aliases, title-cased. With `codePattern`,
 * only entries whose code (in brackets on the headword line or the first indented line) matches are kept.
 */
export function phoenixActorNames(text: string, codePattern?: RegExp): string[] {
  const out: string[] = [];
  let group: string[] = [], code = '';
  const flush = () => { if (group.length && (!codePattern || codePattern.test(code))) out.push(...group.map(titleCaseActor)); group = []; code = ''; };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '');
    if (line.trim() === '') continue;
    const m = /\[([^\]\s]+)/.exec(line);
    if (/^\s/.test(line)) { if (m && !code) code = m[1]!; continue; }
    const name = line.trim().split(/\s/)[0]!.replace(/^\+/, '');
    if (!line.startsWith('+')) flush();
    if (m && !code) code = m[1]!;
    if (/^[A-Z0-9][A-Z0-9_.'&-]*$/i.test(name)) group.push(name);
  }
  flush();
  return out;
}

/**
 * The UD English EWT train split as unlabeled text (use: train): one line per document, its sentences joined by "\n",
 * so that a teacher reading the line sees the whole document (names found earlier help later sentences).
 */
export function ewtTrainDocuments(root: string): string[] {
  const text = gunzipSync(readFileSync(join(root, 'ud-english-ewt', 'en_ewt-ud-train.conllu.gz'))).toString('utf8');
  const docs: string[][] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('# newdoc id')) docs.push([]);
    else if (line.startsWith('# text = ')) (docs[docs.length - 1] ?? (docs[0] = [])).push(line.slice('# text = '.length));
  }
  return docs.filter((d) => d.length > 0).map((d) => d.join('\n'));
}

/** A document line of ewtTrainDocuments() as sentences (one per "\n"-separated part) of run-time English tokens. */
export function englishLineSentences(line: string): SpeechToken[][] {
  const out: SpeechToken[][] = [];
  let start = 0;
  while (start <= line.length) {
    let end = line.indexOf('\n', start);
    if (end < 0) end = line.length;
    const tokens = tokenizeRange(line, start, end, profileFor('en').segment);
    if (tokens.length) out.push(tokens);
    start = end + 1;
  }
  return out;
}
