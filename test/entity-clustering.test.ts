/** Merging finders' readings and clustering mentions into entities (src/entities/merge.ts, cluster.ts, propagate.ts). */
import assert from 'node:assert/strict';
import { extract, type Document } from '../src/index.js';
import { clusterMentions, parentheticalAliases } from '../src/entities/cluster.js';
import { resolveMentions } from '../src/entities/merge.js';
import { propagateNames } from '../src/entities/propagate.js';
import { tokenizeRange } from '../src/segment/tokenize.js';
import type { RawMention } from '../src/doc/types.js';
import { profileFor } from '../src/lang/index.js';

const mention = (text: string, word: string, type: RawMention['type'], source: RawMention['source'], extra: Partial<RawMention> = {}, from = 0): RawMention => {
  const start = text.indexOf(word, from);
  assert.ok(start >= 0, `${word} not in text`);
  return { start, end: start + word.length, text: word, type, source, confidence: 0.9, sentence: 0, ...extra };
};
const entitiesOf = (doc: Document) => doc.entities.map((e) => `${e.name}/${e.type}:${e.mentions.filter((m) => !m.derived).length}`);

describe('entity clustering', () => {
  it('partial person names join the full name, first or last word, also when the tagger typed them wrongly', () => {
    const text = 'Präsidentin Malwina Oberkirch traf Kanzler Jorge Halvorsen. Oberkirch sagte, Halvorsen habe zugestimmt.';
    const names = [
      mention(text, 'Malwina Oberkirch', 'PER', 'rule'),
      mention(text, 'Jorge Halvorsen', 'PER', 'rule'),
      mention(text, 'Oberkirch', 'ORG', 'model', {}, 40),
      mention(text, 'Halvorsen', 'PER', 'model', {}, 70),
    ];
    const ents = clusterMentions({ text, names, derived: [], sentenceSection: () => 'body' });
    assert.deepEqual(ents.map((e) => [e.name, e.type, e.mentions.length]), [['Malwina Oberkirch', 'PER', 2], ['Jorge Halvorsen', 'PER', 2]]);
  });

  it('a short name that fits two people stays apart', () => {
    const text = 'Anna Weber und Paul Weber kamen. Weber sprach.';
    const names = [mention(text, 'Anna Weber', 'PER', 'rule'), mention(text, 'Paul Weber', 'PER', 'rule'), mention(text, 'Weber', 'PER', 'model', {}, 30)];
    assert.equal(clusterMentions({ text, names, derived: [], sentenceSection: () => 'body' }).length, 3);
  });

  it('an acronym in parentheses joins the name before it, and later uses of the acronym too', () => {
    const text = 'Die Agentur für Küstenschutz (AKS) warnte. Die AKS rief zur Vorsicht auf.';
    const names = [mention(text, 'Agentur für Küstenschutz', 'ORG', 'rule'), mention(text, 'AKS', 'ORG', 'model', {}, 40)];
    assert.equal(parentheticalAliases(text, names).size, 0); // the first "(AKS)" was not marked by any finder
    const ents = clusterMentions({ text, names, derived: [], sentenceSection: () => 'body' });
    assert.deepEqual(ents.map((e) => [e.name, e.mentions.length]), [['Agentur für Küstenschutz', 2]]);
  });

  it('inflected and adjective-inflected forms join: genitive -s, "Westdeutschen Allgemeinen Zeitung"', () => {
    const text = 'Die Nordhafener Allgemeine Zeitung berichtete. Laut der Nordhafener Allgemeinen Zeitung stieg der Preis.';
    const names = [mention(text, 'Nordhafener Allgemeine Zeitung', 'ORG', 'rule'), mention(text, 'Nordhafener Allgemeinen Zeitung', 'ORG', 'rule')];
    assert.equal(clusterMentions({ text, names, derived: [], sentenceSection: () => 'body' }).length, 1);
  });

  it('an organisation short form joins the one longer name it starts, not one of two', () => {
    const one = extract('Der Chiphersteller Brellwin Semiconductors AG kündigte Stellen. Brellwin wies Kritik zurück.');
    assert.ok(entitiesOf(one).some((e) => /^Brellwin Semiconductors AG\/ORG:2$/.test(e)), entitiesOf(one).join(', '));
  });

  it('entities only mentioned outside the main story carry that section', () => {
    const doc = extract('Bundeskanzler Olaf Scholz besuchte Vilnius.\n\nLesen Sie auch\n\nDer Bürgermeister von Tallinn trat zurück.');
    assert.equal(doc.entities.find((e) => e.name === 'Tallinn')?.section, 'related');
    assert.equal(doc.entities.find((e) => e.name === 'Vilnius')?.section, undefined);
  });
});

