/** The reference article (corpus/samples/nato-suedkorea.txt) through the whole pipeline. */
import assert from 'node:assert/strict';
import { extract, type Document, type Entity } from '../src/index.js';
import { readSample } from './helpers/corpus.js';

describe('reference article: NATO and South Korea', () => {
  const text = readSample('nato-suedkorea');
  let doc: Document;
  before(() => {
    doc = extract(text);
  });
  const entity = (name: string): Entity => {
    const e = doc.entities.find((x) => x.name === name);
    assert.ok(e, `no entity "${name}"; have: ${doc.entities.map((x) => `${x.name}/${x.type}`).join(', ')}`);
    return e;
  };
  const surface = (e: Entity) => e.mentions.filter((m) => !m.derived).map((m) => m.text);

  it('is German', () => {
    assert.equal(doc.language.code, 'de');
    assert.equal(doc.language.iso639_3, 'deu');
    assert.ok(doc.language.confidence >= 0.5);
  });

  const expected: Array<[string, string, number]> = [
    // name, type, least number of name mentions in the text
    ['Yoon Suk-yeol', 'PER', 2],
    ['Jens Stoltenberg', 'PER', 3],
    ['Vilnius', 'LOC', 1],
    ['Litauen', 'LOC', 1],
    ['NATO', 'ORG', 6],
    ['Yonhap', 'ORG', 1],
    ['Südkorea', 'LOC', 4],
    ['Nordkorea', 'LOC', 2],
    ['Seoul', 'LOC', 1],
  ];
  for (const [name, type, count] of expected) {
    it(`finds ${name} (${type}) with its mentions`, () => {
      const e = entity(name);
      assert.equal(e.type, type);
      assert.ok(surface(e).length >= count, `${name}: ${surface(e).join(' | ')}`);
    });
  }

  it('joins partial and inflected mentions to one entity', () => {
    assert.ok(surface(entity('Yoon Suk-yeol')).includes('Yoon'));
    assert.ok(surface(entity('Jens Stoltenberg')).includes('Stoltenberg'));
    assert.ok(surface(entity('Nordkorea')).includes('Nordkoreas'));
    assert.ok(surface(entity('Litauen')).includes('Litauens'));
    assert.equal(doc.entities.filter((e) => e.name === 'NATO').length, 1);
    assert.equal(doc.entities.filter((e) => /Stoltenberg/.test(e.name)).length, 1);
  });

  it('types Yonhap as a media organisation and keys countries language-independently', () => {
    assert.equal(entity('Yonhap').subtype, 'media');
    assert.equal(entity('Südkorea').key, 'iso:KR');
    assert.equal(entity('Südkorea').subtype, 'country');
  });

  it('does not take common nouns for names', () => {
    const names = doc.entities.map((e) => e.name);
    for (const word of ['Erklärung', 'Bereichen', 'Zusammenarbeit', 'Terrorismusbekämpfung', 'Neuanfang', 'Check Also']) {
      assert.ok(!names.includes(word), `"${word}" taken for a name`);
    }
  });

  it('marks the teaser and the comment form as not main story', () => {
    const kinds = doc.sections.map((s) => s.kind);
    assert.ok(kinds.includes('related'));
    assert.ok(kinds.includes('boilerplate'));
    const related = doc.sections.find((s) => s.kind === 'related')!;
    assert.ok(text.slice(related.start, related.end).includes('Belgien'));
    const belgien = doc.entities.find((e) => e.name === 'Belgien');
    if (belgien) assert.equal(belgien.section, 'related');
    assert.ok(doc.diagnostics.some((d) => d.code === 'W005'));
  });

  it('extracts the agreement: CAMEO 057, both sides with affiliations, Vilnius, the areas and their number', () => {
    const agreements = doc.events.filter((e) => e.cameo === '057' && e.section === undefined);
    assert.equal(agreements.length, 1, JSON.stringify(doc.events.map((e) => [e.cameo, e.trigger.text])));
    const ev = agreements[0]!;
    const byId = new Map(doc.entities.map((e) => [e.id, e.name]));
    const parts = new Map(ev.participants.map((p) => [byId.get(p.entity), p.affiliation && byId.get(p.affiliation)]));
    assert.equal(parts.get('Yoon Suk-yeol'), 'Südkorea');
    assert.equal(parts.get('Jens Stoltenberg'), 'NATO');
    assert.equal(ev.location && byId.get(ev.location.entity), 'Vilnius');
    const areas = (ev.areas ?? []).map((a) => a.text);
    for (const a of ['Terrorismusbekämpfung', 'Cyberabwehr', 'Nichtverbreitung']) assert.ok(areas.includes(a), `areas: ${areas.join(', ')}`);
    assert.equal(ev.areaCount, 11);
  });

  it('no main-story event comes from the teaser or the comment form', () => {
    const aside = doc.sections.filter((s) => s.kind === 'related' || s.kind === 'boilerplate');
    for (const ev of doc.events) {
      const inAside = aside.some((s) => ev.trigger.start >= s.start && ev.trigger.end <= s.end);
      if (inAside) assert.ok(ev.section === 'related' || ev.section === 'boilerplate', `event ${ev.trigger.text} unmarked`);
    }
  });

  it('is deterministic: the same input gives the same bytes', () => {
    assert.equal(JSON.stringify(extract(text)), JSON.stringify(doc));
  });
});
