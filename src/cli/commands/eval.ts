/**
 * `ereignis eval ner --gold FILE [--format conll|germeval] [--types PER,LOC,ORG] [--json]`: tag the gold file's
 * tokens with the German model and print strict-span P/R/F1 per type and overall.
 * `ereignis eval parse --gold FILE.conllu`: see parse.ts.
 */
import { EreignisError } from '../../errors.js';
import { looksIndexed, readGold, type GoldFormat } from '../../ner/corpus.js';
import { evaluateSpans, formatEval } from '../../ner/eval.js';
import { readInput, fail, labeller } from './tag.js';

const USAGE =
  'usage: ereignis eval ner --gold FILE [--format conll|germeval] [--types PER,LOC,ORG] [--engine model|pipeline] [--json] [--model DIR]\n' +
  '       ereignis eval parse --gold FILE.conllu [--lang de|en] [--json] [--model-dir DIR]';

/** GermEval/UNER files number their tokens: the first two token lines start with "1<TAB>" and "2<TAB>". */
export function detectFormat(text: string): GoldFormat {
  const lines = text.split(/\r?\n/, 200).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  return /^1\t/.test(lines[0] ?? '') && /^2\t/.test(lines[1] ?? '') ? 'germeval' : 'conll';
}

export async function run(argv: string[]): Promise<number> {
  try {
    const args = argv[0] === 'eval' ? argv.slice(1) : argv.slice();
    const task = args.shift();
    if (task === 'parse') return (await import('./parse.js')).runEval(args);
    if (task !== 'ner') throw new EreignisError('E001', `unknown eval task ${task ?? '(none)'}. ${USAGE}`);
    let gold: string | undefined, format: string | undefined, types: string[] | undefined, json = false, modelDir: string | undefined, engine = 'model';
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const value = () => { const v = args[++i]; if (v === undefined || v.startsWith('--')) throw new EreignisError('E001', `${a} needs a value. ${USAGE}`); return v; };
      if (a === '--gold') gold = value();
      else if (a === '--format') format = value();
      else if (a === '--types') types = value().split(',').map((t) => t.trim().toUpperCase()).filter(Boolean);
      else if (a === '--json') json = true;
      else if (a === '--model') modelDir = value();
      else if (a === '--engine') engine = value();
      else if (a === '-h' || a === '--help') { process.stdout.write(`${USAGE}\n`); return 0; }
      else throw new EreignisError('E001', `unexpected argument ${a}. ${USAGE}`);
    }
    if (!gold) throw new EreignisError('E001', `--gold FILE is required. ${USAGE}`);
    if (format !== undefined && format !== 'conll' && format !== 'germeval') throw new EreignisError('E001', `--format must be conll or germeval, not ${format}`);
    if (types) for (const t of types) if (!['PER', 'LOC', 'ORG', 'MISC'].includes(t)) throw new EreignisError('E001', `--types: unknown type ${t} (PER, LOC, ORG, MISC)`);
    const text = await readInput(gold);
    // GermEval/UNER files start token lines with a running index
    const fmt: GoldFormat = (format as GoldFormat | undefined) ?? detectFormat(text);
    if (fmt === 'conll' && looksIndexed(text)) process.stderr.write('ereignis: the first column holds numbers on every line; if they are token numbers (GermEval, UNER), leave out --format or pass --format germeval\n');
    const sents = readGold(text, fmt);
    if (sents.length === 0) throw new EreignisError('E001', `${gold} has no sentences in ${fmt} format`);
    const label = labeller(engine, modelDir);
    const result = evaluateSpans(sents.map((s) => s.tags), label(sents.map((s) => s.words)), types);
    if (json) process.stdout.write(`${JSON.stringify({ gold, format: fmt, types: types ?? null, engine, ...result }, null, 2)}\n`);
    else process.stdout.write(`${gold} (${fmt}, ${result.sentences} sentences, ${result.tokens} tokens, engine ${engine})\n${formatEval(result)}\n`);
    return 0;
  } catch (e) {
    return fail(e);
  }
}