describe('merging overlapping readings', () => {
  it('a longer gazetteer name beats a shorter rule span inside it', () => {
    const text = 'Laut Austria Presse Agentur stieg der Index.';
    const gz = mention(text, 'Austria Presse Agentur', 'ORG', 'gazetteer', { key: 'media:apa' });
    const rule = mention(text, 'Presse Agentur', 'ORG', 'rule');
    assert.deepEqual(resolveMentions([rule, gz], text).names.map((m) => m.text), ['Austria Presse Agentur']);
  });

  it('a confident tagger span absorbs a whole-word gazetteer name and inherits its key when the type agrees', () => {
    const text = 'Die Yonhap News meldete das Treffen.';
    const gz = mention(text, 'Yonhap', 'ORG', 'gazetteer', { key: 'media:yonhap', subtype: 'media', canonical: 'Yonhap' });
    const model = mention(text, 'Yonhap News', 'ORG', 'model');
    const [kept] = resolveMentions([gz, model], text).names;
    assert.equal(kept?.text, 'Yonhap News');
    assert.equal(kept?.key, 'media:yonhap');
  });

  it('a less sure tagger organisation absorbs a place only when an organisation head word is in it', () => {
    const text = 'Sie studierte an der University of North Carolina.';
    const gz = () => mention(text, 'North Carolina', 'LOC', 'gazetteer', { key: 'region:US-NC' });
    const model = (confidence: number) => mention(text, 'University of North Carolina', 'ORG', 'model', { confidence });
    const heads = new Set(['University']);
    assert.deepEqual(resolveMentions([gz(), model(0.6)], text, heads).names.map((m) => m.text), ['University of North Carolina']);
    // below 0.8 without the head word list, or below 0.5 with it, the gazetteer name stays
    assert.deepEqual(resolveMentions([gz(), model(0.6)], text).names.map((m) => m.text), ['North Carolina']);
    assert.deepEqual(resolveMentions([gz(), model(0.4)], text, heads).names.map((m) => m.text), ['North Carolina']);
  });

  it('but not the name part of a hyphen compound', () => {
    const text = 'Auf dem NATO-Hügel wurde verhandelt.';
    const gz = mention(text, 'NATO', 'ORG', 'gazetteer', { key: 'org:NATO' });
    const model = mention(text, 'NATO-Hügel', 'LOC', 'model');
    assert.deepEqual(resolveMentions([gz, model], text).names.map((m) => m.text), ['NATO']);
  });
});

describe('one sense per document', () => {
  it('copies a found name to its other occurrences, whole tokens only', () => {
    const text = 'Der Lieferdienst Quirlo expandiert. Quirlo wies die Vorwürfe zurück. Quirlos Kunden und Quirlotaxi bleiben.';
    const tokens = tokenizeRange(text, 0, text.length, profileFor('de').segment).map((t) => ({ ...t, sentence: 0 }));
    const first = tokens.findIndex((t) => t.text === 'Quirlo');
    const m = { ...mention(text, 'Quirlo', 'ORG', 'rule'), tokenStart: first, tokenEnd: first + 1 };
    const copies = propagateNames(text, tokens, [m]);
    assert.deepEqual(copies.map((c) => [c.text, c.start, c.type, c.source]), [['Quirlo', text.indexOf('Quirlo', 30), 'ORG', 'cluster']]);
  });

  it('finds a person named in full again by the surname, particles included, also capitalised at a sentence start', () => {
    const text = 'Ursula von der Leyen kam. Später sagte von der Leyen nichts. Von der Leyen ging. Leyen blieb. Die Leyen-Rede.';
    const tokens = tokenizeRange(text, 0, text.length, profileFor('de').segment).map((t) => ({ ...t, sentence: 0 }));
    const m = { ...mention(text, 'Ursula von der Leyen', 'PER', 'model'), tokenStart: 0, tokenEnd: 4 };
    const copies = propagateNames(text, tokens, [m]);
    // "Leyen" alone is not "von der Leyen"; an organisation's last word is never copied on its own
    assert.deepEqual(copies.map((c) => c.text), ['von der Leyen', 'Von der Leyen']);
    const org = { ...mention('Deutsche Bahn streikt. Die Bahn fährt.', 'Deutsche Bahn', 'ORG', 'model'), tokenStart: 0, tokenEnd: 2 };
    const orgText = 'Deutsche Bahn streikt. Die Bahn fährt.';
    const orgTokens = tokenizeRange(orgText, 0, orgText.length, profileFor('de').segment).map((t) => ({ ...t, sentence: 0 }));
    assert.deepEqual(propagateNames(orgText, orgTokens, [org]).map((c) => c.text), []);
  });
});

describe('wire-copy conventions', () => {
  it('a shouted dateline place is a location, with its gazetteer key when known', () => {
    const doc = extract('OSLO (Reuters) - The Norwegian government approved the plan on Monday.\nMARKDORF, 3. Mai - Nothing else.', { language: 'en' });
    const oslo = doc.entities.find((e) => e.mentions.some((m) => m.text === 'OSLO'));
    assert.equal(oslo?.type, 'LOC');
    assert.equal(oslo?.name, 'Oslo');
    assert.ok(oslo?.key?.startsWith('geo:'));
    const unknown = doc.entities.find((e) => e.mentions.some((m) => m.text === 'MARKDORF'));
    assert.deepEqual([unknown?.type, unknown?.name], ['LOC', 'Markdorf']);
  });

  it('a shouted organisation at a line start stays an organisation; shouting inside a line is no dateline', () => {
    const doc = extract('NATO (Reuters) - Allies met.\nThe talks in GENEVA (Switzerland) went on.', { language: 'en' });
    assert.equal(doc.entities.find((e) => e.name === 'NATO')?.type, 'ORG');
    assert.ok(!doc.entities.some((e) => e.mentions.some((m) => m.text === 'GENEVA' && m.source === 'rule')));
  });

  it('a kicker at a line start is no dateline place ("BREAKING:", "EILMELDUNG:")', () => {
    const en = extract('BREAKING: Police arrest a suspect in Berlin.', { language: 'en' });
    assert.deepEqual(en.entities.map((e) => e.name), ['Berlin']);
    const de = extract('EILMELDUNG: Polizei nimmt Verdächtigen in Berlin fest.', { language: 'de' });
    assert.ok(!de.entities.some((e) => /eilmeldung/i.test(e.name)), de.entities.map((e) => e.name).join(', '));
  });

  it('a generic German noun is not a known organisation ("Kongress" is not the US Congress)', () => {
    const doc = extract('Der Vertrag muss noch vom chilenischen Kongress ratifiziert werden.');
    assert.ok(!doc.entities.some((e) => e.key === 'org:us-congress'), JSON.stringify(doc.entities.map((e) => e.name)));
  });
});
