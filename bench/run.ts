/** npm run bench: every benchmark in turn, each in its own process (clean memory figures); batch.ts runs the built CLI. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
for (const name of ['pipeline.ts', 'pipeline-threads.mjs', 'ner.ts', 'syntax.ts', 'langid-eval.ts', 'batch.ts']) {
  const file = join(here, name);
  if (!existsSync(file)) continue;
  console.log(`\n=== bench/${name}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
