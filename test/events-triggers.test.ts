/**
 * Trigger coverage for the CAMEO roots added in issue 13 (item 3): English verbs derived from the CAMEO 2.0 verb
 * dictionary (scripts/build-event-triggers.ts) and hand-written German forms. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { extract } from '../src/index.js';

interface Case {
  readonly text: string;
  readonly language: 'de' | 'en';
  /** The CAMEO root (2 digits) an event must have. */
  readonly root: string;
  /** The name of the event's source (or a party), when the sentence names it. */
  readonly source?: string;
}

const CASES: readonly Case[] = [
  // English, derived from the CAMEO 2.0 verb dictionary
  { language: 'en', root: '18', source: 'Islamic State', text: 'ISIS killed 30 civilians in Mosul.' },
  { language: 'en', root: '18', source: 'Boko Haram', text: 'Boko Haram kidnapped 20 students in Nigeria.' },
  { language: 'en', root: '08', source: 'Iran', text: 'Iran freed two French citizens on Friday.' },
  { language: 'en', root: '08', source: 'Germany', text: 'Germany withdrew its troops from Mali.' },
  { language: 'en', root: '17', source: 'Turkey', text: 'Turkey deported 40 Syrian refugees to Syria.' },
  { language: 'en', root: '17', source: 'Iran', text: 'Iran seized a British tanker in the Strait of Hormuz.' },
  { language: 'en', root: '11', source: 'European Union', text: 'The European Union complained to China about the tariffs.' },
  { language: 'en', root: '11', source: 'Germany', text: 'Germany lambasted Russia over the poisoning.' },
  { language: 'en', root: '02', source: 'Ukraine', text: 'Ukraine requested weapons from Germany.' },
  { language: 'en', root: '09', source: 'France', text: 'French police searched the offices of Renault.' },
  { language: 'en', root: '16', source: 'Spain', text: 'Spain called off talks with Morocco.' },
  { language: 'en', root: '19', source: 'Russia', text: 'Russia bombarded Aleppo on Sunday.' },
  { language: 'en', root: '19', source: 'Iraq', text: 'Iraq invaded Kuwait in 1990.' },
  { language: 'en', root: '14', source: 'Awami League', text: 'The Awami League rioted in Dhaka.' },
  { language: 'en', root: '06', source: 'Siemens', text: 'Siemens acquired Varian for 16 billion dollars.' },
  // German, hand-written for the same roots
  { language: 'de', root: '18', source: 'Türkei', text: 'Soldaten der Türkei töteten zwei Kämpfer der PKK.' },
  { language: 'de', root: '18', source: 'Islamischer Staat', text: 'Der Islamische Staat tötete 30 Zivilisten in Mossul.' },
  { language: 'de', root: '18', source: 'Boko Haram', text: 'Die Terrormiliz Boko Haram entführte 20 Schülerinnen in Nigeria.' },
  { language: 'de', root: '06', source: 'Siemens', text: 'Siemens übernahm den US-Konzern Varian.' },
  { language: 'de', root: '11', text: 'Angela Merkel geißelte die Politik von Wladimir Putin.' },
  { language: 'de', root: '11', source: 'Verdi', text: 'Die Gewerkschaft Verdi stemmt sich gegen die Pläne der Deutschen Bahn.' },
  { language: 'de', root: '11', source: 'Österreich', text: 'Österreich beschwerte sich bei Italien über die Grenzkontrollen.' },
  { language: 'de', root: '11', text: 'Die Verbraucherzentrale zog gegen Volkswagen vor Gericht.' },
  { language: 'de', root: '17', source: 'Türkei', text: 'Die Türkei schob 40 Syrer nach Syrien ab.' },
  { language: 'de', root: '17', source: 'Iran', text: 'Der Iran beschlagnahmte einen britischen Tanker.' },
  { language: 'de', root: '08', source: 'Iran', text: 'Der Iran ließ zwei Franzosen frei.' },
  { language: 'de', root: '08', source: 'Bundestag', text: 'Der Bundestag billigte den Einsatz der Bundeswehr in Mali.' },
  { language: 'de', root: '08', source: 'Frankreich', text: 'Frankreich zog seine Truppen aus Mali zurück.' },
  { language: 'de', root: '02', source: 'Ukraine', text: 'Die Ukraine bat Deutschland um Waffen.' },
  { language: 'de', root: '14', source: 'Lufthansa', text: 'Die Piloten der Lufthansa legten die Arbeit nieder.' },
  { language: 'de', root: '12', source: 'Russland', text: 'Russland verweigerte der OSZE den Zugang.' },
  { language: 'de', root: '16', source: 'Türkei', text: 'Die Türkei brach die Gespräche mit der EU ab.' },
  { language: 'de', root: '19', source: 'Russland', text: 'Russland marschierte in die Ukraine ein.' },
  // Added in session 9 (business, tribute, mockery, executions, suspensions, offers)
  { language: 'de', root: '11', source: 'Barack Obama', text: 'Barack Obama verspottete Donald Trump am Montag in einer Rede.' },
  { language: 'de', root: '08', source: 'Deutsche Bahn', text: 'Die Deutsche Bahn hat der Gewerkschaft GDL am Freitag nachgegeben.' },
  { language: 'de', root: '18', source: 'Iran', text: 'Der Iran hat am Samstag drei Demonstranten hingerichtet.' },
  { language: 'de', root: '05', source: 'Bayer', text: 'Der Chemiekonzern Bayer schloss sich mit dem US-Konzern Monsanto zusammen.' },
  { language: 'de', root: '06', text: 'Die Fusion von Siemens und Alstom scheiterte am Veto der EU-Kommission.' },
  { language: 'de', root: '02', source: 'Polen', text: 'Polen hat Deutschland um Hilfe gebeten.' },
  { language: 'de', root: '16', source: 'Russland', text: 'Russland kündigte die Aussetzung des Getreideabkommens mit der Ukraine an.' },
  { language: 'de', root: '04', source: 'Angela Merkel', text: 'In Hamburg lernte Angela Merkel 1986 Joachim Sauer kennen.' },
  { language: 'de', root: '04', source: 'Angela Merkel', text: 'Nach dem Studium, lernte Angela Merkel in Berlin Joachim Sauer kennen.' },
  { language: 'de', root: '11', source: 'CDU', text: 'Die CDU wirft der SPD Wortbruch vor, und Friedrich Merz will der SPD Untätigkeit vorwerfen.' },
  { language: 'de', root: '19', source: 'Russland', text: 'Der Kampf Russlands gegen die Ukraine dauert an.' },
  { language: 'de', root: '14', source: 'Verdi', text: 'Die Gewerkschaft Verdi hat den Versandhändler Amazon in Leipzig bestreikt.' },
  { language: 'en', root: '19', source: 'Ukraine', text: 'Ukraine waged a long struggle against Russia.' },
  { language: 'de', root: '08', source: 'Russland', text: 'Russland überließ Finnland im Jahr 1920 den Hafen Petsamo.' },
  { language: 'de', root: '05', source: 'Friedrich Merz', text: 'Friedrich Merz unterstützt Markus Söder im Streit um die Kandidatur.' },
  { language: 'en', root: '11', source: 'Kremlin', text: 'The Kremlin mocked Boris Johnson on Tuesday.' },
  { language: 'en', root: '05', source: 'Angela Merkel', text: 'Angela Merkel paid tribute to Helmut Kohl on Friday.' },
  { language: 'en', root: '16', source: 'Russia', text: 'Russia announced the suspension of the grain deal with Ukraine.' },
  { language: 'en', root: '06', text: 'The merger of Siemens and Alstom was blocked by the European Commission.' },
  { language: 'en', root: '03', source: 'Turkey', text: 'Turkey offered to host peace talks between Russia and Ukraine.' },
  { language: 'en', root: '16', source: 'Federal Trade Commission', text: 'The Federal Trade Commission fined Meta five billion dollars.' },
  { language: 'en', root: '08', source: 'Taliban', text: 'The Taliban released two American hostages in Kabul.' },
];

