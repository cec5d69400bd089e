import assert from 'node:assert/strict';
import { marginals, pathMarginals, viterbi } from '../src/ner/decode.js';
import { LABELS } from '../src/ner/labels.js';
import { labelBiases } from '../src/ner/tagger.js';

describe('NER decoding: pathMarginals', () => {
  it('gives marginals() at the path, the same doubles, on random lattices', () => {
    const L = LABELS.length;
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed / 0x7fffffff);
    for (let it = 0; it < 2000; it++) {
      const n = 1 + Math.floor(rnd() * 40);
      const scores = new Float32Array(n * L).map(() => (rnd() - 0.5) * (rnd() < 0.1 ? 400 : 20));
      const trans = new Float32Array((L + 1) * L).map(() => (rnd() - 0.5) * 10);
      const path = viterbi(scores, n, trans);
      const all = marginals(scores, n, trans);
      const mine = pathMarginals(scores, n, trans, path);
      for (let t = 0; t < n; t++) assert.ok(Object.is(mine[t], all[t * L + path[t]!]), `lattice ${it}, token ${t}`);
    }
  });
});

describe('NER decoding: label biases from the model header', () => {
  const at = (label: string) => LABELS.indexOf(label as (typeof LABELS)[number]);
  it('takes oBias off O and adds typeBias to the B- and I- scores of its type only', () => {
    const bias = labelBiases({ oBias: 16, typeBias: { MISC: 8, PER: -4 } })!;
    assert.equal(bias[at('O')], -16);
    assert.equal(bias[at('B-MISC')], 8);
    assert.equal(bias[at('I-MISC')], 8);
    assert.equal(bias[at('B-PER')], -4);
    assert.equal(bias[at('I-PER')], -4);
    assert.equal(bias[at('B-LOC')], 0);
    assert.equal(bias[at('I-ORG')], 0);
  });
  it('gives none for a header without biases, and E003 for a type the labels do not have', () => {
    assert.equal(labelBiases({}), undefined);
    assert.equal(labelBiases({ oBias: 0, typeBias: {} }), undefined);
    assert.throws(() => labelBiases({ typeBias: { OTH: 4 } }), (e: Error & { code?: string }) => e.code === 'E003' && /OTH/.test(e.message));
    assert.throws(() => labelBiases({ typeBias: { PER: '4' } }), (e: Error & { code?: string }) => e.code === 'E003');
  });
});
