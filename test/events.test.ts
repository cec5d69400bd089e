/** The event stage on hand-made WorkingDocs (German and English), its lexicons, number words and dates. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Entity, EntityTypeT, Event, SectionKindT } from '../src/schema/document.js';
import type { RawMention, WorkingDoc } from '../src/doc/types.js';
import { tokenizeRange } from '../src/segment/tokenize.js';
import { extractEvents, eventLexicon, eventTypes, findTimes, readNumber } from '../src/events/index.js';
import { extract } from '../src/index.js';
import { otherLanguage, profileFor } from '../src/lang/index.js';
import { findSharedData } from '../scripts/lib/shared-data.js';

// ---- fixture: sentences split at . ! ?, tokens from the real tokeniser, mentions placed by searching their text,
// ---- entities grouped by key (or name); paragraphs (blank lines) are sections.

interface MentionSpec {
  text: string;
  type: EntityTypeT;
  subtype?: string;
  key?: string;
  /** Canonical name (entity name); defaults to text. */
  name?: string;
  /** Which occurrence of text (0-based) when it appears several times. */
  nth?: number;
  derived?: boolean;
  title?: { text: string; affiliationKey?: string };
}

interface DocSpec {
  text: string;
  language: 'de' | 'en';
  mentions: MentionSpec[];
  /** Section kind per paragraph (paragraphs split at blank lines); default body. */
  sections?: SectionKindT[];
}

function nthIndex(text: string, needle: string, nth: number, from = 0): number {
  let at = text.indexOf(needle, from);
  for (let i = 0; i < nth && at >= 0; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`fixture: '${needle}' (#${nth}) not in text`);
  return at;
}

function makeDoc(spec: DocSpec): WorkingDoc {
  const { text } = spec;
  // Paragraphs → sections; sentences end at . ! ? followed by space/newline, or at a blank line.
  const sections: { start: number; end: number; kind: SectionKindT }[] = [];
  const paraRe = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = paraRe.exec(text), i = 0; m; m = paraRe.exec(text), i++) {
    sections.push({ start: m.index, end: m.index + m[0].length, kind: spec.sections?.[i] ?? 'body' });
  }
  const sentences: { start: number; end: number; section: number }[] = [];
  sections.forEach((sec, si) => {
    const body = text.slice(sec.start, sec.end);
    // A dot after a digit is an ordinal ("am 3. Mai"), not a sentence end.
    const re = /(?:[^.!?\n]|(?<=\d)\.)+(?:[.!?]+|$)/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = sec.start + m.index + lead;
      const end = sec.start + m.index + m[0].trimEnd().length;
      if (end > start) sentences.push({ start, end, section: si });
    }
  });
  const tokens = sentences.flatMap((s, i) => tokenizeRange(text, s.start, s.end).map((t) => ({ ...t, sentence: i })));
  const sentenceOf = (offset: number): number => sentences.findIndex((s) => offset >= s.start && offset < s.end);
  const entities = new Map<string, Entity>();
  const mentions: RawMention[] = spec.mentions.map((ms) => {
    const start = nthIndex(text, ms.text, ms.nth ?? 0);
    const end = start + ms.text.length;
    const sentence = sentenceOf(start);
    const groupKey = ms.key ?? `${ms.type}:${ms.name ?? ms.text}`;
    let entity = entities.get(groupKey);
    if (!entity && !ms.derived) {
      entity = {
        id: `e${entities.size + 1}`,
        type: ms.type,
        name: ms.name ?? ms.text,
        mentions: [],
        confidence: 0.9,
        ...(ms.subtype ? { subtype: ms.subtype } : {}),
        ...(ms.key ? { key: ms.key } : {}),
      };
      entities.set(groupKey, entity);
    }
    if (entity && !ms.derived) entity.mentions.push({ start, end, text: ms.text, sentence });
    const m: RawMention = {
      start, end, text: ms.text, type: ms.type, source: 'rule', confidence: 0.9, sentence,
      ...(ms.subtype ? { subtype: ms.subtype } : {}),
      ...(ms.key ? { key: ms.key } : {}),
      ...(ms.name ? { canonical: ms.name } : {}),
      ...(ms.derived ? { derived: true } : {}),
      ...(entity ? { entity: entity.id } : {}),
    };
    if (ms.title) {
      const ts = text.lastIndexOf(ms.title.text, start);
      if (ts < 0) throw new Error(`fixture: title '${ms.title.text}' not before '${ms.text}'`);
      m.title = { start: ts, end: ts + ms.title.text.length, text: ms.title.text, ...(ms.title.affiliationKey ? { affiliationKey: ms.title.affiliationKey } : {}) };
    }
    return m;
  });
  // Derived adjectives link to the entity with their key when it exists.
  for (const m of mentions) if (m.derived && m.key) {
    const e = [...entities.values()].find((x) => x.key === m.key);
    if (e) m.entity = e.id;
  }
  return {
    text,
    language: { code: spec.language, iso639_3: spec.language === 'de' ? 'deu' : 'eng', confidence: 1 },
    // What the language stage sets: events route by the profile.
    profile: profileFor(spec.language),
    sections,
    sentences,
    tokens,
    mentions,
    entities: [...entities.values()].filter((e) => e.mentions.length > 0),
    diagnostics: [],
  };
}

/** Entity id of the entity named `name` in the doc. */
function entityId(doc: WorkingDoc, name: string): string {
  const e = doc.entities?.find((x) => x.name === name);
  if (!e) throw new Error(`no entity '${name}'`);
  return e.id;
}

const name = (doc: WorkingDoc, id: string | undefined): string | undefined => doc.entities?.find((e) => e.id === id)?.name;
const roles = (doc: WorkingDoc, ev: Event): Record<string, string> =>
  Object.fromEntries(ev.participants.map((p) => [name(doc, p.entity)!, p.role]));
const affiliations = (doc: WorkingDoc, ev: Event): Record<string, string | undefined> =>
  Object.fromEntries(ev.participants.map((p) => [name(doc, p.entity)!, name(doc, p.affiliation)]));

function assertSpansExact(doc: WorkingDoc, events: Event[]): void {
  for (const ev of events) {
    const spans = [ev.trigger, ...(ev.mentions ?? []), ...(ev.areas ?? []), ...(ev.location ? [ev.location] : []), ...(ev.time ? [ev.time] : [])];
    for (const s of spans) assert.equal(doc.text.slice(s.start, s.end), s.text, `span ${JSON.stringify(s)}`);
  }
}

const country = (text: string, key: string, extra: Partial<MentionSpec> = {}): MentionSpec => ({ text, type: 'LOC', subtype: 'country', key, ...extra });
const city = (text: string, extra: Partial<MentionSpec> = {}): MentionSpec => ({ text, type: 'LOC', subtype: 'city', key: `geo:${text.toLowerCase()}`, ...extra });

describe('events: agreements', () => {
  it('German: signing with both parties, place, day, areas and their number', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Frankreich und Deutschland unterzeichneten am Montag in Paris ein Abkommen über Zusammenarbeit in fünf Bereichen, darunter Energie, Verkehr und Bildung.',
      mentions: [country('Frankreich', 'iso:FR'), country('Deutschland', 'iso:DE'), city('Paris')],
    });
    const events = extractEvents(doc);
    assert.equal(events.length, 1);
    const ev = events[0]!;
    assert.equal(ev.id, 'v1');
    assert.equal(ev.cameo, '057');
    assert.equal(ev.type, 'sign_agreement');
    assert.deepEqual(roles(doc, ev), { Frankreich: 'party', Deutschland: 'party' });
    assert.equal(name(doc, ev.location?.entity), 'Paris');
    assert.equal(ev.time?.text, 'Montag');
    assert.deepEqual(ev.areas?.map((a) => a.text), ['Energie', 'Verkehr', 'Bildung']);
    assert.equal(ev.areaCount, 5);
    assert.deepEqual(ev.mentions?.map((m) => m.text), ['Abkommen', 'Zusammenarbeit']);
    assert.ok(ev.confidence > 0.8 && ev.confidence <= 1);
    assert.equal(ev.section, undefined);
    assertSpansExact(doc, events);
  });

  it('English: the same, with an ISO date', () => {
    const doc = makeDoc({
      language: 'en',
      text: 'France and Germany signed an agreement in Paris on Monday, July 10, 2023, on cooperation in five areas, including energy, transport and education.',
      mentions: [country('France', 'iso:FR'), country('Germany', 'iso:DE'), city('Paris')],
    });
    const [ev, ...rest] = extractEvents(doc);
    assert.equal(rest.length, 0);
    assert.equal(ev!.cameo, '057');
    assert.deepEqual(roles(doc, ev!), { France: 'party', Germany: 'party' });
    assert.equal(ev!.location?.text, 'Paris');
    assert.equal(ev!.time?.value, '2023-07-10');
    assert.deepEqual(ev!.areas?.map((a) => a.text), ['energy', 'transport', 'education']);
    assert.equal(ev!.areaCount, 5);
  });

  it('German reflexive verbs split across the clause: "sich … geeinigt hätten", number words', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Nach Angaben der Regierung sollen sich Polen und Litauen am 3. Mai 2024 in Warschau auf eine Zusammenarbeit in zwölf Bereichen geeinigt haben, etwa bei Energie.',
      mentions: [country('Polen', 'iso:PL'), country('Litauen', 'iso:LT'), city('Warschau')],
    });
    const events = extractEvents(doc);
    const ev = events.find((e) => e.type === 'agree');
    assert.ok(ev, JSON.stringify(events));
    assert.equal(ev.cameo, '030');
    assert.equal(ev.trigger.text, 'geeinigt');
    assert.deepEqual(roles(doc, ev), { Polen: 'party', Litauen: 'party' });
    assert.equal(ev.areaCount, 12);
    assert.equal(ev.time?.value, '2024-05-03');
    assert.equal(ev.location?.text, 'Warschau');
    assertSpansExact(doc, events);
  });

  it('"einigten sich" is one trigger span; an agreement needs "sich" (no event from "in einigen Bereichen")', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Spanien und Portugal einigten sich auf neue Regeln. Spanien hat in einigen Bereichen Fortschritte gemacht.',
      mentions: [country('Spanien', 'iso:ES'), country('Portugal', 'iso:PT'), country('Spanien', 'iso:ES', { nth: 1 })],
    });
    const events = extractEvents(doc);
    assert.equal(events.length, 1);
    assert.equal(events[0]!.trigger.text, 'einigten sich');
  });

  it('"traf" needs a person after it: "Scholz traf Macron" is a meeting, "traf eine Entscheidung" is not', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Olaf Scholz traf Emmanuel Macron in Paris. Olaf Scholz traf eine Entscheidung.',
      mentions: [{ text: 'Olaf Scholz', type: 'PER' }, { text: 'Emmanuel Macron', type: 'PER' }, city('Paris'), { text: 'Olaf Scholz', type: 'PER', nth: 1 }],
    });
    const events = extractEvents(doc);
    assert.deepEqual(events.map((e) => [e.cameo, e.sentence]), [['040', 0]]);
    assert.deepEqual(roles(doc, events[0]!), { 'Olaf Scholz': 'party', 'Emmanuel Macron': 'party' });
    assert.equal(events[0]!.location?.text, 'Paris');
  });

  it('enumerations: "in den Bereichen …", "sowie", "such as", and a list ending before a clause', () => {
    const de = makeDoc({
      language: 'de',
      text: 'Österreich und Ungarn vereinbarten eine Partnerschaft in den Bereichen Tourismus, erneuerbare Energien sowie Grenzschutz.',
      mentions: [country('Österreich', 'iso:AT'), country('Ungarn', 'iso:HU')],
    });
    assert.deepEqual(extractEvents(de)[0]?.areas?.map((a) => a.text), ['Tourismus', 'erneuerbare Energien', 'Grenzschutz']);
    const en = makeDoc({
      language: 'en',
      text: 'Kenya and Ethiopia agreed to cooperate in eleven sectors such as trade and health to boost growth.',
      mentions: [country('Kenya', 'iso:KE'), country('Ethiopia', 'iso:ET')],
    });
    const ev = extractEvents(en)[0];
    assert.deepEqual(ev?.areas?.map((a) => a.text), ['trade', 'health']);
    assert.equal(ev?.areaCount, 11);
  });
  it('a list of names after "such as" is no list of topics', () => {
    const doc = makeDoc({
      language: 'en',
      text: 'Chile and Peru signed a treaty with partners such as Spain and Italy.',
      mentions: [country('Chile', 'iso:CL'), country('Peru', 'iso:PE'), country('Spain', 'iso:ES'), country('Italy', 'iso:IT')],
    });
    const [ev] = extractEvents(doc);
    assert.equal(ev?.cameo, '057');
    assert.equal(ev?.areas, undefined);
  });
});

