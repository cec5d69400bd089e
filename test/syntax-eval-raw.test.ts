import { strict as assert } from 'node:assert';
import { alignWords, evaluateRawParse, goldFromConllu, readConllu, type SpanWord } from '../src/syntax/index.js';

// "Zum Glück kam er." : gold has the multi-word token "Zum" = zu + dem
const GOLD = `# text = Zum Glück kam er.
1-2\tZum\t_\t_\t_\t_\t_\t_\t_\t_
1\tZu\tzu\tADP\t_\t_\t3\tcase\t_\t_
2\tdem\tder\tDET\t_\t_\t3\tdet\t_\t_
3\tGlück\tGlück\tNOUN\t_\t_\t4\tobl\t_\t_
4\tkam\tkommen\tVERB\t_\t_\t0\troot\t_\t_
5\ter\ter\tPRON\t_\t_\t4\tnsubj\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_

# newpar
# text = Gut.
1\tGut\tgut\tADJ\t_\t_\t0\troot\t_\tSpaceAfter=No
2\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

`;

const w = (form: string, start: number, token: number, head: number, deprel: string, upos = 'X', sentence = 0): SpanWord =>
  ({ form, upos, lemma: form.toLowerCase(), head, deprel, start, end: start + form.length, token, sentence });

describe('syntax: evaluation from raw text (CoNLL 2018 style)', () => {
  const gold = goldFromConllu(readConllu(GOLD));

  it('rebuilds the raw text and gives every word its token span (a multi-word token shares one span)', () => {
    assert.equal(gold.text, 'Zum Glück kam er.\n\nGut.');
    const spans = gold.words.map((x) => gold.text.slice(x.start, x.end));
    assert.deepEqual(spans, ['Zum', 'Zum', 'Glück', 'kam', 'er', '.', 'Gut', '.']);
    assert.deepEqual(gold.words.map((x) => x.head), [2, 2, 3, -1, 3, 3, -1, 6]);
    assert.deepEqual(gold.words.map((x) => x.token), [0, 0, 1, 2, 3, 4, 5, 6]);
  });

  it('a perfect system scores 100 everywhere', () => {
    const s = evaluateRawParse(gold.words, gold.words.map((x) => ({ ...x })));
    for (const k of ['tokens', 'sentences', 'words', 'upos', 'uas', 'las'] as const) assert.equal(s[k].f1, 100, k);
  });

  it('aligns the parts of a multi-word token by their forms, and a system that did not split it loses a word', () => {
    // system keeps "Zum" as one word, attached to "Glück"
    const sys = [w('Zum', 0, 0, 1, 'case', 'ADP'), w('Glück', 4, 1, 2, 'obl', 'NOUN'), w('kam', 10, 2, -1, 'root', 'VERB'), w('er', 14, 3, 2, 'nsubj', 'PRON'), w('.', 16, 4, 2, 'punct', 'PUNCT'),
      w('Gut', 19, 5, -1, 'root', 'ADJ', 1), w('.', 22, 6, 5, 'punct', 'PUNCT', 1)];
    const map = alignWords(gold.words, sys);
    assert.equal(map[0], -1, '"Zu" has no counterpart ("zum" != "zu")');
    assert.equal(map[1], -1);
    assert.equal(map[2], 1);
    const s = evaluateRawParse(gold.words, sys);
    assert.equal(s.tokens.f1, 100, 'the surface tokens are the same');
    assert.equal(s.words.correct, 6);
    assert.equal(s.words.gold, 8);
    assert.equal(s.words.system, 7);
    assert.equal(s.sentences.f1, 100);
  });

  it('a head counts only when it points at the aligned word, and LAS compares universal relations', () => {
    const sys = gold.words.map((x) => ({ ...x }));
    sys[4] = { ...sys[4]!, deprel: 'nsubj:pass' }; // subtype differs: still right for LAS (universal part)
    sys[5] = { ...sys[5]!, head: 4 }; // "." attached to "er" instead of "kam"
    const s = evaluateRawParse(gold.words, sys);
    assert.equal(s.uas.correct, 7);
    assert.equal(s.las.correct, 7);
  });

  it('a missed sentence boundary costs sentences, not words', () => {
    const sys = gold.words.map((x) => ({ ...x, sentence: 0 }));
    const s = evaluateRawParse(gold.words, sys);
    assert.equal(s.sentences.correct, 0);
    assert.equal(s.sentences.system, 1);
    assert.equal(s.words.f1, 100);
  });

  it('tokens split differently do not align', () => {
    // system splits "Glück" into "Gl" + "ück"
    const sys = gold.words.map((x) => ({ ...x }));
    const split = [{ ...sys[2]!, form: 'Gl', end: 6 }, { ...sys[2]!, form: 'ück', start: 6, token: 99 }];
    sys.splice(2, 1, ...split);
    const s = evaluateRawParse(gold.words, sys);
    assert.equal(s.tokens.correct, 6);
    assert.equal(s.words.correct, 7);
  });
});
