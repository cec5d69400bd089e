/**
 * `--shard i/N`: a deterministic share of the input by a hash of each record's id, so that job arrays (Slurm,
 * Kubernetes indexed jobs, GNU parallel) split a corpus without talking to each other. The N shards together are
 * the whole input, each record in exactly one.
 */
import { EreignisError } from '../errors.js';

export interface Shard {
  /** 0-based index of this shard. */
  index: number;
  count: number;
}

/** Parses "i/N" with 0 ≤ i < N (0-based, as Kubernetes' JOB_COMPLETION_INDEX and `--array=0-N-1` in Slurm). */
export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1) || !(index < count)) {
    throw new EreignisError('E001', `--shard must be i/N with 0 <= i < N (e.g. 0/4 … 3/4), got ${JSON.stringify(spec)}`);
  }
  return { index, count };
}

const encoder = new TextEncoder();

/** FNV-1a (32 bit) of the key's UTF-8 bytes: tiny, stable across machines and Node versions. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (const b of encoder.encode(key)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function inShard(key: string, shard: Shard): boolean {
  return shard.count === 1 || keyHash(key) % shard.count === shard.index;
}
