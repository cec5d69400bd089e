/** Reads the compiled gazetteer folder and checks every file against the manifest's sha256 (E002 missing, E003 bad). */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EreignisError } from '../../errors.js';
import type { CountryExtras, GazetteerEntry, GazetteerManifest, Lexicon } from './types.js';

const ENTRY_FILES = ['countries.json', 'regions.json', 'cities.json', 'organizations.json', 'media.json'] as const;

/** Everything in a gazetteer folder, verified. */
export interface GazetteerFiles {
  manifest: GazetteerManifest;
  entries: GazetteerEntry[];
  extras: Record<string, CountryExtras>;
  lexicon: Lexicon;
  surnames: Set<string>;
}

export function readGazetteerFiles(dir: string): GazetteerFiles {
  const manifest = readManifest(dir);
  const entries: GazetteerEntry[] = [];
  for (const f of ENTRY_FILES) entries.push(...(readVerified(dir, manifest, f) as GazetteerEntry[]));
  const extras = readVerified(dir, manifest, 'countries-extra.json') as Record<string, CountryExtras>;
  const lexicon = readVerified(dir, manifest, 'lexicon.json') as Lexicon;
  const surnames = new Set(readVerified(dir, manifest, 'surnames.json') as string[]);
  return { manifest, entries, extras, lexicon, surnames };
}

function readVerified(dir: string, manifest: GazetteerManifest, file: string): unknown {
  const meta = manifest.files[file];
  if (!meta) throw new EreignisError('E003', `${file} is not listed in ${join(dir, 'manifest.json')}`);
  const path = join(dir, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new EreignisError('E002', `${path}: ${(e as Error).message}`);
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== meta.sha256) throw new EreignisError('E003', `${path}: sha256 ${sha} does not match the manifest (${meta.sha256})`);
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new EreignisError('E003', `${path}: not valid JSON (${(e as Error).message})`);
  }
}

function readManifest(dir: string): GazetteerManifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new EreignisError('E002', `${path} not found (run npm run build:resources)`);
  let manifest: GazetteerManifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as GazetteerManifest;
  } catch (e) {
    throw new EreignisError('E003', `${path}: not valid JSON (${(e as Error).message})`);
  }
  if (!manifest || typeof manifest.files !== 'object') throw new EreignisError('E003', `${path}: no files table`);
  return manifest;
}
