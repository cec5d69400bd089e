import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer, type GazetteerEntry } from '../src/entities/gazetteer/index.js';
import { resourceDir } from '../src/resources/locate.js';
import { extract } from '../src/index.js';
import type { RawMention } from '../src/doc/types.js';
import { tokensOf } from './helpers/tokens.js';

// The hand-written organisation lists (resources/organizations.txt, resources/organizations-more.txt) as compiled
// into models/gazetteer/organizations.json.

const gz = loadGazetteer();
const orgs = (text: string, lang = 'de'): RawMention[] => gz.find(text, tokensOf(text), lang).filter((m) => m.type === 'ORG');

/** Asserts each [surface, key, subtype] is found as one ORG mention with exact offsets, in order. */
function expectOrgs(text: string, expected: [string, string, string][], lang = 'de'): void {
  const ms = orgs(text, lang);
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text, `offsets of ${m.text}`);
  assert.deepEqual(
    ms.map((m) => [m.text, m.key, m.subtype]),
    expected,
    `in: ${text}`,
  );
  let from = 0;
  for (const [surface] of expected) {
    const m = ms.find((x) => x.text === surface)!;
    const at = text.indexOf(surface, from);
    assert.equal(m.start, at, `start of ${surface}`);
    assert.equal(m.end, at + surface.length, `end of ${surface}`);
    from = m.end;
  }
}

describe('organisation gazetteer: German text', () => {
  it('finds companies, including brand names', () => {
    expectOrgs('Siemens, Airbus, Uber und Spotify legten zu, Zalando und die Deutsche Börse nicht.', [
      ['Siemens', 'org:siemens', 'company'],
      ['Airbus', 'org:airbus', 'company'],
      ['Uber', 'org:uber', 'company'],
      ['Spotify', 'org:spotify', 'company'],
      ['Zalando', 'org:zalando', 'company'],
      ['Deutsche Börse', 'org:deutsche-boerse', 'company'],
    ]);
  });

  it('finds parties of several countries, German and foreign', () => {
    expectOrgs('Die UMP, die Tories, der Likud und die PiS verloren; die ÖVP und die NEOS gewannen.', [
      ['UMP', 'org:fr-ump', 'party'],
      ['Tories', 'org:gb-conservatives', 'party'],
      ['Likud', 'org:il-likud', 'party'],
      ['PiS', 'org:pl-pis', 'party'],
      ['ÖVP', 'org:at-oevp', 'party'],
      ['NEOS', 'org:at-neos', 'party'],
    ]);
  });

  it('finds federal institutions and their inflected forms after an article', () => {
    expectOrgs('Das Umweltbundesamt, das Technische Hilfswerk und der Deutsche Wetterdienst warnten.', [
      ['Umweltbundesamt', 'org:de-uba', 'government'],
      ['Technische Hilfswerk', 'org:de-thw', 'government'],
      ['Deutsche Wetterdienst', 'org:de-dwd', 'government'],
    ]);
    expectOrgs('Ein Sprecher des Bundesamts für Migration und Flüchtlinge und das Bundesinnenministerium.', [
      ['Bundesamts für Migration und Flüchtlinge', 'org:de-bamf', 'government'],
      ['Bundesinnenministerium', 'org:de-bmi', 'government'],
    ]);
    expectOrgs('Das Europäische Parlament und das Auswärtige Amt.', [
      ['Europäische Parlament', 'org:EP', 'intergovernmental'],
      ['Auswärtige Amt', 'org:de-aa', 'government'],
    ]);
  });

  it('types courts as court', () => {
    expectOrgs('Der EuGH und das Bundesverfassungsgericht entschieden, der Bundesgerichtshof nicht.', [
      ['EuGH', 'org:eu-cjeu', 'court'],
      ['Bundesverfassungsgericht', 'org:de-bverfg', 'court'],
      ['Bundesgerichtshof', 'org:de-bgh', 'court'],
    ]);
  });

  it('finds sports bodies and clubs, with short forms', () => {
    expectOrgs('Die Uefa bestrafte ManU; der FC Bayern München schlug den BVB und Schalke 04.', [
      ['Uefa', 'org:UEFA', 'sports'],
      ['ManU', 'org:man-utd', 'sports'],
      ['FC Bayern München', 'org:fc-bayern', 'sports'],
      ['BVB', 'org:bvb', 'sports'],
      ['Schalke 04', 'org:schalke', 'sports'],
    ]);
  });

  it('keeps UEFA and FIFA apart, and the German Red Cross apart from the ICRC', () => {
    assert.equal(orgs('Die FIFA und die UEFA.').map((m) => m.key).join(' '), 'org:FIFA org:UEFA');
    expectOrgs('Das DRK und das Deutsche Rote Kreuz halfen, das Rote Kreuz auch.', [
      ['DRK', 'org:de-drk', 'ngo'],
      ['Deutsche Rote Kreuz', 'org:de-drk', 'ngo'],
      ['Rote Kreuz', 'org:ICRC', 'ngo'],
    ]);
  });

  it('finds research bodies, universities, NGOs, unions, associations and churches', () => {
    expectOrgs('Forscher der Max-Planck-Gesellschaft und der Charité, Greenpeace, die IG Metall, der BDI und die EKD.', [
      ['Max-Planck-Gesellschaft', 'org:mpg', 'education'],
      ['Charité', 'org:charite', 'education'],
      ['Greenpeace', 'org:GREENPEACE', 'ngo'],
      ['IG Metall', 'org:ig-metall', 'union'],
      ['BDI', 'org:bdi', 'association'],
      ['EKD', 'org:ekd', 'church'],
    ]);
    expectOrgs('Verdi und ver.di sind eins, der ADAC ein Verein.', [
      ['Verdi', 'org:verdi', 'union'],
      ['ver.di', 'org:verdi', 'union'],
      ['ADAC', 'org:adac', 'association'],
    ]);
  });

  it('matches ambiguous names only with supporting context', () => {
    assert.deepEqual(orgs('Die Allianz der Staaten wächst, eine neue Welt entsteht.'), []);
    assert.deepEqual(orgs('Unter der Linde lag die Shell einer Schnecke, er nahm den Trumpf.'), []);
    assert.deepEqual(orgs('Die Union der Staaten und die Linken im Land.'), []);
    expectOrgs('Laut Allianz stiegen die Prämien, der Konzern Shell auch.', [
      ['Allianz', 'org:allianz', 'company'],
      ['Shell', 'org:shell', 'company'],
    ]);
  });

  it('does not make a company of a surname that is also a brand ("Harrison Ford")', () => {
    const doc = extract('Harrison Ford spielte in dem Film.');
    assert.deepEqual(
      doc.entities.filter((e) => e.type === 'ORG').map((e) => e.name),
      [],
    );
  });
});

