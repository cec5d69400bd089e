import assert from 'node:assert/strict';
import { SOURCES } from '../src/ner/train/sources.js';
import { trainPerceptron } from '../src/ner/train/perceptron.js';
import { trainCrf } from '../src/ner/train/crf.js';
import { emptyLexicon } from '../src/ner/train/lexicon-build.js';
import { NerTagger } from '../src/ner/tagger.js';
import { evaluateSpans } from '../src/ner/eval.js';
import { serializeModel, deserializeModel } from '../src/ner/model.js';
import { PackedWeights } from '../src/resources/packed-weights.js';
import { findSharedData } from '../scripts/lib/shared-data.js';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const DATA = findSharedData('germeval2014');

describe('NER training on a data slice', function () {
  this.timeout(20_000);
  before(function () { if (!DATA) this.skip(); });

  it('learns PER/LOC/ORG from 1,500 GermEval sentences well above chance, deterministically', () => {
    const all = SOURCES.germeval!.load(DATA!);
    const train = all.slice(0, 1500).map((s) => ({ ...s, weight: 1 }));
    const held = all.slice(1800, 2200);
    const model = trainPerceptron(train, emptyLexicon(), { bucketsLog2: 18, epochs: 4, seed: 7 });
    const tagger = new NerTagger(model);
    const r = evaluateSpans(held.map((s) => s.tags), held.map((s) => tagger.tag(s.words)), ['PER', 'LOC', 'ORG']);
    assert.ok(r.overall.f1 > 0.35, `held-out F1 ${r.overall.f1}`);
    const again = trainPerceptron(train, emptyLexicon(), { bucketsLog2: 18, epochs: 4, seed: 7 });
    assert.ok(serializeModel(model).equals(serializeModel(again)), 'same data and seed give the same bytes');
    const bytes = serializeModel(model);
    const loaded = deserializeModel(bytes);
    // a loaded file keeps its int16 weights, the non-zero rows only; writing it again gives the same bytes
    assert.ok(loaded.weights instanceof PackedWeights && typeof loaded.weightScale === 'number');
    assert.ok(loaded.weights.rows.length < loaded.weights.length, 'only the non-zero rows are kept');
    assert.ok(serializeModel(loaded).equals(bytes), 'a loaded model serialises to the bytes it came from');
    const reloaded = new NerTagger(loaded);
    assert.deepEqual(held.slice(0, 50).map((s) => reloaded.tag(s.words)), held.slice(0, 50).map((s) => tagger.tag(s.words)));
    // the uncompressed form (the shipped file's) holds the same model: it loads to the same weights and back
    const plain = serializeModel(loaded, { gzip: false });
    assert.ok(plain[0] !== 0x1f && plain.length > bytes.length, 'not gzip');
    const fromPlain = deserializeModel(plain);
    assert.deepEqual(fromPlain.weights, loaded.weights);
    assert.ok(serializeModel(fromPlain).equals(bytes), 'compressed again, the same bytes as the gzip file');
    assert.ok(serializeModel(fromPlain, { gzip: false }).equals(plain));
    assert.throws(() => deserializeModel(plain.subarray(0, plain.length - 3)), /inconsistent|truncated/);
  });

  it('model files keep Latin-1 keys and the others apart (format 2) and still read format 1 files', () => {
    const keys = ['Köln', 'Łódź', 'Zürich', 'Москва', 'İstanbul', 'Šafářová', 'Île-de-France', 'São Paulo'];
    const lexicon = { ...emptyLexicon(), gaz: new Map(keys.map((k, i) => [k, i + 1])), shapes: new Map(keys.map((k, i) => [`^${k.slice(0, 3)}`, 100 + i])) };
    const data = [{ words: ['Sie', 'flog', 'nach', 'Łódź', '.'], tags: ['O', 'O', 'O', 'B-LOC', 'O'], weight: 1 }];
    const model = trainPerceptron(data, lexicon, { bucketsLog2: 12, epochs: 1, seed: 1 });
    const bytes = serializeModel(model, { gzip: false });
    assert.equal(bytes.subarray(0, 12).toString('latin1'), 'EREIGNISNER2');
    const back = deserializeModel(bytes);
    for (const [i, k] of keys.entries()) assert.equal(back.lexicon.gaz.get(k), i + 1, k);
    assert.equal(back.lexicon.gaz.get('Lodz'), undefined);
    assert.equal(back.lexicon.gaz.size, keys.length);
    // the name-shape lookup reads slices of a longer string, in both parts
    const shapes = back.lexicon.shapes as unknown as { getSlice(s: string, a: number, b: number): number | undefined };
    assert.equal(shapes.getSlice('x^Łód', 1, 5), 101);
    assert.equal(shapes.getSlice('x^Köl', 1, 5), 100);
    assert.ok(serializeModel(back, { gzip: false }).equals(bytes), 'a loaded format-2 model writes the same bytes');
    // format 1 (before model 2.1.2: one UTF-8 key string per table) still loads, to the same model
    const v1 = deserializeModel(asFormat1(bytes));
    for (const [i, k] of keys.entries()) assert.equal(v1.lexicon.gaz.get(k), i + 1, k);
    assert.equal((v1.lexicon.shapes as unknown as typeof shapes).getSlice('x^Łód', 1, 5), 101);
    assert.deepEqual(v1.weights, back.weights);
    assert.ok(serializeModel(v1, { gzip: false }).equals(bytes), 'read as format 1, written as format 2: the same bytes');
    // the English model in models/en: gzip, format 2 since its rebuild
    const en = readFileSync(new URL('../models/en/ner-en.bin', import.meta.url));
    assert.equal(gunzipSync(en).subarray(0, 12).toString('latin1'), 'EREIGNISNER2');
    assert.ok(serializeModel(deserializeModel(en)).equals(en), 'the English model writes back to its own bytes');
  });

  it('the CRF trainer learns from the same slice, with partial-MISC and domain-copy sentences and a gold path that starts inside a name', () => {
    const all = SOURCES.germeval!.load(DATA!);
    const train = all.slice(0, 1500).map((s) => ({ ...s, weight: 1 }));
    // a second source without MISC, trained with private feature copies; one chunk starts with I- (as Europeana's do)
    const other = all.slice(1500, 1800).map((s) => ({ words: s.words, tags: s.tags.map((t) => (t.endsWith('MISC') ? 'O' : t)), weight: 0.5, noMisc: true, domain: 'other' }));
    other.push({ words: ['Merkel', 'sagte', 'das', '.'], tags: ['I-PER', 'O', 'O', 'O'], weight: 0.5, noMisc: true, domain: 'other' });
    const held = all.slice(1800, 2200);
    const model = trainCrf([...train, ...other], emptyLexicon(), { bucketsLog2: 18, epochs: 2, seed: 7 });
    assert.ok(model.weights.every(Number.isFinite), 'weights stay finite');
    model.info = { ...model.info, oBias: 0 };
    const tagger = new NerTagger(model);
    const r = evaluateSpans(held.map((s) => s.tags), held.map((s) => tagger.tag(s.words)), ['PER', 'LOC', 'ORG']);
    assert.ok(r.overall.f1 > 0.35, `held-out F1 ${r.overall.f1}`);
  });
});

