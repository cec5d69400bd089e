import assert from 'node:assert/strict';
import { marginals, pathMarginals, viterbi } from '../src/ner/decode.js';
import { LABELS } from '../src/ner/labels.js';

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
