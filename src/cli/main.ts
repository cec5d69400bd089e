#!/usr/bin/env node
/** The `ereignis` command: dispatches to src/cli/commands/<name>.ts, loaded only when used. */
import { VERSION } from '../version.js';
import { EXIT } from './exit.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> }> = {
  extract: { summary: 'language, entities and events of news texts, as JSON (one input) or JSONL (many)', load: () => import('./commands/extract.js') },
  tag: { summary: 'tag pre-tokenised CoNLL text with the German NER model (token<TAB>IOB2 tag)', load: () => import('./commands/tag.js') },
  parse: { summary: 'POS tags, lemmas and dependency trees as CoNLL-U, from raw text or CoNLL-U (--tokenized)', load: () => import('./commands/parse.js') },
  queue: { summary: 'a corpus on a Redis job queue for many machines: queue push | status | collect | clear (docs/scale.md)', load: () => import('./commands/queue.js') },
  worker: { summary: 'take documents from the Redis queue until stopped (ereignis queue --help)', load: async () => ({ run: (await import('./commands/queue.js')).runWorkerCommand }) },
  eval: { summary: 'measure against a gold file: NER P/R/F1 per type (eval ner), or UPOS/LAS (eval parse --gold FILE.conllu)', load: () => import('./commands/eval.js') },
};

export const MAIN_HELP = `ereignis ${VERSION}: language, named entities and events from German and English news text

Usage: ereignis <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)}${c.summary}`)
  .join('\n')}

Run 'ereignis <command> --help' for a command's options. Docs: docs/cli.md
Exit codes: 0 ok; 1 at least one input failed (an error record or message says which); 2 usage error;
3 a model or resource is missing or corrupt; 70 internal error (a bug: please report it).
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(MAIN_HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`ereignis: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. See 'ereignis --help'.\n`);
    return EXIT.usage;
  }
  return (await command.load()).run(rest);
}

// "ereignis tag … | head": a reader that closes the pipe early ends the output, it is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT.ok);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const e = err as { code?: string; message?: string; stack?: string };
    if (typeof e?.code === 'string' && /^E00[23]$/.test(e.code)) {
      process.stderr.write(`ereignis: ${e.message}\n`);
      process.exitCode = EXIT.model;
    } else {
      process.stderr.write(`ereignis: internal error: ${e?.stack ?? String(err)}\n`);
      process.exitCode = EXIT.internal;
    }
  },
);
