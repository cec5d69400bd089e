/** State organs and agents named for a country become that country with a CAMEO/Phoenix agent code (agents.ts). */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { extract } from '../src/index.js';
import { validateDocument } from '../src/schema/index.js';
import { findSharedData } from '../scripts/lib/shared-data.js';

/** "type: Name/role/AGENT" for every event of the text. */
function events(text: string): string[] {
  const doc = extract(text);
  const r = validateDocument(doc, text);
  assert.ok(r.valid, r.errors.slice(0, 3).join('; '));
  const nameOf = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.events.map((e) => `${e.type}: ${e.participants.map((p) => `${nameOf.get(p.entity)}/${p.role}${p.agent ? `/${p.agent}` : ''}`).join(', ')}`);
}

describe('events: state organs and agents (participant.agent)', function () {
  this.timeout(60000);

  it('German: nationality adjective + agent noun is the country with the agent code', () => {
    assert.deepEqual(events('Türkische Sicherheitskräfte griffen am Mittwoch kurdische Stellungen im Nordirak an.'), ['fight: Türkei/source/COP']);
    assert.deepEqual(events('Russische Truppen griffen die Ukraine an.'), ['fight: Russland/source/MIL, Ukraine/target']);
    assert.deepEqual(events('Chinesische Behörden kritisierten Japan scharf.'), ['criticize: China/source/GOV, Japan/target']);
    // A compound head carries the code ("Grenzpolizei" → COP).
    assert.deepEqual(events('Die polnische Grenzpolizei kritisierte Belarus.'), ['criticize: Polen/source/COP, Belarus/target']);
  });

  it('German: a genitive country before the noun, and "US-" organisations keep their entity with the code', () => {
    // the tagger may read "Chinas Armee" as one organisation; a country in the genitive with common nouns is none
    // (isCountryGenitivePhrase in src/entities/tagger-mentions.ts)
    assert.deepEqual(events('Israels Armee griff den Libanon an.'), ['fight: Israel/source/MIL, Libanon/target']);
    assert.deepEqual(events('Chinas Armee griff Taiwan an.'), ['fight: China/source/MIL, Taiwan/target']);
    assert.deepEqual(events('Russlands Armee griff die Ukraine an.'), ['fight: Russland/source/MIL, Ukraine/target']);
    const ministry = events('Das US-Außenministerium kritisierte Russland.');
    assert.deepEqual(ministry, ['criticize: US-Außenministerium/source/GOV, Russland/target']);
  });

  it('English: adjective, possessive and two-word agent nouns', () => {
    assert.deepEqual(events('The Israeli army attacked Hamas in Gaza.'), ['fight: Israel/source/MIL, Hamas/target']);
    assert.deepEqual(events('Russian troops attacked Ukraine on Monday.'), ['fight: Russia/source/MIL, Ukraine/target']);
    assert.deepEqual(events("Israel's police arrested Hamas members in Hebron."), ['arrest: Israel/source/COP, Hamas/target']);
    assert.deepEqual(events('The Turkish security forces attacked Syria.'), ['fight: Turkey/source/COP, Syria/target']);
  });

  it('a city\'s police and government act for the city: "the Essen police", "die Polizei in Essen", "US regulator"', () => {
    assert.deepEqual(events('The Essen police are investigating four people.'), ['investigate: Essen/source/COP']);
    assert.deepEqual(events('Police in Essen are investigating four people.'), ['investigate: Essen/source/COP']);
    assert.deepEqual(events('Die Polizei in Essen ermittelt gegen vier Männer.'), ['investigate: Essen/source/COP']);
    // A country as a noun modifier names its organ too.
    assert.deepEqual(events('The US regulator criticised Google.'), ['criticize: Google/target, United States/source/GOV']);
    // "in" ties only the police to a place: an authority, an embassy or troops in a place are not that place's.
    assert.deepEqual(events('Die Behörde in Bonn prüft den Fall.'), []);
    assert.ok(!events("Russia's embassy in Stockholm criticised the agreement.").some((e) => e.includes('Stockholm')));
  });

  it('the place where an actor is ("US troops in Syria") is not an actor too', () => {
    assert.deepEqual(events('US troops in Syria attacked the convoy.'), ['fight: United States/source/MIL']);
    assert.deepEqual(events('American soldiers in Iraq arrested two men.'), ['arrest: United States/source/MIL']);
    assert.deepEqual(events('Russische Truppen in der Ukraine griffen Cherson an.'), ['fight: Russland/source/MIL, Cherson/target']);
    // The actors of a place still act: "Leaders of Fiji …", and its police ("Police in Essen").
    assert.deepEqual(events('Leaders of Fiji, Samoa and Tonga agreed on a plan.'), ['agree: Fiji/party, Samoa/party, Tonga/party']);
    assert.deepEqual(events('Police in Essen are investigating four people.'), ['investigate: Essen/source/COP']);
  });

  it('a title before a name stays the person\'s affiliation, without an agent code', () => {
    const out = events('Der russische Präsident Putin kritisierte die Ukraine.');
    assert.ok(out.length === 1 && !/\/GOV|\/MIL/.test(out[0]!), out.join(' | '));
  });

  it('the schema accepts agent codes and rejects other values', () => {
    const doc = extract('Russian troops attacked Ukraine on Monday.');
    const p = doc.events[0]?.participants.find((q) => q.agent);
    assert.equal(p?.agent, 'MIL');
    const broken = structuredClone(doc);
    broken.events[0]!.participants.find((q) => q.agent)!.agent = 'army';
    assert.equal(validateDocument(broken).valid, false);
  });

  it('English agent nouns carry the code Phoenix.agents.txt gives them (hand additions listed in docs/events.md)', function () {
    const file = `${findSharedData() ?? '/nonexistent'}/cameo-phoenix-dictionaries/Phoenix.agents.txt`;
    if (!existsSync(file)) this.skip();
    const phoenix = new Map<string, Set<string>>();
    for (const m of readFileSync(file, 'latin1').replace(/!PERSON!/g, 'MEN').matchAll(/^([A-Z][A-Z_']*?)_?\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})/gm)) {
      const key = m[1]!.toLowerCase().replace(/_/g, ' ');
      if (!phoenix.has(key)) phoenix.set(key, new Set());
      phoenix.get(key)!.add(m[2]!);
    }
    const en = JSON.parse(readFileSync(new URL('../models/events/en.json', import.meta.url), 'utf8')) as { cues: { agents: Record<string, string[]> } };
    const handAdded = new Set(['forces', 'armed forces', 'officials', 'authorities']);
    for (const [code, nouns] of Object.entries(en.cues.agents)) {
      for (const noun of nouns) {
        if (handAdded.has(noun)) continue;
        // Phoenix lists singulars: "troops" → TROOP, "companies" → COMPANY, "policemen" → POLICEMAN.
        const forms = [noun, noun.replace(/ies$/, 'y'), noun.replace(/es$/, ''), noun.replace(/s$/, ''), noun.replace(/men$/, 'man')];
        const codes = forms.map((f) => phoenix.get(f)).find((c) => c !== undefined);
        assert.ok(codes?.has(code), `${noun} → ${code}: Phoenix has ${codes ? [...codes].join('/') : 'nothing'}`);
      }
    }
  });
});
