import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isEreignisError } from '../src/errors.js';
import { loadGazetteer } from '../src/entities/gazetteer/index.js';
import { resourceDir } from '../src/resources/locate.js';
import { adjectiveStemCandidates, genitiveBases, germanNameVariants } from '../src/entities/gazetteer/inflection.js';
import type { RawMention } from '../src/doc/types.js';
import { tokensOf } from './helpers/tokens.js';


const gz = loadGazetteer();
function find(text: string, lang = 'de'): RawMention[] {
  return gz.find(text, tokensOf(text), lang);
}
function only(text: string, surface: string, lang = 'de'): RawMention {
  const ms = find(text, lang).filter((m) => m.text === surface);
  assert.equal(ms.length, 1, `expected one mention "${surface}" in: ${text} (got ${JSON.stringify(find(text, lang).map((m) => m.text))})`);
  return ms[0]!;
}
function assertOffsets(text: string, ms: RawMention[]): void {
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text, `offsets of ${m.text}`);
}

describe('gazetteer: loading', () => {
  it('loads the compiled gazetteer once and caches it', () => {
    assert.equal(loadGazetteer(), gz);
    assert.ok(gz.entryCount > 5000, `entries: ${gz.entryCount}`);
    assert.match(gz.version, /^\d+\.\d+\.\d+$/);
  });

  it('lists every compiled file in the manifest with checksum, sources and licence', () => {
    const manifest = JSON.parse(readFileSync(join(resourceDir('gazetteer'), 'manifest.json'), 'utf8')) as {
      files: Record<string, { sha256: string; licence: string; sources: string[] }>;
    };
    for (const f of ['countries.json', 'countries-extra.json', 'cities.json', 'organizations.json', 'regions.json', 'media.json', 'lexicon.json', 'surnames.json']) {
      const meta = manifest.files[f];
      assert.ok(meta, f);
      assert.match(meta.sha256, /^[0-9a-f]{64}$/);
      assert.ok(meta.licence.length > 2 && meta.sources.length > 0, f);
    }
  });

  describe('corrupted copies', () => {
    let dir = '';
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'ereignis-gz-'));
      cpSync(resourceDir('gazetteer'), dir, { recursive: true });
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('throws E003 when a file does not match its checksum', () => {
      const p = join(dir, 'countries.json');
      writeFileSync(p, readFileSync(p, 'utf8').replace('Südkorea', 'Suedkorea'));
      assert.throws(() => loadGazetteer(dir), (e: unknown) => isEreignisError(e) && e.code === 'E003' && /countries\.json/.test(e.message));
    });

    it('throws E002 when a listed file is missing', () => {
      unlinkSync(join(dir, 'media.json'));
      assert.throws(() => loadGazetteer(dir), (e: unknown) => isEreignisError(e) && e.code === 'E002' && /media\.json/.test(e.message));
    });

    it('throws E002 when the manifest is missing', () => {
      unlinkSync(join(dir, 'manifest.json'));
      assert.throws(() => loadGazetteer(dir), (e: unknown) => isEreignisError(e) && e.code === 'E002');
    });
  });
});

