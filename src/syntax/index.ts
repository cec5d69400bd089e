/**
 * Syntax: UPOS, morphology, lemma and labelled dependency trees for German and English sentences (gold or
 * pipeline tokenisation), from models/{de,en}/syntax-*.bin (checksum-verified via syntax-manifest.json).
 */
import { EreignisError } from '../errors.js';
import { resourceDir } from '../resources/locate.js';
import { wordHashes } from './features.js';
import { tagWords, morphFeats, type TaggerParts } from './tagger.js';
import { parseFast } from './greedy.js';
import { deserializeSyntaxModel, taggerParts, type SyntaxModel } from './model.js';
import { createSyntaxStage, type SyntaxStageOptions, type WordParser } from './stage.js';
import type { Stage } from '../doc/types.js';
import type { SyntaxProfile } from '../doc/language-profile.js';
import { readManifest, readVerifiedModelFile } from '../resources/verified.js';

export { readConllu, writeConllu, comment, type ConlluSentence, type ConlluWord, type ConlluMultiword } from './conllu.js';
export { evaluateParse, formatParseScores, restrictFeats, type ParseScores, type EvalToken, type RelationScore } from './eval.js';
export { evaluateRawParse, formatRawParseScores, goldFromConllu, alignWords, type RawParseScores, type SpanWord, type F1 } from './eval-raw.js';
export { particleVerbLemmas, type LemmaToken } from './separable.js';
export { splitGermanContractions, type SplitWords } from './contractions.js';
export { serializeSyntaxModel, deserializeSyntaxModel, type SyntaxModel } from './model.js';

export type SyntaxLanguage = 'de' | 'en';

export interface SyntaxManifest {
  name: string;
  version: string;
  file: string;
  sha256: string;
  bytes: number;
  lang: SyntaxLanguage;
  [k: string]: unknown;
}

export const SYNTAX_MANIFEST = 'syntax-manifest.json';

/** A loaded model: the weights plus the tagger's derived indexes and scratch space (not safe for concurrent use). */
export interface LoadedSyntaxModel {
  model: SyntaxModel;
  manifest?: SyntaxManifest;
  tagger: TaggerParts;
  scratch: Float64Array;
}

export interface ParsedWord {
  upos: string;
  lemma: string;
  /** restricted FEATS (Case, Gender, Number, Person, VerbForm, Voice), `_` when none */
  feats: string;
  /** 1-based head, 0 = root */
  head: number;
  deprel: string;
}

export function fromModel(model: SyntaxModel, manifest?: SyntaxManifest): LoadedSyntaxModel {
  const maxLabels = Math.max(...Object.values(model.tables).map((t) => t.labels));
  return { model, ...(manifest ? { manifest } : {}), tagger: taggerParts(model), scratch: new Float64Array(maxLabels) };
}

/**
 * Load the syntax model of `lang` from resourceDir(lang, modelDir) (default: the package's models/<lang>). Throws
 * EreignisError E005 for an unsupported language, E002 when the manifest or model file is missing or unreadable, E003
 * when the checksum, size or file format does not match.
 */
/** The languages that ship a syntax model (models/<lang>/syntax-manifest.json). */
const SYNTAX_LANGUAGES: ReadonlySet<string> = new Set<SyntaxLanguage>(['de', 'en']);

export function loadSyntaxModel(lang: SyntaxLanguage, modelDir?: string): LoadedSyntaxModel {
  if (!SYNTAX_LANGUAGES.has(lang)) throw new EreignisError('E005', `no syntax model for language ${String(lang)}`);
  const dir = resourceDir(lang, modelDir);
  const { manifest, path: manifestPath } = readManifest<SyntaxManifest>(dir, SYNTAX_MANIFEST);
  if (typeof manifest.file !== 'string' || typeof manifest.sha256 !== 'string') throw new EreignisError('E003', `${manifestPath} lacks file or sha256`);
  if (manifest.lang !== lang) throw new EreignisError('E003', `${manifestPath} is for language ${manifest.lang}, not ${lang}`);
  const { bytes, path: modelPath } = readVerifiedModelFile(dir, manifest);
  let model: SyntaxModel;
  try {
    model = deserializeSyntaxModel(bytes);
  } catch (e) {
    throw new EreignisError('E003', `${modelPath}: ${(e as Error).message}`);
  }
  if (model.lang !== lang) throw new EreignisError('E003', `${modelPath} holds a ${model.lang} model`);
  return fromModel(model, manifest);
}

/** Tag, lemmatise and parse one tokenised sentence (syntactic words: contractions such as "im" already split). */
export function parseSentence(m: LoadedSyntaxModel, words: readonly string[]): ParsedWord[] {
  if (words.length === 0) return [];
  const { model } = m;
  const h = wordHashes(words, model.clusters, model.clusterSpec);
  const t = tagWords(m.tagger, words, h, m.scratch);
  const tree = parseFast(model.tables.parse, model.tables.label, model.parser, { n: words.length, word: h.lower, upos: t.upos, morph: t.morph, cluster: h.cluster, ...(h.nCoarse ? { coarse: h.coarse } : {}) }, m.scratch);
  return words.map((_, i) => ({
    upos: model.upos[t.upos[i]!]!,
    lemma: t.lemma[i]!,
    feats: morphFeats(m.tagger, t.morph[i]!),
    head: tree.head[i]! + 1,
    deprel: model.parser.deprels[tree.label[i]!]!,
  }));
}

export {
  createSyntaxStage, analyseSentence, analyseTokens, parseWords, syntacticWords, tokenAnalyses, DEFAULT_MAX_SENTENCE_WORDS,
  type SyntaxStageOptions, type SentenceAnalysis, type WordAnalysis, type WordParser,
} from './stage.js';
export { splitEnglishClitics, englishWords } from './clitics.js';

/** How a pipeline gets the parser of a profile's model: each model loads once, on first use, from `modelDir`
 * (default: the package's models/). The syntax stage and the event stage of one pipeline share it. */
export type ParserProvider = (profile: SyntaxProfile) => WordParser;

export function parserProvider(modelDir?: string): ParserProvider {
  const loaded = new Map<string, WordParser>();
  return (profile) => {
    let parser = loaded.get(profile.model);
    if (!parser) {
      const model = loadSyntaxModel(profile.model, modelDir);
      loaded.set(profile.model, (parser = (words) => parseSentence(model, words)));
    }
    return parser;
  };
}

/**
 * The syntax stage (option `syntax`; src/syntax/stage.ts): every token's UPOS, lemma, features, head and relation.
 * Each model the documents' profiles name is loaded once, on first use (`parsers`: a provider shared with other
 * stages; default: one of its own reading `options.modelDir`).
 */
export function syntaxStage(options: SyntaxStageOptions = {}, parsers: ParserProvider = parserProvider(options.modelDir)): Stage {
  return createSyntaxStage(parsers, options);
}