describe('organisation gazetteer: English text', () => {
  it('finds the same organisations by their English names', () => {
    expectOrgs(
      'Uber, Spotify and Airbus rose; the Tories, the European Court of Justice and the Federal Reserve met Goldman Sachs.',
      [
        ['Uber', 'org:uber', 'company'],
        ['Spotify', 'org:spotify', 'company'],
        ['Airbus', 'org:airbus', 'company'],
        ['Tories', 'org:gb-conservatives', 'party'],
        ['European Court of Justice', 'org:eu-cjeu', 'court'],
        ['Federal Reserve', 'org:us-fed', 'government'],
        ['Goldman Sachs', 'org:goldman-sachs', 'company'],
      ],
      'en',
    );
  });

  it('does not read common words as organisations', () => {
    assert.deepEqual(orgs('He ate an apple, found a shell and a new world view with a visa.', 'en'), []);
  });
});

describe('organisation gazetteer: pipeline and compiled file', () => {
  it('puts the organisations into the Document with key, subtype and exact offsets', () => {
    const text = 'Die Uefa bestrafte ManU, und das Umweltbundesamt warnte vor Uber.';
    const doc = extract(text);
    const byKey = new Map(doc.entities.filter((e) => e.key).map((e) => [e.key!, e]));
    for (const [key, subtype, surface] of [
      ['org:UEFA', 'sports', 'Uefa'],
      ['org:man-utd', 'sports', 'ManU'],
      ['org:de-uba', 'government', 'Umweltbundesamt'],
      ['org:uber', 'company', 'Uber'],
    ] as const) {
      const e = byKey.get(key);
      assert.ok(e, `${key} in ${JSON.stringify(doc.entities.map((x) => x.key))}`);
      assert.equal(e.type, 'ORG');
      assert.equal(e.subtype, subtype);
      const m = e.mentions[0]!;
      assert.equal(text.slice(m.start, m.end), surface);
    }
  });

  it('compiles the hand-written entries with the documented subtypes only', () => {
    const entries = JSON.parse(readFileSync(join(resourceDir('gazetteer'), 'organizations.json'), 'utf8')) as GazetteerEntry[];
    const hand = entries.filter((e) => e.origin !== 'phoenix');
    assert.ok(hand.length > 1000, `hand-written organisations: ${hand.length}`);
    const allowed = new Set(['party', 'government', 'court', 'company', 'sports', 'education', 'ngo', 'union', 'association', 'church', 'armed-group', 'intergovernmental']);
    assert.deepEqual(hand.filter((e) => !allowed.has(e.subtype)).map((e) => `${e.key}/${e.subtype}`), []);
    const keys = new Set<string>();
    for (const e of entries) {
      assert.ok(!keys.has(e.key), `duplicate key ${e.key}`);
      keys.add(e.key);
    }
  });

  it('a bare institution name several countries share goes to the country the document is about ("Nationalrat" in Bern is Swiss)', () => {
    const orgKeys = (text: string) => extract(text, { language: 'de' }).entities.filter((e) => e.type === 'ORG').map((e) => `${e.key} ${e.mentions.map((m) => m.text).join('|')}`);
    assert.deepEqual(orgKeys('Der Nationalrat in Bern stimmte am Dienstag zu. Die Schweiz will mehr Geld ausgeben.'), ['org:ch-nationalrat Nationalrat']);
    assert.deepEqual(orgKeys('Der Nationalrat in Wien stimmte am Dienstag zu.'), ['org:at-nationalrat Nationalrat']);
    assert.deepEqual(orgKeys('Der Bundesrat in Bern hat entschieden, sagte ein Sprecher in Zürich.'), ['org:ch-bundesrat Bundesrat']);
    assert.deepEqual(orgKeys('Der Bundesrat billigte das Gesetz in Berlin.'), ['org:de-bundesrat Bundesrat']);
    // without any place the gazetteer's own reading stays
    assert.deepEqual(orgKeys('Der Bundesrat billigte das Gesetz.'), ['org:de-bundesrat Bundesrat']);
    assert.deepEqual(
      [...gz.sharedInstitutions.byBare.get('Nationalrat')!.entries()].map(([cc, e]) => `${cc} ${e.key}`).sort(),
      ['AT org:at-nationalrat', 'CH org:ch-nationalrat'],
    );
  });
});
