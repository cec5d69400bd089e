/** What the shipped model files are made of (issue 15): no GPL data in any default model, and the licence fields agree. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGermanNer } from '../src/ner/index.js';
import { COMMON_NOUN_CLASS } from '../src/ner/features.js';
import { isDictionaryNoun } from '../src/entities/trailing-nouns.js';

const REPO = join(import.meta.dirname, '..');
const json = (p: string) => JSON.parse(readFileSync(join(REPO, p), 'utf8')) as Record<string, unknown>;

describe('licences of the shipped models', () => {
  it('the German NER model contains no GPL data: its word list is the word lexicon, not a hunspell dictionary', () => {
    const manifest = json('models/de/manifest.json') as { licence: string; resources: Array<{ source: string; licence: string }> };
    assert.doesNotMatch(manifest.licence, /GPL-[23]|GPLv/);
    for (const r of manifest.resources) assert.doesNotMatch(r.licence, /GPL/, r.source);
    assert.match(manifest.licence, /^CC BY-SA 4.0/);
    const { lexicon } = loadGermanNer().model;
    assert.ok(lexicon.dict.size > 50_000, 'a word list of real size');
    for (const c of lexicon.dictClasses) assert.match(c, /^(NOUN|PROPN|ADJ|VERB|ADV|OTHER)=[960](\+[A-Z]+)?\/f\d$/, c);
  });

  it('the word lexicon still tells common nouns from names, for the tagger and the entity rules', () => {
    const lexicon = loadGermanNer().model.lexicon;
    for (const w of ['Bereich', 'Regierung', 'Zusammenarbeit', 'Gast']) assert.ok(isDictionaryNoun(w, lexicon), w);
    for (const w of ['Merkel', 'Berlin', 'Scholz', 'Stoltenberg']) assert.ok(!isDictionaryNoun(w, lexicon), w);
    assert.ok(isDictionaryNoun('Kernreaktoren', lexicon, true), 'by the compound head');
    assert.ok(COMMON_NOUN_CLASS.test('NOUN=9/f3'));
  });

  it('package.json names no GPL licence, and every model manifest has a licence', () => {
    const pkg = json('package.json') as { license: string };
    assert.doesNotMatch(pkg.license, /GPL/);
    for (const f of ['models/de/manifest.json', 'models/en/manifest.json', 'models/de/syntax-manifest.json', 'models/en/syntax-manifest.json', 'models/de/word-lexicon-manifest.json']) {
      const m = json(f) as { licence?: string; license?: string };
      assert.ok(typeof (m.licence ?? m.license) === 'string', f);
    }
  });
});