describe('gazetteer: German', () => {
  it('finds countries, cities and organisations with keys and German canonical names', () => {
    const text = 'NATO und Südkorea trafen sich in Vilnius, der Hauptstadt Litauens.';
    const ms = find(text);
    assertOffsets(text, ms);
    assert.deepEqual(
      ms.map((m) => [m.text, m.type, m.key, m.canonical]),
      [
        ['NATO', 'ORG', 'org:NATO', 'NATO'],
        ['Südkorea', 'LOC', 'iso:KR', 'Südkorea'],
        ['Vilnius', 'LOC', 'geo:593116', 'Vilnius'],
        ['Litauens', 'LOC', 'iso:LT', 'Litauen'],
      ],
    );
    assert.equal(ms[0]!.subtype, 'intergovernmental');
    assert.equal(ms[2]!.subtype, 'city');
    assert.ok(ms.every((m) => m.source === 'gazetteer' && m.confidence > 0.5 && m.sentence === 0));
  });

  it('reads genitive forms back to the base name', () => {
    assert.equal(only('Die Raketen Nordkoreas beunruhigen.', 'Nordkoreas').key, 'iso:KP');
    const d = only('Die Rolle Deutschlands wächst.', 'Deutschlands');
    assert.equal(d.key, 'iso:DE');
    assert.equal(d.canonical, 'Deutschland');
    assert.equal(only('Die Lage Chinas ist schwierig.', 'Chinas').key, 'iso:CN');
  });

  it('reads the dative plural of plural country names ("in den Niederlanden"), not of other places ("Hallen")', () => {
    const nl = only('Die Fischer in den Niederlanden sind froh.', 'Niederlanden');
    assert.equal(nl.key, 'iso:NL');
    assert.equal(nl.canonical, 'Niederlande');
    assert.equal(only('Er kam aus den Vereinigten Arabischen Emiraten.', 'Vereinigten Arabischen Emiraten').key, 'iso:AE');
    const text = 'Die Hallen waren voll.';
    assert.deepEqual(loadGazetteer().find(text, tokensOf(text), 'de').map((m) => m.text), []);
  });

  it('an ambiguous company name before a company word in a hyphen compound is the company ("Puma-Chef", not "Puma-Gehege")', () => {
    const found = (text: string) => loadGazetteer().find(text, tokensOf(text), 'de').map((m) => `${m.text} ${m.key}`);
    assert.deepEqual(found('Der Puma-Chef und die Henkel-Aktie.'), ['Puma org:puma', 'Henkel org:henkel']);
    assert.deepEqual(found('Das Puma-Gehege im Zoo.'), []);
  });

  it('inflects adjectives inside multi-word names', () => {
    assert.equal(only('Die Kommission der Europäischen Union prüft.', 'Europäischen Union').key, 'org:EU');
    assert.equal(only('Er reiste in die Vereinigten Staaten.', 'Vereinigten Staaten').key, 'iso:US');
    assert.equal(only('Bosnien und Herzegowina wählt.', 'Bosnien und Herzegowina').key, 'iso:BA');
  });

  it('finds the name part of hyphen compounds with an exact span', () => {
    for (const [text, surface, key] of [
      ['Treffen auf dem NATO-Hügel in Vilnius.', 'NATO', 'org:NATO'],
      ['Treffen auf dem Vilnius-Hügel.', 'Vilnius', 'geo:593116'],
      ['Südkorea nimmt an NATO-Übungen teil.', 'NATO', 'org:NATO'],
      ['Das ist mit den EU-Vorschriften vereinbar.', 'EU', 'org:EU'],
    ] as const) {
      const m = only(text, surface);
      assert.equal(m.key, key, text);
      assert.equal(text.slice(m.start, m.end), surface);
      assert.equal(text.slice(m.start, m.end + 1).at(-1), '-');
    }
  });

  it('finds both names of a pair compound ("US-China", "Russland-Ukraine-Krieg"), and no second name in other compounds', () => {
    const cases: Array<[string, string, string[]]> = [
      ['The US-China talks resumed in Geneva.', 'en', ['US', 'China', 'Geneva']],
      ['The Israel-Hamas ceasefire held.', 'en', ['Israel', 'Hamas']],
      ['Der Russland-Ukraine-Krieg dauert an.', 'de', ['Russland', 'Ukraine']],
      ['US-Chinese relations improved.', 'en', ['US', 'Chinese']],
      ['The Israeli-Palestinian talks resumed.', 'en', ['Israeli', 'Palestinian']],
      ['Sino-US relations and the Franco-German treaty.', 'en', ['Sino', 'US', 'Franco', 'German']],
      // a combining form counts only as the first part of a pair
      ['Indo-European languages and a Franco fan.', 'en', []],
      ['Die CDU-CSU-Ministerpräsidenten stimmten zu.', 'de', ['CDU', 'CSU']],
      // a city part, a company word and a whole hyphenated name stay one mention each
      ['Der Apple-Chef zog nach Berlin-Mitte.', 'de', ['Apple', 'Berlin-Mitte']],
      ['Sie reisten nach Baden-Württemberg und Guinea-Bissau.', 'de', ['Baden-Württemberg', 'Guinea-Bissau']],
      // an English demonym pair needs two countries: "Anglo-Saxon" and "Saudi-led" give no pair
      ['The Anglo-Saxon tradition of the Saudi-led coalition.', 'en', []],
    ];
    for (const [text, lang, names] of cases) {
      const ms = find(text, lang).filter((m) => !m.derived || lang === 'en');
      assertOffsets(text, ms);
      assert.deepEqual(ms.map((m) => m.text), names, text);
    }
  });

  it('turns country adjectives and demonyms into derived mentions', () => {
    const text = 'Der südkoreanische Präsident sprach in der Erklärung des südkoreanischen Präsidialamtes mit Südkoreanern.';
    const ms = find(text);
    assertOffsets(text, ms);
    const derived = ms.filter((m) => m.derived);
    assert.deepEqual(
      derived.map((m) => [m.text, m.key, m.canonical]),
      [
        ['südkoreanische', 'iso:KR', 'Südkorea'],
        ['südkoreanischen', 'iso:KR', 'Südkorea'],
        ['Südkoreanern', 'iso:KR', 'Südkorea'],
      ],
    );
    assert.equal(only('Die litauische Regierung.', 'litauische').key, 'iso:LT');
    assert.equal(only('Die deutschen Truppen.', 'deutschen').key, 'iso:DE');
    assert.equal(only('Der US-amerikanische Botschafter.', 'US-amerikanische').key, 'iso:US');
  });

  it('splits hyphenated adjective pairs into their countries', () => {
    const text = 'Die deutsch-französische Freundschaft.';
    const ms = find(text).filter((m) => m.derived);
    assertOffsets(text, ms);
    assert.deepEqual(ms.map((m) => [m.text, m.key]), [['deutsch', 'iso:DE'], ['französische', 'iso:FR']]);
  });

  it('uses German exonyms and shares the key with the English name', () => {
    const de = only('Die Kommission in Brüssel entschied.', 'Brüssel');
    const en = only('The Commission in Brussels decided.', 'Brussels', 'en');
    assert.equal(de.key, en.key);
    assert.equal(de.canonical, 'Brüssel');
    assert.equal(en.canonical, 'Brussels');
    assert.equal(only('Die Stadt Wilna.', 'Wilna').key, 'geo:593116');
  });

  it('leaves common nouns, lowercase words and lone surnames unmatched', () => {
    assert.deepEqual(find('Das Essen war gut, wir essen gern.'), []);
    assert.deepEqual(find('Im Wald und auf dem Hof.'), []);
    assert.deepEqual(find('Bauer sagte, Koch habe recht.'), []);
    assert.deepEqual(find('Die nato und die eu.'), []);
    // With a preposition of place the city reading wins.
    assert.equal(only('Er zog nach Essen.', 'Essen').subtype, 'city');
  });

  it('matches acronyms case-sensitively', () => {
    assert.equal(only('Die WHO warnte.', 'WHO').key, 'org:WHO');
    assert.deepEqual(find('Who knows.', 'en'), []);
  });

  it('does not join names across line breaks', () => {
    const ms = find('Vereinigte\nStaaten');
    assert.ok(!ms.some((m) => m.key === 'iso:US'), JSON.stringify(ms));
  });

  it('finds media and news agencies', () => {
    assert.equal(only('Laut Yonhap News wurde berichtet.', 'Yonhap News').key, 'media:yonhap');
    assert.equal(only('Das meldete die Deutsche Presse-Agentur.', 'Deutsche Presse-Agentur').key, 'media:dpa');
    assert.equal(only('Wie dpa meldet.', 'dpa').subtype, 'media');
  });
});

