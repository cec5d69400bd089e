/**
 * `ereignis tag --format conll [--lang de] [FILE]`: tag pre-tokenised text (one token per line, first tab column,
 * `#` lines skipped, blank line between sentences) and write `token<TAB>IOB2-tag` lines, nothing else on stdout.
 */
import { readFileSync } from 'node:fs';
import { EreignisError, isEreignisError } from '../../errors.js';
import { loadGermanNer } from '../../ner/tagger.js';
import { looksIndexed, readTokenSentences } from '../../ner/corpus.js';
import { resolve } from 'node:path';
import { EntityResources } from '../../entities/index.js';
import { tagSentencesWithPipeline } from '../../entities/token-tagger.js';
import { resourceDir } from '../../resources/locate.js';

const USAGE =
  'usage: ereignis tag --format conll [--lang de] [--engine model|pipeline] [--token-column N] [--model DIR] [FILE]   (reads stdin without FILE)\n' +
  '  --token-column N   the tab-separated column that holds the token (default 1; 2 for CoNLL-U, GermEval, UNER files)\n' +
  '  --engine model     the German tagger alone (default)\n' +
  '  --engine pipeline  what extract() uses: gazetteers + title rules + tagger, merged (better on news, see docs/benchmarks.md)';

/** The languages with a token-level NER model, each with its loader (`--model DIR`, else the package's model). */
const TOKEN_TAGGERS = {
  de: (modelDir?: string) => loadGermanNer(modelDir ?? resourceDir('de')),
} as const;
export type TaggerLanguage = keyof typeof TOKEN_TAGGERS;

export function hasTokenTagger(lang: string): lang is TaggerLanguage {
  return Object.hasOwn(TOKEN_TAGGERS, lang);
}

/** Labels for pre-tokenised sentences from the tagger alone or from the whole entity stage. */
export function labeller(engine: string, modelDir: string | undefined, lang: TaggerLanguage = 'de'): (sentences: string[][]) => string[][] {
  if (engine !== 'model' && engine !== 'pipeline') throw new EreignisError('E001', `--engine must be model or pipeline, not ${engine}`);
  if (engine === 'pipeline') {
    // --model names the tagger's own folder (models/de); the pipeline wants the folder above it, which holds gazetteer/ too
    const resources = new EntityResources(modelDir ? { modelDir: resolve(modelDir, '..') } : {});
    return (sentences) => tagSentencesWithPipeline(sentences, lang, resources);
  }
  const tagger = TOKEN_TAGGERS[lang](modelDir);
  return (sentences) => sentences.map((words) => tagger.tag(words));
}

export async function readInput(file: string | undefined): Promise<string> {
  if (file !== undefined && file !== '-') {
    try {
      return readFileSync(file, 'utf8');
    } catch (e) {
      throw new EreignisError('E104', `${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function fail(e: unknown): number {
  if (isEreignisError(e)) { process.stderr.write(`ereignis: ${e.message}\n`); return e.code === 'E001' || e.code === 'E005' ? 2 : 1; }
  process.stderr.write(`ereignis: ${(e as Error)?.stack ?? String(e)}\n`);
  return 1;
}

export async function run(argv: string[]): Promise<number> {
  try {
    const args = argv[0] === 'tag' ? argv.slice(1) : argv.slice();
    let format = 'conll', lang = 'de', engine = 'model', modelDir: string | undefined, file: string | undefined, column = 1;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const value = () => { const v = args[++i]; if (v === undefined) throw new EreignisError('E001', `${a} needs a value. ${USAGE}`); return v; };
      if (a === '--format') format = value();
      else if (a.startsWith('--format=')) format = a.slice(9);
      else if (a === '--lang') lang = value();
      else if (a.startsWith('--lang=')) lang = a.slice(7);
      else if (a === '--model') modelDir = value();
      else if (a === '--token-column' || a.startsWith('--token-column=')) {
        const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : value();
        column = Number(v);
        if (!Number.isInteger(column) || column < 1) throw new EreignisError('E001', `--token-column must be a column number from 1, not ${v}`);
      }
      else if (a === '--engine') engine = value();
      else if (a.startsWith('--engine=')) engine = a.slice(9);
      else if (a === '-h' || a === '--help') { process.stdout.write(`${USAGE}\n`); return 0; }
      else if (a.startsWith('-') && a !== '-') throw new EreignisError('E001', `unknown option ${a}. ${USAGE}`);
      else if (file === undefined) file = a;
      else throw new EreignisError('E001', `more than one input file (${file}, ${a}). ${USAGE}`);
    }
    if (format !== 'conll') throw new EreignisError('E001', `--format ${format} is not supported by tag (only conll)`);
    if (!hasTokenTagger(lang)) throw new EreignisError('E005', `tag has a model for ${Object.keys(TOKEN_TAGGERS).join(', ')} only, not ${lang}`);
    const label = labeller(engine, modelDir, lang);
    const text = await readInput(file);
    // The token stays where the user said; numbered lines (CoNLL-U, GermEval, UNER) get a hint, never a guess.
    if (column === 1 && looksIndexed(text)) process.stderr.write('ereignis: the first column holds numbers on every line; if they are token numbers (CoNLL-U, GermEval, UNER), pass --token-column 2\n');
    const sentences = readTokenSentences(text, column - 1);
    const labels = label(sentences);
    const out: string[] = [];
    sentences.forEach((words, s) => {
      const tags = labels[s]!;
      for (let i = 0; i < words.length; i++) out.push(`${words[i]}\t${tags[i]}\n`);
      out.push('\n');
    });
    process.stdout.write(out.join(''));
    return 0;
  } catch (e) {
    return fail(e);
  }
}
