/** Every text in corpus/: spans exact, and the expected entities and events found (scored in docs/evaluation.md). */
import assert from 'node:assert/strict';
import { extract } from '../src/index.js';
import { checkSpans } from '../src/schema/validate.js';
import { allTexts, readExpected, readSample, sampleNames } from './helpers/corpus.js';
import { scoreDocument } from '../scripts/lib/corpus-score.js';

describe('every text in corpus/ (samples and held-out)', () => {
  for (const { name, text } of allTexts()) {
    it(`${name}: every span equals its slice of the text (UTF-16 and code points), sentences trimmed`, () => {
      assert.deepEqual(checkSpans(extract(text), text), []);
      assert.deepEqual(checkSpans(extract(text, { offsets: 'codepoint' }), text), []);
      for (const s of extract(text).sentences) assert.ok(s.start < s.end && text.slice(s.start, s.end).trim() === text.slice(s.start, s.end));
    });
  }
});

describe('corpus/samples against corpus/expected', () => {
  const names = sampleNames();
  const totals = { tp: 0, fp: 0, fn: 0 };

  after(() => {
    // Over the whole corpus (docs/evaluation.md has the table): F1 at least 0.85.
    const p = totals.tp / (totals.tp + totals.fp);
    const r = totals.tp / (totals.tp + totals.fn);
    const f1 = (2 * p * r) / (p + r);
    assert.ok(f1 >= 0.85, `corpus entity F1 ${f1.toFixed(3)} (P ${p.toFixed(3)}, R ${r.toFixed(3)})`);
  });

  it('has the reference article and at least three texts per language', () => {
    assert.ok(names.includes('nato-suedkorea'));
    assert.ok(names.filter((n) => n.startsWith('de-')).length >= 3);
    assert.ok(names.filter((n) => n.startsWith('en-')).length >= 3);
  });

  for (const name of names) {
    describe(name, () => {
      const text = readSample(name);
      const expected = readExpected(name);
      const doc = extract(text);

      if (!expected) return;
      it(`is detected as ${expected.language}`, () => assert.equal(doc.language.code, expected.language));

      it('finds at least 70 % of the expected entities, with at most 30 % spurious ones', () => {
        const s = scoreDocument(doc, expected);
        totals.tp += s.entities.tp;
        totals.fp += s.entities.fp;
        totals.fn += s.entities.fn;
        assert.ok(s.entities.recall >= 0.7, `recall ${s.entities.recall.toFixed(2)}; missed: ${s.entities.missed.join(', ')}`);
        assert.ok(s.entities.precision >= 0.7, `precision ${s.entities.precision.toFixed(2)}; spurious: ${s.entities.spurious.join(', ')}`);
      });

      it('finds the first expected event with its participants', () => {
        const s = scoreDocument(doc, expected);
        const first = s.events[0];
        assert.ok(first, 'no expected event');
        assert.ok(first.found, `missing event ${expected.events[0]!.cameo}: ${first.problems.join('; ')}`);
      });
    });
  }
});
