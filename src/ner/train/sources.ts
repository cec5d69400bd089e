/**
 * Loaders for the training and measurement corpora under a data root (the repository's build scripts pass
 * ../shared/data; shipped code never calls these). Every label set is mapped onto PER/LOC/ORG/MISC IOB2.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readColumns, normaliseTags, type Sentence } from '../corpus.js';
import { smartdataSentences } from './smartdata.js';

/** `subsetOf`: the sentences are a part of that source's (a genre), so text-wide uses such as the word classes skip them. */
export interface SourceSpec { name: string; use: 'train' | 'dev'; lang?: 'en'; subsetOf?: string; load: (root: string) => Sentence[] }

const read = (root: string, p: string) => readFileSync(join(root, p), 'utf8');

/** GermEval: OTH = MISC; -deriv ("deutsche") and -part ("EU-weit") are not names and become O. Outer level only. */
export function germevalType(t: string): string | null {
  return t === 'PER' || t === 'LOC' || t === 'ORG' ? t : t === 'OTH' ? 'MISC' : null;
}

/** LER coarse mapping (SOURCE.md): PER={PER,RR,AN}, LOC={LD,ST,STR,LDS}, ORG={ORG,UN,INN,GRT,MRK}; norms, regulations, decisions, literature -> O. */
export function lerType(t: string): string | null {
  if (t === 'PER' || t === 'RR' || t === 'AN') return 'PER';
  if (t === 'LD' || t === 'ST' || t === 'STR' || t === 'LDS') return 'LOC';
  if (t === 'ORG' || t === 'UN' || t === 'INN' || t === 'GRT' || t === 'MRK') return 'ORG';
  return null;
}

/** MobIE: location* -> LOC, organization* -> ORG, person -> PER, everything else (dates, triggers, ...) -> O. */
export function mobieType(t: string): string | null {
  if (t.startsWith('location')) return 'LOC';
  if (t.startsWith('organization')) return 'ORG';
  if (t === 'person') return 'PER';
  return null;
}

/** Europeana: PER/LOC/ORG, typo variants ("PEr", "BER") folded, MISC kept. */
export function europeanaType(t: string): string | null {
  const u = t.toUpperCase();
  if (u === 'PER' || u === 'BER') return 'PER';
  if (u === 'LOC' || u === 'ORG' || u === 'MISC') return u;
  return null;
}

const coreType = (t: string): string | null => (t === 'PER' || t === 'LOC' || t === 'ORG' ? t : t === 'MISC' ? 'MISC' : null);

/** Europeana has no sentence breaks: cut after . ! ? when the next token starts upper-case, and at article comments; cap at 80 tokens. */
function splitStream(words: string[], tags: string[]): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!, next = words[i + 1];
    const end = (/^[.!?]$/.test(w) && next !== undefined && /^\p{Lu}/u.test(next) && tags[i + 1] === 'O' || false) || i - start >= 79;
    if (end || i === words.length - 1) { out.push({ words: words.slice(start, i + 1), tags: tags.slice(start, i + 1) }); start = i + 1; }
  }
  return out;
}

