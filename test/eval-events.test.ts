/** The events-dev-real scorer (scripts/lib/event-score.ts) on tiny hand-made gold/system pairs. */
import assert from 'node:assert/strict';
import type { Entity, Event, Participant } from '../src/schema/document.js';
import {
  comparePair,
  isStatement,
  sameForm,
  scoreEntities,
  scoreEvents,
  type GoldDocument,
  type GoldEvent,
  type SystemDocument,
} from '../scripts/lib/event-score.js';

function entity(id: string, type: Entity['type'], name: string, more: Array<{ text: string; derived?: boolean }> = []): Entity {
  const mentions = [{ text: name }, ...more].map((m, i) => ({ start: i * 10, end: i * 10 + m.text.length, text: m.text, sentence: 0, ...(m.derived ? { derived: true } : {}) }));
  return { id, type, name, mentions, confidence: 1 };
}

let next = 1;
function event(cameo: string, participants: Array<[string, Participant['role']]>, location?: { entity: string; text: string }): Event {
  const ev: Event = {
    id: `v${next++}`,
    type: 'test',
    cameo,
    trigger: { start: 0, end: 4, text: 'verb' },
    sentence: 0,
    participants: participants.map(([e, role]) => ({ entity: e, role })),
    confidence: 1,
    factuality: 'asserted',
  };
  if (location) ev.location = { ...location, start: 0, end: location.text.length };
  return ev;
}

const gold = (events: GoldEvent[], id = 'test-de-1'): GoldDocument => ({ id, language: 'de', text: '', entities: [], events });

// Gabriel (SPD) criticises Klöckner; the entities every system document below shares.
const entities = [entity('e1', 'PER', 'Sigmar Gabriel', [{ text: 'Gabriel' }]), entity('e2', 'PER', 'Julia Klöckner'), entity('e3', 'LOC', 'Berlin')];
const criticism: GoldEvent = { cameoRoot: ['11'], participants: [['Sigmar Gabriel', 'Gabriel', 'SPD'], ['Julia Klöckner', 'Klöckner']] };
const sys = (...events: Event[]): SystemDocument => ({ entities, events });

