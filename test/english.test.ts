import assert from 'node:assert/strict';
import { compromise } from '../src/entities/english/compromise.js';
import { findEnglishMentions } from '../src/entities/english/index.js';
import type { RawMention, Token } from '../src/doc/types.js';
import { tokenizeRange } from '../src/segment/tokenize.js';

/** Sentences given as strings, joined by one space; tokens carry their sentence index. */
function prepare(...parts: string[]): { text: string; sentences: Array<{ start: number; end: number }>; tokens: Token[] } {
  const sentences: Array<{ start: number; end: number }> = [];
  let text = '';
  for (const part of parts) {
    if (text) text += ' ';
    sentences.push({ start: text.length, end: text.length + part.length });
    text += part;
  }
  const tokens = sentences.flatMap((s, i) => tokenizeRange(text, s.start, s.end).map((t) => ({ ...t, sentence: i })));
  return { text, sentences, tokens };
}

function mentions(...parts: string[]): RawMention[] {
  const { text, sentences, tokens } = prepare(...parts);
  return findEnglishMentions(text, sentences, tokens);
}

const summary = (ms: RawMention[]): string[] => ms.map((m) => `${m.type}:${m.text}`);

describe('findEnglishMentions', () => {
  it('trims titles and possessives off people and keeps offsets exact', () => {
    const text = "U.S. President Joe Biden met British Prime Minister Rishi Sunak's aides in London on Monday.";
    const found = mentions(text);
    assert.deepEqual(summary(found), ['LOC:U.S.', 'PER:Joe Biden', 'PER:Rishi Sunak', 'LOC:London']);
    for (const m of found) {
      assert.equal(text.slice(m.start, m.end), m.text);
      assert.equal(m.source, 'compromise');
    }
    const biden = found.find((m) => m.text === 'Joe Biden')!;
    assert.equal(biden.start, text.indexOf('Joe'));
  });

  it('finds names compromise does not know and drops nationality adjectives', () => {
    const text = 'NATO Secretary-General Jens Stoltenberg met South Korean President Yoon Suk-yeol in Vilnius.';
    assert.deepEqual(summary(mentions(text)), ['ORG:NATO', 'PER:Jens Stoltenberg', 'PER:Yoon Suk-yeol', 'LOC:Vilnius']);
  });

  it('reads title words as titles only before a name', () => {
    assert.deepEqual(summary(mentions('Foreign Minister Wang Yi met General Mark Milley and officials of the State Department.')), [
      'PER:Wang Yi',
      'PER:Mark Milley',
      'ORG:State Department',
    ]);
    assert.deepEqual(summary(mentions('The UN General Assembly and the Foreign Ministry disagreed.')), ['ORG:UN General Assembly', 'ORG:Foreign Ministry']);
  });

  it('types unknown single names from context: relative pronoun, age, speech verb, place preposition', () => {
    assert.deepEqual(summary(mentions('Later, Okonkwo, who led the inquiry, met Adebayo, 45, in Badarpur.')), [
      'PER:Okonkwo',
      'PER:Adebayo',
      'LOC:Badarpur',
    ]);
    assert.deepEqual(summary(mentions('"It is over," said Guilbeault.')), ['PER:Guilbeault']);
    assert.deepEqual(summary(mentions('He spoke to the adviser, Mohammed al-Jadaan.')), ['PER:Mohammed al-Jadaan']);
  });

  it('does not read shouted common words or interjections as acronyms; ordinary acronyms stay', () => {
    assert.deepEqual(summary(mentions('THIS IS SO GOOD I LOVE IT')), []);
    assert.deepEqual(summary(mentions('LOL that was the best game ever')), []);
    assert.deepEqual(summary(mentions('ICE agents arrested him on Monday.')), ['ORG:ICE']);
  });

  it('splits owners off possessive names and does not take quoted titles for names', () => {
    assert.deepEqual(summary(mentions("Germany's Angela Merkel walked in Australia's Royal National Park.")), [
      'LOC:Germany',
      'PER:Angela Merkel',
      'LOC:Australia',
      'LOC:Royal National Park',
    ]);
    assert.deepEqual(summary(mentions('It is not "Game of Thrones." Tickets for "Kaltra Vossen" sold out.')), []);
    assert.deepEqual(summary(mentions('Tickets for Kaltra Vossen sold out.')), ['PER:Kaltra Vossen']);
  });

  it('keeps multi-word organisation names whole', () => {
    const text =
      'Representatives of the Motion Picture Association of America and the International Organization for Renewable Energies attended.';
    assert.deepEqual(summary(mentions(text)), [
      'ORG:Motion Picture Association of America',
      'ORG:International Organization for Renewable Energies',
    ]);
  });

  it('assigns sentence and token indices', () => {
    const { text, sentences, tokens } = prepare('The talks ended.', 'Angela Merkel flew to Paris.');
    const found = findEnglishMentions(text, sentences, tokens);
    assert.deepEqual(summary(found), ['PER:Angela Merkel', 'LOC:Paris']);
    for (const m of found) {
      assert.equal(m.sentence, 1);
      assert.equal(tokens[m.tokenStart!]!.start, m.start);
      assert.equal(tokens[m.tokenEnd! - 1]!.end, m.end);
    }
  });

  it('types a surname from an earlier full name in the same document', () => {
    const found = summary(mentions('Fumio Kishida arrived in Canberra.', 'Later Kishida met officials.'));
    assert.ok(found.includes('PER:Fumio Kishida'), found.join());
    assert.ok(found.includes('PER:Kishida'), found.join());
  });

  it('does not take sentence-initial words, months or demonyms for names', () => {
    const found = summary(mentions('However, the Mexican coast was calm in July.', 'In March the American workers left.'));
    assert.deepEqual(found, []);
  });

  it('tokenises itself when no tokens or sentences are given', () => {
    const text = 'Emmanuel Macron spoke in Berlin.';
    const found = findEnglishMentions(text, [], []);
    assert.deepEqual(summary(found), ['PER:Emmanuel Macron', 'LOC:Berlin']);
    assert.ok(found.every((m) => m.sentence === 0));
  });

  it('leaves no state behind in compromise or between calls', () => {
    const probe = 'Yoon Suk-yeol and Rishi Sunak met in Vilnius.';
    const nlp = compromise();
    const before = nlp(probe).people().out('array') as string[];
    const lexiconOf = () => (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
    const lexiconSize = Object.keys(lexiconOf()).length;
    const first = mentions('President Yoon Suk-yeol met Prime Minister Rishi Sunak in Vilnius.');
    const second = mentions('President Yoon Suk-yeol met Prime Minister Rishi Sunak in Vilnius.');
    assert.deepEqual(second, first);
    // A name propagated in one document does not carry over into the next one.
    assert.deepEqual(summary(mentions('Later Kishida met officials.')), []);
    assert.deepEqual(nlp(probe).people().out('array'), before);
    assert.equal(Object.keys(lexiconOf()).length, lexiconSize);
  });

  it('keeps offsets exact across no-break spaces, CRLF, tabs, zero-width spaces and emoji', () => {
    const text = 'Angela\u00a0Merkel met\r\nEmmanuel Macron\tin Paris.\u200b 😀 Then Olaf Scholz spoke in Berlin.';
    const found = findEnglishMentions(text, [], []);
    assert.deepEqual(summary(found), ['PER:Angela\u00a0Merkel', 'PER:Emmanuel Macron', 'LOC:Paris', 'PER:Olaf Scholz', 'LOC:Berlin']);
    for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('handles a long text without sentence breaks with exact offsets', () => {
    const unit = 'officials from the European Union met Olaf Scholz in Berlin and ';
    const text = unit.repeat(200); // ~13k characters, one "sentence"
    const found = findEnglishMentions(text, [{ start: 0, end: text.length }], []);
    assert.ok(found.length >= 400, `found ${found.length}`);
    for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
    for (let i = 1; i < found.length; i++) assert.ok(found[i]!.start >= found[i - 1]!.end, 'mentions do not overlap');
  });
});

describe('English tagger mentions', () => {
  it('end before a possessive "\'s" (the token keeps it, the name does not)', async () => {
    const { createPipeline } = await import('../src/index.js');
    const text = "As one of Negan's (Jeffrey Dean Morgan) top guys, he's afforded certain freedoms.";
    const doc = createPipeline({ language: 'en', compromise: false }).extract(text);
    const negan = doc.entities.flatMap((e) => e.mentions).find((m) => m.text.startsWith('Negan'));
    assert.ok(negan, 'the tagger finds Negan');
    assert.equal(negan.text, 'Negan');
    assert.equal(text.slice(negan.start, negan.end), 'Negan');
  });
});
