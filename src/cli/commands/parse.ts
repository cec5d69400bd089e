/**
 * `ereignis parse [--lang de|en] [--format conllu] [--tokenized] [--model-dir DIR] [FILE]`: raw text in (our sentence
 * splitting and tokenisation), CoNLL-U out; or CoNLL-U in (`--tokenized`: its words used as given), re-annotated.
 * `ereignis eval parse --gold FILE.conllu [--lang de|en] [--json] [--model-dir DIR]`: UPOS, lemma, FEATS, UAS, LAS and
 * a per-relation table on the gold file's words (gold tokenisation).
 */
import { EreignisError, isEreignisError } from '../../errors.js';
import { decodeInput } from '../../pipeline/input.js';
import { languageStage, segmentStage } from '../../pipeline/stages.js';
import type { WorkingDoc } from '../../doc/types.js';
import type { SyntaxProfile } from '../../doc/language-profile.js';
import {
  analyseSentence, DEFAULT_MAX_SENTENCE_WORDS, evaluateParse, evaluateRawParse, formatParseScores, formatRawParseScores, goldFromConllu, loadSyntaxModel, parseSentence, readConllu, restrictFeats, writeConllu,
  type ConlluSentence, type ConlluWord, type EvalToken, type LoadedSyntaxModel, type SpanWord, type WordParser,
} from '../../syntax/index.js';
import { EXIT } from '../exit.js';
import { readInputBytes } from '../read-input.js';

const PARSE_USAGE =
  'usage: ereignis parse [--lang de|en] [--format conllu] [--tokenized] [--model-dir DIR] [FILE]   (reads stdin without FILE)\n' +
  '  raw text in: our sentences and tokens, CoNLL-U out (# sent_id, # text; German contractions and English clitics as ranges "4-5 zum")\n' +
  '  --tokenized    the input is CoNLL-U: its words are used as given and re-annotated (UPOS, lemma, FEATS, HEAD, DEPREL)\n' +
  '  --lang CODE    skip language detection (de or en: the languages with a syntax model)\n' +
  '  --model-dir DIR  folder holding de/ and en/ model folders (as the modelDir option; default: the package\'s models/)';
const EVAL_USAGE =
  'usage: ereignis eval parse --gold FILE.conllu [--raw] [--lang de|en] [--json] [--model-dir DIR]\n' +
  '  default: the gold words are parsed as given (gold tokenisation)\n' +
  '  --raw    from raw text, as the CoNLL 2018 shared task: the gold # text lines are segmented and tokenised by ereignis,\n' +
  '           words aligned by character spans; F1 of tokens, sentences, words, UPOS, lemma, UAS, LAS (universal relations)';

/** Exit code of a failed parse/eval: 2 usage or unknown language, 3 model missing or corrupt, 1 input. */
function fail(e: unknown): number {
  if (!isEreignisError(e)) throw e;
  process.stderr.write(`ereignis: ${e.message}\n`);
  return e.code === 'E001' || e.code === 'E005' ? EXIT.usage : e.code === 'E002' || e.code === 'E003' ? EXIT.model : EXIT.inputFailed;
}


interface Args { lang?: string; format: string; tokenized: boolean; raw: boolean; modelDir?: string; file?: string; gold?: string; json: boolean; help: boolean }

function parseArgs(argv: string[], usage: string, allowed: ReadonlySet<string>, positional: boolean): Args {
  const out: Args = { format: 'conllu', tokenized: false, raw: false, json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    let inline: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) { inline = a.slice(eq + 1); a = a.slice(0, eq); }
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new EreignisError('E001', `${a} needs a value. ${usage}`);
      return v;
    };
    if (a === '-h' || a === '--help') out.help = true;
    else if (a.startsWith('-') && a !== '-' && !allowed.has(a)) throw new EreignisError('E001', `unknown option ${a}. ${usage}`);
    else if (a === '--lang') out.lang = value();
    else if (a === '--format') out.format = value();
    else if (a === '--model-dir') out.modelDir = value();
    else if (a === '--gold') out.gold = value();
    else if (a === '--tokenized') out.tokenized = true;
    else if (a === '--raw') out.raw = true;
    else if (a === '--json') out.json = true;
    else if (positional && out.file === undefined) out.file = a;
    else throw new EreignisError('E001', `unexpected argument ${a}. ${usage}`);
  }
  if (out.format !== 'conllu') throw new EreignisError('E001', `--format ${out.format} is not supported (only conllu)`);
  if (out.lang !== undefined && !/^[a-z]{2}$/.test(out.lang)) throw new EreignisError('E001', `--lang must be an ISO 639-1 code such as de or en, not ${out.lang}`);
  return out;
}