describe('events: directed events', () => {
  it('English condemnation: source and target; passive "by" makes the source; different critics stay apart', () => {
    const doc = makeDoc({
      language: 'en',
      text: 'The European Union condemned Russia over the attack. Russia was criticised by Japan on Tuesday.',
      mentions: [{ text: 'European Union', type: 'ORG', key: 'org:EU' }, country('Russia', 'iso:RU'), country('Russia', 'iso:RU', { nth: 1 }), country('Japan', 'iso:JP')],
    });
    const events = extractEvents(doc).filter((e) => e.cameo === '111');
    assert.equal(events.length, 2);
    assert.deepEqual(roles(doc, events[0]!), { 'European Union': 'source', Russia: 'target' });
    assert.deepEqual(roles(doc, events[1]!), { Russia: 'target', Japan: 'source' });
    assert.equal(events[1]!.time?.text, 'Tuesday');
  });

  it('German criticism: "Die Regierung Frankreichs verurteilte …", a noun object takes only what follows it', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Die Regierung Frankreichs verurteilte den Angriff auf die Ukraine.',
      mentions: [country('Frankreichs', 'iso:FR', { name: 'Frankreich' }), country('Ukraine', 'iso:UA')],
    });
    const events = extractEvents(doc);
    const criticize = events.find((e) => e.cameo === '111');
    assert.deepEqual(criticize && roles(doc, criticize), { Frankreich: 'source' });
    const attack = events.find((e) => e.type === 'fight');
    assert.deepEqual(attack && roles(doc, attack), { Ukraine: 'target' });
    assert.equal(criticize?.location, undefined, '"auf die Ukraine" is not a place');
  });

  it('German investigation: "ermittelt gegen", "Untersuchung … eingeleitet", separable "leitet … ein"', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Die Staatsanwaltschaft Berlin ermittelt gegen den Konzern Siemens.\n\nDas Bundeskartellamt leitet ein Verfahren gegen Amazon ein.',
      mentions: [
        { text: 'Staatsanwaltschaft Berlin', type: 'ORG', subtype: 'government' },
        { text: 'Siemens', type: 'ORG', subtype: 'company' },
        { text: 'Bundeskartellamt', type: 'ORG', subtype: 'government' },
        { text: 'Amazon', type: 'ORG', subtype: 'company' },
      ],
    });
    const events = extractEvents(doc);
    assert.deepEqual(events.map((e) => e.cameo), ['090', '090']);
    assert.deepEqual(roles(doc, events[0]!), { 'Staatsanwaltschaft Berlin': 'source', Siemens: 'target' });
    assert.deepEqual(roles(doc, events[1]!), { Bundeskartellamt: 'source', Amazon: 'target' });
    assert.equal(events[1]!.trigger.text, 'leitet', 'the article "ein" after the verb is not its particle');
    assert.deepEqual(events[1]!.mentions?.map((m) => m.text), ['Verfahren']);
  });

  it('a fronted "gegen den Konzern X" stays the target (the apposition noun passes the cue on)', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Gegen den Konzern Siemens ermittelt die Staatsanwaltschaft Berlin.',
      mentions: [{ text: 'Siemens', type: 'ORG', subtype: 'company' }, { text: 'Staatsanwaltschaft Berlin', type: 'ORG', subtype: 'government' }],
    });
    const [ev] = extractEvents(doc);
    assert.deepEqual(ev && roles(doc, ev), { Siemens: 'target', 'Staatsanwaltschaft Berlin': 'source' });
  });

  it('a visit\'s object is its place; a surname split off by the entity stage is not a second participant', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Jens Stoltenberg besuchte Kiew. Dort kritisierte Stoltenberg Russland.',
      mentions: [
        { text: 'Jens Stoltenberg', type: 'PER' }, city('Kiew'),
        { text: 'Stoltenberg', type: 'ORG', nth: 1, name: 'Stoltenberg' }, country('Russland', 'iso:RU'),
      ],
    });
    const events = extractEvents(doc);
    const visit = events.find((e) => e.cameo === '042');
    assert.equal(visit?.location?.text, 'Kiew');
    assert.deepEqual(visit && roles(doc, visit), { 'Jens Stoltenberg': 'source' });
    const criticism = events.find((e) => e.cameo === '111');
    assert.deepEqual(criticism && roles(doc, criticism), { Stoltenberg: 'source', Russland: 'target' }, 'a name before a country is no noun it belongs to');
    const merged = makeDoc({
      language: 'de',
      text: 'Jens Stoltenberg und Yoon Suk-yeol einigten sich. Stoltenberg und Yoon Suk-yeol unterzeichneten ein Abkommen.',
      mentions: [
        { text: 'Jens Stoltenberg', type: 'PER' }, { text: 'Yoon Suk-yeol', type: 'PER' },
        { text: 'Stoltenberg', type: 'ORG', nth: 1, name: 'Stoltenberg' }, { text: 'Yoon Suk-yeol', type: 'PER', nth: 1 },
      ],
    });
    const [deal] = extractEvents(merged);
    assert.deepEqual(deal && roles(merged, deal), { 'Jens Stoltenberg': 'party', 'Yoon Suk-yeol': 'party' });
  });

  it('coordinated verbs share the subject, not the objects: "A besuchte B und traf sich mit C"', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Lord Halifax, der Lordpräsident, besuchte Deutschland und traf sich mit Adolf Hitler.',
      mentions: [{ text: 'Lord Halifax', type: 'PER' }, country('Deutschland', 'iso:DE'), { text: 'Adolf Hitler', type: 'PER' }],
    });
    const events = extractEvents(doc);
    const visit = events.find((e) => e.cameo === '042');
    assert.deepEqual(visit && roles(doc, visit), { 'Lord Halifax': 'source', Deutschland: 'target' });
    const meet = events.find((e) => e.cameo === '040');
    assert.deepEqual(meet && roles(doc, meet), { 'Lord Halifax': 'party', 'Adolf Hitler': 'party' });
    // The subject unrecognised and apart: what follows the verb is its object, not its subject.
    const en = makeDoc({
      language: 'en',
      text: 'Lord Halifax, the Lord President of the Council, visited Germany and met Adolf Hitler.',
      mentions: [country('Germany', 'iso:DE'), { text: 'Adolf Hitler', type: 'PER' }],
    });
    const enVisit = extractEvents(en).find((e) => e.cameo === '042');
    assert.deepEqual(enVisit && roles(en, enVisit), { Germany: 'target' });
  });

  it('English passive with a title before the agent: "was visited by Reverend X"', () => {
    const doc = makeDoc({
      language: 'en',
      text: 'On March 10, 1896, Theodor Herzl was visited by Reverend William Hechler.',
      mentions: [{ text: 'Theodor Herzl', type: 'PER' }, { text: 'William Hechler', type: 'PER' }],
    });
    const [ev] = extractEvents(doc);
    assert.equal(ev?.cameo, '042');
    assert.deepEqual(roles(doc, ev!), { 'Theodor Herzl': 'target', 'William Hechler': 'source' });
    assert.equal(ev!.time?.value, '1896-03-10');
  });

  it('English investigation "into", statements keep only the speaker, media are never participants', () => {
    const doc = makeDoc({
      language: 'en',
      text: 'According to Reuters, the African Union announced an investigation into Sudan. Kenya said Uganda had to act.',
      mentions: [
        { text: 'Reuters', type: 'ORG', subtype: 'news-agency' },
        { text: 'African Union', type: 'ORG', key: 'org:AU' },
        country('Sudan', 'iso:SD'),
        country('Kenya', 'iso:KE'),
        country('Uganda', 'iso:UG'),
      ],
    });
    const events = extractEvents(doc);
    const probe = events.find((e) => e.cameo === '090');
    assert.deepEqual(probe && roles(doc, probe), { Sudan: 'target' });
    const said = events.find((e) => e.trigger.text === 'said');
    assert.deepEqual(said && roles(doc, said), { Kenya: 'source' });
    for (const ev of events) assert.ok(!ev.participants.some((p) => name(doc, p.entity) === 'Reuters'));
  });
});

