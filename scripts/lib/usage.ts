/** `--help` for the build scripts: print the script's leading doc comment (its usage, kept in one place) and exit. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function exitWithUsageOnHelp(moduleUrl: string, argv: readonly string[] = process.argv.slice(2)): void {
  if (!argv.includes('--help') && !argv.includes('-h')) return;
  const doc = /\/\*\*([\s\S]*?)\*\//.exec(readFileSync(fileURLToPath(moduleUrl), 'utf8'))?.[1] ?? '';
  process.stdout.write(`${doc.replace(/^[ \t]*\* ?/gm, '').trim()}\n`);
  process.exit(0);
}