/** The language's profile (forced or detected on `text`), with the syntax model it names; E005 without one. */
function languageOf(text: string, lang: string | undefined): { doc: WorkingDoc; syntax: SyntaxProfile; code: string } {
  const doc: WorkingDoc = { text, diagnostics: [] };
  languageStage(lang !== undefined ? { language: lang } : {}).run(doc);
  const syntax = doc.profile?.syntax;
  const code = doc.language?.code ?? 'und';
  if (!syntax) throw new EreignisError('E005', `no syntax model for language ${code}${lang === undefined ? ' (detected; pass --lang de or --lang en)' : ''}: parse knows de and en`);
  return { doc, syntax, code };
}

const oneLine = (s: string) => s.replace(/[\t\n\r\u2028\u2029\u0085]/g, ' ');

/** Raw text → our sentences, tokens and words, parsed: each sentence with the character span of every word's token. */
export function analyseRawText(text: string, lang: string | undefined, modelDir: string | undefined): { sentences: ConlluSentence[]; spans: [number, number][][]; long: number } {
  const { doc, syntax } = languageOf(text, lang);
  segmentStage().run(doc);
  const model = loadSyntaxModel(syntax.model, modelDir);
  const parse: WordParser = (words) => parseSentence(model, words);
  const tokens = doc.tokens ?? [];
  const sentences: ConlluSentence[] = [];
  const spans: [number, number][][] = [];
  let long = 0;
  for (let from = 0; from < tokens.length; ) {
    let to = from + 1;
    while (to < tokens.length && tokens[to]!.sentence === tokens[from]!.sentence) to++;
    const sent = tokens.slice(from, to);
    const a = analyseSentence(parse, sent.map((t) => t.text), syntax);
    if (a.pieces > 1) long++;
    const spaceAfter = (k: number) => k + 1 >= sent.length || sent[k]!.end < sent[k + 1]!.start;
    const s: ConlluSentence = {
      comments: [`sent_id = ${sentences.length + 1}`, `text = ${text.slice(sent[0]!.start, sent[sent.length - 1]!.end).replace(/\s+/g, ' ')}`],
      words: [],
      multiwords: [],
    };
    const wordSpans: [number, number][] = [];
    a.words.forEach((form, i) => {
      const k = a.source[i]!;
      const single = (i === 0 || a.source[i - 1] !== k) && (i + 1 === a.words.length || a.source[i + 1] !== k);
      if (!single && (i === 0 || a.source[i - 1] !== k)) {
        let last = i;
        while (last + 1 < a.words.length && a.source[last + 1] === k) last++;
        s.multiwords.push({ first: i + 1, last: last + 1, form: oneLine(sent[k]!.text), misc: spaceAfter(k) ? '_' : 'SpaceAfter=No' });
      }
      const p = a.parsed[i]!;
      s.words.push({
        id: i + 1, form: oneLine(form), lemma: oneLine(p.lemma), upos: p.upos, xpos: '_', feats: p.feats, head: p.head, deprel: p.deprel, deps: '_',
        misc: single && !spaceAfter(k) ? 'SpaceAfter=No' : '_',
      });
      wordSpans.push([sent[k]!.start, sent[k]!.end]);
    });
    sentences.push(s);
    spans.push(wordSpans);
    from = to;
  }
  return { sentences, spans, long };
}

/** Raw text → CoNLL-U: our sentences and tokens, contractions and clitics as multi-word token ranges. */
export function parseText(text: string, lang: string | undefined, modelDir: string | undefined): string {
  const { sentences, long } = analyseRawText(text, lang, modelDir);
  if (long) process.stderr.write(`ereignis parse: ${long} sentence(s) longer than ${DEFAULT_MAX_SENTENCE_WORDS} words were parsed in pieces (W008)\n`);
  return writeConllu(sentences);
}

/** The system's words over raw text, in the evaluation's span form (words of one token share its span). */
function systemSpanWords(r: ReturnType<typeof analyseRawText>): SpanWord[] {
  const out: SpanWord[] = [];
  let token = -1, lastKey = '';
  r.sentences.forEach((s, si) => {
    const offset = out.length;
    s.words.forEach((w, i) => {
      const [start, end] = r.spans[si]![i]!;
      const key = `${si}:${start}:${end}`;
      if (key !== lastKey) { token++; lastKey = key; }
      out.push({ form: w.form, upos: w.upos, lemma: w.lemma, head: w.head > 0 ? offset + w.head - 1 : -1, deprel: w.deprel, start, end, token, sentence: si });
    });
  });
  return out;
}