describe('events: participants, affiliations, settings', () => {
  it('affiliations from titles and "Name (Country)"; the affiliated country is not a participant of its own', () => {
    const doc = makeDoc({
      language: 'en',
      text: 'Japan hosted the summit. Japanese Prime Minister Fumio Kishida met Joe Biden (United States) at the White House in Washington on 12 January 2024.',
      mentions: [
        country('Japan', 'iso:JP'),
        { text: 'Japanese', type: 'LOC', key: 'iso:JP', derived: true },
        { text: 'Fumio Kishida', type: 'PER', title: { text: 'Prime Minister', affiliationKey: 'iso:JP' } },
        { text: 'Joe Biden', type: 'PER' },
        country('United States', 'iso:US'),
        { text: 'White House', type: 'ORG', subtype: 'government' },
        city('Washington'),
      ],
    });
    const met = extractEvents(doc).find((e) => e.trigger.text === 'met' || e.mentions?.some((m) => m.text === 'met'));
    assert.ok(met);
    assert.deepEqual(affiliations(doc, met), { 'Fumio Kishida': 'Japan', 'Joe Biden': 'United States' });
    assert.equal(met.location?.text, 'Washington');
    assert.equal(met.time?.value, '2024-01-12');
  });

  it('an organisation or country right before a person\'s title is the affiliation: "Russia\'s Foreign Minister …"', () => {
    const doc = makeDoc({
      language: 'en',
      text: "Russia's Foreign Minister Sergei Lavrov criticised Germany.",
      mentions: [country('Russia', 'iso:RU'), { text: 'Sergei Lavrov', type: 'PER', title: { text: 'Foreign Minister' } }, country('Germany', 'iso:DE')],
    });
    const [ev] = extractEvents(doc);
    assert.deepEqual(ev && roles(doc, ev), { 'Sergei Lavrov': 'source', Germany: 'target' });
    assert.deepEqual(affiliations(doc, ev!), { 'Sergei Lavrov': 'Russia', Germany: undefined });
  });

  it('headline and body reports merge; the place comes from a neighbouring meeting sentence', () => {
    const doc = makeDoc({
      language: 'de',
      text: [
        'Chile und Peru schließen Handelsabkommen',
        'Die Präsidentin Chiles, Ana Soto, und der peruanische Präsident Luis Vega vereinbarten eine engere Zusammenarbeit in acht Bereichen.',
        'Soto und Vega hatten sich zuvor in Lima getroffen.',
      ].join('\n\n'),
      sections: ['headline', 'body', 'body'],
      mentions: [
        country('Chile', 'iso:CL'),
        country('Peru', 'iso:PE'),
        country('Chiles', 'iso:CL', { name: 'Chile' }),
        { text: 'Ana Soto', type: 'PER', title: { text: 'Präsidentin', affiliationKey: 'iso:CL' } },
        { text: 'peruanische', type: 'LOC', key: 'iso:PE', derived: true },
        { text: 'Luis Vega', type: 'PER', title: { text: 'Präsident', affiliationKey: 'iso:PE' } },
        { text: 'Soto', type: 'PER', name: 'Ana Soto', nth: 1 },
        { text: 'Vega', type: 'PER', name: 'Luis Vega', nth: 1 },
        city('Lima'),
      ],
    });
    const events = extractEvents(doc);
    const deal = events.filter((e) => e.cameo === '061' || e.cameo === '057' || e.cameo === '030');
    assert.equal(deal.length, 1, JSON.stringify(events.map((e) => [e.cameo, e.trigger.text])));
    const ev = deal[0]!;
    assert.deepEqual(affiliations(doc, ev), { 'Ana Soto': 'Chile', 'Luis Vega': 'Peru' });
    assert.ok((ev.mentions ?? []).length >= 2);
    assert.equal(ev.areaCount, 8);
    assert.equal(ev.location?.text, 'Lima');
    assertSpansExact(doc, events);
  });

  it('related teasers keep their section and never merge with the main story; boilerplate gives no events', () => {
    const doc = makeDoc({
      language: 'de',
      text: [
        'Italien und Griechenland unterzeichnen Abkommen',
        'Italien und Griechenland haben in Rom ein Abkommen unterzeichnet.',
        'Lesen Sie auch',
        'Italien und Griechenland unterzeichneten 2019 einen Vertrag über Fischerei.',
        'Italien und Griechenland kritisierten die Kommentarfunktion.',
      ].join('\n\n'),
      sections: ['headline', 'body', 'related', 'related', 'boilerplate'],
      mentions: [0, 1, 2, 3].flatMap((nth) => [country('Italien', 'iso:IT', { nth }), country('Griechenland', 'iso:GR', { nth })]).concat([city('Rom')]),
    });
    const events = extractEvents(doc);
    assert.deepEqual(events.map((e) => [e.cameo, e.section ?? 'main']), [['057', 'main'], ['057', 'related']]);
    assert.deepEqual(events[0]!.mentions?.map((m) => m.text), ['Abkommen', 'Abkommen', 'unterzeichnet']);
  });
});

describe('events: references between reports', () => {
  it('"die beiden …" / "the two …" take the pair named last; a definite "das Abkommen" restates no parties', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Der Kanzler Olaf Berg traf sich in Prag mit dem Premier Petr Novak. Die beiden unterzeichneten ein Abkommen über Energie. Die EU-Kommission begrüßte das Abkommen.',
      mentions: [
        { text: 'Olaf Berg', type: 'PER' },
        city('Prag'),
        { text: 'Petr Novak', type: 'PER' },
        { text: 'EU-Kommission', type: 'ORG', key: 'org:EC' },
      ],
    });
    const events = extractEvents(doc);
    const signed = events.find((e) => e.cameo === '057');
    assert.ok(signed, JSON.stringify(events));
    assert.deepEqual(roles(doc, signed), { 'Olaf Berg': 'party', 'Petr Novak': 'party' });
    assert.deepEqual(signed.mentions?.map((m) => m.text), ['Abkommen', 'Abkommen']);
    assert.equal(signed.location?.text, 'Prag', 'borrowed from the meeting the sentence before');
    const praise = events.find((e) => e.cameo === '051');
    assert.deepEqual(praise && roles(doc, praise), { 'EU-Kommission': 'source' });
  });

  it('a hypothetical report joins the event but gives it neither its type nor its place', () => {
    const doc = makeDoc({
      language: 'en',
      text: 'Chile and Peru agreed to deepen cooperation on Monday. A treaty could be signed in Lima later this year.',
      mentions: [country('Chile', 'iso:CL'), country('Peru', 'iso:PE'), city('Lima')],
    });
    const events = extractEvents(doc);
    assert.equal(events.length, 1);
    assert.equal(events[0]!.cameo, '030');
    assert.equal(events[0]!.location, undefined);
    assert.equal(events[0]!.time?.text, 'Monday');
    assert.ok(events[0]!.mentions?.some((m) => m.text === 'treaty'));
    const onlyPlanned = extractEvents(makeDoc({
      language: 'en', text: 'Chile and Peru could sign a treaty in Lima.', mentions: [country('Chile', 'iso:CL'), country('Peru', 'iso:PE'), city('Lima')],
    }))[0];
    assert.equal(onlyPlanned?.location?.text, 'Lima', 'a purely hypothetical event keeps its own place');
    assert.ok(onlyPlanned!.confidence < events[0]!.confidence);
  });

  it('countries listed in the genitive after an actor noun act: "Die Außenminister Polens, Litauens und Estlands"', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Die Außenminister Polens, Litauens und Estlands haben sich am 14. März 2024 in Warschau getroffen.',
      mentions: [
        country('Polens', 'iso:PL', { name: 'Polen' }), country('Litauens', 'iso:LT', { name: 'Litauen' }),
        country('Estlands', 'iso:EE', { name: 'Estland' }), city('Warschau'),
      ],
    });
    const [ev] = extractEvents(doc);
    assert.equal(ev?.cameo, '040');
    assert.deepEqual(roles(doc, ev!), { Polen: 'party', Litauen: 'party', Estland: 'party' });
    assert.equal(ev!.time?.value, '2024-03-14');
    assert.equal(ev!.location?.text, 'Warschau');
  });

  it('English noun right after a verb trigger is its object: "UN chief condemns attack on convoy"', () => {
    const doc = makeDoc({
      language: 'en',
      text: 'United Nations Secretary-General António Guterres condemns attack on Sudan.',
      mentions: [
        { text: 'United Nations', type: 'ORG', key: 'org:UN' },
        { text: 'António Guterres', type: 'PER', title: { text: 'Secretary-General', affiliationKey: 'org:UN' } },
        country('Sudan', 'iso:SD'),
      ],
    });
    const events = extractEvents(doc);
    const condemn = events.find((e) => e.cameo === '111');
    assert.deepEqual(condemn && affiliations(doc, condemn), { 'António Guterres': 'United Nations' }, 'the UN is Guterres\'s affiliation, not a second source');
    const attack = events.find((e) => e.cameo === '190');
    assert.deepEqual(attack && roles(doc, attack), { Sudan: 'target' });
  });
});

