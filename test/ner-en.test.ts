import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { loadGermanNer, type NerTagger } from '../src/ner/tagger.js';
import { spansOf } from '../src/ner/eval.js';
import { LABELS } from '../src/ner/labels.js';
import { tokenizeRange } from '../src/segment/tokenize.js';
import { profileFor } from '../src/lang/index.js';
import { resourceDir } from '../src/resources/locate.js';

const MODEL_DIR = resourceDir('en');

/** Entities of `text` as "TYPE surface" strings, tokenised as the pipeline does for English. */
function entities(tagger: NerTagger, text: string): string[] {
  const tokens = tokenizeRange(text, 0, text.length, profileFor('en').segment);
  const tags = tagger.tag(tokens.map((t) => text.slice(t.start, t.end)));
  return spansOf(tags).map((s) => `${s.type} ${text.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end)}`);
}

describe('English NER model (models/en)', () => {
  let tagger: NerTagger;
  before(() => { tagger = loadGermanNer(MODEL_DIR); });

  it('ships a manifest whose checksum, size and label set match the model file', () => {
    const manifest = JSON.parse(readFileSync(resolve(MODEL_DIR, 'manifest.json'), 'utf8')) as { file: string; sha256: string; bytes: number; labels: string[]; language: string };
    const bytes = readFileSync(resolve(MODEL_DIR, manifest.file));
    assert.equal(manifest.language, 'en');
    assert.equal(createHash('sha256').update(bytes).digest('hex'), manifest.sha256);
    assert.equal(bytes.length, manifest.bytes);
    assert.ok(bytes.length <= 15e6, `model is ${bytes.length} bytes`);
    assert.deepEqual(manifest.labels, [...LABELS]);
  });

  it('finds unseen person names after "said" and before an apposition', () => {
    const found = entities(tagger, 'The proposal was rejected on Tuesday, said Marta Kowalczyk, a spokeswoman for the ministry.');
    assert.deepEqual(found, ['PER Marta Kowalczyk']);
  });

  it('keeps titles outside person spans and tags the city after "in"', () => {
    const found = entities(tagger, 'Prime Minister Tobias Wrenfield met President Alana Okonkwo in Nairobi on Monday.');
    assert.deepEqual(found, ['PER Tobias Wrenfield', 'PER Alana Okonkwo', 'LOC Nairobi']);
    assert.deepEqual(entities(tagger, 'Senator Eliza Brandtmoor told reporters in Chicago that the bill would pass.'), ['PER Eliza Brandtmoor', 'LOC Chicago']);
  });

  it('tags cities and organisations', () => {
    assert.deepEqual(entities(tagger, 'Officials in Rotterdam said the company would open a new office in Manchester next year.'), ['LOC Rotterdam', 'LOC Manchester']);
    assert.deepEqual(entities(tagger, 'The United Nations and NATO condemned the attack, according to a statement from the European Union.'), ['ORG United Nations', 'ORG NATO', 'ORG European Union']);
    assert.deepEqual(entities(tagger, 'Dr. Ramona Feltzer, who works at Stanford University, said the results were surprising.'), ['PER Ramona Feltzer', 'ORG Stanford University']);
  });

  it('handles possessives kept on their word by the run-time tokeniser', () => {
    assert.deepEqual(entities(tagger, "Police said Daniel Okafor's car was found near Leeds on Sunday."), ["PER Daniel Okafor's", 'LOC Leeds']);
  });

  it('leaves sentences of common words without entities', () => {
    assert.deepEqual(entities(tagger, 'He said the weather was good and the children played in the garden after school.'), []);
    assert.deepEqual(entities(tagger, 'Prices rose sharply last month, and analysts expect further increases.'), []);
  });
});
