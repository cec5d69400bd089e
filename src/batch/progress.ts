/**
 * Progress of a batch run on stderr: a bar (cli-progress) when stderr is a terminal, periodic JSON lines for logs
 * with `--progress json`, nothing when piped unless asked. The ETA comes from the input bytes read, when the input
 * size is known (files, not standard input).
 */
import { SingleBar } from 'cli-progress';

export type ProgressMode = 'auto' | 'bar' | 'json' | 'none';

export interface ProgressCounts {
  documents: number;
  errors: number;
  bytes: number;
}

export interface ProgressReporter {
  update(counts: ProgressCounts): void;
  finish(counts: ProgressCounts): void;
}

export function parseProgressMode(value: string | undefined): ProgressMode | undefined {
  if (value === undefined) return 'auto';
  return (['auto', 'bar', 'json', 'none'] as const).find((m) => m === value);
}

const seconds = (ms: number): number => Math.round(ms / 100) / 10;

/** What a progress line says: counts, rate, and the ETA from the share of input bytes read. */
export function progressSnapshot(counts: ProgressCounts, totalBytes: number | undefined, elapsedMs: number) {
  const rate = elapsedMs > 0 ? counts.documents / (elapsedMs / 1000) : 0;
  const share = totalBytes ? Math.min(1, counts.bytes / totalBytes) : undefined;
  const eta = share && share > 0 ? (elapsedMs / share - elapsedMs) / 1000 : undefined;
  return {
    documents: counts.documents,
    errors: counts.errors,
    bytes: counts.bytes,
    ...(totalBytes !== undefined ? { totalBytes } : {}),
    documentsPerSecond: Math.round(rate * 10) / 10,
    elapsedSeconds: seconds(elapsedMs),
    ...(eta !== undefined ? { etaSeconds: Math.round(eta) } : {}),
  };
}

export function createProgress(mode: ProgressMode, totalBytes: number | undefined, stream: NodeJS.WriteStream = process.stderr, intervalMs = 2000): ProgressReporter {
  const started = Date.now();
  const resolved = mode === 'auto' ? (stream.isTTY ? 'bar' : 'none') : mode;
  if (resolved === 'none') return { update() {}, finish() {} };
  if (resolved === 'json') {
    let last = 0;
    const write = (counts: ProgressCounts, done: boolean) => {
      stream.write(JSON.stringify({ progress: { ...progressSnapshot(counts, totalBytes, Date.now() - started), done } }) + '\n');
    };
    return {
      update(counts) {
        const now = Date.now();
        if (now - last < intervalMs) return;
        last = now;
        write(counts, false);
      },
      finish: (counts) => write(counts, true),
    };
  }
  const bar = new SingleBar({
    stream,
    format: totalBytes
      ? ' {bar} {percentage}% | {documents} docs | {rate} docs/s | {errors} errors | ETA {eta_formatted}'
      : ' {documents} docs | {rate} docs/s | {errors} errors | {elapsed}s',
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 50,
    fps: 5,
    noTTYOutput: !stream.isTTY,
    notTTYSchedule: intervalMs,
  });
  bar.start(totalBytes ?? 1, 0, { documents: 0, rate: '0', errors: 0, elapsed: 0 });
  const payload = (counts: ProgressCounts) => {
    const snap = progressSnapshot(counts, totalBytes, Date.now() - started);
    return { documents: snap.documents, rate: snap.documentsPerSecond.toFixed(1), errors: snap.errors, elapsed: snap.elapsedSeconds };
  };
  return {
    update(counts) {
      bar.update(totalBytes ? Math.min(counts.bytes, totalBytes) : 0, payload(counts));
    },
    finish(counts) {
      bar.update(totalBytes ?? 1, payload(counts));
      bar.stop();
    },
  };
}
