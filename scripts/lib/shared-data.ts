/** Where ../shared/data is: $EREIGNIS_DATA, else beside the repository, else /work/shared/data. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function sharedData(): string {
  const candidates = [process.env.EREIGNIS_DATA, join(ROOT, '..', 'shared', 'data'), '/work/shared/data'];
  const found = candidates.find((d): d is string => !!d && existsSync(d));
  if (!found) throw new Error(`shared data not found (tried ${candidates.filter(Boolean).join(', ')}); set EREIGNIS_DATA`);
  return found;
}
