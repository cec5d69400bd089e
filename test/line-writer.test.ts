/** LineWriter (src/batch/line-writer.ts): batch output lines go out in chunks, in order, and none waits long. */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { LineWriter, CHUNK_BYTES, FLUSH_MS } from '../src/batch/line-writer.js';

/** A stream that records each write call's text. */
function recorder(isTTY = false): { out: Writable; writes: string[] } {
  const writes: string[] = [];
  const out = new Writable({ write(chunk: Buffer, _enc, done) { writes.push(chunk.toString('utf8')); done(); } });
  if (isTTY) Object.assign(out, { isTTY: true });
  return { out, writes };
}

describe('LineWriter', () => {
  it('joins short lines into one write, sent by the timer when no more come', async () => {
    const { out, writes } = recorder();
    const w = new LineWriter(out);
    await w.write('{"id":"a"}');
    await w.write(Buffer.from('{"id":"b"}\n'));
    assert.deepEqual(writes, [], 'nothing written before the chunk is full or the timer fires');
    for (let waited = 0; writes.length === 0 && waited < 40 * FLUSH_MS; waited += FLUSH_MS / 4) await sleep(FLUSH_MS / 4);
    assert.deepEqual(writes, ['{"id":"a"}\n{"id":"b"}\n']);
  });

  it('writes at once when the pending lines reach a chunk, in order, and flush() sends the rest', async () => {
    const { out, writes } = recorder();
    const w = new LineWriter(out);
    const line = 'x'.repeat(1000);
    const count = Math.ceil(CHUNK_BYTES / 1001) + 3;
    for (let i = 0; i < count; i++) await w.write(`${i}${line}`);
    assert.equal(writes.length, 1, 'one write for the first full chunk');
    await w.flush();
    assert.equal(writes.length, 2);
    const lines = writes.join('').split('\n').filter(Boolean);
    assert.deepEqual(lines.map((l) => Number.parseInt(l, 10)), Array.from({ length: count }, (_, i) => i));
  });

  it('writes line by line to a terminal', async () => {
    const { out, writes } = recorder(true);
    const w = new LineWriter(out);
    await w.write('one');
    await w.write('two');
    assert.deepEqual(writes, ['one\n', 'two\n']);
  });
});
