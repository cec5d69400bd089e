/** The ereignis command run as a process (from source through tsx, as `npx ereignis` runs dist/). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/corpus.js';
import { validateDocument, validateErrorRecord } from '../src/schema/index.js';
import { comment, evaluateParse, loadSyntaxModel, parseSentence, readConllu, restrictFeats, writeConllu } from '../src/syntax/index.js';

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
    for (const w of ['extract', 'tag', 'parse', 'eval', 'Exit codes']) assert.match(r.stdout, new RegExp(w));
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

  it('extract --all-factualities keeps a negated event that the default leaves out', () => {
    const text = 'Russland griff die Ukraine nicht an.';
    const plain = run(['extract'], text);
    assert.equal(plain.status, 0, plain.stderr);
    assert.deepEqual(JSON.parse(plain.stdout).events, []);
    const all = run(['extract', '--all-factualities'], text);
    assert.equal(all.status, 0, all.stderr);
    const events = JSON.parse(all.stdout).events as { factuality: string }[];
    assert.equal(events.length, 1);
    assert.equal(events[0]!.factuality, 'negated');
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

  it('several files: JSONL, error records in place of unreadable, binary and repeated inputs, exit 1', () => {
    const r = run(['extract', good, binary, join(dir, 'missing.txt'), good]);
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 4);
    assert.ok(validateDocument(lines[0]).valid);
    assert.equal(lines[1].error.code, 'E101');
    assert.equal(lines[2].error.code, 'E104');
    assert.ok(validateErrorRecord(lines[1]).valid && validateErrorRecord(lines[2]).valid);
    // The same file twice is the same id twice: the second is reported (E108), not processed again.
    assert.equal(lines[3].error.code, 'E108');
    assert.equal(lines[3].source, good);
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

  it('extract --tokens: every token with its analysis; without it no tokens', () => {
    const r = run(['extract', '--tokens', good]);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.ok(validateDocument(doc).valid);
    assert.ok(doc.tokens.length > 10 && doc.tokens.every((t: { upos?: string; head?: number }) => t.upos && t.head !== undefined));
    assert.equal(doc.tokens.filter((t: { head: number }) => t.head === -1).length, 1);
  });

  it('parse: raw text in, CoNLL-U out (sent_id, text, contractions as ranges) that the reader round-trips', () => {
    const text = 'Die Regierung legte am Montag Widerspruch ein. Zum Glück kam er „ins“ Haus.';
    const r = run(['parse'], text);
    assert.equal(r.status, 0, r.stderr);
    const sents = readConllu(r.stdout);
    assert.equal(writeConllu(sents), r.stdout);
    assert.equal(sents.length, 2);
    assert.deepEqual(sents.map((s) => comment(s, 'sent_id')), ['1', '2']);
    assert.equal(comment(sents[0]!, 'text'), 'Die Regierung legte am Montag Widerspruch ein.');
    assert.deepEqual(sents[1]!.multiwords.map((m) => [m.first, m.last, m.form]), [[1, 2, 'Zum'], [7, 8, 'ins']]);
    assert.deepEqual(sents[1]!.words.slice(0, 2).map((w) => w.form), ['Zu', 'dem']);
    for (const s of sents) {
      assert.equal(s.words.filter((w) => w.head === 0).length, 1);
      // the surface text comes back from the tokens and SpaceAfter=No
      let surface = '';
      for (let i = 0; i < s.words.length; ) {
        const m = s.multiwords.find((x) => x.first === s.words[i]!.id);
        const form = m ? m.form : s.words[i]!.form;
        const misc = m ? m.misc : s.words[i]!.misc;
        i += m ? m.last - m.first + 1 : 1;
        surface += form + (misc.includes('SpaceAfter=No') || i >= s.words.length ? '' : ' ');
      }
      assert.equal(surface, comment(s, 'text'));
    }
  });

  const GOLD = `# sent_id = g1
# text = Die Reform wurde von der Partei kritisiert.
1	Die	der	DET	ART	Case=Nom|Gender=Fem|Number=Sing|PronType=Art	2	det	_	_
2	Reform	Reform	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	7	nsubj:pass	_	_
3	wurde	werden	AUX	VAFIN	Number=Sing|Person=3|VerbForm=Fin	7	aux:pass	_	_
4	von	von	ADP	APPR	_	6	case	_	_
5	der	der	DET	ART	Case=Dat|Gender=Fem|Number=Sing	6	det	_	_
6	Partei	Partei	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	7	obl:agent	_	_
7	kritisiert	kritisieren	VERB	VVPP	VerbForm=Part	0	root	_	SpaceAfter=No
8	.	.	PUNCT	$.	_	7	punct	_	_

# sent_id = g2
# text = Er kam im Mai.
1	Er	er	PRON	PPER	Case=Nom|Gender=Masc|Number=Sing|Person=3	2	nsubj	_	_
2	kam	kommen	VERB	VVFIN	Number=Sing|Person=3|VerbForm=Fin	0	root	_	_
3-4	im	_	_	_	_	_	_	_	_
3	in	in	ADP	APPR	_	5	case	_	_
4	dem	der	DET	ART	Case=Dat|Gender=Masc|Number=Sing	5	det	_	_
5	Mai	Mai	PROPN	NN	Case=Dat|Gender=Masc|Number=Sing	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	$.	_	2	punct	_	_

`;

  it('parse --tokenized: the words as given, re-annotated', () => {
    const file = join(dir, 'gold.conllu');
    writeFileSync(file, GOLD);
    const r = run(['parse', '--tokenized', '--lang', 'de', file]);
    assert.equal(r.status, 0, r.stderr);
    const [gold, out] = [readConllu(GOLD), readConllu(r.stdout)];
    assert.deepEqual(out.map((s) => s.words.map((w) => w.form)), gold.map((s) => s.words.map((w) => w.form)));
    assert.deepEqual(out.map((s) => s.multiwords), gold.map((s) => s.multiwords));
    assert.deepEqual(out.map((s) => s.comments), gold.map((s) => s.comments));
    assert.deepEqual(out[1]!.words.map((w) => w.misc), gold[1]!.words.map((w) => w.misc));
    assert.ok(out.every((s) => s.words.filter((w) => w.head === 0).length === 1));
  });

  it('eval parse --gold --json: the numbers evaluateParse gives', () => {
    const file = join(dir, 'gold.conllu');
    writeFileSync(file, GOLD);
    const r = run(['eval', 'parse', '--gold', file, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const got = JSON.parse(r.stdout);
    const model = loadSyntaxModel('de');
    const gold = readConllu(GOLD);
    const keys = model.model.morphKeys;
    const expected = evaluateParse(
      gold.map((s) => s.words.map((w) => ({ upos: w.upos, lemma: w.lemma, feats: restrictFeats(w.feats, keys), head: w.head, deprel: w.deprel }))),
      gold.map((s) => parseSentence(model, s.words.map((w) => w.form))),
    );
    assert.equal(got.lang, 'de');
    assert.equal(got.sentences, 2);
    for (const k of ['words', 'upos', 'lemma', 'feats', 'uas', 'las', 'lasUniversal', 'relations'] as const) assert.deepEqual(got[k], expected[k], k);
    const text = run(['eval', 'parse', '--gold', file]);
    assert.match(text.stdout, new RegExp(`UPOS ${expected.upos}\\b.*LAS ${expected.las}\\b`));
    assert.match(text.stdout, /obl:agent/);
  });

  it('eval parse --raw: segments and tokenises the gold text itself; our tokens of this text are the gold tokens', () => {
    const file = join(dir, 'gold.conllu');
    writeFileSync(file, GOLD);
    const r = run(['eval', 'parse', '--gold', file, '--raw', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const got = JSON.parse(r.stdout);
    assert.equal(got.from, 'raw text');
    const words = readConllu(GOLD).reduce((n, s) => n + s.words.length, 0);
    assert.equal(got.words.gold, words);
    assert.equal(got.tokens.f1, 100, JSON.stringify(got.tokens));
    assert.equal(got.sentences.f1, 100, JSON.stringify(got.sentences));
    assert.ok(got.las.f1 <= got.uas.f1 && got.uas.f1 <= 100);
  });

  it('parse: a language without a syntax model is a usage error (2); a missing model exits 3', () => {
    const fr = run(['parse', '--lang', 'fr'], 'Le président a rencontré le chancelier.');
    assert.equal(fr.status, 2);
    assert.match(fr.stderr, /E005/);
    const missing = run(['parse', '--model-dir', join(dir, 'no-models')], 'Die Regierung tagte.');
    assert.equal(missing.status, 3);
    assert.match(missing.stderr, /E002/);
  });
});