describe('events: number words and dates', () => {
  it('reads German and English number words and digits', () => {
    const de: Array<[string, number]> = [['elf', 11], ['zwölf', 12], ['einundzwanzig', 21], ['dreißig', 30], ['hundertelf', 111], ['zweihundertdrei', 203], ['tausend', 1000], ['11', 11], ['1.000', 1000]];
    for (const [w, n] of de) assert.equal(readNumber(w, 'de'), n, w);
    const en: Array<[string, number]> = [['eleven', 11], ['twelve', 12], ['twenty-one', 21], ['ninety', 90], ['dozen', 12], ['1,000', 1000]];
    for (const [w, n] of en) assert.equal(readNumber(w, 'en'), n, w);
    for (const w of ['ein', 'Bereichen', 'und', 'elfte']) assert.equal(readNumber(w, 'de'), undefined, w);
  });

  it('finds dates with ISO values where the text gives them', () => {
    const de = findTimes('Am Dienstag, 11. Juli 2023, und am 3.10.1990 sowie im Juli 2023 und gestern.', 'de');
    assert.deepEqual(de.map((t) => [t.text, t.value]), [
      ['Dienstag, 11. Juli 2023', '2023-07-11'], ['3.10.1990', '1990-10-03'], ['Juli 2023', '2023-07'], ['gestern', undefined],
    ]);
    const en = findTimes('On Tuesday they met; on July 11, 2023 and 4 May 2021 too.', 'en');
    assert.deepEqual(en.map((t) => [t.text, t.value]), [['Tuesday', undefined], ['July 11, 2023', '2023-07-11'], ['4 May 2021', '2021-05-04']]);
    // Bare years only where a cue makes them dates.
    assert.deepEqual(findTimes('Im Jahr 2019 und Ende 2020 starben 2000 Menschen.', 'de').map((t) => [t.text, t.value]), [['2019', '2019'], ['2020', '2020']]);
    assert.deepEqual(findTimes('It began in 2019, with 2000 cases in 2000 homes.', 'en').map((t) => [t.text, t.value]), [['2019', '2019']]);
  });
});

