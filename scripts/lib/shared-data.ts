/** Where ../shared/data is: $EREIGNIS_DATA, else beside the repository, else /work/shared/data. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const CANDIDATES = [process.env.EREIGNIS_DATA, join(ROOT, '..', 'shared', 'data'), '/work/shared/data'];

/** The data folder, or undefined when this machine has none (tests then skip what needs it). */
export function findSharedData(): string | undefined {
  return CANDIDATES.find((d): d is string => !!d && existsSync(d));
}

export function sharedData(): string {
  const found = findSharedData();
  if (!found) throw new Error(`shared data not found (tried ${CANDIDATES.filter(Boolean).join(', ')}); set EREIGNIS_DATA`);
  return found;
}