function europeana(root: string): Sentence[] {
  const out: Sentence[] = [];
  for (const f of ['enp_DE.lft.bio', 'enp_DE.onb.bio', 'enp_DE.sbb.bio']) {
    const docs = readColumns(read(root, `europeana-newspapers-ner-de/${f}`), { tokenCol: 0, tagCol: 1, whitespace: true, isComment: (l) => /^# (file|sbb url|tel url):/.test(l), commentBreaks: true });
    for (const d of docs) {
      const tags = normaliseTags(d.tags, europeanaType);
      out.push(...splitStream(d.words, tags));
    }
  }
  return out;
}

/**
 * WikiANN silver cleanup: drop fragments with wiki markup (' '' X '' ' headings, 21% of train, often mislabelled,
 * e.g. "China" as PER) and repeated fragments (kept once).
 */
export function cleanWikiann(sents: Sentence[]): Sentence[] {
  const seen = new Set<string>();
  return sents.filter((s) => {
    if (s.words.some((w) => /^'{2,}$/.test(w) || w === '**' || w === '*')) return false;
    const key = s.words.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const map = (sents: Sentence[], fn: (t: string) => string | null, iob1 = false): Sentence[] =>
  sents.map((s) => ({ words: s.words, tags: normaliseTags(s.tags, fn, iob1) }));

/** One WikiANN (XTREME) split, language prefix ("de:") removed; cleaned except the test split (kept as published). */
const wikiann = (lang: 'de' | 'en', split: 'train' | 'dev' | 'test') => (r: string): Sentence[] => {
  const sents = map(readColumns(read(r, `wikiann-xtreme/${lang}/${split}`).replace(new RegExp(`^${lang}:`, 'gm'), ''), { tokenCol: 0, tagCol: 1 }), coreType);
  return split === 'test' ? sents : cleanWikiann(sents);
};

export const SOURCES: Record<string, SourceSpec> = {
  germeval: { name: 'germeval2014 dev', use: 'train', load: (r) => map(readColumns(read(r, 'germeval2014/NER-de-dev.tsv'), { tokenCol: 1, tagCol: 2, isComment: (l) => l.startsWith('#\t') }), germevalType) },
  ler: { name: 'legal-ner-ler dev+test', use: 'train', load: (r) => ['ler_dev.conll', 'ler_test.conll'].flatMap((f) => map(readColumns(read(r, `legal-ner-ler/${f}`), { tokenCol: 0, tagCol: 1, whitespace: true }), lerType)) },
  mobie: { name: 'mobie-de-ner train+dev+test', use: 'train', load: (r) => ['train', 'dev', 'test'].flatMap((f) => map(readColumns(read(r, `mobie-de-ner/${f}.conll2003`), { tokenCol: 0, tagCol: 3 }), mobieType)) },
  europeana: { name: 'europeana-newspapers-ner-de', use: 'train', load: europeana },
  wikiann: { name: 'wikiann-xtreme de train (cleaned)', use: 'train', load: wikiann('de', 'train') },
  wikiannEn: { name: 'wikiann-xtreme en train (cleaned)', use: 'train', lang: 'en', load: wikiann('en', 'train') },
  wikiannEnDev: { name: 'wikiann-xtreme en dev (cleaned)', use: 'train', lang: 'en', load: wikiann('en', 'dev') },
  wikigold: { name: 'wikigold en', use: 'train', lang: 'en', load: (r) => map(readColumns(read(r, 'wikigold-en/wikigold.conll.txt'), { tokenCol: 0, tagCol: 1, whitespace: true }), coreType) },
  wikiannDev: { name: 'wikiann-xtreme de dev (cleaned)', use: 'train', load: wikiann('de', 'dev') },
  // v1 train without the events-dev-real documents and the texts also in v1 test (src/ner/train/smartdata.ts)
  smartdata: { name: 'DFKI SmartData v1 train', use: 'train', load: (r) => smartdataSentences(r, 'train') },
  smartdataNews: { name: 'DFKI SmartData v1 train, news', use: 'train', subsetOf: 'smartdata', load: (r) => smartdataSentences(r, 'train', ['news']) },
  smartdataRss: { name: 'DFKI SmartData v1 train, RSS', use: 'train', subsetOf: 'smartdata', load: (r) => smartdataSentences(r, 'train', ['rss']) },
  smartdataTweet: { name: 'DFKI SmartData v1 train, tweets', use: 'train', subsetOf: 'smartdata', load: (r) => smartdataSentences(r, 'train', ['tweet']) },
  smartdataNewsRss: { name: 'DFKI SmartData v1 train, news + RSS', use: 'train', subsetOf: 'smartdata', load: (r) => smartdataSentences(r, 'train', ['news', 'rss']) },
  // measurement only
  uner: { name: 'UNER German-PUD', use: 'dev', load: (r) => map(readColumns(read(r, 'uner-pud-de-en/de_pud-ud-test.iob2'), { tokenCol: 1, tagCol: 2, isComment: (l) => l.startsWith('#') }), coreType) },
  europarl: { name: 'Europarl de (Padó) dev', use: 'dev', load: (r) => map(readColumns(read(r, 'europarl-ner-de-pado/dev.tsv'), { tokenCol: 0, tagCol: 4 }), coreType, true) },
  europarlTest: { name: 'Europarl de (Padó) test', use: 'dev', load: (r) => map(readColumns(read(r, 'europarl-ner-de-pado/test.tsv'), { tokenCol: 0, tagCol: 4 }), coreType, true) },
  wikiannTest: { name: 'WikiANN de test', use: 'dev', load: wikiann('de', 'test') },
  smartdataTest: { name: 'DFKI SmartData v1 test', use: 'dev', load: (r) => smartdataSentences(r, 'test') },
  // most RSS and tweet documents of SmartData are also in MobIE (a training source): the news part is the clean yardstick
  smartdataTestNews: { name: 'DFKI SmartData v1 test, news', use: 'dev', load: (r) => smartdataSentences(r, 'test', ['news']) },
};
