import assert from 'node:assert/strict';
import { createPipeline } from '../src/index.js';
import { readSample } from './helpers/corpus.js';

describe('option compromise', () => {
  it('must be a boolean (E001)', () => {
    assert.throws(() => createPipeline({ compromise: 'no' as never }), /E001/);
  });

  it('is off by default: compromise\'s tagger runs only with compromise: true', () => {
    const text = readSample('en-defence-pact');
    assert.deepEqual(createPipeline({ language: 'en' }).extract(text), createPipeline({ language: 'en', compromise: false }).extract(text));
    const other = 'Seagal made headlines when he praised Russia. Hitchcock directed the film for Paramount.';
    assert.notDeepEqual(createPipeline({ language: 'en', compromise: true }).extract(other), createPipeline({ language: 'en' }).extract(other));
  });

  it('false: English names from gazetteers, rules and the English tagger alone', () => {
    const text = readSample('en-defence-pact');
    const withIt = createPipeline({ language: 'en' }).extract(text);
    const without = createPipeline({ language: 'en', compromise: false }).extract(text);
    assert.ok(without.entities.length > 0);
    assert.ok(without.entities.some((e) => e.type === 'PER'));
    assert.equal(without.language.code, withIt.language.code);
  });

  it('false: the capitalised-run rules still run, with tags from compromise\'s word list', () => {
    const pipeline = createPipeline({ language: 'en', compromise: false });
    const persons = (text: string) => pipeline.extract(text).entities.filter((e) => e.type === 'PER').map((e) => e.name);
    // Context cues: a speech verb before or after, a relative "who" (surnames no list or model knows).
    assert.deepEqual(persons('"The arrests are a continuation of the shenanigans against us," said Dündarova.'), ['Dündarova']);
    assert.deepEqual(persons('Gomeryx, who led the commission of inquiry, said such bodies are essential.'), ['Gomeryx']);
    // compromise's word list: "Hitchcock" is a surname there.
    assert.ok(persons('The film was a tribute to Hitchcock and his style.').includes('Hitchcock'));
  });

  it('does not change German documents', () => {
    const text = readSample('de-eu-gipfel');
    assert.deepEqual(createPipeline({ compromise: false }).extract(text), createPipeline().extract(text));
  });

  it('false: a long English text gets no W006 (compromise reads nothing)', () => {
    const text = 'Joe Biden met Rishi Sunak in London on Monday. '.repeat(22_000);
    const doc = createPipeline({ language: 'en', compromise: false }).extract(text);
    assert.ok(!doc.diagnostics.some((d) => d.code === 'W006'));
  });
});

describe('option eventParse', () => {
  it('must be a boolean (E001)', () => {
    assert.throws(() => createPipeline({ eventParse: 1 as never }), /E001/);
  });

  it('false: events by word order and cue words, no parse', () => {
    const text = readSample('de-aussenminister-treffen');
    const doc = createPipeline({ eventParse: false }).extract(text);
    assert.ok(doc.events.length > 0);
    assert.ok(!doc.diagnostics.some((d) => d.code === 'W009'));
  });

  it('false with syntax: true: the syntax stage\'s parse is still read (the same events)', () => {
    const text = readSample('de-eu-gipfel');
    const a = createPipeline({ syntax: true }).extract(text);
    const b = createPipeline({ syntax: true, eventParse: false }).extract(text);
    assert.deepEqual(b.events, a.events);
  });
});
