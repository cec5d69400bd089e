/**
 * `--output FILE --resume`: continue an interrupted run. The output file is cut back to its last complete record
 * (a run killed mid-write leaves half a line), and the ids it holds are skipped, so nothing is written twice and
 * nothing is lost.
 */
import { closeSync, existsSync, openSync, readSync, ftruncateSync, fstatSync } from 'node:fs';
import { IdSet } from './id-set.js';

/** A Document's or error record's key: its id, else its source (error records of lines that had no id). */
export function outputKey(record: { id?: unknown; source?: unknown }): string | undefined {
  if (typeof record.id === 'string') return record.id;
  if (typeof record.source === 'string') return record.source;
  return undefined;
}

export interface ResumeState {
  /** Keys of the records already in the output (as hashes: `has`, `size`). */
  done: IdSet;
  /** Bytes cut from the end of the file (a record the interrupted run did not finish). */
  truncatedBytes: number;
}

/** Reads FILE line by line (in chunks: outputs can be many GB), keeps the keys of complete records, and truncates
 * whatever follows the last complete one. A missing file is an empty start. */
export function prepareResume(file: string): ResumeState {
  const done = new IdSet();
  if (!existsSync(file)) return { done, truncatedBytes: 0 };
  const fd = openSync(file, 'r+');
  try {
    const size = fstatSync(fd).size;
    const chunk = Buffer.alloc(1 << 20);
    let carry = Buffer.alloc(0);
    let position = 0;
    let goodEnd = 0; // byte offset just after the last complete, parseable line
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, position);
      if (n === 0) break;
      let buf = Buffer.concat([carry, chunk.subarray(0, n)]);
      const bufStart = position - carry.length;
      position += n;
      let from = 0;
      for (let nl = buf.indexOf(10, from); nl !== -1; nl = buf.indexOf(10, from)) {
        const line = buf.toString('utf8', from, nl);
        from = nl + 1;
        if (line.trim() === '') {
          goodEnd = bufStart + from;
          continue;
        }
        let key: string | undefined;
        try {
          key = outputKey(JSON.parse(line) as { id?: unknown; source?: unknown });
        } catch {
          break; // a broken line inside the file: keep what precedes it, redo the rest
        }
        if (key !== undefined) done.add(key);
        goodEnd = bufStart + from;
      }
      if (goodEnd < bufStart + from) break;
      buf = buf.subarray(from);
      carry = Buffer.from(buf);
    }
    const truncatedBytes = size - goodEnd;
    if (truncatedBytes > 0) ftruncateSync(fd, goodEnd);
    return { done, truncatedBytes };
  } finally {
    closeSync(fd);
  }
}
