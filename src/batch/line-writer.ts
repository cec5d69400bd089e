/** The batch output's writer: JSON lines in chunks, none kept waiting long (run.ts). */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { lineBytes } from './work.js';

/**
 * Writes the output lines in chunks of up to CHUNK_BYTES (one write call per chunk instead of per line: the CLI process
 * shares the cores with the workers); a finished line waits at most FLUSH_MS (a timer, for when the next document takes
 * long), so a killed run loses at most that much work, which `--resume` does again. Line by line to a terminal.
 */
export class LineWriter {
  private parts: Uint8Array[] = [];
  private bytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly lineByLine: boolean;
  constructor(private readonly out: Writable) {
    this.lineByLine = (out as Partial<NodeJS.WriteStream>).isTTY === true;
  }
  async write(line: string | Uint8Array): Promise<void> {
    const bytes = lineBytes(line);
    this.parts.push(bytes);
    this.bytes += bytes.length;
    if (this.lineByLine || this.bytes >= CHUNK_BYTES) await this.flush();
    // a failed write shows again on the next one or at the end; the timer must not crash the run with it
    else this.timer ??= setTimeout(() => void this.flush().catch(() => {}), FLUSH_MS).unref();
  }
  /** Writes what is pending; the chunks reach the stream in the order of the calls. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.parts.length === 0) return;
    const chunk = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.bytes);
    this.parts = [];
    this.bytes = 0;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
}
export const CHUNK_BYTES = 64 * 1024;
export const FLUSH_MS = 200;
