import assert from 'node:assert/strict';
import { english, german, otherLanguage, profileFor, profileOf } from '../src/lang/index.js';
import { SuffixIndex } from '../src/lang/suffix-index.js';
import { extract } from '../src/index.js';

describe('lang: the language seam', () => {
  it('profileFor: German and English have their own profile, every other code the generic one', () => {
    assert.equal(profileFor('de'), german);
    assert.equal(profileFor('en'), english);
    for (const code of ['fr', 'nl', 'und', 'none', '']) assert.equal(profileFor(code), otherLanguage);
    assert.equal(profileOf({}), otherLanguage);
  });

  it('the generic profile runs no rules, values or events; German and English do', () => {
    assert.equal(otherLanguage.pipeline, 'none');
    assert.equal(otherLanguage.entityRules, undefined);
    assert.equal(otherLanguage.events, undefined);
    assert.equal(otherLanguage.values, undefined);
    for (const p of [german, english]) {
      assert.ok(p.entityRules && p.events && p.values, p.pipeline);
      assert.ok(p.entityFinders.rules);
    }
  });

  it('behaviour flags are named after the behaviour and differ where the languages differ', () => {
    assert.equal(german.events!.capitalisesNouns, true);
    assert.equal(english.events!.capitalisesNouns, false);
    assert.equal(german.events!.verbSecond, true);
    assert.equal(german.segment.dottedOrdinals, true);
    assert.equal(english.segment.dottedOrdinals, false);
  });

  it('the document carries the profile the language stage chose, once', () => {
    // extract() does not expose the working doc; the pipeline label tells which profile ran
    assert.equal(extract('Die Bundesregierung hat am Montag in Berlin einen neuen Plan für die Energiewende vorgestellt.').language.pipeline, 'de');
    assert.equal(extract('The government presented a new energy plan in London on Monday, officials said.').language.pipeline, 'en');
  });
});

describe('lang: SuffixIndex', () => {
  const index = new SuffixIndex<string>();
  for (const w of ['gericht', 'ministerium', 'umsatz', 'amt']) index.add(w, w.toUpperCase());

  it('finds the known word a compound ends in, with at least minPrefix letters before it', () => {
    assert.deepEqual(index.find('oberlandesgericht', 3), { form: 'gericht', value: 'GERICHT' });
    assert.equal(index.find('rekordumsatz', 3)?.value, 'UMSATZ');
    assert.equal(index.find('gericht', 3), undefined); // the word alone has no prefix
    assert.equal(index.find('gericht', 0)?.value, 'GERICHT');
    assert.equal(index.find('xgericht', 3), undefined); // one letter before: too short a prefix
    assert.equal(index.find('gerichte', 0), undefined); // ends differently
  });

  it('matches() yields every hit in the order added', () => {
    const i = new SuffixIndex<number>();
    i.add('samt', 1);
    i.add('amt', 2);
    i.add('zamt', 3);
    assert.deepEqual([...i.matches('gesamt', 0)].map((h) => h.value), [1, 2]);
  });
});
