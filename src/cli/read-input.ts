/** The bytes of an input file, or of standard input for no file or "-"; E104 names the file and the reason. */
import { readFileSync } from 'node:fs';
import { EreignisError } from '../errors.js';
import { fileErrorReason } from '../batch/records.js';

export function readInputBytes(file: string | undefined): Buffer {
  try {
    return file === undefined || file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (err) {
    throw new EreignisError('E104', `${file ?? 'stdin'}: ${fileErrorReason(err)}`);
  }
}
