/** Geographic features from resources/geography.txt (compiled into models/gazetteer/regions.json) found by the pipeline. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, type Document } from '../src/index.js';
import { loadGazetteer } from '../src/entities/gazetteer/index.js';
import { tokenizeRange } from '../src/segment/tokenize.js';

const SUBTYPES = ['continent', 'world-region', 'ocean', 'sea', 'river', 'lake', 'mountain', 'desert', 'island', 'region'];

/** Each entity with a key as "key subtype", and every mention's offsets checked against the text. */
function places(text: string, language: 'de' | 'en'): Map<string, { subtype?: string; type: string; mentions: string[] }> {
  const doc: Document = extract(text, { language });
  const out = new Map<string, { subtype?: string; type: string; mentions: string[] }>();
  for (const e of doc.entities) {
    for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text, `offsets of ${m.text}`);
    if (e.key) out.set(e.key, { type: e.type, ...(e.subtype ? { subtype: e.subtype } : {}), mentions: e.mentions.map((m) => m.text) });
  }
  return out;
}
function assertPlace(found: ReturnType<typeof places>, key: string, subtype: string, mention: string): void {
  const e = found.get(key);
  assert.ok(e, `${key} not found (got ${[...found.keys()].join(', ')})`);
  assert.equal(e.type, 'LOC', key);
  assert.equal(e.subtype, subtype, key);
  assert.ok(e.mentions.includes(mention), `${key}: mention "${mention}" missing in ${JSON.stringify(e.mentions)}`);
}

