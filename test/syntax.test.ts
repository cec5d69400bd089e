import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu, writeConllu, comment } from '../src/syntax/conllu.js';
import { sharedData } from '../scripts/lib/shared-data.js';

const DATA = sharedData('ud-german');

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

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync as writeFile } from 'node:fs';
import { tmpdir } from 'node:os';
import { EreignisError } from '../src/errors.js';
import {
  loadSyntaxModel, parseSentence, evaluateParse, fromModel, serializeSyntaxModel, deserializeSyntaxModel,
  particleVerbLemmas, splitGermanContractions, type LoadedSyntaxModel, type ParsedWord,
} from '../src/syntax/index.js';
import { editScript, applyScript } from '../src/syntax/lemma.js';
import { trainSyntax } from '../src/syntax/train/train.js';
import { resourceDir } from '../src/resources/locate.js';

describe('syntax: lemma edit scripts and helpers', () => {
  it('turns forms into lemmas with prefix, suffix and case edits', () => {
    for (const [form, lemma] of [['gemacht', 'machen'], ['Häuser', 'Haus'], ['Der', 'der'], ['running', 'run'], ['NATO', 'NATO'], ['went', 'go']] as const) {
      assert.equal(applyScript(form, editScript(form, lemma)), lemma);
    }
    assert.equal(applyScript('gesagt', editScript('gemacht', 'machen')), 'sagen');
  });

  it('splits German contractions', () => {
    assert.deepEqual(splitGermanContractions(['Am', 'Montag', 'im', 'Haus']).words, ['An', 'dem', 'Montag', 'in', 'dem', 'Haus']);
    assert.deepEqual(splitGermanContractions(['zur', 'Post']).source, [0, 0, 1]);
  });

  it('joins separated particles to the verb lemma', () => {
    const t = [
      { lemma: 'sie', upos: 'PRON', head: 2, deprel: 'nsubj' }, { lemma: 'legen', upos: 'VERB', head: 0, deprel: 'root' },
      { lemma: 'Widerspruch', upos: 'NOUN', head: 2, deprel: 'obj' }, { lemma: 'ein', upos: 'ADP', head: 2, deprel: 'compound:prt' },
    ];
    assert.deepEqual(particleVerbLemmas(t), ['sie', 'einlegen', 'Widerspruch', 'ein']);
  });
});

describe('syntax: a small training run', () => {
  it('learns from 300 GSD sentences: UPOS and UAS far above trivial baselines on 100 others', function () {
    this.timeout(60000);
    const all = readConllu(readFileSync(join(DATA, 'ud-german', 'de_gsd-ud-dev.conllu'), 'utf8'));
    const train = all.slice(0, 300), test = all.slice(700, 800);
    const model = trainSyntax(train, { lang: 'de', tagEpochs: 4, parseEpochs: 4, jackknife: 0, posBucketsLog2: 16, morphBucketsLog2: 14, lemmaBucketsLog2: 12, parseBucketsLog2: 17, labelBucketsLog2: 15 });
    const m = fromModel(deserializeSyntaxModel(serializeSyntaxModel(model)));
    const gold = test.map((s) => s.words.map((w) => ({ upos: w.upos, lemma: w.lemma, head: w.head, deprel: w.deprel })));
    const pred = test.map((s) => parseSentence(m, s.words.map((w) => w.form)));
    const scores = evaluateParse(gold, pred);
    // trivial baselines: every word headed by its left neighbour (first word = root); most frequent UPOS
    const chain = test.map((s) => s.words.map((w, i) => ({ upos: 'NOUN', lemma: w.form, head: i, deprel: 'dep' })));
    const base = evaluateParse(gold, chain);
    assert.ok(scores.uas > base.uas + 25, `UAS ${scores.uas} vs left-neighbour baseline ${base.uas}`);
    assert.ok(scores.upos > base.upos + 50, `UPOS ${scores.upos} vs all-NOUN ${base.upos}`);
    assert.ok(scores.las > 40, `LAS ${scores.las}`);
  });
});

const rel = (p: ParsedWord[], words: string[], dep: string) => words.filter((_, i) => p[i]!.deprel === dep);
const headOf = (p: ParsedWord[], words: string[], w: string) => { const i = words.indexOf(w); return i < 0 || p[i]!.head === 0 ? undefined : words[p[i]!.head - 1]; };

