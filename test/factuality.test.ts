/** Event factuality (issue 13, item 4): one self-written sentence per value and language, the default filter, the
 * option, and schema validation of Documents that carry the field. */
import assert from 'node:assert/strict';
import { createPipeline, extract } from '../src/index.js';
import { validateDocument, type Document, type Event, type Factuality } from '../src/schema/index.js';

const all = { de: createPipeline({ language: 'de', allFactualities: true }), en: createPipeline({ language: 'en', allFactualities: true }) };

/** The events of a sentence with every factuality kept. */
function eventsOf(language: 'de' | 'en', text: string): Event[] {
  return all[language].extract(text).events;
}

function only(language: 'de' | 'en', text: string, type: string): Event {
  const found = eventsOf(language, text).filter((e) => e.type === type);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(eventsOf(language, text).map((e) => e.type))}`);
  return found[0]!;
}

const CASES: Array<[Factuality, 'de' | 'en', string, string]> = [
  ['asserted', 'en', 'The Danish government criticized Norway on Tuesday.', 'criticize'],
  ['asserted', 'de', 'Die dänische Regierung kritisierte Norwegen am Dienstag.', 'criticize'],
  ['negated', 'en', 'The Danish government did not criticize Norway on Tuesday.', 'criticize'],
  ['negated', 'en', 'There was no meeting between Lars Holm and Olaf Scholz.', 'meet'],
  // German verb-second: the negation stands after the trigger.
  ['negated', 'de', 'Die dänische Regierung kritisierte Norwegen am Dienstag nicht.', 'criticize'],
  ['negated', 'de', 'Es gab kein Treffen zwischen Lars Holm und Olaf Scholz.', 'meet'],
  // "ohne" / "without" negate only right before the trigger, not as manner elsewhere in the clause.
  ['negated', 'de', 'Die Gespräche zwischen Dänemark und Norwegen endeten ohne Einigung.', 'agree'],
  ['negated', 'en', 'The talks between Denmark and Norway ended without an agreement.', 'sign_agreement'],
  ['asserted', 'de', 'Ohne Zögern unterzeichneten Dänemark und Norwegen das Abkommen.', 'sign_agreement'],
  ['hypothetical', 'en', 'If Denmark criticizes Norway, the talks will fail.', 'criticize'],
  ['hypothetical', 'en', 'Denmark could criticize Norway.', 'criticize'],
  ['hypothetical', 'en', 'Will Denmark criticize Norway?', 'criticize'],
  ['hypothetical', 'de', 'Falls Dänemark Norwegen kritisiert, scheitern die Gespräche.', 'criticize'],
  ['hypothetical', 'de', 'Dänemark könnte Norwegen kritisieren.', 'criticize'],
  ['hypothetical', 'de', 'Wird Dänemark Norwegen kritisieren?', 'criticize'],
  ['planned', 'en', 'Prime Minister Lars Holm will meet Chancellor Olaf Scholz in Berlin next week.', 'intend_meet'],
  ['planned', 'en', 'Denmark and Norway will sign an agreement next week.', 'intend_cooperate'],
  ['planned', 'de', 'Lars Holm will sich nächste Woche mit Olaf Scholz in Berlin treffen.', 'intend_meet'],
  ['planned', 'de', 'Dänemark und Norwegen wollen nächste Woche ein Abkommen unterzeichnen.', 'intend_cooperate'],
  ['reported-claim', 'en', 'Sweden accused Denmark of imposing sanctions on Norway.', 'sanction'],
  ['reported-claim', 'en', 'Denmark allegedly attacked Norway.', 'fight'],
  ['reported-claim', 'de', 'Schweden beschuldigte Dänemark, Sanktionen gegen Norwegen verhängt zu haben.', 'sanction'],
  // Reportative "soll … haben" is a claim, not a plan.
  ['reported-claim', 'de', 'Dänemark soll Norwegen angegriffen haben.', 'fight'],
];

describe('event factuality', () => {
  for (const [value, language, text, type] of CASES) {
    it(`${value} (${language}): ${text}`, () => {
      assert.equal(only(language, text, type).factuality, value);
    });
  }

  it('the accusation itself stays asserted beside the claim it reports', () => {
    assert.equal(only('en', 'Sweden accused Denmark of imposing sanctions on Norway.', 'accuse').factuality, 'asserted');
    assert.equal(only('de', 'Schweden beschuldigte Dänemark, Sanktionen gegen Norwegen verhängt zu haben.', 'accuse').factuality, 'asserted');
  });

  it('"nicht nur" / "not only" does not negate', () => {
    assert.equal(only('de', 'Dänemark kritisierte nicht nur Norwegen, sondern auch Schweden.', 'criticize').factuality, 'asserted');
  });

  it('by default only asserted and planned events are returned; allFactualities keeps the others', () => {
    for (const [value, language, text, type] of CASES) {
      const kept = extract(text, { language }).events.filter((e) => e.type === type);
      const expected = value === 'asserted' || value === 'planned' ? 1 : 0;
      assert.equal(kept.length, expected, `${value}: ${text}`);
      for (const e of kept) assert.ok(e.factuality === 'asserted' || e.factuality === 'planned');
    }
  });

  it('allFactualities must be a boolean', () => {
    assert.throws(() => createPipeline({ allFactualities: 'yes' as unknown as boolean }), /E001/);
  });

  it('Documents with every factuality value validate; a wrong value does not', () => {
    const seen = new Set<string>();
    for (const [, language, text] of CASES) {
      const doc = all[language].extract(text);
      const r = validateDocument(doc, text);
      assert.ok(r.valid, `${text}: ${r.errors.join('; ')}`);
      for (const e of doc.events) seen.add(e.factuality);
    }
    assert.deepEqual([...seen].sort(), ['asserted', 'hypothetical', 'negated', 'planned', 'reported-claim']);
    const doc = all.en.extract(CASES[0]![2]) as Document;
    const bad = { ...doc, events: doc.events.map((e) => ({ ...e, factuality: 'maybe' })) };
    assert.equal(validateDocument(bad).valid, false);
    const missing = { ...doc, events: doc.events.map(({ factuality: _f, ...e }) => e) };
    assert.equal(validateDocument(missing).valid, false);
  });
});
