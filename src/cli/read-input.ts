/** The bytes of an input file, or of standard input for no file or "-"; E104 names the file and the reason. */
import { readFileSync } from 'node:fs';
import { EreignisError } from '../errors.js';

export function readInputBytes(file: string | undefined): Buffer {
  try {
    return file === undefined || file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new EreignisError('E104', `${file ?? 'stdin'}: ${reason === 'ENOENT' ? 'no such file' : reason === 'EISDIR' ? 'is a directory' : reason}`);
  }
}
