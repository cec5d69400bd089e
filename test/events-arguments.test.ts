/** Argument attachment by grammatical function (src/events/arguments.ts), one case per failure class of issue 13,
 * on sentences written for the test. */
import assert from 'node:assert/strict';
import { extract } from '../src/index.js';
import { validateDocument } from '../src/schema/index.js';
import { readSample, sampleNames } from './helpers/corpus.js';

/** "type: Name/role, … @place" for every event of the text. */
function events(text: string): string[] {
  const doc = extract(text);
  const r = validateDocument(doc, text);
  assert.ok(r.valid, r.errors.slice(0, 3).join('; '));
  const nameOf = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.events.map((e) => `${e.type}: ${e.participants.map((p) => `${nameOf.get(p.entity)}/${p.role}`).sort().join(', ')}${e.location ? ` @${e.location.text}` : ''}`);
}

describe('events: arguments by grammatical function', function () {
  this.timeout(60000);

  it('ordinary German word order: time and place between the verb and its object', () => {
    const meeting = ['meet: Emmanuel Macron/party, Olaf Scholz/party @Berlin'];
    assert.deepEqual(events('Olaf Scholz traf am Montag in Berlin den französischen Präsidenten Emmanuel Macron.'), meeting);
    assert.deepEqual(events('Olaf Scholz hat am Montag in Berlin den französischen Präsidenten Emmanuel Macron getroffen.'), meeting);
    assert.deepEqual(events('Olaf Scholz traf am Montag Emmanuel Macron.'), ['meet: Emmanuel Macron/party, Olaf Scholz/party']);
  });

  it('"traf" with an object that is no actor is no meeting', () => {
    assert.deepEqual(events('Olaf Scholz traf am Montag in Berlin eine schwierige Entscheidung.'), []);
  });

  it('the doer of a condemned act is the target, not the one who condemns', () => {
    assert.deepEqual(events('Japan condemned the seizure of a fishing boat by North Korea on Tuesday.'), ['criticize: Japan/source, North Korea/target']);
  });

  it('attribution phrases never make actors', () => {
    assert.deepEqual(events('Nach Angaben von Amnesty International haben russische Truppen ukrainische Dörfer angegriffen.'), ['fight: Russland/source']);
  });

  it('a relative pronoun subject is its antecedent; the other name is the object', () => {
    assert.deepEqual(events('Die Regierung Frankreichs, die Italien am Montag scharf kritisiert hatte, traf sich am Dienstag mit Vertretern Spaniens.')[0],
      'criticize: Frankreich/source, Italien/target');
  });

  it('a relative pronoun object is its antecedent: the antecedent\'s name is the target', () => {
    // written for the test; the case of events-dev-real is "der Krim, die Russland 2014 annektierte"
    // ("das"/"die" are also nominative, and the parse then reads the subject: see the test above)
    assert.deepEqual(events('Der Sprecher sprach über den Irak, den die USA 2003 angegriffen hatten.'), ['fight: Irak/target, USA/source']);
  });

  it('a passive with "von" names the actor; the subject is the target', () => {
    assert.deepEqual(events('Der Oppositionspolitiker Alexej Nawalny wurde am Sonntag von der russischen Polizei festgenommen.'),
      ['arrest: Alexej Nawalny/target, Russland/source']);
  });

  it('a takeover\'s genitive is what is taken over; "durch"/"by" names the buyer (frames: genitive target)', () => {
    assert.deepEqual(events('Die Übernahme des Autobauers Opel durch den Konzern PSA wurde am Montag abgeschlossen.'), ['acquire: Opel/target, PSA/source']);
    assert.deepEqual(events('The takeover of Opel by PSA was completed on Monday.'), ['acquire: Opel/target, PSA/source']);
  });

  it('the object of a statement takes the speaker as its actor', () => {
    // not sentence-initial: model 2.1 reads a sentence-initial "Bayer" (also "Bavarian") as no name, a known recall
    // error (docs/models.md); this test is about the event rule
    assert.deepEqual(events('Am Montag kündigte Bayer die Übernahme von Monsanto an.'), ['statement: Bayer/source', 'acquire: Bayer/source, Monsanto/target']);
    assert.deepEqual(events('Siemens kündigte die Übernahme von Monsanto an.'), ['statement: Siemens/source', 'acquire: Monsanto/target, Siemens/source']);
  });

  it('"wir"/"ich"/"we" inside a quote is its speaker (discourse actor)', () => {
    assert.deepEqual(events('„Wir haben Deutschland um Hilfe gebeten“, sagte Wolodymyr Selenskyj am Montag.'),
      ['appeal: Deutschland/target, Wolodymyr Selenskyj/source', 'statement: Wolodymyr Selenskyj/source']);
    assert.deepEqual(events('„Ich habe Emmanuel Macron gestern in Paris getroffen“, sagte Olaf Scholz.'),
      ['meet: Emmanuel Macron/party, Olaf Scholz/party @Paris', 'statement: Olaf Scholz/source @Paris']);
    assert.deepEqual(events('"We have asked Germany for more help," Volodymyr Zelensky said on Monday.'),
      ['appeal: Germany/target, Volodymyr Zelensky/source', 'statement: Volodymyr Zelensky/source']);
  });

  it('German "…“, so X." attributes the quote to X; "so dass" is no statement', () => {
    assert.deepEqual(events('„Wir haben Frankreich um Hilfe gebeten“, so Wolodymyr Selenskyj.'),
      ['appeal: Frankreich/target, Wolodymyr Selenskyj/source', 'statement: Wolodymyr Selenskyj/source']);
    assert.deepEqual(events('Es regnete, so dass Olaf Scholz zu Hause blieb.'), []);
  });

  it('an object pronoun is the person named before it, other than the subject (discourse actor)', () => {
    assert.deepEqual(events('Angela Merkel traf am Montag Joe Biden. Sie lobte ihn für seine Politik.'),
      ['meet: Angela Merkel/party, Joe Biden/party', 'praise: Angela Merkel/source, Joe Biden/target']);
    assert.deepEqual(events('Boris Johnson met Emmanuel Macron in Paris. Macron later criticised him sharply.')[1],
      'criticize: Boris Johnson/target, Emmanuel Macron/source');
  });

  it('a pronoun subject of an adverbial clause is the subject of the clause it modifies', () => {
    assert.deepEqual(events('Die CDU versuchte am Montag, die Debatte zu beenden, indem sie der SPD Wortbruch vorwarf.')[0]?.split(',')[0], 'accuse: CDU/source');
    assert.ok(events('Greenpeace protested in Hamburg, after it had accused Russia of lying.').includes('accuse: Greenpeace/source, Russia/target @Hamburg'));
  });

  it('the parse\'s subject pronoun after the verb is the person named before (discourse actor)', () => {
    assert.deepEqual(events('Der Journalist Andreas Dosch ist in Berlin. Dort traf er den Schauspieler George Clooney.'),
      ['meet: Andreas Dosch/party, George Clooney/party @Berlin']);
  });

  it('a definite description as the subject is the company named before (discourse actor)', () => {
    assert.ok(events('Der Solarhersteller Solarwatt erweitert seine Produktion. Im Dezember kündigte das sächsische Unternehmen eine engere Zusammenarbeit mit Bosch an.')
      .includes('cooperate: Bosch/party, Solarwatt/party'));
  });

  it('a preposition is no separated particle: "forderte … auf den Krieg" is a demand, "forderte … auf" an appeal', () => {
    assert.equal(events('Polen forderte am Montag von Deutschland mehr Hilfe und verwies auf den Krieg in der Ukraine.')[0]?.split(' @')[0],
      'demand: Deutschland/target, Polen/source');
    assert.deepEqual(events('Polen forderte Deutschland am Montag zu mehr Hilfe auf.'), ['appeal: Deutschland/target, Polen/source']);
  });

  it('a German verb with its objects after it is active, though it is also a participle ("ermittelt gegen X")', () => {
    // The parser reads "ermittelt" as a participle with a passive subject and "gegen X" as the passive agent.
    assert.deepEqual(events('Die Staatsanwaltschaft Köln ermittelt gegen den Unternehmer Hans Müller.'),
      ['investigate: Hans Müller/target, Staatsanwaltschaft Köln/source']);
    assert.deepEqual(events('Die Stadt Köln ermittelt gegen Hans Müller.'), ['investigate: Hans Müller/target']);
    // Extraposed clauses after a participle leave it passive.
    assert.deepEqual(events('Die Regierung Polens wurde am Montag von der EU-Kommission aufgefordert, die Reform zurückzunehmen.'),
      ['appeal: Europäische Kommission/source, Polen/target']);
  });

  it('after a German verb trigger only the type\'s own prepositions mark its target: "ermittelt auf Zypern" is a place', () => {
    assert.deepEqual(events('Die Polizei ermittelt auf Zypern.'), []);
    assert.deepEqual(events('Die Regierung appellierte an Russland, die Angriffe einzustellen.'), ['appeal: Russland/target']);
    assert.deepEqual(events('Der Angriff auf Zypern wurde verurteilt.'), ['fight: Zypern/target']);
  });

  it('a noun after a preposition of cause is the background of its clause\'s report and names only its own phrase', () => {
    // "Vorwürfe" made the investigation a reported claim, and took the prosecutor as the accuser.
    assert.deepEqual(events('Wegen der Vorwürfe ermittelt die Staatsanwaltschaft Berlin gegen den Politiker Peter Schmidt.'),
      ['investigate: Peter Schmidt/target, Staatsanwaltschaft Berlin/source']);
    assert.deepEqual(events('Nach dem Angriff auf Israel verurteilte die Bundesregierung den Iran.'),
      ['fight: Israel/target', 'criticize: Bundesregierung/source, Iran/target']);
  });

  it('a German subject after its verb, which the parse made the object, is read by case and word order', () => {
    // The parse: "die Bundesregierung" object with "den Angriff" under it; "den Iran" oblique and the subject an
    // object; "die Türkei" object and "die Europäische Union" subject.
    assert.deepEqual(events('Am Montag verurteilte die Bundesregierung den Angriff auf Israel.'),
      ['criticize: Bundesregierung/source', 'fight: Israel/target']);
    assert.deepEqual(events('Den Iran kritisierte die Bundesregierung scharf.'), ['criticize: Bundesregierung/source, Iran/target']);
    assert.deepEqual(events('Am Dienstag kritisierte die Türkei die Europäische Union scharf.'),
      ['criticize: Europäische Union/target, Türkei/source']);
  });

  it('a name after a directed verb whose subject names no entity is its target, not its actor', () => {
    assert.deepEqual(events('Prosecutors in Berlin are investigating the businessman Hans Mueller.'), ['investigate: Hans Mueller/target @Berlin']);
    assert.deepEqual(events('Police arrested the opposition leader Ali Hassan in Cairo.'), ['arrest: Ali Hassan/target @Cairo']);
  });

  it('a name inside a word right before a name describes it and takes no part ("den US-Softwarehersteller Altair")', () => {
    assert.deepEqual(events('Siemens übernimmt den US-Softwarehersteller Altair.'), ['acquire: Altair/target, Siemens/source']);
    assert.deepEqual(events('Die US-China-Gespräche wurden in Genf fortgesetzt.'), ['consult: China/party, USA/party @Genf']);
  });

  it('"the company" / "der Konzern" is a company the entity stage knows as one, named before', () => {
    assert.deepEqual(events('Siemens reported higher profits on Monday. The company also criticized the European Commission.'),
      ['criticize: European Commission/target, Siemens/source']);
    assert.deepEqual(events('Die Deutsche Bahn meldete am Montag Verluste. Der Konzern kritisierte zudem die Gewerkschaft GDL.'),
      ['criticize: Deutsche Bahn/source, GDL/target']);
  });

  it('a place that is no country is what a fight takes; elsewhere it is no participant', () => {
    assert.deepEqual(events('Russland annektierte im Jahr 2014 die Halbinsel Krim.'), ['occupy: Krim/target, Russland/source']);
    assert.deepEqual(events('Russia fought a long war against Chechnya in the 1990s.').filter((e) => e.startsWith('fight')), ['fight: Chechnya/target, Russia/source']);
  });

  it('a pair compound before a symmetric noun, or in the noun itself, names its parties; one name alone does not', () => {
    assert.deepEqual(events('Das deutsch-französische Abkommen wurde am Dienstag unterzeichnet.'), ['sign_agreement: Deutschland/party, Frankreich/party']);
    assert.deepEqual(events('Die US-China-Gespräche wurden in Genf fortgesetzt.'), ['consult: China/party, USA/party @Genf']);
    assert.deepEqual(events('The US-China trade deal was signed on Wednesday.'), ['sign_agreement: China/party, United States/party']);
    assert.deepEqual(events('The Israeli-Palestinian talks resumed on Monday.'), ['consult: Israel/party, Palestine/party']);
    assert.deepEqual(events('The Sino-US trade talks resumed on Monday.'), ['consult: China/party, United States/party']);
    // a pair before a noun that is no event, and one name in the trigger word, give no parties
    assert.deepEqual(events('Die deutsch-französische Grenze wurde geschlossen.'), []);
    assert.deepEqual(events('Beim NATO-Gipfel in Vilnius trafen sich die Staats- und Regierungschefs.'), []);
  });

  it('the one name in a German event word takes part when the event names a partner ("der EU-Gipfel mit China")', () => {
    assert.deepEqual(events('Der EU-Gipfel mit China fand am Montag statt.'), ['meet: China/party, Europäische Union/party']);
    assert.deepEqual(events('Die USA-Gespräche mit China wurden in Genf fortgesetzt.'), ['consult: China/party, USA/party @Genf']);
    // without a partner the name may be the host: no party, no event
    assert.deepEqual(events('Der NATO-Gipfel in Vilnius begann am Dienstag.'), []);
  });

  it('a noun trigger takes the subject of the verb it is the object of', () => {
    assert.deepEqual(events('Die CDU übte am Dienstag scharfe Kritik an Bundeskanzler Olaf Scholz.'), ['criticize: CDU/source, Olaf Scholz/target']);
  });

  it('events are the same whether the syntax stage ran (syntax: true) or the event stage parsed on its own', () => {
    for (const name of sampleNames()) {
      const text = readSample(name);
      assert.deepEqual(extract(text, { syntax: true }).events, extract(text).events, name);
    }
  });
});
