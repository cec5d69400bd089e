/** The NER model's knowledge features: name-shape n-gram model and known-name phrase table. */
import assert from 'node:assert/strict';
import { buildNameShape, nameShapeScores, nameShapeFeatures, appendNameShapeHashes, SHAPE_CLASSES } from '../src/ner/name-shape.js';
import { addPhrasePrefixes, phraseValue, PHRASE_PREFIX, PHRASE_PREFIX_ONLY, COMMON_NOUN_CLASS, FeatureExtractor, hashString, type Lexicon } from '../src/ner/features.js';
import { lexiconClass } from '../src/ner/word-lexicon.js';
import { emptyLexicon } from '../src/ner/train/lexicon-build.js';
import { trainPerceptron } from '../src/ner/train/perceptron.js';
import { NerTagger } from '../src/ner/tagger.js';
import { serializeModel, deserializeModel } from '../src/ner/model.js';

const SURNAMES = ['Millican', 'Caplan', 'Jackson', 'Wilson', 'Johnson', 'Harrison', 'Morrison', 'Dickinson', 'Robinson', 'Anderson', 'Peterson', 'Nicholson', 'Callahan', 'Donovan', 'Sullivan', 'McMillan', 'Gallagher', 'Fitzgerald', 'Hutchinson', 'Williamson'];
const PLACES = ['Hamburg', 'Magdeburg', 'Augsburg', 'Freiburg', 'Würzburg', 'Bamberg', 'Nürnberg', 'Heidelberg', 'Wittenberg', 'Regensburg', 'Offenbach', 'Ansbach', 'Gladbach', 'Eschweiler', 'Bornheim', 'Mannheim', 'Pforzheim', 'Rüsselsheim', 'Hildesheim', 'Bensheim'];
const NOUNS = ['Verwaltung', 'Regierung', 'Zeitung', 'Versammlung', 'Forderung', 'Entscheidung', 'Wohnung', 'Bewegung', 'Ordnung', 'Meinung', 'Gesellschaft', 'Wirtschaft', 'Mannschaft', 'Freundschaft', 'Bereitschaft', 'Zusammenarbeit', 'Arbeit', 'Sicherheit', 'Freiheit', 'Gesundheit'];
const ORGS = ['Siemens', 'Bosch', 'Telekom', 'Lufthansa', 'Adidas', 'Henkel', 'Bayer', 'Continental', 'Infineon', 'Zalando'];

describe('name-shape model', () => {
  const table = buildNameShape({ PER: SURNAMES, LOC: PLACES, ORG: ORGS, NOUN: NOUNS }, 1);
  const best = (w: string) => { const s = nameShapeScores(table, w); return SHAPE_CLASSES[s.indexOf(Math.max(...s))]; };

  it('tells unseen surname-, place- and noun-shaped words apart', () => {
    assert.equal(best('Thompson'), 'PER');
    assert.equal(best('Quedlinburg'), 'LOC');
    assert.equal(best('Erhaltung'), 'NOUN');
    assert.equal(best('Bruderschaft'), 'NOUN');
  });

  it('gives no features without a table and three bucketed features with one', () => {
    assert.deepEqual(nameShapeFeatures(new Map(), 'Thompson'), []);
    const f = nameShapeFeatures(table, 'Thompson');
    assert.equal(f.length, 3);
    assert.equal(f[0], 'ns=PER');
    assert.match(f[2]!, /^nn=[1-3]$/);
    assert.match(nameShapeFeatures(table, 'Erhaltung')[2]!, /^nn=-[1-3]$/);
  });

  it('the hashed form the tagger uses equals the hashes of the feature strings', () => {
    for (const w of ['Thompson', 'Quedlinburg', 'Erhaltung', 'Xq']) {
      const out = new Int32Array(8);
      const n = appendNameShapeHashes(table, w, hashString, out, 2);
      assert.deepEqual([...out.subarray(2, n)], nameShapeFeatures(table, w).map((f) => hashString(f)), w);
    }
  });
});