/**
 * An uncompressed format-2 model file rewritten as format 1 (magic EREIGNISNER1, each word table's keys as one UTF-8
 * string, in the same order as its values), as files were written before model 2.1.2.
 */
function asFormat1(v2: Buffer): Buffer {
  const hlen = v2.readUInt32LE(12);
  const h = JSON.parse(v2.subarray(16, 16 + hlen).toString('utf8')) as { bucketsLog2: number; labels: string[]; rows: number; tables: Array<{ name: string; keyBytes: number; count: number; latin1Count?: number; latin1Bytes?: number }> };
  const wstart = 16 + hlen + ((16 + hlen) % 2);
  let pos = wstart + (1 << h.bucketsLog2) / 8 + h.rows * h.labels.length * 2;
  const weights = v2.subarray(wstart, pos);
  const tables: Buffer[] = [];
  const heads = h.tables.map((t) => {
    const values = v2.subarray(pos, pos + t.count * 4);
    pos += t.count * 4;
    const b1 = t.latin1Bytes ?? 0;
    const parts = [v2.subarray(pos, pos + b1).toString('latin1'), v2.subarray(pos + b1, pos + t.keyBytes).toString('utf8')].filter(Boolean);
    pos += t.keyBytes + ((4 - (t.keyBytes % 4)) % 4);
    const keys = Buffer.from(parts.join('\n'), 'utf8');
    tables.push(values, keys, Buffer.alloc((4 - (keys.length % 4)) % 4));
    return { name: t.name, keyBytes: keys.length, count: t.count };
  });
  const header = Buffer.from(JSON.stringify({ ...h, tables: heads }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  return Buffer.concat([Buffer.from('EREIGNISNER1', 'latin1'), len, header, Buffer.alloc((16 + header.length) % 2), weights, ...tables]);
}