describe('events: lexicons', () => {
  it('every CAMEO code in the type table exists in the CAMEO codebook', function () {
    const codebook = `${findSharedData() ?? '/nonexistent'}/cameo-phoenix-dictionaries/cameo-codes.csv`;
    let csv: string;
    try {
      csv = readFileSync(codebook, 'latin1');
    } catch {
      this.skip();
      return;
    }
    const codes = new Set([...csv.matchAll(/^"\d+",\d+,"[^"]*","(\d+)"/gm)].map((m) => m[1]));
    assert.ok(codes.size > 250);
    for (const t of eventTypes().values()) assert.ok(codes.has(t.cameo), `${t.name}: ${t.cameo}`);
  });

  it('both languages load and cover the core event types', () => {
    for (const lang of ['de', 'en'] as const) {
      const lex = eventLexicon(lang);
      const types = new Set([...lex.byForm.values()].flat().map((e) => e.type.name));
      for (const t of ['sign_agreement', 'agree', 'cooperate', 'meet', 'consult', 'statement', 'criticize', 'investigate', 'threaten', 'sanction', 'protest', 'provide_aid', 'fight']) {
        assert.ok(types.has(t), `${lang}: ${t}`);
      }
    }
  });
});

describe('events: robustness', () => {
  it('works without mentions (no participants → no events) and on other languages (none)', () => {
    const doc = makeDoc({ language: 'de', text: 'Die Länder unterzeichneten ein Abkommen.', mentions: [] });
    assert.deepEqual(extractEvents(doc), []);
    assert.deepEqual(extractEvents({ ...doc, language: { code: 'fr', iso639_3: 'fra', confidence: 1 }, profile: otherLanguage }), []);
  });

  it('is deterministic on a long document (speed: npm run bench, not a unit test)', function () {
    this.timeout(20000);
    const base = makeDoc({
      language: 'de',
      text: 'Frankreich und Deutschland unterzeichneten am Montag in Paris ein Abkommen über Zusammenarbeit in fünf Bereichen, darunter Energie, Verkehr und Bildung. ',
      mentions: [country('Frankreich', 'iso:FR'), country('Deutschland', 'iso:DE'), city('Paris')],
    });
    // 20,000 copies (≈ 3 MB) with shifted offsets.
    const n = 20_000;
    const len = base.text.length;
    const shift = <T extends { start: number; end: number }>(x: T, i: number): T => ({ ...x, start: x.start + i * len, end: x.end + i * len });
    const doc: WorkingDoc = {
      text: base.text.repeat(n),
      language: base.language!,
      profile: base.profile!,
      sections: [{ start: 0, end: len * n, kind: 'body' }],
      sentences: Array.from({ length: n }, (_, i) => ({ ...shift(base.sentences![0]!, i), section: 0 })),
      tokens: Array.from({ length: n }, (_, i) => base.tokens!.map((t) => ({ ...shift(t, i), sentence: i }))).flat(),
      mentions: Array.from({ length: n }, (_, i) => base.mentions!.map((m) => ({ ...shift(m, i), sentence: i }))).flat(),
      entities: base.entities!,
      diagnostics: [],
    };
    const events = extractEvents(doc);
    // Same parties every sentence: coreference folds them into one event with many mentions.
    assert.equal(events.length, 1);
    assert.ok((events[0]!.mentions?.length ?? 0) > 3 * n - 10);
    assert.equal(JSON.stringify(extractEvents(doc)), JSON.stringify(events));
  });
});

describe('events: through extract()', () => {
  const sample = (name: string): string => readFileSync(new URL(`../corpus/samples/${name}.txt`, import.meta.url), 'utf8');

  it('reference article: one 057 with Yoon (Südkorea) and Stoltenberg (NATO), Vilnius, the areas, 11', function () {
    this.timeout(60000);
    const doc = extract(sample('nato-suedkorea'));
    const nameOf = new Map(doc.entities.map((e) => [e.id, e.name]));
    const main = doc.events.filter((e) => e.cameo === '057' && e.section === undefined);
    assert.equal(main.length, 1, JSON.stringify(doc.events.map((e) => [e.cameo, e.trigger.text, e.section])));
    const ev = main[0]!;
    const aff = new Map(ev.participants.map((p) => [nameOf.get(p.entity), p.affiliation && nameOf.get(p.affiliation)]));
    assert.equal(aff.get('Yoon Suk-yeol'), 'Südkorea');
    assert.equal(aff.get('Jens Stoltenberg'), 'NATO');
    assert.ok(ev.participants.every((p) => p.role === 'party'));
    assert.equal(ev.location && nameOf.get(ev.location.entity), 'Vilnius');
    const areas = new Set((ev.areas ?? []).map((a) => a.text));
    for (const a of ['Terrorismusbekämpfung', 'Cyberabwehr', 'Nichtverbreitung']) assert.ok(areas.has(a), [...areas].join(', '));
    assert.equal(ev.areaCount, 11);
    // Headline and body triggers are one event; the teaser's investigation is not part of it.
    assert.ok((ev.mentions ?? []).some((m) => m.text === 'Kooperationsabkommen'));
    assert.ok((ev.mentions ?? []).some((m) => m.text === 'einigten sich'));
    const teaser = doc.events.filter((e) => e.section === 'related');
    assert.ok(teaser.length >= 1 && teaser.every((e) => e.cameo.startsWith('09')));
  });

  it('English sample: the defence pact with both leaders, Tokyo, Thursday and nine areas', function () {
    this.timeout(60000);
    const doc = extract(sample('en-defence-pact'));
    const nameOf = new Map(doc.entities.map((e) => [e.id, e.name]));
    const ev = doc.events.find((e) => e.cameo === '057');
    assert.ok(ev);
    const aff = new Map(ev.participants.map((p) => [nameOf.get(p.entity), p.affiliation && nameOf.get(p.affiliation)]));
    assert.equal(aff.get('Fumio Kishida'), 'Japan');
    assert.equal(aff.get('Anthony Albanese'), 'Australia');
    assert.equal(ev.location?.text, 'Tokyo');
    assert.equal(ev.time?.text, 'Thursday');
    assert.equal(ev.areaCount, 9);
    assert.deepEqual(ev.areas?.map((a) => a.text), ['cyber security', 'space', 'maritime surveillance']);
    // "China criticised the pact": a criticism by China, not a party to the pact.
    assert.ok(!ev.participants.some((p) => nameOf.get(p.entity) === 'China'));
  });
});

describe('events: enumerations, group and pronoun subjects, new trigger kinds', () => {
  it('area list after a colon that follows a counted area noun (de, en) and after "namely"', () => {
    const de = makeDoc({
      language: 'de',
      text: 'Dänemark und Norwegen vereinbarten, in drei Sektoren enger zu kooperieren: Fischerei, Offshore-Wind und Küstenschutz.',
      mentions: [country('Dänemark', 'iso:DK'), country('Norwegen', 'iso:NO')],
    });
    const [d] = extractEvents(de);
    assert.deepEqual(d?.areas?.map((a) => a.text), ['Fischerei', 'Offshore-Wind', 'Küstenschutz']);
    assert.equal(d?.areaCount, 3);
    const en = makeDoc({
      language: 'en',
      text: 'Ghana and Togo agreed on joint projects in two fields, namely port logistics and rail freight, officials said.',
      mentions: [country('Ghana', 'iso:GH'), country('Togo', 'iso:TG')],
    });
    const [e] = extractEvents(en);
    assert.deepEqual(e?.areas?.map((a) => a.text), ['port logistics', 'rail freight']);
    assert.equal(e?.areaCount, 2);
    const colon = makeDoc({
      language: 'en',
      text: 'Chile and Peru signed a pact covering four areas: mining, fisheries, Andes tourism and water.',
      mentions: [country('Chile', 'iso:CL'), country('Peru', 'iso:PE'), { text: 'Andes', type: 'LOC', subtype: 'region' }],
    });
    // An item that merely contains a name ("Andes tourism") is still a topic.
    assert.deepEqual(extractEvents(colon)[0]?.areas?.map((a) => a.text), ['mining', 'fisheries', 'Andes tourism', 'water']);
  });

  it('sanctions take the place of a later report and their sectors', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Kanada hat Sanktionen gegen Myanmar beschlossen. Die Regierung verständigte sich bei Beratungen in Ottawa auf Strafmaßnahmen in vier Sektoren, darunter Edelsteine und Holz.',
      mentions: [country('Kanada', 'iso:CA'), country('Myanmar', 'iso:MM'), city('Ottawa')],
    });
    const ev = extractEvents(doc).find((e) => e.cameo === '163');
    assert.ok(ev);
    assert.deepEqual(roles(doc, ev), { Kanada: 'source', Myanmar: 'target' });
    assert.equal(ev.location?.text, 'Ottawa');
    assert.deepEqual(ev.areas?.map((a) => a.text), ['Edelsteine', 'Holz']);
    assert.equal(ev.areaCount, 4);
  });

  it('lawsuits and congratulations (de, en)', () => {
    const klage = makeDoc({
      language: 'de',
      text: 'Der Mieterbund hat eine Musterklage gegen die Vonora AG eingereicht.',
      mentions: [{ text: 'Mieterbund', type: 'ORG' }, { text: 'Vonora AG', type: 'ORG' }],
    });
    const [k] = extractEvents(klage);
    assert.equal(k?.cameo, '115');
    assert.deepEqual(roles(klage, k!), { Mieterbund: 'source', 'Vonora AG': 'target' });
    const sued = makeDoc({
      language: 'en',
      text: 'Greenfield Trust sued Halcor Mining over the spill.',
      mentions: [{ text: 'Greenfield Trust', type: 'ORG' }, { text: 'Halcor Mining', type: 'ORG' }],
    });
    assert.deepEqual(roles(sued, extractEvents(sued)[0]!), { 'Greenfield Trust': 'source', 'Halcor Mining': 'target' });
    // "klagten über" is complaining, not suing.
    const complain = makeDoc({
      language: 'de',
      text: 'Die Bauern in Polen klagten über die Dürre.',
      mentions: [country('Polen', 'iso:PL')],
    });
    assert.equal(extractEvents(complain).length, 0);
    const congrats = makeDoc({
      language: 'de',
      text: 'Premierministerin Lene Dahl gratulierte Jonas Berg zum Wahlsieg.',
      mentions: [{ text: 'Lene Dahl', type: 'PER' }, { text: 'Jonas Berg', type: 'PER' }],
    });
    const [c] = extractEvents(congrats);
    assert.equal(c?.cameo, '051');
    assert.deepEqual(roles(congrats, c!), { 'Lene Dahl': 'source', 'Jonas Berg': 'target' });
    const en = makeDoc({
      language: 'en',
      text: 'Chancellor Eva Lind congratulated Omar Said on his victory.',
      mentions: [{ text: 'Eva Lind', type: 'PER' }, { text: 'Omar Said', type: 'PER' }],
    });
    assert.deepEqual(roles(en, extractEvents(en)[0]!), { 'Eva Lind': 'source', 'Omar Said': 'target' });
  });

  it('countries in the genitive after a compound role noun are the parties; a country adjective before an actor noun acts', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Die Verkehrsministerinnen und Verkehrsminister Polens, Tschechiens und der Slowakei trafen sich in Krakau.',
      mentions: [country('Polens', 'iso:PL', { name: 'Polen' }), country('Tschechiens', 'iso:CZ', { name: 'Tschechien' }), country('Slowakei', 'iso:SK'), city('Krakau')],
    });
    const [ev] = extractEvents(doc);
    assert.equal(ev?.cameo, '040');
    assert.deepEqual(roles(doc, ev!), { Polen: 'party', Tschechien: 'party', Slowakei: 'party' });
    const adj = makeDoc({
      language: 'de',
      text: 'Litauen reagierte scharf. Die litauische Regierung verurteilte die Drohungen Russlands.',
      mentions: [country('Litauen', 'iso:LT'), { text: 'litauische', type: 'LOC', key: 'iso:LT', derived: true }, country('Russlands', 'iso:RU', { name: 'Russland' })],
    });
    const de = extractEvents(adj).find((e) => e.cameo === '111');
    assert.equal(roles(adj, de!)['Litauen'], 'source');
    const adj2 = makeDoc({
      language: 'en',
      text: 'Lithuania protested. The Lithuanian government condemned Russia.',
      mentions: [country('Lithuania', 'iso:LT'), { text: 'Lithuanian', type: 'LOC', key: 'iso:LT', derived: true }, country('Russia', 'iso:RU')],
    });
    const crit = extractEvents(adj2).find((e) => e.cameo === '111');
    assert.deepEqual(roles(adj2, crit!), { Lithuania: 'source', Russia: 'target' });
    // As part of a person's title the adjective stays the person's affiliation.
    const title = makeDoc({
      language: 'en',
      text: 'Estonia protested. The Estonian Prime Minister Kaja Tamm condemned Russia.',
      mentions: [country('Estonia', 'iso:EE'), { text: 'Estonian', type: 'LOC', key: 'iso:EE', derived: true },
        { text: 'Kaja Tamm', type: 'PER', title: { text: 'Estonian Prime Minister', affiliationKey: 'iso:EE' } }, country('Russia', 'iso:RU')],
    });
    const t = extractEvents(title).find((e) => e.cameo === '111');
    assert.deepEqual(roles(title, t!), { 'Kaja Tamm': 'source', Russia: 'target' });
  });

  it('a group subject ("die drei Länder", "the member states") refers to the parties named before', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Belgien, die Niederlande und Luxemburg kamen in Brügge zusammen. Die drei Länder vereinbarten einen gemeinsamen Plan in zwei Bereichen: Hochwasserschutz und Bahnverkehr.',
      mentions: [country('Belgien', 'iso:BE'), country('Niederlande', 'iso:NL'), country('Luxemburg', 'iso:LU'), city('Brügge')],
    });
    const agree = extractEvents(doc).find((e) => e.cameo === '030');
    assert.ok(agree, 'the agreement is an event of its own');
    assert.deepEqual(roles(doc, agree), { Belgien: 'party', Niederlande: 'party', Luxemburg: 'party' });
    assert.deepEqual(agree.areas?.map((a) => a.text), ['Hochwasserschutz', 'Bahnverkehr']);
    const en = makeDoc({
      language: 'en',
      text: 'The African Union held a summit in Accra. Most member states agreed to expand the free trade zone.',
      mentions: [{ text: 'African Union', type: 'ORG' }, city('Accra')],
    });
    const a = extractEvents(en).find((e) => e.cameo === '030');
    assert.deepEqual(roles(en, a!), { 'African Union': 'party' });
    // Without a group noun, a subjectless agreement names nobody and is dropped.
    const none = makeDoc({
      language: 'en',
      text: 'The African Union held a summit in Accra. It was agreed to expand the free trade zone.',
      mentions: [{ text: 'African Union', type: 'ORG' }, city('Accra')],
    });
    assert.equal(extractEvents(none).some((e) => e.cameo === '030'), false);
  });

  it('pronoun subjects refer to the nearest person before; German "sie" with a plural verb does not', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Außenminister Pavel Novak sprach in Prag vor Journalisten. Er warf Russland Desinformation vor.',
      mentions: [{ text: 'Pavel Novak', type: 'PER' }, city('Prag'), country('Russland', 'iso:RU')],
    });
    const accuse = extractEvents(doc).find((e) => e.cameo === '112');
    assert.deepEqual(roles(doc, accuse!), { 'Pavel Novak': 'source', Russland: 'target' });
    const plural = makeDoc({
      language: 'de',
      text: 'Die Ärzte trafen Jana Hruba. Sie kritisierten Ungarn.',
      mentions: [{ text: 'Jana Hruba', type: 'PER' }, country('Ungarn', 'iso:HU')],
    });
    const crit = extractEvents(plural).find((e) => e.cameo === '111');
    assert.ok(!crit || !crit.participants.some((p) => name(plural, p.entity) === 'Jana Hruba'));
    const demand = makeDoc({
      language: 'de',
      text: '„Wir brauchen Klarheit“, sagte Tilda Brunn. Sie verlangte vom Umweltamt neue Messungen.',
      mentions: [{ text: 'Tilda Brunn', type: 'PER' }, { text: 'Umweltamt', type: 'ORG' }],
    });
    const dm = extractEvents(demand).find((e) => e.cameo === '100');
    // "verlangte von X": X is asked, not asking.
    assert.deepEqual(roles(demand, dm!), { 'Tilda Brunn': 'source', Umweltamt: 'target' });
  });

  it('talks that are only announced are CAMEO 036, planned cooperation 030 (intent)', () => {
    const doc = makeDoc({
      language: 'en',
      text: 'Maria Lopez won the vote and said she would open coalition talks with the Green Party next week.',
      mentions: [{ text: 'Maria Lopez', type: 'PER' }, { text: 'Green Party', type: 'ORG' }],
    });
    const ev = extractEvents(doc).find((e) => e.cameo.startsWith('03') || e.cameo.startsWith('04'));
    assert.equal(ev?.cameo, '036');
    assert.equal(ev?.type, 'intend_meet');
    assert.deepEqual(roles(doc, ev!), { 'Maria Lopez': 'party', 'Green Party': 'party' });
    const held = makeDoc({
      language: 'en',
      text: 'Maria Lopez held talks with the Green Party on Monday. They would meet again in May.',
      mentions: [{ text: 'Maria Lopez', type: 'PER' }, { text: 'Green Party', type: 'ORG' }],
    });
    assert.equal(extractEvents(held)[0]?.cameo, '040');
    const planned = makeDoc({
      language: 'de',
      text: 'Ghana und Benin wollen künftig bei der Grenzsicherung zusammenarbeiten.',
      mentions: [country('Ghana', 'iso:GH'), country('Benin', 'iso:BJ')],
    });
    const [p] = extractEvents(planned);
    assert.equal(p?.type, 'intend_cooperate');
    assert.equal(p?.cameo, '030');
  });

  it('a person without affiliation acts for the one party nobody else represents; a verb-first clause after an apposition', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Kenia und Japan haben ein Abkommen unterzeichnet. Ministerin Amani Njeri und der japanische Minister Taro Ito setzten ihre Unterschriften unter den Text.',
      mentions: [country('Kenia', 'iso:KE'), country('Japan', 'iso:JP'), { text: 'Amani Njeri', type: 'PER', title: { text: 'Ministerin' } },
        { text: 'japanische', type: 'LOC', key: 'iso:JP', derived: true },
        { text: 'Taro Ito', type: 'PER', title: { text: 'japanische Minister', affiliationKey: 'iso:JP' } }],
    });
    const [ev] = extractEvents(doc);
    assert.equal(ev?.cameo, '057');
    assert.deepEqual(affiliations(doc, ev!), { 'Amani Njeri': 'Kenia', 'Taro Ito': 'Japan' });
    const apposition = makeDoc({
      language: 'en',
      text: 'The mission chief, Jan Novak, met Prime Minister Ana Soto in Lima.',
      mentions: [{ text: 'Jan Novak', type: 'PER' }, { text: 'Ana Soto', type: 'PER', title: { text: 'Prime Minister' } }, city('Lima')],
    });
    assert.deepEqual(roles(apposition, extractEvents(apposition)[0]!), { 'Jan Novak': 'party', 'Ana Soto': 'party' });
  });

  it('an apposition names the affiliation ("X, Leiterin der Y", "X, the Y\'s director"); an unnamed spokesperson speaks for the actor just named', () => {
    const de = makeDoc({
      language: 'de',
      text: '„Das reicht nicht“, sagte Ruth Amsel, Geschäftsführerin der Tafel Nord, in Kiel.',
      mentions: [{ text: 'Ruth Amsel', type: 'PER' }, { text: 'Tafel Nord', type: 'ORG' }, city('Kiel')],
    });
    assert.deepEqual(affiliations(de, extractEvents(de)[0]!), { 'Ruth Amsel': 'Tafel Nord' });
    const relative = makeDoc({
      language: 'de',
      text: 'Ruth Amsel, die der Tafel Nord vorsteht, kritisierte Bremen.',
      mentions: [{ text: 'Ruth Amsel', type: 'PER' }, { text: 'Tafel Nord', type: 'ORG' }, { text: 'Bremen', type: 'ORG' }],
    });
    assert.deepEqual(affiliations(relative, extractEvents(relative)[0]!)['Ruth Amsel'], undefined);
    const en = makeDoc({
      language: 'en',
      text: 'Prices must fall, said Omar Reyes, the OFGEM\'s head of retail.',
      mentions: [{ text: 'Omar Reyes', type: 'PER' }, { text: 'OFGEM', type: 'ORG' }],
    });
    assert.deepEqual(affiliations(en, extractEvents(en)[0]!), { 'Omar Reyes': 'OFGEM' });
    const spokesperson = makeDoc({
      language: 'en',
      text: 'Prime Minister Lea Varga condemned the raid on Tuesday, her spokesman said.',
      mentions: [{ text: 'Lea Varga', type: 'PER', title: { text: 'Prime Minister' } }],
    });
    const said = extractEvents(spokesperson).find((e) => e.cameo === '010');
    assert.deepEqual(roles(spokesperson, said!), { 'Lea Varga': 'source' });
    const sprecher = makeDoc({
      language: 'de',
      text: 'Die Norvia Bahn kündigte höhere Preise an. Ein Sprecher sagte dem Radio, man prüfe weitere Schritte.',
      mentions: [{ text: 'Norvia Bahn', type: 'ORG' }],
    });
    const sagte = extractEvents(sprecher).find((e) => e.trigger.text === 'sagte');
    assert.deepEqual(roles(sprecher, sagte!), { 'Norvia Bahn': 'source' });
    // Nobody named before: the statement stays without speaker and is dropped.
    const nobody = makeDoc({ language: 'de', text: 'Ein Sprecher sagte, man prüfe weitere Schritte.', mentions: [] });
    assert.equal(extractEvents(nobody).length, 0);
  });

  it('"gegen das Unternehmen" refers to the company introduced before; a source-only and a target-only report complete each other', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Der Mieterverein Nord prüft die Abrechnungen des Wohnungskonzerns Halvoria Wohnen. Mit einer Musterklage will der Mieterverein Nord Geld zurückholen. Die Mieter hatten schon 2024 gegen das Unternehmen geklagt.',
      mentions: [{ text: 'Mieterverein Nord', type: 'ORG' }, { text: 'Halvoria Wohnen', type: 'ORG' }, { text: 'Mieterverein Nord', type: 'ORG', nth: 1 }],
    });
    const sue = extractEvents(doc).filter((e) => e.cameo === '115');
    assert.equal(sue.length, 1);
    assert.deepEqual(roles(doc, sue[0]!), { 'Mieterverein Nord': 'source', 'Halvoria Wohnen': 'target' });
    // No organisation introduced as a company: nothing is guessed.
    const none = makeDoc({
      language: 'de',
      text: 'Der Mieterverein Nord kritisierte die Stadt Kiel. Die Mieter hatten gegen das Unternehmen geklagt.',
      mentions: [{ text: 'Mieterverein Nord', type: 'ORG' }, { text: 'Stadt Kiel', type: 'ORG' }],
    });
    assert.ok(!extractEvents(none).some((e) => e.participants.some((p) => p.role === 'target' && name(none, p.entity) === 'Mieterverein Nord')));
  });

  it('an enumeration in the sentence right after an event belongs to it; reported intent ("wolle") is hypothetical', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Japan hat neue Sanktionen gegen Nordkorea verhängt. Sie gelten in drei Branchen, darunter Schiffbau und Textilien. Die Regierung in Tokio nannte fünf Gründe.',
      mentions: [country('Japan', 'iso:JP'), country('Nordkorea', 'iso:KP'), city('Tokio')],
    });
    const [ev] = extractEvents(doc);
    assert.equal(ev?.cameo, '163');
    assert.deepEqual(ev?.areas?.map((a) => a.text), ['Schiffbau', 'Textilien']);
    assert.equal(ev?.areaCount, 3);
    const far = makeDoc({
      language: 'de',
      text: 'Japan hat neue Sanktionen gegen Nordkorea verhängt. Tokio nannte Gründe. Die Maßnahmen gelten in drei Branchen, darunter Schiffbau und Textilien.',
      mentions: [country('Japan', 'iso:JP'), country('Nordkorea', 'iso:KP'), city('Tokio')],
    });
    assert.equal(extractEvents(far)[0]?.areas, undefined, 'two sentences later the list is not attached');
    const intent = makeDoc({
      language: 'de',
      text: 'Parteichefin Lea Brandt sagte, sie wolle mit den Grünen Gespräche führen.',
      mentions: [{ text: 'Lea Brandt', type: 'PER' }, { text: 'Grünen', type: 'ORG', name: 'Die Grünen' }],
    });
    const talks = extractEvents(intent).find((e) => e.type === 'intend_meet');
    assert.ok(talks);
    assert.deepEqual(roles(intent, talks), { 'Lea Brandt': 'party', 'Die Grünen': 'party' });
  });

  it('talks announced after a held meeting are a separate 036 event without the meeting\'s place; group nouns after the verb are objects', () => {
    const doc = makeDoc({
      language: 'en',
      text: 'Kenya and Ghana held talks in Nairobi on Monday. The two countries would begin negotiations on a trade pact next year.',
      mentions: [country('Kenya', 'iso:KE'), country('Ghana', 'iso:GH'), city('Nairobi')],
    });
    const events = extractEvents(doc);
    const held = events.find((e) => e.cameo === '040');
    const planned = events.find((e) => e.cameo === '036');
    assert.ok(held && planned, JSON.stringify(events.map((e) => e.cameo)));
    assert.equal(held.location?.text, 'Nairobi');
    assert.equal(planned.location, undefined);
    assert.deepEqual(roles(doc, planned), { Kenya: 'party', Ghana: 'party' });
    const object = makeDoc({
      language: 'de',
      text: 'Kenia und Ghana trafen sich in Nairobi. Die Organisation warf beiden Regierungen Untätigkeit vor.',
      mentions: [country('Kenia', 'iso:KE'), country('Ghana', 'iso:GH'), city('Nairobi')],
    });
    assert.ok(!extractEvents(object).some((e) => e.cameo === '112'), 'the governments are the object, not the subject');
    const en = makeDoc({
      language: 'en',
      text: 'Kenya and Ghana met in Nairobi. Human rights groups urged both countries to act.',
      mentions: [country('Kenya', 'iso:KE'), country('Ghana', 'iso:GH'), city('Nairobi')],
    });
    assert.ok(!extractEvents(en).some((e) => e.cameo === '020' && e.participants.some((p) => p.role === 'source')));
  });

  it('a spokesperson as subject of another verb acts for the actor named just before; English lower-case descriptions pass the cue on', () => {
    const doc = makeDoc({
      language: 'en',
      text: "Brazil's foreign ministry criticised the plan. A spokesman urged Chile to reconsider.",
      mentions: [country('Brazil', 'iso:BR'), country('Chile', 'iso:CL')],
    });
    const appeal = extractEvents(doc).find((e) => e.cameo === '020');
    assert.equal(roles(doc, appeal!)['Brazil'], 'source');
    const sue = makeDoc({
      language: 'en',
      text: 'Regulators have launched legal action against the budget airline Skyvia.',
      mentions: [{ text: 'Skyvia', type: 'ORG' }],
    });
    const [ev] = extractEvents(sue);
    assert.equal(ev?.cameo, '115');
    assert.deepEqual(roles(sue, ev!), { Skyvia: 'target' });
  });

  it('a preposition may open a list after a marker; a definite directed noun does not take the subject of another verb', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Österreich und Slowenien einigten sich in zwei Punkten, nämlich bei der Maut und den Grenzkontrollen.',
      mentions: [country('Österreich', 'iso:AT'), country('Slowenien', 'iso:SI')],
    });
    assert.deepEqual(extractEvents(doc)[0]?.areas?.map((a) => a.text), ['Maut', 'Grenzkontrollen']);
    const en = makeDoc({
      language: 'en',
      text: 'Canada imposed sanctions on Belarus. Minister Olga Petrova called the sanctions unlawful.',
      mentions: [country('Canada', 'iso:CA'), country('Belarus', 'iso:BY'), { text: 'Olga Petrova', type: 'PER', title: { text: 'Minister' } }],
    });
    const events = extractEvents(en).filter((e) => e.cameo === '163');
    assert.equal(events.length, 1);
    assert.deepEqual(roles(en, events[0]!), { Canada: 'source', Belarus: 'target' });
  });

  it('"beider Länder" after two leaders stands for their countries; a plural pronoun ("Sie einigten sich") for the last group', () => {
    const withCountries = makeDoc({
      language: 'de',
      text: 'Tschechien und Kroatien sind Nachbarn im Süden. Präsident Ivo Marek und Präsidentin Ana Kolar trafen sich in Graz. Die Verkehrsminister beider Länder vereinbarten anschließend einen Fahrplan.',
      mentions: [
        country('Tschechien', 'iso:CZ'), country('Kroatien', 'iso:HR'),
        { text: 'Ivo Marek', type: 'PER', title: { text: 'Präsident', affiliationKey: 'iso:CZ' } },
        { text: 'Ana Kolar', type: 'PER', title: { text: 'Präsidentin', affiliationKey: 'iso:HR' } }, city('Graz'),
      ],
    });
    const ministers = extractEvents(withCountries).find((e) => e.cameo === '030');
    assert.ok(ministers);
    assert.deepEqual(roles(withCountries, ministers), { Tschechien: 'party', Kroatien: 'party' });
    const pronoun = makeDoc({
      language: 'de',
      text: 'Chile und Peru trafen sich in Lima. Sie einigten sich auf einen Fahrplan.',
      mentions: [country('Chile', 'iso:CL'), country('Peru', 'iso:PE'), city('Lima')],
    });
    const agree = extractEvents(pronoun).find((e) => e.cameo === '030');
    assert.deepEqual(roles(pronoun, agree!), { Chile: 'party', Peru: 'party' });
  });

  it('deciding sanctions or aid is that event, with the decision\'s place; a capitalised word inside a German sentence is a noun', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Norwegen hat in Oslo ein Hilfspaket für Moldau beschlossen.',
      mentions: [country('Norwegen', 'iso:NO'), city('Oslo'), country('Moldau', 'iso:MD')],
    });
    const events = extractEvents(doc);
    assert.deepEqual(events.map((e) => e.cameo), ['070']);
    assert.equal(events[0]!.location?.text, 'Oslo');
    assert.equal(roles(doc, events[0]!)['Norwegen'], 'source');
    const agreement = makeDoc({
      language: 'de',
      text: 'Norwegen und Schweden haben in Oslo eine Zusammenarbeit beschlossen.',
      mentions: [country('Norwegen', 'iso:NO'), country('Schweden', 'iso:SE'), city('Oslo')],
    });
    assert.equal(extractEvents(agreement)[0]?.cameo, '030', 'other decisions stay agreements');
    const noun = makeDoc({
      language: 'de',
      text: 'Nach einem Treffen sprachen sich Polen und Litauen für Hilfen aus.',
      mentions: [country('Polen', 'iso:PL'), country('Litauen', 'iso:LT')],
    });
    const meet = extractEvents(noun).find((e) => e.cameo === '040');
    assert.equal(meet?.trigger.text, 'Treffen', 'the noun, without taking "sich" as its reflexive');
  });

  it('a definite description as subject refers to the organisation it describes ("die Gewerkschaft", "das Gericht", "the Commission")', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Die Gewerkschaft Nordmetall hat zu Warnstreiks aufgerufen. Die Gewerkschaft kritisierte das Angebot der Arbeitgeber. Das Landgericht Kassel wies den Antrag zurück.',
      mentions: [{ text: 'Nordmetall', type: 'ORG' }, { text: 'Landgericht Kassel', type: 'ORG' }],
    });
    const crit = extractEvents(doc).find((e) => e.cameo === '111');
    assert.deepEqual(roles(doc, crit!), { Nordmetall: 'source' });
    const after = makeDoc({
      language: 'de',
      text: 'Das Oberlandesgericht Celle prüft den Fall. Eine Entscheidung sei offen, erklärte das Gericht am Montag.',
      mentions: [{ text: 'Oberlandesgericht Celle', type: 'ORG' }],
    });
    const stmt = extractEvents(after).find((e) => e.cameo === '010');
    assert.deepEqual(roles(after, stmt!), { 'Oberlandesgericht Celle': 'source' });
    const en = makeDoc({
      language: 'en',
      text: 'The European Commission fined Veltra. The Commission also said it would review other cases.',
      mentions: [{ text: 'European Commission', type: 'ORG' }, { text: 'Veltra', type: 'ORG' }],
    });
    const said = extractEvents(en).find((e) => e.cameo === '010');
    assert.deepEqual(roles(en, said!), { 'European Commission': 'source' });
    // A description that fits no organisation named before gives nobody.
    const none = makeDoc({
      language: 'de',
      text: 'Die Stadtwerke Ulm erhöhen die Preise. Die Polizei kritisierte den Plan.',
      mentions: [{ text: 'Stadtwerke Ulm', type: 'ORG' }],
    });
    assert.equal(extractEvents(none).some((e) => e.cameo === '111'), false);
  });

  it('a clause-initial verb skips name-less appositions to its subject; a visit takes its goal ("visit to X") as place', () => {
    const doc = makeDoc({
      language: 'en',
      text: 'Orvane Motors, the largest employer in the region, said it would build a new plant.',
      mentions: [{ text: 'Orvane Motors', type: 'ORG' }],
    });
    assert.deepEqual(roles(doc, extractEvents(doc)[0]!), { 'Orvane Motors': 'source' });
    const visit = makeDoc({
      language: 'en',
      text: 'President Ana Soto began a state visit to Hanoi on Monday.',
      mentions: [{ text: 'Ana Soto', type: 'PER', title: { text: 'President' } }, city('Hanoi')],
    });
    assert.equal(extractEvents(visit)[0]?.location?.text, 'Hanoi');
  });

  it('English modifiers joined by "and" before an area noun are the areas ("the energy and mining sectors")', () => {
    const doc = makeDoc({
      language: 'en',
      text: 'Peru and Bolivia agreed to cooperate in the lithium, copper and water sectors.',
      mentions: [country('Peru', 'iso:PE'), country('Bolivia', 'iso:BO')],
    });
    assert.deepEqual(extractEvents(doc)[0]?.areas?.map((a) => a.text), ['lithium', 'copper', 'water']);
    const single = makeDoc({
      language: 'en',
      text: 'Peru and Bolivia agreed to cooperate in the energy sector.',
      mentions: [country('Peru', 'iso:PE'), country('Bolivia', 'iso:BO')],
    });
    assert.equal(extractEvents(single)[0]?.areas, undefined, 'one modifier is no enumeration');
  });

  it('a pronoun continues the last actor ("A traf B. Er kritisierte …" is A); "hieß es" reports a statement', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Kanzlerin Eva Roth traf Präsident Jan Vik in Oslo. Er kritisierte danach Russland.',
      mentions: [{ text: 'Eva Roth', type: 'PER' }, { text: 'Jan Vik', type: 'PER' }, city('Oslo'), country('Russland', 'iso:RU')],
    });
    const crit = extractEvents(doc).find((e) => e.cameo === '111');
    assert.deepEqual(roles(doc, crit!), { 'Eva Roth': 'source', Russland: 'target' });
    const hiess = makeDoc({
      language: 'de',
      text: 'Man prüfe alle Optionen, hieß es in einer Mitteilung des Verkehrsministeriums Sachsen.',
      mentions: [{ text: 'Verkehrsministeriums Sachsen', type: 'ORG', name: 'Verkehrsministerium Sachsen' }],
    });
    const st = extractEvents(hiess)[0];
    assert.equal(st?.cameo, '010');
  });

  it('bans and asset freezes are sanctions (163)', () => {
    const de = makeDoc({
      language: 'de',
      text: 'Kanada verhängte ein Einreiseverbot gegen Iwan Petrow.',
      mentions: [country('Kanada', 'iso:CA'), { text: 'Iwan Petrow', type: 'PER' }],
    });
    const [d] = extractEvents(de);
    assert.equal(d?.cameo, '163');
    assert.deepEqual(roles(de, d!), { Kanada: 'source', 'Iwan Petrow': 'target' });
    const en = makeDoc({
      language: 'en',
      text: 'Norway imposed an asset freeze on Ivan Petrov.',
      mentions: [country('Norway', 'iso:NO'), { text: 'Ivan Petrov', type: 'PER' }],
    });
    assert.equal(extractEvents(en)[0]?.cameo, '163');
  });

  it('"the two ministers" are the last two people named together, even when other names stood beside them', () => {
    const doc = makeDoc({
      language: 'en',
      text: 'Chile and Peru want closer ties. Chilean envoy Ana Soto met Luis Vega and the Andean Council in Lima. The two ministers agreed to cooperate on water.',
      mentions: [country('Chile', 'iso:CL'), country('Peru', 'iso:PE'), { text: 'Ana Soto', type: 'PER' }, { text: 'Luis Vega', type: 'PER' },
        { text: 'Andean Council', type: 'ORG' }, city('Lima')],
    });
    const agree = extractEvents(doc).find((e) => e.cameo === '030');
    assert.ok(agree);
    const r = roles(doc, agree);
    assert.equal(r['Ana Soto'], 'party');
    assert.equal(r['Luis Vega'], 'party');
  });
});

