import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPipeline, extract, type Document } from '../src/index.js';
import { eventLexicon, eventTypes, findTimes, readNumber } from '../src/events/index.js';
import { ENGLISH_NUMBERS } from '../src/lang/en/values.js';
import { PACKAGE_MODEL_DIR } from '../src/resources/locate.js';
import { HELDOUT, ROOT, SAMPLES, readSample, sampleNames } from './helpers/corpus.js';

/** Every event time is a DATE of Document.values: the same span and text, and its value unless that is an interval. */
function assertTimesAreDates(doc: Document): number {
  let checked = 0;
  for (const ev of doc.events) {
    if (!ev.time) continue;
    const date = doc.values.find((v) => v.type === 'DATE' && v.start === ev.time!.start && v.end === ev.time!.end);
    assert.ok(date, `event time ${JSON.stringify(ev.time)} is no DATE value`);
    assert.equal(date.text, ev.time.text);
    assert.equal(ev.time.value, date.value?.includes('/') ? undefined : date.value, ev.time.text);
    checked++;
  }
  return checked;
}

describe('values before events: one reading of dates', () => {
  it('runs the values stage before the event stage', () => {
    const names = createPipeline().stageNames;
    assert.ok(names.indexOf('values') < names.indexOf('events'));
  });

  it('every event time in the corpus is a Document.values DATE with the same span', () => {
    let checked = 0;
    for (const dir of [SAMPLES, HELDOUT, join(ROOT, 'corpus', 'dev-events')]) {
      for (const name of sampleNames(dir)) checked += assertTimesAreDates(extract(readSample(name, dir)));
    }
    assert.ok(checked >= 10, `only ${checked} event times`);
  });

  it('English: a date wink splits ("Thursday" + "12 June 2025") is one DATE, the event time', () => {
    const text = "The National Farmers' Federation praised the ruling on Thursday, 12 June 2025, and called on the government in Canberra to act.";
    const doc = extract(text);
    const times = doc.events.map((e) => e.time?.text).filter((t) => t !== undefined);
    assert.ok(times.includes('Thursday, 12 June 2025'), JSON.stringify(doc.events));
    assert.deepEqual(doc.values.filter((v) => v.type === 'DATE').map((v) => [v.text, v.value]), [['Thursday, 12 June 2025', '2025-06-12']]);
    assertTimesAreDates(doc);
  });

  it('German: event times and DATE values come from the same reader', () => {
    const doc = extract('Frankreich und Deutschland unterzeichneten am Montag, 3. März 2025, in Paris ein Abkommen.');
    assert.equal(doc.events[0]?.time?.text, 'Montag, 3. März 2025');
    assert.equal(assertTimesAreDates(doc), 1);
  });

  it('English: wink values inside one of our dates give way, wider ones stay', () => {
    const doc = extract('The talks ran from October 4th to October 19th, and on the 3rd of November the ministers met again.');
    const dates = doc.values.filter((v) => v.type === 'DATE').map((v) => v.text);
    assert.ok(dates.includes('3rd of November'), JSON.stringify(doc.values));
    assert.ok(!doc.values.some((v) => v.text === '3rd'), 'the ordinal is part of the date');
    // wink's range stays, with our dates inside it.
    assert.ok(doc.values.some((v) => v.type === 'DURATION' && v.text === 'from October 4th to October 19th'), JSON.stringify(doc.values));
    assert.ok(dates.includes('October 4th') && dates.includes('October 19th'));
    for (const v of doc.values) assert.equal(doc.values.filter((w) => w.start === v.start && w.end === v.end).length, 1, 'no duplicates');
    const sorted = [...doc.values].sort((a, b) => a.start - b.start || b.end - a.end);
    assert.deepEqual(doc.values, sorted, 'values stay in text order');
  });

  it('a language without value readers has no times and no number words', () => {
    assert.deepEqual(findTimes('Le 11 juillet 2023, à Paris.', 'fr'), []);
    assert.equal(readNumber('onze', 'fr'), undefined);
    assert.equal(readNumber('11', 'fr'), 11);
    assert.equal(readNumber('twenty-one', ENGLISH_NUMBERS), 21);
  });
});

describe('event lexicons follow the pipeline modelDir', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ereignis-events-'));
    for (const kind of ['de', 'en', 'gazetteer']) symlinkSync(join(PACKAGE_MODEL_DIR, kind), join(dir, kind));
    cpSync(join(PACKAGE_MODEL_DIR, 'events'), join(dir, 'events'), { recursive: true });
    // A trigger only this folder knows.
    const de = JSON.parse(readFileSync(join(dir, 'events', 'de.json'), 'utf8')) as { triggers: { type: string; strength: number; forms: string[] }[] };
    de.triggers.push({ type: 'meet', strength: 0.9, forms: ['plauderten'] });
    writeFileSync(join(dir, 'events', 'de.json'), JSON.stringify(de));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the lexicon from <modelDir>/events, cached per folder; the default stays the package models', () => {
    assert.ok(eventLexicon('de', dir).byForm.has('plauderten'));
    assert.ok(!eventLexicon('de').byForm.has('plauderten'));
    assert.equal(eventTypes(dir).get('meet')?.cameo, eventTypes().get('meet')?.cameo);
  });

  it('the default stages pass modelDir to the event stage', function () {
    this.timeout(60000);
    const text = 'Olaf Scholz und Emmanuel Macron plauderten in Paris.';
    assert.ok(createPipeline({ modelDir: dir, language: 'de' }).extract(text).events.some((e) => e.trigger.text === 'plauderten'));
    assert.ok(!extract(text, { language: 'de' }).events.some((e) => e.trigger.text === 'plauderten'));
  });
});
