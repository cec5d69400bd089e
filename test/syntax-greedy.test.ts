import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSyntaxModel, readConllu } from '../src/syntax/index.js';
import { wordHashes } from '../src/syntax/features.js';
import { tagWords } from '../src/syntax/tagger.js';
import { parse } from '../src/syntax/parser.js';
import { fastParsable, parseFast } from '../src/syntax/greedy.js';
import { sharedData } from '../scripts/lib/shared-data.js';

/** parseFast (greedy.ts) must make the same trees as parse (parser.ts), the decoder the models were trained with. */
describe('syntax: the run-time greedy decoder', () => {
  const sets = [
    { lang: 'de' as const, file: join(sharedData('ud-german'), 'ud-german', 'de_gsd-ud-test.conllu') },
    { lang: 'en' as const, file: join(sharedData('ud-english-ewt'), 'ud-english-ewt', 'en_ewt-ud-dev.conllu') },
  ];
  for (const { lang, file } of sets) {
    it(`gives parse()'s heads and labels on ${lang} sentences`, () => {
      const m = loadSyntaxModel(lang);
      const { parse: table, label } = m.model.tables;
      assert.ok(fastParsable(table, label, m.model.parser), 'the shipped model takes the fast path');
      // the loaded transition table is packed; a dense copy of it must give the same trees
      const packed = table.packed!;
      assert.ok(packed && packed.rows.length < packed.length, 'the transition table keeps its non-zero rows only');
      const denseWeights = new Int16Array(packed.length);
      for (let b = 0; b < packed.buckets; b++) { const r = packed.rowOffset(b); if (r >= 0) denseWeights.set(packed.rows.subarray(r, r + 3), b * 3); }
      const dense = { bucketsLog2: table.bucketsLog2, labels: table.labels, weights: denseWeights, scale: table.scale };
      const sentences = readConllu(readFileSync(file, 'utf8')).slice(0, 400);
      let words = 0;
      for (const s of sentences) {
        const forms = s.words.map((w) => w.form);
        const h = wordHashes(forms, m.model.clusters, m.model.clusterSpec);
        const t = tagWords(m.tagger, forms, h, m.scratch, false);
        const x = { n: forms.length, word: h.lower, upos: t.upos, morph: t.morph, cluster: h.cluster, ...(h.nCoarse ? { coarse: h.coarse } : {}) };
        const a = parse(table, label, m.model.parser, x, m.scratch);
        const b = parseFast(table, label, m.model.parser, x, m.scratch);
        assert.deepEqual([...b.head], [...a.head], s.words.map((w) => w.form).join(' '));
        assert.deepEqual([...b.label], [...a.label]);
        if (words < 3000) assert.deepEqual([...parseFast(dense, label, m.model.parser, x, m.scratch).head], [...b.head], 'dense and packed rows');
        words += forms.length;
      }
      assert.ok(words > 5000);
    });
  }
});