describe('gazetteer: English', () => {
  it('finds names, possessives and demonyms with English canonical names', () => {
    const text = "South Korean troops joined NATO drills in Lithuania, Germany's Chancellor said in Vilnius.";
    const ms = find(text, 'en');
    assertOffsets(text, ms);
    assert.deepEqual(
      ms.map((m) => [m.text, m.key, m.canonical, m.derived ?? false]),
      [
        ['South Korean', 'iso:KR', 'South Korea', true],
        ['NATO', 'org:NATO', 'NATO', false],
        ['Lithuania', 'iso:LT', 'Lithuania', false],
        ["Germany's", 'iso:DE', 'Germany', false],
        ['Vilnius', 'geo:593116', 'Vilnius', false],
      ],
    );
  });

  it('knows national parliaments by their own-language names', () => {
    assert.equal(only('The Saeima voted on Tuesday.', 'Saeima', 'en').key, 'org:lv-saeima');
    assert.equal(only('Der Sejm stimmte zu.', 'Sejm').subtype, 'government');
  });

  it('ships organisation descriptors, seats and company tails in the lexicon', () => {
    const kinds = (kind: string) => new Set(gz.lexicon.orgCues.filter((c) => c.kind === kind).map((c) => c.word));
    assert.ok(kinds('descriptor').has('hersteller'));
    assert.ok(kinds('generic').has('Unternehmen'));
    assert.ok(kinds('seat').has('staatsanwaltschaft'));
    assert.ok(kinds('tail').has('Health'));
  });

  it('prefers the longest match', () => {
    assert.equal(only('The United States of America and the EU.', 'United States of America', 'en').key, 'iso:US');
    assert.equal(only('Talks at the UN Security Council.', 'UN Security Council', 'en').key, 'org:UNSC');
  });
});

