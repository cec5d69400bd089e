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
  /** A message on stderr that does not tear the bar (the bar is cleared, the message written, the bar redrawn). */
  log(message: string): void;
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
  const plainLog = (message: string) => void stream.write(message.endsWith('\n') ? message : `${message}\n`);
  if (resolved === 'none') return { update() {}, finish() {}, log: plainLog };
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
      log: plainLog,
    };
  }
  const bar = new SingleBar({
    stream,
    format: totalBytes
      ? ' {bar} {percentage}% | {documents} docs | {rate} docs/s | {errors} errors | ETA {remaining}'
      : ' {documents} docs | {rate} docs/s | {errors} errors | {elapsed} s',
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 50,
    fps: 5,
    noTTYOutput: !stream.isTTY,
    notTTYSchedule: intervalMs,
  });
  bar.start(totalBytes ?? 1, 0, { documents: 0, rate: '0.0', errors: 0, elapsed: 0, remaining: '…' });
  const payload = (counts: ProgressCounts) => {
    const snap = progressSnapshot(counts, totalBytes, Date.now() - started);
    return {
      documents: snap.documents,
      rate: snap.documentsPerSecond.toFixed(1),
      errors: snap.errors,
      elapsed: snap.elapsedSeconds,
      remaining: snap.etaSeconds === undefined ? '…' : formatDuration(snap.etaSeconds),
    };
  };
  let last: ProgressCounts = { documents: 0, errors: 0, bytes: 0 };
  return {
    update(counts) {
      last = counts;
      bar.update(totalBytes ? Math.min(counts.bytes, totalBytes) : 0, payload(counts));
    },
    finish(counts) {
      bar.update(totalBytes ?? 1, payload(counts));
      bar.stop();
    },
    log(message) {
      // cli-progress turns the terminal's line wrapping off while it draws; a long message needs it on.
      stream.write('\r\x1b[2K\x1b[?7h');
      plainLog(message);
      stream.write('\x1b[?7l');
      bar.update(totalBytes ? Math.min(last.bytes, totalBytes) : 0, payload(last));
      bar.render();
    },
  };
}

/** 75 → "1m15s", 4000 → "1h06m". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
