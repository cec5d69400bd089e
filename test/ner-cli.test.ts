import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as tagRun } from '../src/cli/commands/tag.js';
import { run as evalRun } from '../src/cli/commands/eval.js';

async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [], err: string[] = [];
  const ow = process.stdout.write.bind(process.stdout), ew = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((c: string | Uint8Array) => { out.push(String(c)); return true; }) as typeof process.stdout.write;
  process.stderr.write = ((c: string | Uint8Array) => { err.push(String(c)); return true; }) as typeof process.stderr.write;
  try { return { code: await fn(), out: out.join(''), err: err.join('') }; } finally { process.stdout.write = ow; process.stderr.write = ew; }
}

describe('ereignis tag / eval ner (command modules)', () => {
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'ereignis-cli-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const input = '# a comment\nAngela\tB-PER\nMerkel\tI-PER\nbesuchte\tO\nParis\tB-LOC\n.\tO\n\n# second\nDie\tO\nBereichen\tO\n\n\nSiemens\tB-ORG\nwächst\tO\n';

  it('tag round trip keeps sentence and token counts and writes only token<TAB>tag lines', async () => {
    const file = join(dir, 'in.conll');
    writeFileSync(file, input);
    const r = await capture(() => tagRun(['--format', 'conll', '--lang', 'de', file]));
    assert.equal(r.code, 0, r.err);
    const sents = r.out.trimEnd().split(/\n\n/).map((b) => b.split('\n'));
    assert.equal(sents.length, 3);
    assert.deepEqual(sents.map((s) => s.length), [5, 2, 2]);
    assert.deepEqual(sents.map((s) => s.map((l) => l.split('\t')[0])), [['Angela', 'Merkel', 'besuchte', 'Paris', '.'], ['Die', 'Bereichen'], ['Siemens', 'wächst']]);
    for (const s of sents) for (const l of s) assert.match(l, /^[^\t]+\t(O|[BI]-(PER|LOC|ORG|MISC))$/);
  });

  it('tag --token-column 2 reads numbered files (CoNLL-U, GermEval, UNER); column 1 of such a file gets a hint on stderr', async () => {
    const file = join(dir, 'numbered.tsv');
    writeFileSync(file, '# sent_id = 1\n1\tAngela\tB-PER\n2\tMerkel\tI-PER\n3\treiste\tO\n\n1\tBerlin\tB-LOC\n');
    const r = await capture(() => tagRun(['--token-column', '2', file]));
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    assert.deepEqual(r.out.trimEnd().split(/\n\n/).map((b) => b.split('\n').map((l) => l.split('\t')[0])), [['Angela', 'Merkel', 'reiste'], ['Berlin']]);
    const first = await capture(() => tagRun([file]));
    assert.equal(first.code, 0);
    assert.match(first.err, /--token-column 2/);
    assert.deepEqual(first.out.trimEnd().split(/\n\n/).map((b) => b.split('\n').map((l) => l.split('\t')[0])), [['1', '2', '3'], ['1']]);
  });

  it('tag stops with E107 on a line without the chosen token column, and rejects a bad column number', async () => {
    const file = join(dir, 'short.tsv');
    writeFileSync(file, '1\tAngela\n2\n');
    const r = await capture(() => tagRun(['--token-column', '2', file]));
    assert.equal(r.code, 1);
    assert.match(r.err, /E107.*line 2/);
    assert.equal(r.out, '');
    const bad = await capture(() => tagRun(['--token-column', '0', file]));
    assert.equal(bad.code, 2);
    assert.match(bad.err, /E001.*--token-column/);
  });

  it('tag --engine pipeline labels the same tokens with the whole entity stage (titles, gazetteers, compounds)', async () => {
    const file = join(dir, 'pipeline.conll');
    const words = ['Die', 'Präsidentin', 'Malwina', 'Oberkirch', 'sprach', 'auf', 'dem', 'NATO-Gipfel', 'in', 'Vilnius', '.'];
    writeFileSync(file, `${words.join('\n')}\n`);
    const r = await capture(() => tagRun(['--engine', 'pipeline', file]));
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trimEnd().split('\n').map((l) => l.split('\t'));
    assert.deepEqual(lines.map((l) => l[0]), words);
    const tag = (w: string) => lines.find((l) => l[0] === w)![1];
    assert.equal(tag('Malwina'), 'B-PER');
    assert.equal(tag('Oberkirch'), 'I-PER');
    assert.equal(tag('Vilnius'), 'B-LOC');
    assert.equal(tag('NATO-Gipfel'), 'O'); // the name part of a compound gives no token label
    assert.equal(tag('Präsidentin'), 'O');
    const bad = await capture(() => tagRun(['--engine', 'magic', file]));
    assert.equal(bad.code, 2);
    assert.match(bad.err, /E001.*engine/);
  });

  it('tag fails with a coded error on an unreadable file and on bad options', async () => {
    const missing = await capture(() => tagRun([join(dir, 'missing.conll')]));
    assert.notEqual(missing.code, 0);
    assert.match(missing.err, /E104/);
    assert.equal(missing.out, '');
    const bad = await capture(() => tagRun(['--format', 'json', join(dir, 'in.conll')]));
    assert.notEqual(bad.code, 0);
    assert.match(bad.err, /E001/);
    const lang = await capture(() => tagRun(['--lang', 'xx', join(dir, 'in.conll')]));
    assert.match(lang.err, /E005/);
  });

  it('eval ner prints strict-span scores, also as JSON', async () => {
    const file = join(dir, 'gold.conll');
    writeFileSync(file, input);
    const r = await capture(() => evalRun(['ner', '--gold', file, '--format', 'conll', '--json']));
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out) as { overall: { tp: number; fn: number }; sentences: number };
    assert.equal(j.sentences, 3);
    assert.equal(j.overall.tp + j.overall.fn, 3);
    const missing = await capture(() => evalRun(['ner']));
    assert.notEqual(missing.code, 0);
    assert.match(missing.err, /E001/);
  });

  it('eval ner reads numbered gold files by itself; --format conll on one gets a hint instead of silent zeros', async () => {
    const file = join(dir, 'numbered-gold.tsv');
    writeFileSync(file, '# sent_id = 1\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\treiste\tO\tO\n\n1\tBerlin\tB-LOC\tO\n');
    const auto = await capture(() => evalRun(['ner', '--gold', file, '--json']));
    assert.equal(auto.code, 0, auto.err);
    assert.equal(auto.err, '');
    const j = JSON.parse(auto.out) as { format: string; overall: { tp: number; fn: number } };
    assert.equal(j.format, 'germeval');
    assert.equal(j.overall.tp + j.overall.fn, 2);
    const forced = await capture(() => evalRun(['ner', '--gold', file, '--format', 'conll']));
    assert.equal(forced.code, 0);
    assert.match(forced.err, /--format germeval/);
  });
});
