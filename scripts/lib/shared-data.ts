/**
 * The one finder of the shared data folder (corpora, gazetteer lists, dictionaries) for scripts, benches and tests:
 * $EREIGNIS_DATA, else ../shared/data beside the repository, else /work/shared/data. Build-time only: nothing under
 * src/ that ships in dist/ may read it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function candidates(): Array<{ dir: string | undefined; label: string }> {
  const env = process.env.EREIGNIS_DATA;
  const beside = join(REPO, '..', 'shared', 'data');
  return [
    { dir: env || undefined, label: env ? `$EREIGNIS_DATA=${env}` : '$EREIGNIS_DATA (unset)' },
    { dir: beside, label: `${beside} (beside the repository)` },
    { dir: '/work/shared/data', label: '/work/shared/data' },
  ];
}

/**
 * The first data folder that exists (and holds the sub-folder `needs`, when given), or undefined when this machine
 * has none: tests then skip what needs it.
 */
export function findSharedData(needs?: string): string | undefined {
  return candidates().find(({ dir }) => dir !== undefined && existsSync(needs ? join(dir, needs) : dir))?.dir;
}

/** Like findSharedData, but throws an error that names every place it looked. */
export function sharedData(needs?: string): string {
  const found = findSharedData(needs);
  if (found) return found;
  const what = needs ? `shared data with ${needs}/` : 'shared data';
  throw new Error(`${what} not found; tried ${candidates().map((c) => c.label).join(', ')}. Set EREIGNIS_DATA to the data folder.`);
}
