import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu, writeConllu, comment } from '../src/syntax/conllu.js';

const DATA = join(import.meta.dirname, '..', '..', 'shared', 'data');

const SAMPLE = `# sent_id = test-s2
# text = Ich war im Haus.
# newpar
1	Ich	ich	PRON	PPER	Case=Nom|Number=Sing|Person=1|PronType=Prs	2	nsubj	_	_
2	war	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin	0	root	_	_
3-4	im	_	_	_	_	_	_	_	_
3	in	in	ADP	APPR	_	5	case	_	_
4	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	5	det	_	_
5	Haus	Haus	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	2	obl	_	SpaceAfter=No
5.1	war	sein	AUX	_	_	_	_	2:conj	_
6	.	.	PUNCT	$.	_	2	punct	_	_

`;

describe('CoNLL-U', () => {
  it('reads words, multi-word tokens and comments, and skips empty nodes', () => {
    const [s] = readConllu(SAMPLE);
    assert.ok(s);
    assert.equal(comment(s, 'sent_id'), 'test-s2');
    assert.equal(comment(s, 'text'), 'Ich war im Haus.');
    assert.deepEqual(s.comments, ['sent_id = test-s2', 'text = Ich war im Haus.', 'newpar']);
    assert.deepEqual(s.words.map((w) => w.form), ['Ich', 'war', 'in', 'dem', 'Haus', '.']);
    assert.deepEqual(s.multiwords, [{ first: 3, last: 4, form: 'im', misc: '_' }]);
    assert.equal(s.words[4]!.head, 2);
    assert.equal(s.words[1]!.head, 0);
  });

  it('round-trips (empty nodes dropped, everything else byte for byte)', () => {
    const out = writeConllu(readConllu(SAMPLE));
    assert.equal(out, SAMPLE.split('\n').filter((l) => !l.startsWith('5.1')).join('\n'));
    assert.equal(writeConllu(readConllu(out)), out);
  });

  it('round-trips the German GSD dev treebank byte for byte', () => {
    const text = readFileSync(join(DATA, 'ud-german', 'de_gsd-ud-dev.conllu'), 'utf8');
    const sents = readConllu(text);
    assert.equal(sents.length, 799);
    assert.equal(writeConllu(sents), text);
  });

  it('names the line of a malformed token line', () => {
    assert.throws(() => readConllu('1\tein\tzwei\n'), /line 1/);
  });
});