describe('syntax: shipped German model', () => {
  let de: LoadedSyntaxModel;
  before(() => { de = loadSyntaxModel('de'); });
  const parseDe = (s: string) => { const w = splitGermanContractions(s.replace(/([.,!?])/g, ' $1').split(/\s+/).filter(Boolean)).words; return { w, p: parseSentence(de, w) }; };

  it('V2 clause: subject and object of "traf"', () => {
    const { w, p } = parseDe('Olaf Scholz traf am Montag in Berlin den französischen Präsidenten Emmanuel Macron.');
    // UD German: a name's first word heads it (flat)
    assert.equal(p[w.indexOf('Olaf')]!.deprel, 'nsubj');
    assert.equal(headOf(p, w, 'Olaf'), 'traf');
    assert.equal(headOf(p, w, 'Scholz'), 'Olaf');
    assert.equal(p[w.indexOf('Präsidenten')]!.deprel, 'obj');
    assert.equal(headOf(p, w, 'Präsidenten'), 'traf');
    assert.equal(headOf(p, w, 'Emmanuel'), 'Präsidenten');
  });

  it('verb-final clause', () => {
    const { w, p } = parseDe('Er sagte, dass die Regierung den Vertrag unterzeichnet hat.');
    assert.equal(p[w.indexOf('Regierung')]!.deprel, 'nsubj');
    assert.equal(headOf(p, w, 'Regierung'), 'unterzeichnet');
    assert.equal(p[w.indexOf('Vertrag')]!.deprel, 'obj');
    assert.equal(headOf(p, w, 'Vertrag'), 'unterzeichnet');
  });

  it('passive with "von": the agent', () => {
    const { w, p } = parseDe('Die Reform wurde von der Partei kritisiert.');
    assert.equal(p[w.indexOf('Reform')]!.deprel, 'nsubj:pass');
    assert.equal(headOf(p, w, 'Partei'), 'kritisiert');
    assert.ok(['obl:agent', 'obl'].includes(p[w.indexOf('Partei')]!.deprel), p[w.indexOf('Partei')]!.deprel);
  });

  it('separable verb "legte … ein" -> einlegen', () => {
    const { w, p } = parseDe('Die Regierung legte am Montag Widerspruch gegen das Urteil ein.');
    assert.equal(p[w.indexOf('ein')]!.deprel, 'compound:prt');
    const lemmas = particleVerbLemmas(p);
    assert.equal(lemmas[w.indexOf('legte')], 'einlegen');
    assert.equal(p[w.indexOf('Regierung')]!.deprel, 'nsubj');
  });

  it('apposition', () => {
    const { w, p } = parseDe('Der Kanzler, ein Sozialdemokrat, lobte den Vertrag.');
    assert.equal(p[w.indexOf('Sozialdemokrat')]!.deprel, 'appos');
    assert.equal(headOf(p, w, 'Sozialdemokrat'), 'Kanzler');
    assert.equal(p[w.indexOf('Kanzler')]!.deprel, 'nsubj');
    assert.equal(p[w.indexOf('Vertrag')]!.deprel, 'obj');
  });

  it('coordination inside the subject', () => {
    const { w, p } = parseDe('Die Minister aus Frankreich und Polen unterzeichneten den Vertrag.');
    assert.equal(p[w.indexOf('Minister')]!.deprel, 'nsubj');
    assert.equal(p[w.indexOf('Polen')]!.deprel, 'conj');
    assert.equal(headOf(p, w, 'Polen'), 'Frankreich');
    assert.equal(p[w.indexOf('Vertrag')]!.deprel, 'obj');
  });

  // Known error of models 0.1.0 and 0.2.0 (docs/syntax.md): a coordinated proper-noun object after the verb comes out as a
  // second subject, its conjunct attached to the verb. A `--beam 4 --features 1` model passes it but then fails the
  // apposition test above (docs/syntax.md, beam search): still pending.
  it.skip('coordinated proper-noun object after the verb (known failure)', () => {
    const { w, p } = parseDe('Der Kanzler lobte Frankreich und Polen.');
    assert.equal(p[w.indexOf('Frankreich')]!.deprel, 'obj');
    assert.equal(headOf(p, w, 'Polen'), 'Frankreich');
  });
});

describe('syntax: shipped English model', () => {
  let en: LoadedSyntaxModel;
  before(() => { en = loadSyntaxModel('en'); });
  const parseEn = (s: string) => { const w = s.replace(/([.,!?])/g, ' $1').split(/\s+/).filter(Boolean); return { w, p: parseSentence(en, w) }; };

  it('passive with "by": subject and agent', () => {
    const { w, p } = parseEn('The reform was criticized by the party.');
    assert.equal(p[w.indexOf('reform')]!.deprel, 'nsubj:pass');
    assert.equal(p[w.indexOf('party')]!.deprel, 'obl:agent');
    assert.equal(headOf(p, w, 'party'), 'criticized');
  });

  it('relative clause', () => {
    const { w, p } = parseEn('The minister who signed the treaty met the president.');
    assert.equal(p[w.indexOf('signed')]!.deprel, 'acl:relcl');
    assert.equal(headOf(p, w, 'signed'), 'minister');
    assert.equal(p[w.indexOf('minister')]!.deprel, 'nsubj');
    assert.equal(headOf(p, w, 'minister'), 'met');
    assert.equal(p[w.indexOf('president')]!.deprel, 'obj');
    assert.equal(p[w.indexOf('treaty')]!.deprel, 'obj');
    assert.equal(headOf(p, w, 'treaty'), 'signed');
  });
});

describe('syntax: manifest and checksum', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ereignis-syntax-'));
    mkdirSync(join(dir, 'de'));
    cpSync(join(resourceDir('de'), 'syntax-manifest.json'), join(dir, 'de', 'syntax-manifest.json'));
    cpSync(join(resourceDir('de'), 'syntax-de.bin'), join(dir, 'de', 'syntax-de.bin'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('loads an intact copy', () => {
    assert.equal(loadSyntaxModel('de', dir).model.lang, 'de');
  });

  it('rejects a corrupted model file with E003', () => {
    const f = join(dir, 'de', 'syntax-de.bin');
    const bytes = readFileSync(f);
    const mid = bytes.length >> 1;
    bytes[mid] = bytes[mid]! ^ 0xff;
    writeFile(f, bytes);
    assert.throws(() => loadSyntaxModel('de', dir), (e: unknown) => e instanceof EreignisError && e.code === 'E003');
  });

  it('reports a missing model with E002 and an unknown language with E005', () => {
    assert.throws(() => loadSyntaxModel('en', dir), (e: unknown) => e instanceof EreignisError && e.code === 'E002');
    assert.throws(() => loadSyntaxModel('fr' as 'de'), (e: unknown) => e instanceof EreignisError && e.code === 'E005');
  });
});