describe('event triggers for the CAMEO roots of issue 13', () => {
  for (const c of CASES) {
    it(`${c.language}: ${c.text}`, () => {
      const doc = extract(c.text, { language: c.language });
      const names = new Map(doc.entities.map((e) => [e.id, e.name]));
      const events = doc.events.filter((e) => e.cameo.startsWith(c.root));
      const seen = doc.events.map((e) => `${e.cameo} ${e.type}`).join(', ') || 'none';
      assert.ok(events.length > 0, `no event with CAMEO root ${c.root} (events: ${seen})`);
      if (c.source) {
        const actors = events.flatMap((e) => e.participants.filter((p) => p.role !== 'target').map((p) => names.get(p.entity)));
        assert.ok(actors.includes(c.source), `${c.source} is not the source (${actors.join(', ')})`);
      }
    });
  }

  it('does not take common non-event senses of derived verbs', () => {
    const quiet = [
      'The company released its annual report in March.',
      'Shares of Siemens declined after the strike price was set.',
      'Bayer hopes to settle the dispute, analysts at Deutsche Bank suggested.',
    ];
    for (const text of quiet) {
      const roots = extract(text, { language: 'en' }).events.map((e) => e.cameo.slice(0, 2));
      assert.ok(!roots.some((r) => ['08', '12', '19', '02'].includes(r)), `${text}: ${roots.join(', ')}`);
    }
  });

  it('English: "released" is a release only of hostages, prisoners or detainees', () => {
    for (const text of ['The Foreign Office released a statement on Monday.', 'Apple released a new phone in September.']) {
      assert.deepEqual(extract(text, { language: 'en' }).events.map((e) => e.type), [], text);
    }
  });

  it('German: a clause-final "getroffen" / "empfangen" takes the person between the auxiliary and it', () => {
    const meeting = extract('Olaf Scholz hat am Montag Emmanuel Macron in Paris getroffen.', { language: 'de' });
    assert.deepEqual(meeting.events.map((e) => e.type), ['meet']);
    const host = extract('Der russische Präsident Wladimir Putin hat den chinesischen Staatschef Xi Jinping in Moskau empfangen.', { language: 'de' });
    assert.deepEqual(host.events.map((e) => e.type), ['host_visit']);
    assert.deepEqual(extract('Olaf Scholz hat am Montag eine Entscheidung getroffen.', { language: 'de' }).events, []);
  });

  it('German: "empfangen" / "empfängt" host a visit only with an actor as guest', () => {
    const doc = extract('Bundeskanzler Olaf Scholz hat am Dienstag in Berlin den israelischen Ministerpräsidenten Benjamin Netanjahu empfangen.', { language: 'de' });
    assert.deepEqual(doc.events.map((e) => e.type), ['host_visit']);
    assert.deepEqual(extract('Die Bundeswehr hat ein Signal aus Russland empfangen.', { language: 'de' }).events, []);
  });

  it('German: "unterstützt" and "lernte … kennen" need an actor as object', () => {
    for (const text of ['Die Stiftung unterstützt die Forschung an deutschen Universitäten.', 'Er lernte in Berlin die deutsche Sprache kennen.']) {
      assert.deepEqual(extract(text, { language: 'de' }).events.map((e) => e.type), [], text);
    }
  });
});