describe('geography gazetteer', () => {
  it('German: seas, islands, world regions and peninsulas', () => {
    const found = places('Schiffe kreuzten im Mittelmeer vor Sizilien. Die Lage im Nahen Osten und auf der Krim bleibt angespannt.', 'de');
    assertPlace(found, 'region:sea-mediterranean', 'sea', 'Mittelmeer');
    assertPlace(found, 'region:island-sicily', 'island', 'Sizilien');
    assertPlace(found, 'region:middle-east', 'world-region', 'Nahen Osten');
    assertPlace(found, 'region:UA-43', 'region', 'Krim');
  });

  it('German inflection: genitive -s/-es and weak adjective forms', () => {
    const found = places(
      'Die Sicherheit des Atlantiks und des Schwarzen Meeres ist gefährdet. Die Marine verlegte Fregatten in das Rote Meer und in den Persischen Golf.',
      'de',
    );
    assertPlace(found, 'region:ocean-atlantic', 'ocean', 'Atlantiks');
    assertPlace(found, 'region:sea-black', 'sea', 'Schwarzen Meeres');
    assertPlace(found, 'region:sea-red', 'sea', 'Rote Meer');
    assertPlace(found, 'region:gulf-persian', 'sea', 'Persischen Golf');
  });

  it('German: mountains, deserts, rivers, lakes and regions', () => {
    const found = places(
      'Touristen bestiegen den Kilimandscharo und durchquerten die Sahara. Das Hochwasser am Rhein und an der Donau stieg, der Bodensee trat über die Ufer. Im Elsass regnete es.',
      'de',
    );
    assertPlace(found, 'region:mountain-kilimanjaro', 'mountain', 'Kilimandscharo');
    assertPlace(found, 'region:desert-sahara', 'desert', 'Sahara');
    assertPlace(found, 'region:river-rhine', 'river', 'Rhein');
    assertPlace(found, 'region:river-danube', 'river', 'Donau');
    assertPlace(found, 'region:lake-constance', 'lake', 'Bodensee');
    assertPlace(found, 'region:FR-alsace', 'region', 'Elsass');
  });

  it('English: straits, gulfs, rivers, mountains and islands', () => {
    const found = places(
      'Tankers crossed the Strait of Hormuz into the Persian Gulf. Floods hit villages along the Nile, climbers returned from the Alps, and tourists left Crete and the Canary Islands.',
      'en',
    );
    assertPlace(found, 'region:strait-hormuz', 'sea', 'Strait of Hormuz');
    assertPlace(found, 'region:gulf-persian', 'sea', 'Persian Gulf');
    assertPlace(found, 'region:river-nile', 'river', 'Nile');
    assertPlace(found, 'region:mountain-alps', 'mountain', 'Alps');
    assertPlace(found, 'region:island-crete', 'island', 'Crete');
    assertPlace(found, 'region:island-canary', 'island', 'Canary Islands');
  });

  it('ambiguous forms used as common words stay unmatched', () => {
    const found = places('Oder sollte man warten? Am Wochenende spielte er Golf, und seine Seine-Bilder hingen im Museum.', 'de');
    for (const key of ['region:river-oder', 'region:gulf-persian', 'region:river-seine']) assert.ok(!found.has(key), `${key} matched a common word`);
    const text = 'Er spielte Golf mit Freunden, oder er wartete.';
    assert.deepEqual(loadGazetteer().find(text, tokenizeRange(text), 'de').map((m) => m.text), []);
  });

  it('hyphenated place names also match with a space ("Papua Neuguinea")', () => {
    const found = places('Die Fundstücke stammen vermutlich aus Papua Neuguinea.', 'de');
    assert.deepEqual(found.get('iso:PG')?.mentions, ['Papua Neuguinea']);
  });

  it('a city with a district after a hyphen is the district, named by the whole word ("Berlin-Mitte", not Berlin)', () => {
    const text = 'Schüsse in Berlin-Mitte und Hamburg-Altona. Der Berlin-Besuch war kurz.';
    const found = loadGazetteer().find(text, tokenizeRange(text), 'de');
    assert.deepEqual(found.map((m) => `${m.text} ${m.subtype} ${m.key ?? '-'}`), ['Berlin-Mitte district -', 'Hamburg-Altona district -', 'Berlin city geo:2950159']);
  });

  it('"bis Mitte nächsten Jahres" is a time, not the Berlin district Mitte', () => {
    const text = 'Das soll bis Mitte nächsten Jahres dauern, von Anfang bis Ende.';
    assert.deepEqual(loadGazetteer().find(text, tokenizeRange(text), 'de').map((m) => m.text), []);
  });

  it('an ambiguous river name after "am", "an der" or an article is the river ("am Main", "an der Oder")', () => {
    const text = 'Schiffe fahren am Main, Fische schwimmen in der Oder. Oder sollte man warten?';
    const found = loadGazetteer().find(text, tokenizeRange(text), 'de');
    assert.deepEqual(found.map((m) => `${m.text} ${m.key}`), ['Main region:river-main', 'Oder region:river-oder']);
  });

  it('a city known only by its ASCII spelling does not take an island\'s name ("Bali" is the island, not the Indian "Bāli")', () => {
    const found = places('Touristen reisten im Sommer nach Bali.', 'de');
    assertPlace(found, 'region:island-bali', 'island', 'Bali');
    assert.ok(!found.has('geo:1277539'), 'Bali read as the Indian town Bāli');
  });

  it('"Frankfurt an der Oder" is Frankfurt (Oder), and so is a later "Frankfurt" in the same document', () => {
    const found = places('Frankfurt an der Oder liegt an der Grenze. Später reiste er wieder nach Frankfurt.', 'de');
    const oder = found.get('geo:2925535');
    assert.ok(oder, `Frankfurt (Oder) not found (got ${[...found.keys()].join(', ')})`);
    assert.deepEqual(oder.mentions, ['Frankfurt an der Oder', 'Frankfurt']);
    assert.ok(!found.has('geo:2925533'), 'a lone "Frankfurt" went to Frankfurt am Main although the text names Frankfurt an der Oder');
    // without the long name, "Frankfurt" is still Frankfurt am Main; with both long names each keeps its own
    assert.ok(places('Er flog nach Frankfurt.', 'de').has('geo:2925533'));
    const both = places('Die Messe in Frankfurt am Main beginnt. Später fuhr er nach Frankfurt. In Frankfurt an der Oder regnet es.', 'de');
    assert.deepEqual(both.get('geo:2925533')?.mentions, ['Frankfurt am Main', 'Frankfurt']);
    assert.deepEqual(both.get('geo:2925535')?.mentions, ['Frankfurt an der Oder']);
    // only cities take the longer city's key: the country stays the country
    assert.deepEqual(places('Canada and Mexico will sign the deal in Mexico City.', 'en').get('iso:MX')?.mentions, ['Mexico']);
  });

  it('a first name is not read as a river genitive ("Nils" is not "des Nils")', () => {
    const doc = extract('Am Montag sagte Nils in Berlin, er komme wieder.', { language: 'de' });
    const nils = doc.entities.find((e) => e.mentions.some((m) => m.text === 'Nils'));
    assert.ok(nils, 'Nils not found');
    assert.equal(nils.type, 'PER');
    assert.ok(!doc.entities.some((e) => e.key === 'region:river-nile'), 'Nils read as the Nile');
  });

  it('every line of resources/geography.txt has a known subtype, German and English names, and is compiled', () => {
    const gz = loadGazetteer();
    const lines = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'geography.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'));
    assert.ok(lines.length > 400, `only ${lines.length} entries`);
    const keys = new Set<string>();
    for (const line of lines) {
      const m = /^(region:[^\s:]+): (.*)$/.exec(line);
      assert.ok(m, `cannot parse: ${line}`);
      const [, key, rest] = m;
      assert.ok(!keys.has(key!), `${key} twice`);
      keys.add(key!);
      const fields = new Map(rest!.split(';').map((p) => p.trim().split('=') as [string, string]));
      assert.ok(SUBTYPES.includes(fields.get('sub') ?? ''), `${key}: sub=${fields.get('sub')}`);
      assert.ok(fields.get('de') && fields.get('en'), `${key}: de= and en= required`);
      const entry = gz.get(key!);
      assert.ok(entry, `${key} not in the compiled gazetteer (run npm run build:resources)`);
      assert.equal(entry.subtype, fields.get('sub'), key);
      assert.equal(entry.canonical.de, fields.get('de'), key);
    }
  });
});
