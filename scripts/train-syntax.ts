/**
 * Builds the syntax models (UPOS, morphology, lemma, dependency parser) from ../shared/data, deterministically.
 *   npm run train:syntax                         both languages: models/en from EWT train, models/de from GSD dev + PUD
 *   npm run train:syntax -- --lang en --no-write  train and print EWT dev scores only
 *   npm run train:syntax -- --lang en --test      also print EWT test (report once, do not tune on it)
 *   npm run train:syntax -- --lang de --cv 5      German settings: k-fold over GSD dev (PUD + k-1 folds train)
 *   npm run train:syntax -- --bench              load time and tag+parse speed of the shipped models
 * Options: --out DIR (models root: writes DIR/<lang>/syntax-<lang>.bin + syntax-manifest.json), --epochs N (parser),
 * --tag-epochs N, --beam B (parser beam width, 1 = greedy), --features F (parser feature set), --decode-beams 1,4,8 (dev scores at other decoding widths), --no-eval (German: build without the GSD test score), --jackknife K, --seed N, --explore P, --prune Q, --parse-buckets LOG2, --no-relabel (German).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readConllu, type ConlluSentence } from '../src/syntax/conllu.js';
import { trainSyntax, DEFAULT_TRAIN, type TrainOptions } from '../src/syntax/train/train.js';
import { restrictFeats } from '../src/syntax/eval.js';
import { serializeSyntaxModel, deserializeSyntaxModel } from '../src/syntax/model.js';
import { fromModel, loadSyntaxModel, parseSentence, SYNTAX_MANIFEST, type LoadedSyntaxModel } from '../src/syntax/index.js';
import { evaluateParse, formatParseScores, type EvalToken, type ParseScores } from '../src/syntax/eval.js';
import { deserializeModel as deserializeNerModel } from '../src/ner/model.js';
import { sharedData } from './lib/shared-data.js';
import { readWordClasses } from './lib/word-classes.js';

/** the word-class prefix lengths (bits) the German model uses, finest first */
const DEFAULT_PREFIXES = '10,6';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = sharedData('ud-german');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const num = (name: string) => (opt(name) !== undefined ? Number(opt(name)) : undefined);
const OUT = resolve(opt('out') ?? join(REPO, 'models'));
const LANGS = (opt('lang') ?? 'en,de').split(',') as Array<'de' | 'en'>;
const WRITE = !flag('no-write');
const VERSION = '0.3.0';

/** PUD follows older conventions than GSD 2.x in a few relations; the German model speaks GSD's (the measuring set's). */
const PUD_TO_GSD: Record<string, string> = { 'acl:relcl': 'acl', 'flat:name': 'flat', 'obl:tmod': 'obl', 'nmod:poss': 'nmod', 'cc:preconj': 'cc', 'csubj:pass': 'csubj', orphan: 'dep' };

/**
 * PUD marks finite verbs without VerbForm, participles and infinitives without any verb form, and passive auxiliaries
 * without Voice; GSD does. Filled in from PUD's own XPOS (VBC finite, VBN participle, VB infinitive) and relation.
 */