describe('events-dev-real scorer', () => {
  it('matches forms case-insensitively, without quotes and dots, with up to 2 trailing characters', () => {
    assert.ok(sameForm('Russlands', 'Russland'));
    assert.ok(sameForm('Russland', 'russlands'));
    assert.ok(sameForm('„Bafin“', 'Bafin'));
    assert.ok(sameForm('U.S.', 'US'));
    assert.ok(!sameForm('Russlandreise', 'Russland'), 'five trailing characters are not inflection');
    assert.ok(!sameForm('Irak', 'Iran'));
    assert.ok(!sameForm('', ''), 'empty forms never match');
  });

  it('a match: right root, every group attached, roles right, nothing spurious', () => {
    const r = scoreEvents(gold([criticism]), sys(event('111', [['e1', 'source'], ['e2', 'target']])));
    assert.ok(r.events[0]!.match);
    assert.equal(r.events[0]!.roles, 'right');
    assert.equal(r.spurious.length, 0);
    assert.equal(r.emitted, 1);
  });

  it('a root mismatch is a miss plus a spurious event, and the diagnosis names the root', () => {
    const r = scoreEvents(gold([criticism]), sys(event('051', [['e1', 'source'], ['e2', 'target']])));
    assert.equal(r.events[0]!.match, undefined);
    assert.equal(r.spurious.length, 1);
    assert.match(r.events[0]!.diagnosis!, /root 05 not in 11/);
    assert.equal(r.events[0]!.missClass, 'wrong root, participants attached');
  });

  it('a missing participant group is a miss; the diagnosis tells an unattached entity from a missing one', () => {
    const r = scoreEvents(gold([criticism]), sys(event('112', [['e1', 'source']])));
    assert.equal(r.events[0]!.match, undefined);
    assert.match(r.events[0]!.diagnosis!, /group 2 \[Julia Klöckner\] missing \(entity in the trigger sentence, not attached\)/);
    assert.equal(r.events[0]!.missClass, 'root right, participant in the trigger sentence, not attached');
    const elsewhere = scoreEvents(gold([criticism]), sys({ ...event('112', [['e1', 'source']]), sentence: 3 }));
    assert.match(elsewhere.events[0]!.diagnosis!, /missing \(entity only in other sentences\)/);
    assert.equal(elsewhere.events[0]!.missClass, 'root right, participant only in other sentences');
    const noEntity = scoreEvents(gold([{ cameoRoot: ['11'], participants: [['Gabriel'], ['Merz']] }]), sys(event('112', [['e1', 'source']])));
    assert.match(noEntity.events[0]!.diagnosis!, /group 2 \[Merz\] missing \(no system entity\)/);
    assert.equal(noEntity.events[0]!.missClass, 'root right, participant not an entity');
  });

  it('a swapped role still finds the event, but the roles are counted as swapped', () => {
    const r = scoreEvents(gold([criticism]), sys(event('111', [['e2', 'source'], ['e1', 'target']])));
    assert.ok(r.events[0]!.match);
    assert.equal(r.events[0]!.roles, 'swapped');
    const party = scoreEvents(gold([criticism]), sys(event('111', [['e1', 'party'], ['e2', 'party']])));
    assert.equal(party.events[0]!.roles, 'party');
  });

  it('a system event is used once: two gold events cannot share it', () => {
    const r = scoreEvents(gold([criticism, criticism]), sys(event('111', [['e1', 'source'], ['e2', 'target']])));
    assert.ok(r.events[0]!.match);
    assert.equal(r.events[1]!.match, undefined);
    assert.match(r.events[1]!.diagnosis!, /already taken by gold event 1/);
  });

  it('a spurious 010 statement is spurious, and counted apart from the others', () => {
    const r = scoreEvents(gold([]), sys(event('010', [['e1', 'source']]), event('111', [['e1', 'source'], ['e2', 'target']])));
    assert.equal(r.spurious.length, 2);
    assert.deepEqual(r.spurious.map(isStatement), [true, false]);
  });

  it('location: by the location entity or its text; a found event with another place is wrong', () => {
    const withPlace: GoldEvent = { ...criticism, location: ['Berlin'] };
    const byEntity = scoreEvents(gold([withPlace]), sys(event('111', [['e1', 'source'], ['e2', 'target']], { entity: 'e3', text: 'Hauptstadt' })));
    assert.equal(byEntity.events[0]!.location, true);
    const byText = scoreEvents(gold([withPlace]), sys(event('111', [['e1', 'source'], ['e2', 'target']], { entity: 'e9', text: 'Berliner' })));
    assert.equal(byText.events[0]!.location, true);
    const wrong = scoreEvents(gold([withPlace]), sys(event('111', [['e1', 'source'], ['e2', 'target']], { entity: 'e2', text: 'Mainz' })));
    assert.equal(wrong.events[0]!.location, false);
    const none = scoreEvents(gold([withPlace]), sys(event('111', [['e1', 'source'], ['e2', 'target']])));
    assert.equal(none.events[0]!.location, false);
  });

  it('a derived mention ("iranische") matches an adjective alias', () => {
    const doc: SystemDocument = { entities: [entity('e1', 'LOC', 'Iran', [{ text: 'iranische', derived: true }])], events: [event('145', [['e1', 'source']])] };
    const r = scoreEvents(gold([{ cameoRoot: ['14'], participants: [['iranische']] }]), doc);
    assert.ok(r.events[0]!.match);
  });

  it('cross-lingual pair: agreement needs the event found in both languages with the same root', () => {
    const g = gold([{ cameoRoot: ['11', '12'], participants: [['Gabriel'], ['Julia Klöckner']] }]);
    const de = scoreEvents(g, sys(event('111', [['e1', 'source'], ['e2', 'target']])));
    const en = scoreEvents(g, sys(event('112', [['e1', 'source'], ['e2', 'target']])));
    const enOtherRoot = scoreEvents(g, sys(event('120', [['e1', 'source'], ['e2', 'target']])));
    const enMissed = scoreEvents(g, sys());
    assert.deepEqual(comparePair(de, en), { either: 1, agree: 1, rootDiffers: 0, disagreements: [] });
    const differ = comparePair(de, enOtherRoot);
    assert.equal(differ.agree, 0);
    assert.equal(differ.rootDiffers, 1);
    const missed = comparePair(de, enMissed);
    assert.deepEqual([missed.either, missed.agree], [1, 0]);
    assert.match(missed.disagreements[0]!, /found in de only/);
    assert.equal(comparePair(enMissed, enMissed).either, 0, 'events found in neither language do not count');
  });

  it('entities: type or typeAlso must match; optional gold entities consume a system entity without counting', () => {
    const g: GoldDocument = {
      ...gold([]),
      entities: [
        { type: 'LOC', aliases: ['Iran', 'Irans'], typeAlso: ['ORG'] },
        { type: 'ORG', aliases: ['dpa'], optional: true },
        { type: 'PER', aliases: ['Chamenei'] },
      ],
    };
    const doc: SystemDocument = { entities: [entity('e1', 'ORG', 'Irans'), entity('e2', 'ORG', 'dpa'), entity('e3', 'LOC', 'Chamenei')], events: [] };
    const r = scoreEntities(g, doc);
    assert.deepEqual([r.tp, r.fp, r.fn], [1, 1, 1]);
    assert.deepEqual(r.missed, ['Chamenei/PER']);
    assert.deepEqual(r.spurious, ['Chamenei/LOC']);
  });
});
