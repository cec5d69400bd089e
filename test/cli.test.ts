/** The ereignis command run as a process (from source through tsx, as `npx ereignis` runs dist/). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/corpus.js';
import { validateDocument, validateErrorRecord } from '../src/schema/index.js';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 << 20 });

describe('cli', function () {
  this.timeout(120000);
  const dir = mkdtempSync(join(tmpdir(), 'ereignis-cli-'));
  const good = join(dir, 'good.txt');
  const binary = join(dir, 'binary.bin');
  const jsonl = join(dir, 'in.jsonl');
  writeFileSync(good, 'Bundeskanzler Olaf Scholz traf am Montag in Paris den französischen Präsidenten Emmanuel Macron.');
  writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]));
  writeFileSync(jsonl, ['{"id":"a","text":"Die NATO tagte in Vilnius."}', '{not json', '{"id":"c"}', '', '{"id":"d","text":"The UN met in Geneva."}'].join('\n'));

  it('--help lists the commands and exit codes', () => {
    const r = run(['--help']);
    assert.equal(r.status, 0);
    for (const w of ['extract', 'tag', 'eval', 'Exit codes']) assert.match(r.stdout, new RegExp(w));
  });

  it('a reader that closes the pipe early (| head) ends the output quietly, exit 0', () => {
    const tokens = join(dir, 'many.conll');
    writeFileSync(tokens, Array.from({ length: 20000 }, (_, i) => (i % 10 === 9 ? 'Berlin\n' : 'Wort\n')).join('\n'));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx "${CLI}" tag "${tokens}" | head -n 1`], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'Wort\tO\n');
    assert.doesNotMatch(r.stderr, /EPIPE|Error/);
  });

  it('unknown command: usage error 2', () => {
    const r = run(['frobnicate']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown command/);
  });

  it('extract FILE: one valid Document as JSON', () => {
    const r = run(['extract', good]);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.ok(validateDocument(doc).valid);
    assert.equal(doc.language.code, 'de');
    assert.ok(doc.entities.some((e: { name: string }) => e.name === 'Olaf Scholz'));
  });

  it('extract from stdin with --pretty --include-text', () => {
    const r = run(['extract', '--pretty', '--include-text'], 'Prime Minister Justin Trudeau visited London.');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^\{\n {2}"schemaVersion"/);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.text, 'Prime Minister Justin Trudeau visited London.');
    assert.equal(doc.language.code, 'en');
  });

  it('binary input alone: message, exit 1, nothing on stdout', () => {
    const r = run(['extract', binary]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /E101/);
    assert.equal(r.stdout, '');
  });

  it('several files: JSONL, error records in place of unreadable and binary inputs, exit 1', () => {
    const r = run(['extract', good, binary, join(dir, 'missing.txt'), good]);
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 4);
    assert.ok(validateDocument(lines[0]).valid);
    assert.equal(lines[1].error.code, 'E101');
    assert.equal(lines[2].error.code, 'E104');
    assert.ok(validateErrorRecord(lines[1]).valid && validateErrorRecord(lines[2]).valid);
    assert.equal(lines[3].id, good);
  });

  it('--jsonl input: a record per line, broken lines as E105 with their line number', () => {
    const r = run(['extract', '--jsonl', jsonl]);
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 4);
    assert.equal(lines[0].id, 'a');
    assert.equal(lines[1].error.code, 'E105');
    assert.match(lines[1].source, /in\.jsonl:2$/);
    assert.equal(lines[2].error.code, 'E105');
    assert.equal(lines[2].id, 'c');
    assert.equal(lines[3].id, 'd');
    assert.equal(lines[3].language.code, 'en');
  });

  it('bad option value: usage error 2', () => {
    const r = run(['extract', '--offsets', 'bytes', good]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /offsets/);
  });
});
