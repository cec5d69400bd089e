/**
 * Reading a model folder safely: its manifest (E002 when missing, E003 when not JSON) and the model file it names,
 * checked against the manifest's size and sha256 (E002 unreadable, E003 mismatch). Every binary model loader uses it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EreignisError } from '../errors.js';

/** The manifest fields the check needs; loaders extend it with their own. */
export interface ModelFileManifest {
  file: string;
  sha256: string;
  bytes?: number;
}

/** Parses `<dir>/<name>`; the caller checks its own fields. */
export function readManifest<T>(dir: string, name: string): { manifest: T; path: string } {
  const path = join(dir, name);
  try {
    return { manifest: JSON.parse(readFileSync(path, 'utf8')) as T, path };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code) throw new EreignisError('E002', `cannot read ${path} (${code})`);
    throw new EreignisError('E003', `${path} is not valid JSON`);
  }
}

/** The bytes of the model file the manifest names, verified against its size (when given) and sha256. */
export function readVerifiedModelFile(dir: string, manifest: ModelFileManifest): { bytes: Buffer; path: string } {
  const path = join(dir, manifest.file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new EreignisError('E002', `cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  if (typeof manifest.bytes === 'number' && bytes.length !== manifest.bytes) throw new EreignisError('E003', `${path} has ${bytes.length} bytes, manifest says ${manifest.bytes}`);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== manifest.sha256) throw new EreignisError('E003', `${path} has sha256 ${sha}, manifest says ${manifest.sha256}`);
  return { bytes, path };
}
