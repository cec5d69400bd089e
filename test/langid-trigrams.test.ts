import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { francAll as reference } from 'franc';
import { francAll } from '../src/lang/detect/trigrams.js';
import { CANDIDATES } from '../src/lang/detect/languages.js';
import { ROOT } from './helpers/corpus.js';

/** Every .txt under corpus/ (samples, held-out, dev events). */
function corpusTexts(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt')) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(join(ROOT, 'corpus'));
  return out;
}

const OTHER_SCRIPTS = [
  'Москва — столица России, крупнейший город страны.',
  'مرحبا بكم في موقعنا الجديد على الإنترنت',
  '北京是中华人民共和国的首都。', 'これは日本語の文章です。', 'Αυτή είναι μια ελληνική πρόταση.',
  'שלום עולם, זה משפט בעברית', 'यह हिंदी का एक वाक्य है।', '12345 67890', '!!! ???', 'a', '', '   ', 'İstanbul İzmir',
  'Ünïcödé 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 text mit Emoji 😀😀', 'x'.repeat(3000), 'Die Regierung tagte. '.repeat(200),
];

describe('langid: the indexed francAll gives franc\'s results exactly', () => {
  it('on corpus windows, lower-case word runs and other scripts, with and without candidate lists', () => {
    const inputs: string[] = [...OTHER_SCRIPTS];
    for (const t of corpusTexts()) {
      for (let i = 0; i < t.length; i += 1500) inputs.push(t.slice(i, i + 2000));
      inputs.push(t.slice(0, 40), t.slice(0, 300), (t.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []).join(' '));
    }
    const leaders = ['deu', 'eng', 'nld', 'dan', 'swe', 'nob', 'afr', 'fra', 'ita', 'spa', 'por', 'cat'];
    let n = 0;
    for (const s of inputs) {
      for (const options of [{ only: [...CANDIDATES], minLength: 1 }, { only: leaders, minLength: 1 }, {}, { only: ['rus', 'ukr'] }]) {
        assert.deepStrictEqual(francAll(s, options), reference(s, options), `${JSON.stringify(options)} on ${JSON.stringify(s.slice(0, 60))}`);
        n++;
      }
    }
    assert.ok(n > 400);
  });
});