function harmonisePudFeats(s: ConlluSentence): ConlluSentence {
  return {
    ...s,
    words: s.words.map((w) => {
      if (w.upos !== 'VERB' && w.upos !== 'AUX') return w;
      const f = new Map((w.feats === '_' ? [] : w.feats.split('|')).map((kv) => kv.split('=') as [string, string]));
      if (!f.has('VerbForm')) {
        if (w.xpos === 'VBC' && f.has('Person')) f.set('VerbForm', 'Fin');
        else if (w.xpos === 'VBN') f.set('VerbForm', 'Part');
        else if (w.xpos === 'VB') f.set('VerbForm', 'Inf');
      }
      if (w.upos === 'AUX' && w.deprel === 'aux:pass' && !f.has('Voice')) f.set('Voice', 'Pass');
      const feats = [...f.entries()].sort((a, b) => (a[0].toLowerCase() < b[0].toLowerCase() ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join('|');
      return { ...w, feats: feats || '_' };
    }),
  };
}

/** The word classes of the shipped German NER model (issue 12: what the NER model knows may be reused). */
function nerClusters(): { clusters: Map<string, number>; source: Record<string, unknown> } {
  const file = join(REPO, 'models', 'de', 'ner-de.bin');
  const bytes = readFileSync(file);
  const ner = deserializeNerModel(bytes);
  return {
    clusters: new Map(ner.lexicon.clusters.entries()),
    source: { source: 'word classes of the German NER model models/de/ner-de.bin (distributional k-means classes over its training text, see docs/models.md)', sha256: createHash('sha256').update(bytes).digest('hex'), licence: 'as the NER training text: CC BY 4.0 (GermEval, LER, MobIE), CC0 (Europeana), CC BY-SA 3.0 (WikiANN)' },
  };
}

const read = (rel: string): ConlluSentence[] => {
  const buf = readFileSync(join(DATA, rel));
  return readConllu((rel.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8'));
};

function options(lang: string): Partial<TrainOptions> & { lang: string } {
  const o: Partial<TrainOptions> & { lang: string } = { lang, log: (s) => console.error(s) };
  const set = <K extends keyof TrainOptions>(k: K, v: TrainOptions[K] | undefined) => { if (v !== undefined && !Number.isNaN(v)) o[k] = v; };
  set('parseEpochs', num('epochs')); set('tagEpochs', num('tag-epochs')); set('jackknife', num('jackknife')); set('seed', num('seed'));
  set('explore', num('explore')); set('prune', num('prune')); set('parseBucketsLog2', num('parse-buckets')); set('beam', num('beam')); set('features', num('features'));
  set('posBucketsLog2', num('pos-buckets')); set('morphBucketsLog2', num('morph-buckets'));
  set('morphLexMin', num('morph-lex'));
  set('posPasses', num('pos-passes')); set('posJackknife', num('pos-jackknife')); set('pos2Margin', num('pos2-margin'));
  set('tagDictMin', num('tag-dict')); set('tagDictShare', num('tag-dict-share'));
  if (flag('morph-joint')) { o.morphFactored = false; o.morphBucketsLog2 = 16; } // 0.2.0's morphology: one label per combination
  return o;
}

function evaluate(m: LoadedSyntaxModel, gold: ConlluSentence[]): { scores: ParseScores; tokensPerSecond: number } {
  const keys = m.model.morphKeys;
  const g: EvalToken[][] = gold.map((s) => s.words.map((w) => ({ upos: w.upos, lemma: w.lemma, feats: restrictFeats(w.feats, keys), head: w.head, deprel: w.deprel })));
  const words = gold.map((s) => s.words.map((w) => w.form));
  for (const w of words.slice(0, 200)) parseSentence(m, w); // warm-up
  const c0 = process.cpuUsage();
  const p = words.map((w) => parseSentence(m, w));
  const cu = process.cpuUsage(c0), secs = (cu.user + cu.system) / 1e6; // CPU time: other jobs share the machine
  const n = words.reduce((a, w) => a + w.length, 0);
  return { scores: evaluateParse(g, p), tokensPerSecond: Math.round(n / secs) };
}

/** --decode-beams 1,4,8: the trained model decoded with other beam widths too (the trade-off table; dev sets only). */
function decodeBeams(m: LoadedSyntaxModel, gold: ConlluSentence[], name: string): void {
  const widths = opt('decode-beams');
  if (!widths) return;
  const own = m.model.parser.beam;
  for (const b of widths.split(',').map(Number)) {
    m.model.parser.beam = b;
    const { scores, tokensPerSecond } = evaluate(m, gold);
    console.log(`  ${name} decoded with beam ${b}: UAS ${scores.uas} LAS ${scores.las} (${tokensPerSecond} words per CPU-second)`);
  }
  if (own === undefined) delete m.model.parser.beam; else m.model.parser.beam = own;
}

const summary = (s: ParseScores) => ({ UPOS: s.upos, lemma: s.lemma, feats: s.feats, UAS: s.uas, LAS: s.las, LASuniversal: s.lasUniversal, words: s.words });
const relabel = (sents: ConlluSentence[], map: Record<string, string>) => sents.map((s) => ({ ...s, words: s.words.map((w) => ({ ...w, deprel: map[w.deprel] ?? w.deprel })) }));

/** The options that change the model (not --lang, --out, --test, --no-write, --relations), for the manifest. */
function buildArgs(): string {
  const skip = new Set(['--lang', '--out', '--decode-beams']), drop = new Set(['--test', '--no-write', '--relations', '--no-eval']);
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (skip.has(args[i]!)) { i++; continue; }
    if (!drop.has(args[i]!)) out.push(args[i]!);
  }
  return out.length ? ' ' + out.join(' ') : '';
}

function build(lang: 'de' | 'en') {
  const t0 = Date.now();
  let train: ConlluSentence[];
  let evalSets: Array<[string, ConlluSentence[]]>;
  let trainingData: unknown[];
  const resources: unknown[] = [];
  const o = options(lang);
  if (lang === 'en') {
    train = read('ud-english-ewt/en_ewt-ud-train.conllu.gz');
    evalSets = [['EWT dev', read('ud-english-ewt/en_ewt-ud-dev.conllu')]];
    if (flag('test')) evalSets.push(['EWT test', read('ud-english-ewt/en_ewt-ud-test.conllu')]);
    trainingData = [{ source: 'UD English EWT 2.x train (en_ewt-ud-train.conllu, UniversalDependencies/UD_English-EWT@15d613d8)', licence: 'CC BY-SA 4.0', attribution: 'Silveira et al. 2014, A Gold Standard Dependency Corpus for English; Universal Dependencies contributors' }];
  } else {
    const gsdDev = read('ud-german/de_gsd-ud-dev.conllu');
    const pudRaw = read('ud-german/de_pud-ud-test.conllu').map((s) => (flag('no-harmonise') ? s : harmonisePudFeats(s)));
    const pud = flag('no-relabel') ? pudRaw : relabel(pudRaw, PUD_TO_GSD);
    const classes = flag('no-clusters') ? 'none' : opt('classes') ?? 'wc';
    const prefixes = (opt('prefixes') ?? (classes === 'ner' ? '8,4' : DEFAULT_PREFIXES)).split(',').map(Number);
    if (classes === 'ner') { const c = nerClusters(); o.clusters = c.clusters; o.clusterSpec = { bits: 8, prefixes }; resources.push(c.source); }
    else if (classes === 'wc') {
      const wc = readWordClasses(opt('classes-file')); // default: models/de/word-classes-de.bin
      o.clusters = wc.classes; o.clusterSpec = { bits: wc.bits, prefixes };
      resources.push({ source: `German word classes models/de/word-classes-de.bin (npm run build:word-classes; ${wc.classes.size} forms, ${wc.bits}-bit paths, prefixes ${prefixes.join('/')} used)`, sha256: wc.sha256, licence: 'derived features learnt from bundestag-speeches-de (unlabeled; the text is not shipped) and the treebank forms (CC BY-SA)' });
    }
    const k = num('cv');
    if (k) {
      // settings for German: k folds over GSD dev, PUD always in training; GSD test untouched
      const folds: ParseScores[] = [];
      let sum = { upos: 0, lemma: 0, feats: 0, uas: 0, las: 0 }, words = 0, secs = 0;
      for (let f = 0; f < k; f++) {
        const held = gsdDev.filter((_, i) => i % k === f);
        const m = fromModel(deserializeSyntaxModel(serializeSyntaxModel(trainSyntax([...gsdDev.filter((_, i) => i % k !== f), ...pud], { ...o, log: () => {} }))));
        decodeBeams(m, held, `fold ${f + 1}`);
        const { scores, tokensPerSecond } = evaluate(m, held);
        folds.push(scores);
        secs += scores.words / tokensPerSecond;
        console.error(`fold ${f + 1}/${k}: ${JSON.stringify(summary(scores))}`);
        const w = scores.words;
        words += w;
        sum = { upos: sum.upos + scores.upos * w, lemma: sum.lemma + scores.lemma * w, feats: sum.feats + (scores.feats ?? 0) * w, uas: sum.uas + scores.uas * w, las: sum.las + scores.las * w };
      }
      const r = (x: number) => Math.round((x / words) * 100) / 100;
      console.log(`de ${k}-fold CV on GSD dev (+PUD in training): UPOS ${r(sum.upos)} lemma ${r(sum.lemma)} feats ${r(sum.feats)} UAS ${r(sum.uas)} LAS ${r(sum.las)}; tag+parse ${Math.round(words / secs)} words per CPU-second`);
      return;
    }
    train = [...gsdDev, ...pud];
    evalSets = flag('no-eval') ? [] : [['GSD test', read('ud-german/de_gsd-ud-test.conllu')]]; // --no-eval: build only (hand-built tests)
    trainingData = [
      { source: 'UD German GSD dev (de_gsd-ud-dev.conllu, UniversalDependencies/UD_German-GSD@297fcf35)', licence: 'CC BY-SA 4.0', attribution: 'McDonald et al. 2013, Universal Dependency Annotation for Multilingual Parsing (Google UD treebank); Universal Dependencies contributors' },
      { source: 'UD German PUD (de_pud-ud-test.conllu, UniversalDependencies/UD_German-PUD@ff80846a)', licence: 'CC BY-SA 3.0', attribution: 'Zeman et al. 2017, CoNLL 2017 Shared Task parallel UD treebanks; Universal Dependencies contributors', note: `relations mapped to GSD conventions: ${Object.entries(PUD_TO_GSD).map(([a, b]) => `${a}->${b}`).join(', ')}${flag('no-relabel') ? ' (disabled in this build)' : ''}; verb features completed from XPOS (VerbForm) and aux:pass (Voice=Pass)${flag('no-harmonise') ? ' (disabled in this build)' : ''}. PUD is the text of the UNER-PUD NER dev set: entity scores on UNER-PUD measured with a pipeline using this model are optimistic.` },
    ];
  }
  const model = trainSyntax(train, { ...o, info: { lang, version: VERSION } });
  const bytes = serializeSyntaxModel(model);
  const tl = Date.now();
  const loaded = fromModel(deserializeSyntaxModel(bytes));
  const loadMs = Date.now() - tl;
  const scores: Record<string, unknown> = {};
  for (const [name, gold] of evalSets) if (name !== 'EWT test' && name !== 'GSD test') decodeBeams(loaded, gold, name);
  for (const [name, gold] of evalSets) {
    const { scores: s, tokensPerSecond } = evaluate(loaded, gold);
    console.log(`${lang} ${name}: ${formatParseScores(s).split('\n')[0]}  (${tokensPerSecond} words per CPU-second)`);
    if (flag('relations')) console.log(formatParseScores(s));
    scores[name] = { ...summary(s), tokensPerSecond };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  console.log(`${lang}: ${bytes.length} bytes, sha256 ${sha256}, load (deserialise) ${loadMs} ms, built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (!WRITE) return;
  const dir = join(OUT, lang);
  mkdirSync(dir, { recursive: true });
  const file = `syntax-${lang}.bin`;
  writeFileSync(join(dir, file), bytes);
  const t = { ...DEFAULT_TRAIN, ...o };
  const manifest = {
    name: `ereignis-syntax-${lang}`, version: VERSION, lang, file, sha256, bytes: bytes.length,
    model: {
      type: 'greedy averaged-perceptron UPOS tagger (two passes), factored morphology classifier (one value per FEATS key, decoded among seen combinations) and lemma edit-script classifier + lemma table; greedy arc-hybrid parser (dynamic oracle, hashed features) + arc labeller; int16 weights, sparse, gzip',
      upos: model.upos.length, morphLabels: model.morph.length, morphKeys: model.morphKeys, lemmaScripts: model.scripts.length, lemmaTable: model.lexicon.size,
      relations: model.parser.deprels,
      settings: { seed: t.seed, tagEpochs: t.tagEpochs, parseEpochs: t.parseEpochs, explore: t.explore, beam: t.beam, features: t.features, jackknife: t.jackknife, prune: t.prune, bucketsLog2: { pos: t.posBucketsLog2, morph: t.morphBucketsLog2, lemma: t.lemmaBucketsLog2, parse: t.parseBucketsLog2, label: t.labelBucketsLog2 } },
    },
    trainingData,
    resources,
    licence: 'CC BY-SA 4.0 (the model is derived from CC BY-SA treebanks; PUD\'s CC BY-SA 3.0 may be adapted under 4.0); attribution: see trainingData and docs/syntax.md',
    scores,
    build: `npm run train:syntax -- --lang ${lang}${buildArgs()}`,
  };
  writeFileSync(join(dir, SYNTAX_MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`wrote ${join(dir, file)} and ${SYNTAX_MANIFEST}`);
}

/** --bench: load time and tag+parse speed of the shipped models (or --out DIR's) on their measuring sets, one core. */
function bench(lang: 'de' | 'en') {
  const gold = read(lang === 'en' ? 'ud-english-ewt/en_ewt-ud-test.conllu' : 'ud-german/de_gsd-ud-test.conllu');
  const loads: number[] = [];
  let m: LoadedSyntaxModel | undefined;
  for (let r = 0; r < 3; r++) { const t = process.hrtime.bigint(); m = loadSyntaxModel(lang, opt('out') ? OUT : undefined); loads.push(Number(process.hrtime.bigint() - t) / 1e6); }
  const words = gold.map((s) => s.words.map((w) => w.form));
  const n = words.reduce((a, w) => a + w.length, 0);
  let best = 0, bestCpu = 0;
  for (let r = 0; r < 3; r++) {
    const t = process.hrtime.bigint(), c = process.cpuUsage();
    for (const w of words) parseSentence(m!, w);
    const secs = Number(process.hrtime.bigint() - t) / 1e9, cu = process.cpuUsage(c);
    best = Math.max(best, n / secs); bestCpu = Math.max(bestCpu, n / ((cu.user + cu.system) / 1e6));
  }
  const { scores } = evaluate(m!, gold);
  console.log(`${lang}: load ${loads.map((x) => x.toFixed(0)).join(' / ')} ms; tag+parse ${Math.round(best)} tokens/s wall, ${Math.round(bestCpu)} per CPU-second (${n} words, best of 3); UPOS ${scores.upos} LAS ${scores.las}; heap ${(process.memoryUsage().arrayBuffers / 1e6).toFixed(0)} MB array buffers`);
}

for (const lang of LANGS) (flag('bench') ? bench : build)(lang);