describe('events: dev-events round (references back, "leaders of X", coordinated objects)', () => {
  it('a definite noun referring back does not rename the event it joins', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Ungarn und Serbien vereinbarten in Budapest eine engere Zusammenarbeit. Die Opposition in Belgrad nannte die Vereinbarung einen Fehler.',
      mentions: [country('Ungarn', 'iso:HU'), country('Serbien', 'iso:RS'), city('Budapest'), city('Belgrad')],
    });
    const evs = extractEvents(doc).filter((e) => e.participants.some((p) => p.role === 'party'));
    assert.equal(evs.length, 1);
    assert.equal(evs[0]!.cameo, '030');
    assert.ok(evs[0]!.mentions?.some((m) => m.text === 'Vereinbarung'));
  });

  it('a name after "of" and an actor noun acts ("the governments of X and Y agreed")', () => {
    const doc = makeDoc({
      language: 'en',
      text: 'The governments of Kenya and Uganda agreed to build a railway.',
      mentions: [country('Kenya', 'iso:KE'), country('Uganda', 'iso:UG')],
    });
    const agree = extractEvents(doc).find((e) => e.cameo === '030');
    assert.ok(agree);
    assert.deepEqual(roles(doc, agree), { Kenya: 'party', Uganda: 'party' });
    // Without an actor noun "of" still marks a topic.
    const topic = makeDoc({
      language: 'en',
      text: 'Kenya said the future of Uganda was uncertain.',
      mentions: [country('Kenya', 'iso:KE'), country('Uganda', 'iso:UG')],
    });
    assert.deepEqual(roles(topic, extractEvents(topic)[0]!), { Kenya: 'source' });
  });

  it('a name coordinated with a marked object shares its cue, and a group subject stands beside named objects', () => {
    const doc = makeDoc({
      language: 'en',
      text: 'Ghana and Togo signed a border treaty in Accra. The two governments then called on Benin and Nigeria to join.',
      mentions: [country('Ghana', 'iso:GH'), country('Togo', 'iso:TG'), city('Accra'), country('Benin', 'iso:BJ'), country('Nigeria', 'iso:NG')],
    });
    const appeal = extractEvents(doc).find((e) => e.cameo === '020');
    assert.ok(appeal);
    assert.deepEqual(roles(doc, appeal), { Ghana: 'source', Togo: 'source', Benin: 'target', Nigeria: 'target' });
    const de = makeDoc({
      language: 'de',
      text: 'Japan verhängte Sanktionen gegen Syrien und den Iran.',
      mentions: [country('Japan', 'iso:JP'), country('Syrien', 'iso:SY'), country('Iran', 'iso:IR')],
    });
    assert.deepEqual(roles(de, extractEvents(de)[0]!), { Japan: 'source', Syrien: 'target', Iran: 'target' });
  });

  it('a description subject acts through a light verb on an indefinite noun trigger ("The authority opened an investigation into X")', () => {
    const en = makeDoc({
      language: 'en',
      text: 'The Irish Gaming Authority reviewed complaints. The authority opened an investigation into Bettor Ltd.',
      mentions: [{ text: 'Irish Gaming Authority', type: 'ORG' }, { text: 'Bettor Ltd', type: 'ORG' }],
    });
    const probe = extractEvents(en).find((e) => e.cameo === '090');
    assert.ok(probe);
    assert.deepEqual(roles(en, probe), { 'Irish Gaming Authority': 'source', 'Bettor Ltd': 'target' });
    const de = makeDoc({
      language: 'de',
      text: 'Die Landesmedienanstalt Bremen erhielt Beschwerden. Die Medienanstalt leitete ein Verfahren gegen Radio Weser ein.',
      mentions: [{ text: 'Landesmedienanstalt Bremen', type: 'ORG' }, { text: 'Radio Weser', type: 'ORG' }],
    });
    const verfahren = extractEvents(de).find((e) => e.cameo.startsWith('09'));
    assert.ok(verfahren);
    assert.equal(roles(de, verfahren)['Landesmedienanstalt Bremen'], 'source');
    // A definite noun ("the investigation") refers to a known act: no subject is borrowed.
    const definite = makeDoc({
      language: 'en',
      text: 'The Irish Gaming Authority reviewed complaints. The minister praised the investigation into Bettor Ltd.',
      mentions: [{ text: 'Irish Gaming Authority', type: 'ORG' }, { text: 'Bettor Ltd', type: 'ORG' }],
    });
    const other = extractEvents(definite).find((e) => e.cameo === '090');
    assert.ok(!other || !other.participants.some((p) => p.role === 'source'));
  });

  it('an organisation hyphenated to the role noun before a person is the affiliation ("Verdi-Verhandlungsführerin X")', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Die IG Metall rief zu Warnstreiks auf. IG Metall-Bezirksleiter Tom Hagen warf der Firma Ostwerk vor, Zusagen gebrochen zu haben.',
      mentions: [{ text: 'IG Metall', type: 'ORG' }, { text: 'Tom Hagen', type: 'PER' }, { text: 'Ostwerk', type: 'ORG' }],
    });
    const accuse = extractEvents(doc).find((e) => e.cameo === '112');
    assert.ok(accuse);
    const hagen = accuse.participants.find((p) => p.role === 'source');
    const metall = doc.entities!.find((e) => e.name === 'IG Metall')!;
    assert.equal(hagen?.affiliation, metall.id);
    // A lower-case word before the hyphen is no name: no affiliation.
    const plain = makeDoc({
      language: 'de',
      text: 'Die IG Metall rief zu Warnstreiks auf. Der langjährige Betriebsrats-Chef Tom Hagen warf der Firma Ostwerk vor, Zusagen gebrochen zu haben.',
      mentions: [{ text: 'IG Metall', type: 'ORG' }, { text: 'Tom Hagen', type: 'PER' }, { text: 'Ostwerk', type: 'ORG' }],
    });
    const other = extractEvents(plain).find((e) => e.cameo === '112');
    assert.equal(other?.participants.find((p) => p.role === 'source')?.affiliation, undefined);
  });

  it('a date between commas does not cut the clause ("setzten am Montag, dem 2. Juni 2025, ihre Unterschriften")', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Lena Voss und Pedro Alves setzten am Montag, dem 2. Juni 2025, in Lissabon ihre Unterschriften unter das Papier.',
      mentions: [{ text: 'Lena Voss', type: 'PER' }, { text: 'Pedro Alves', type: 'PER' }, city('Lissabon')],
    });
    const sign = extractEvents(doc).find((e) => e.cameo === '057');
    assert.ok(sign);
    assert.deepEqual(roles(doc, sign), { 'Lena Voss': 'party', 'Pedro Alves': 'party' });
    assert.equal(sign.time?.value, '2025-06-02');
    assert.equal(sign.location?.text, 'Lissabon');
    const en = makeDoc({
      language: 'en',
      text: 'The Tasman Growers Union on Friday, 4 July 2025, praised Kiwa Foods.',
      mentions: [{ text: 'Tasman Growers Union', type: 'ORG' }, { text: 'Kiwa Foods', type: 'ORG' }],
    });
    const praise = extractEvents(en).find((e) => e.cameo === '051');
    assert.deepEqual(roles(en, praise!), { 'Tasman Growers Union': 'source', 'Kiwa Foods': 'target' });
  });

  it('a bare reference does not pull a new actor of its sentence into the event; "muss noch … werden" is not yet done', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Peru und Ecuador haben in Quito ein Grenzabkommen unterzeichnet. Der Vertrag muss noch vom Andenrat ratifiziert werden.',
      mentions: [country('Peru', 'iso:PE'), country('Ecuador', 'iso:EC'), city('Quito'), { text: 'Andenrat', type: 'ORG' }],
    });
    const evs = extractEvents(doc);
    const sign = evs.find((e) => e.cameo === '057');
    assert.ok(sign);
    assert.deepEqual(roles(doc, sign), { Peru: 'party', Ecuador: 'party' });
    const ratify = evs.find((e) => e.participants.some((p) => roles(doc, e)['Andenrat'] !== undefined && p.role === 'party'));
    assert.equal(ratify?.cameo, '030');
  });

  it('a place after an object noun of another act is that act\'s place, not the verb\'s', () => {
    const doc = makeDoc({
      language: 'de',
      text: 'Die Regierung Kenias hat den Angriff auf eine Schule in Garissa verurteilt.',
      mentions: [country('Kenias', 'iso:KE', { name: 'Kenia' }), city('Garissa')],
    });
    const criticize = extractEvents(doc).find((e) => e.cameo === '111');
    assert.ok(criticize);
    assert.equal(criticize.location, undefined);
    const en = makeDoc({
      language: 'en',
      text: 'Canada condemned the bombing of a market in Kabul.',
      mentions: [country('Canada', 'iso:CA'), city('Kabul')],
    });
    assert.equal(extractEvents(en).find((e) => e.cameo === '111')?.location, undefined);
    // A meeting named as object shares its place: "hosted the summit in Suva".
    const host = makeDoc({
      language: 'en',
      text: 'Prime Minister Lea Tui hosted the summit in Apia.',
      mentions: [{ text: 'Lea Tui', type: 'PER' }, city('Apia')],
    });
    assert.equal(extractEvents(host)[0]?.location?.text, 'Apia');
    // A place before the object noun stays the verb's.
    const before = makeDoc({
      language: 'en',
      text: 'In Ottawa, Canada condemned the bombing.',
      mentions: [city('Ottawa'), country('Canada', 'iso:CA')],
    });
    assert.equal(extractEvents(before).find((e) => e.cameo === '111')?.location?.text, 'Ottawa');
  });

  it('English: an organisation/country, lower-case words ending in a role noun, then a person: affiliation', () => {
    const doc = makeDoc({
      language: 'en',
      text: "EU foreign policy chief Karin Moll said the talks failed. Norway's trade minister Ola Berg met Sven Dahl.",
      mentions: [{ text: 'EU', type: 'ORG', key: 'org:EU' }, { text: 'Karin Moll', type: 'PER' }, country('Norway', 'iso:NO'),
        { text: 'Ola Berg', type: 'PER' }, { text: 'Sven Dahl', type: 'PER' }],
    });
    const evs = extractEvents(doc);
    const said = evs.find((e) => e.cameo === '010');
    assert.deepEqual(roles(doc, said!), { 'Karin Moll': 'source' });
    const eu = doc.entities!.find((e) => e.name === 'EU')!;
    assert.equal(said!.participants[0]!.affiliation, eu.id);
    const met = evs.find((e) => e.cameo === '040');
    const norway = doc.entities!.find((e) => e.name === 'Norway')!;
    assert.equal(met!.participants.find((p) => p.role === 'party' && p.affiliation === norway.id) !== undefined, true);
    // A verb between the names is no role phrase.
    const verb = makeDoc({
      language: 'en',
      text: 'Norway welcomed Sven Dahl.',
      mentions: [country('Norway', 'iso:NO'), { text: 'Sven Dahl', type: 'PER' }],
    });
    assert.deepEqual(roles(verb, extractEvents(verb)[0]!), { Norway: 'source', 'Sven Dahl': 'target' });
  });
});
