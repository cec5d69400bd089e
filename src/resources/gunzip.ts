/** gunzip for model files: one output chunk of the size gzip's trailer gives, so zlib does not collect ~600 16 KB chunks and concat them. */
import { gunzipSync } from 'node:zlib';

export function gunzipWhole(file: Buffer): Buffer {
  // ISIZE (the last member's size mod 2^32): a wrong guess only means more chunks, never wrong bytes
  const isize = file.length >= 18 ? file.readUInt32LE(file.length - 4) : 0;
  return gunzipSync(file, { chunkSize: Math.max(64 * 1024, Math.min(isize + 1024, 1 << 30)) });
}