describe('gazetteer: inflection helpers', () => {
  it('derives stems, genitive bases and weak name forms', () => {
    assert.ok(adjectiveStemCandidates('südkoreanischen').includes('südkoreanisch'));
    assert.deepEqual(genitiveBases('Litauens'), ['Litauen']);
    assert.deepEqual(genitiveBases('Paris'), ['Pari']);
    assert.deepEqual(germanNameVariants('Vereinigte Staaten'), ['Vereinigten Staaten']);
    assert.deepEqual(germanNameVariants('Internationaler Währungsfonds'), ['Internationalen Währungsfonds']);
    assert.deepEqual(germanNameVariants('Litauen'), []);
  });
});

describe('gazetteer: scale', () => {
  // Speed on large documents is measured by npm run bench (docs/benchmarks.md), not by timed unit tests.
  it('finds the same names per repeated unit on a large document', function () {
    this.timeout(120000);
    const unit =
      'Der litauische Außenminister traf in Vilnius Vertreter der NATO und der Europäischen Union. ' +
      'Die Regierung Deutschlands und die südkoreanische Delegation sprachen über EU-Vorschriften und das Essen.\n';
    const small = unit.repeat(50);
    const big = unit.repeat(400);
    const tSmall = tokensOf(small);
    const tBig = tokensOf(big);
    const nSmall = gz.find(small, tSmall, 'de').length;
    const nBig = gz.find(big, tBig, 'de').length;
    assert.ok(nSmall > 0);
    assert.equal(nBig, nSmall * 8);
  });
});

describe('gazetteer: build', () => {
  it('rebuilds byte-identical files from the sources (when shared/data is available)', async function () {
    this.timeout(120000);
    const { build, findDataDir } = await import('../scripts/build-resources.js');
    if (!findDataDir()) this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'ereignis-gz-build-'));
    try {
      const { manifest } = build(dir);
      const committed = JSON.parse(readFileSync(join(resourceDir('gazetteer'), 'manifest.json'), 'utf8')) as typeof manifest;
      assert.deepEqual(manifest, committed);
      // And the rebuilt copy loads and verifies.
      assert.ok(loadGazetteer(dir).entryCount > 5000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