describe('word feature hashes', () => {
  it('are the hashes of the feature strings they stand for (computed without building them)', () => {
    const f = new FeatureExtractor(emptyLexicon()).word('Müller-Lüdenscheidt');
    const expected = ['w=Müller-Lüdenscheidt', 'l=müller-lüdenscheidt', 'sh=Xx-Xx', 'dc=-', 'cap=true|dc=-|dcl=-', 'p3=Mül', 's5=heidt', 'len=12|true', 'sh|s2=Xx-Xx|dt', 'hyl=lüdenscheidt', 'hyf=müller']
      .map((x) => hashString(x));
    for (const h of expected) assert.ok(f.own.includes(h), `missing hash of one of ${expected.length} features`);
    assert.equal(new FeatureExtractor(emptyLexicon()).word('Ab').own.includes(hashString('s5=ab')), true, 'a suffix longer than the word is the word');
  });

  it('add the descriptor noun before a name only when the model was trained with that group', () => {
    // a dictionary with one plural-inflecting noun ("Betreiber") and one genitive-only name class
    const lex: Lexicon = { ...emptyLexicon(), dict: new Map([['Betreiber', 0], ['Berlin', 1]]), dictClasses: ['U:EPT', 'U:S'] };
    const words = ['Der', 'Mobilfunkbetreiber', 'Quexa', 'und', 'Berlin', 'Zorbo'];
    const base = new FeatureExtractor(lex).sentence(words), withDescr = new FeatureExtractor(lex, { descriptor: true }).sentence(words);
    const hashesAt = (s: { hashes: Int32Array; offsets: Int32Array }, i: number) => Array.from(s.hashes.subarray(s.offsets[i]!, s.offsets[i + 1]!));
    assert.ok(hashesAt(withDescr, 2).includes(hashString('descr=betreiber')), 'the compound head of the word before');
    assert.ok(!hashesAt(base, 2).includes(hashString('descr=betreiber')), 'not in a base-set model');
    assert.deepEqual(hashesAt(withDescr, 5), hashesAt(base, 5), 'a name before is no descriptor');
  });

  it('are recorded in the model header, and a base-set model records none', () => {
    const data = [{ words: ['Der', 'Betreiber', 'Quexa', 'klagt'], tags: ['O', 'O', 'B-ORG', 'O'], weight: 1 }];
    assert.deepEqual(trainPerceptron(data, emptyLexicon(), { epochs: 1, features: { descriptor: true } }).info.features, ['descriptor']);
    assert.equal(trainPerceptron(data, emptyLexicon(), { epochs: 1 }).info.features, undefined);
  });
});

describe('known-name phrase table', () => {
  it('packs majority type, purity and count', () => {
    assert.equal(phraseValue([0, 0, 7, 0]), 2 | (2 << 2) | (2 << 4)); // ORG, pure, 5+
    assert.equal(phraseValue([1, 1, 0, 0]), 0 | (0 << 2) | (1 << 4)); // PER (first of a tie), mixed, 2-4
    assert.equal(phraseValue([0, 1, 0, 0]), 1 | (2 << 2) | (0 << 4)); // LOC, pure, once
  });

  it('marks the beginnings of multi-word names so matching can stop early', () => {
    const t = addPhrasePrefixes(new Map([['Neue Zürcher Zeitung', phraseValue([0, 0, 5, 0])], ['Neue', phraseValue([0, 1, 0, 0])]]));
    assert.equal(t.get('Neue')! & 63, phraseValue([0, 1, 0, 0]));
    assert.ok(t.get('Neue')! & PHRASE_PREFIX);
    assert.ok(!(t.get('Neue')! & PHRASE_PREFIX_ONLY));
    assert.equal(t.get('Neue Zürcher'), PHRASE_PREFIX | PHRASE_PREFIX_ONLY);
    assert.equal(t.get('Neue Zürcher Zeitung'), phraseValue([0, 0, 5, 0]));
  });

  it('gives a genitive the entry of its one-word name, which then starts no longer name', () => {
    const erfurt = phraseValue([0, 5, 0, 0]);
    const lex: Lexicon = { ...emptyLexicon(), phrases: addPhrasePrefixes(new Map([['Erfurt', erfurt], ['Erfurt Trainer', phraseValue([0, 0, 5, 0])], ['Griechenland', erfurt]])) };
    const fx = new FeatureExtractor(lex);
    assert.equal(fx.word('Erfurts').phrase, erfurt, 'the value without the prefix flag "Erfurt" has');
    assert.equal(fx.word('Griechenlandes').phrase, erfurt);
    assert.equal(fx.word('Erfurt').phrase & PHRASE_PREFIX, PHRASE_PREFIX);
    assert.equal(fx.word('Mars').phrase, -1, 'no entry for "Mar"');
  });

  // Invented words: the only evidence of a name's type is the phrase table, so the tagger must learn to use it.
  const syllables = ['ka', 'lo', 'mi', 'ru', 'ze', 'tan', 'vor', 'bel', 'quin', 'dro'];
  const invented = (i: number) => { const a = syllables[i % 10]!, b = syllables[Math.floor(i / 10) % 10]!, c = syllables[(i * 7 + 3) % 10]!; return (a + b + c).replace(/^./, (x) => x.toUpperCase()) + 'x'; };
  const TYPES = ['PER', 'LOC', 'ORG'] as const;
  const phrases = new Map<string, number>();
  const data: Array<{ words: string[]; tags: string[]; weight: number }> = [];
  for (let i = 0; i < 90; i++) {
    const type = TYPES[i % 3]!;
    const name = [invented(i), invented(i + 37)];
    phrases.set(name.join(' '), phraseValue(type === 'PER' ? [5, 0, 0, 0] : type === 'LOC' ? [0, 5, 0, 0] : [0, 0, 5, 0]));
    data.push({ words: ['Dann', 'kam', ...name, 'wieder', '.'], tags: ['O', 'O', `B-${type}`, `I-${type}`, 'O', 'O'], weight: 1 });
  }
  const lexicon: Lexicon = { ...emptyLexicon(), phrases: addPhrasePrefixes(phrases) };
  const model = trainPerceptron(data.slice(0, 60), lexicon, { bucketsLog2: 16, epochs: 5, seed: 3 });

  it('types unseen names by their table entry', () => {
    const tagger = new NerTagger(model);
    let correct = 0;
    for (const s of data.slice(60)) if (tagger.tag(s.words).join() === s.tags.join()) correct++;
    assert.ok(correct >= 27, `${correct} of 30 held-out sentences tagged exactly`);
  });

  it('keeps the table through serialisation', () => {
    const back = deserializeModel(serializeModel(model));
    const [name, value] = [...phrases.entries()][0]!;
    assert.equal(back.lexicon.phrases?.get(name), value);
    assert.equal(back.lexicon.shapes, undefined);
    const s = data[75]!;
    assert.deepEqual(new NerTagger(back).tag(s.words), new NerTagger(model).tag(s.words));
  });
});

