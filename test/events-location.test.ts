/** Where an event happened (issue 13, item 5): a clause's place or the dateline, never a place inside an actor's
 * name; a visited country is the visit's target, not its place. Sentences written for these tests. */
import assert from 'node:assert/strict';
import type { Document, Event } from '../src/schema/document.js';
import { extract } from '../src/index.js';

function eventOf(doc: Document, type: string): Event {
  const ev = doc.events.find((e) => e.type === type);
  assert.ok(ev, `no ${type} event in ${JSON.stringify(doc.events.map((e) => e.type))}`);
  return ev;
}

function targets(doc: Document, ev: Event): string[] {
  return ev.participants.filter((p) => p.role === 'target').map((p) => doc.entities.find((e) => e.id === p.entity)?.name ?? p.entity);
}

describe('event locations', () => {
  it('de: a place inside an actor compound is no location ("beim US-Versandhändler")', () => {
    const doc = extract('In Koblenz haben die Beschäftigten von Amazon die Arbeit niedergelegt. Verdi rief zum Streik beim US-Versandhändler auf.');
    assert.equal(eventOf(doc, 'appeal').location?.text, undefined);
  });

  it('de: the dateline is the place when the clause names none', () => {
    const doc = extract('KOBLENZ (dpa) – Die Gewerkschaft Verdi hat den US-Versandhändler Amazon scharf kritisiert.');
    assert.equal(eventOf(doc, 'criticize').location?.text, 'KOBLENZ');
  });

  it('de: a place in the clause beats the dateline', () => {
    const doc = extract('BERLIN (dpa) – Die Gewerkschaft Verdi hat den Versandhändler Amazon in Leipzig scharf kritisiert.');
    assert.equal(eventOf(doc, 'criticize').location?.text, 'Leipzig');
  });

  it('de: a noun between the place preposition and the place passes it on ("im Logistikzentrum Bad Hersfeld")', () => {
    const doc = extract('Die Gewerkschaft Verdi streikte am Montag im Logistikzentrum Bad Hersfeld.');
    assert.equal(eventOf(doc, 'strike').location?.text, 'Bad Hersfeld');
    const genitive = extract('Die Gewerkschaft Verdi streikte in der Wirtschaft Chinas.');
    assert.equal(eventOf(genitive, 'strike').location, undefined, 'a genitive is an attribute, not the place');
  });

  it('de: a visited country is the target ("besuchte am Dienstag Frankreich")', () => {
    const doc = extract('Bundeskanzler Olaf Scholz besuchte am Dienstag Frankreich.');
    const ev = eventOf(doc, 'visit');
    assert.deepEqual(targets(doc, ev), ['Frankreich']);
    assert.equal(ev.location, undefined);
  });

  it('en: a visited country is the target, not the location ("visited Kenya\'s largest slum")', () => {
    const doc = extract("President Joe Biden visited Kenya's largest slum on Monday.");
    const ev = eventOf(doc, 'visit');
    assert.deepEqual(targets(doc, ev), ['Kenya']);
    assert.equal(ev.location, undefined);
  });

  it('en: the dateline is the place when the clause names none', () => {
    const doc = extract('SEATTLE (Reuters) - The union Teamsters criticized Amazon on Monday.');
    assert.equal(eventOf(doc, 'criticize').location?.text, 'SEATTLE');
  });

  it('en: a visited city stays the place; the visited country is the target ("state visit to Vietnam")', () => {
    const doc = extract('Chancellor Olaf Scholz visited Kyiv on Monday.');
    assert.equal(eventOf(doc, 'visit').location?.text, 'Kyiv');
    const state = extract('Chancellor Olaf Scholz began a state visit to Vietnam on Monday.');
    const ev = eventOf(state, 'visit');
    assert.deepEqual(targets(state, ev), ['Vietnam']);
    assert.equal(ev.location, undefined);
  });

  it('"dort"/"there" is the place named just before', () => {
    const doc = extract('Der Journalist Andreas Dosch ist in Hamburg. Dort traf er den Schauspieler George Clooney.');
    assert.equal(eventOf(doc, 'meet').location?.text, 'Hamburg');
    const en = extract('Prime Minister Keir Starmer flew to Brussels on Monday. There he met Ursula von der Leyen.');
    assert.equal(eventOf(en, 'meet').location?.text, 'Brussels');
  });
});