/** The text a CoNLL-U file is about, for language detection: its `# text` lines, else its words. */
function conlluText(sents: readonly ConlluSentence[]): string {
  return sents
    .slice(0, 200)
    .map((s) => s.comments.find((c) => c.startsWith('text = '))?.slice(7) ?? s.words.map((w) => w.form).join(' '))
    .join('\n');
}

/** Parse each sentence's words as given (gold tokenisation). */
function reparse(model: LoadedSyntaxModel, sents: readonly ConlluSentence[]): ConlluWord[][] {
  const parse: WordParser = (words) => parseSentence(model, words);
  const asGiven = { splitContractions: false, splitClitics: false };
  return sents.map((s) => {
    const a = analyseSentence(parse, s.words.map((w) => w.form), asGiven);
    return s.words.map((w, i) => {
      const p = a.parsed[i]!;
      return { ...w, lemma: p.lemma, upos: p.upos, xpos: '_', feats: p.feats, head: p.head, deprel: p.deprel, deps: '_' };
    });
  });
}

function readConlluInput(text: string, name: string): ConlluSentence[] {
  try {
    return readConllu(text);
  } catch (e) {
    throw new EreignisError('E107', `${name}: ${(e as Error).message}`);
  }
}

export async function run(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv[0] === 'parse' ? argv.slice(1) : argv, PARSE_USAGE, new Set(['--lang', '--format', '--tokenized', '--model-dir']), true);
    if (args.help) { process.stdout.write(`${PARSE_USAGE}\n`); return EXIT.ok; }
    const text = decodeInput(readInputBytes(args.file));
    if (text.trim() === '') return EXIT.ok; // nothing to parse: empty output
    if (!args.tokenized) {
      process.stdout.write(parseText(text, args.lang, args.modelDir));
      return EXIT.ok;
    }
    const sents = readConlluInput(text, args.file ?? 'stdin');
    const { syntax } = languageOf(conlluText(sents), args.lang);
    const words = reparse(loadSyntaxModel(syntax.model, args.modelDir), sents);
    process.stdout.write(writeConllu(sents.map((s, i) => ({ ...s, words: words[i]! }))));
    return EXIT.ok;
  } catch (e) {
    return fail(e);
  }
}

/** `ereignis eval parse …` (called by the eval command). */
export async function runEval(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv, EVAL_USAGE, new Set(['--gold', '--raw', '--lang', '--json', '--model-dir']), false);
    if (args.help) { process.stdout.write(`${EVAL_USAGE}\n`); return EXIT.ok; }
    if (!args.gold) throw new EreignisError('E001', `--gold FILE is required. ${EVAL_USAGE}`);
    const sents = readConlluInput(decodeInput(readInputBytes(args.gold)), args.gold).filter((s) => s.words.length > 0);
    if (sents.length === 0) throw new EreignisError('E001', `${args.gold} has no CoNLL-U sentences`);
    const { syntax, code } = languageOf(conlluText(sents), args.lang);
    if (args.raw) {
      const gold = goldFromConllu(sents);
      const system: SpanWord[] = systemSpanWords(analyseRawText(gold.text, code, args.modelDir));
      const scores = evaluateRawParse(gold.words, system);
      if (args.json) process.stdout.write(`${JSON.stringify({ gold: args.gold, lang: code, model: syntax.model, from: 'raw text', ...scores }, null, 2)}\n`);
      else process.stdout.write(`${args.gold} (${code}, model ${syntax.model}, ${sents.length} gold sentences, from raw text: our segmentation and tokenisation)\n${formatRawParseScores(scores)}\n`);
      return EXIT.ok;
    }
    const model = loadSyntaxModel(syntax.model, args.modelDir);
    const keys = model.model.morphKeys;
    const evalToken = (w: ConlluWord): EvalToken => ({ upos: w.upos, lemma: w.lemma, feats: restrictFeats(w.feats, keys), head: w.head, deprel: w.deprel });
    const predicted = reparse(model, sents);
    const scores = evaluateParse(sents.map((s) => s.words.map(evalToken)), predicted.map((ws) => ws.map(evalToken)));
    if (args.json) process.stdout.write(`${JSON.stringify({ gold: args.gold, lang: code, model: syntax.model, sentences: sents.length, ...scores }, null, 2)}\n`);
    else process.stdout.write(`${args.gold} (${code}, model ${syntax.model}, ${sents.length} sentences, ${scores.words} words, gold tokenisation)\n${formatParseScores(scores)}\n`);
    return EXIT.ok;
  } catch (e) {
    return fail(e);
  }
}