describe('shared word classes as NER features (model 2.0)', () => {
  // paths of 4 bits: "Berlin" and "Paris" share the 2-bit prefix 0b10, "Regierung" is elsewhere
  const lex: Lexicon = { ...emptyLexicon(), wordClasses: new Map([['Berlin', 0b1001], ['Paris', 0b1011], ['regierung', 0b0100]]) };
  const hashesAt = (s: { hashes: Int32Array; offsets: Int32Array }, i: number) => Array.from(s.hashes.subarray(s.offsets[i]!, s.offsets[i + 1]!));

  it('give each prefix of the class path as a feature, and -1 for a form not in the table', () => {
    const fx = new FeatureExtractor(lex, { wordClassPrefixes: [2, 4], wordClassBits: 4 });
    const own = fx.word('Paris').own;
    assert.ok(own.includes(hashString('wc0=2')) && own.includes(hashString('wc1=11')), 'prefix 2 bits = 0b10, 4 bits = 0b1011');
    assert.ok(fx.word('Regierung').own.includes(hashString('wc0=1')), 'a capitalised form falls back to its lower-case form');
    assert.ok(fx.word('Quexa').own.includes(hashString('wc0=-1')), 'not among the corpus forms');
  });

  it('are off in a model trained without them, which then sees the same hashes as before', () => {
    const words = ['In', 'Berlin', 'und', 'Paris'];
    const plain = new FeatureExtractor(lex).sentence(words), withClasses = new FeatureExtractor(lex, { wordClassPrefixes: [2, 4], wordClassBits: 4 }).sentence(words);
    const none = new FeatureExtractor({ ...lex, wordClasses: undefined }).sentence(words);
    assert.deepEqual(Array.from(plain.hashes), Array.from(none.hashes));
    assert.ok(hashesAt(withClasses, 1).length > hashesAt(plain, 1).length, 'own class features and a 7th neighbour slot');
  });

  it('survive a save and load of the model file, with the prefixes in its header', () => {
    const sentences = [{ words: ['Berlin', 'liegt', 'an', 'der', 'Spree'], tags: ['B-LOC', 'O', 'O', 'O', 'B-LOC'], weight: 1 }];
    const model = trainPerceptron(sentences, lex, { bucketsLog2: 12, epochs: 1, seed: 1, features: { wordClassPrefixes: [2, 4], wordClassBits: 4 } });
    const back = deserializeModel(serializeModel(model));
    assert.equal(back.lexicon.wordClasses?.get('Paris'), 0b1011);
    assert.deepEqual(back.info.wordClassPrefixes, [2, 4]);
    const a = new NerTagger(model).tag(['Paris', 'liegt']), b = new NerTagger(back).tag(['Paris', 'liegt']);
    assert.deepEqual(a, b);
  });
});

describe('word lexicon classes (model 2.0 word list)', () => {
  it('name the dominant part of speech, its share and a frequency bucket', () => {
    assert.equal(lexiconClass([95, 5, 0, 0, 0, 0], 100), 'NOUN=9/f2');
    assert.equal(lexiconClass([30, 60, 0, 0, 0, 10], 100), 'PROPN=6+NOUN/f2');
    assert.equal(lexiconClass([0, 0, 3, 2, 0, 0], 5), 'ADJ=6+VERB/f0');
  });

  it('a common noun is a form tagged NOUN at least 90 % of the time (hunspell noun classes still count for 1.x models)', () => {
    for (const c of ['NOUN=9/f2', 'U:EPT', 'U:Tm|l']) assert.match(c, COMMON_NOUN_CLASS, c);
    for (const c of ['NOUN=6+PROPN/f2', 'PROPN=9/f3', 'U:S', 'ADJ=9/f1']) assert.doesNotMatch(c, COMMON_NOUN_CLASS, c);
  });
});
