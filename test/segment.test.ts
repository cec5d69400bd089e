import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { segmentSentences } from '../src/segment/sentences.js';
import { tokenizeRange, tokenizeSentences } from '../src/segment/tokenize.js';
import { detectSections, type SectionSpan } from '../src/segment/sections.js';
import { readSample } from './helpers/corpus.js';
import { findSharedData } from '../scripts/lib/shared-data.js';
import { profileFor } from '../src/lang/index.js';

const sentencesOf = (text: string, lang: string): string[] => {
  const spans = segmentSentences(text, profileFor(lang).segment);
  for (const { start, end } of spans) {
    assert.ok(start < end, `empty span ${start}-${end}`);
    assert.equal(text.slice(start, end), text.slice(start, end).trim(), 'span not trimmed');
  }
  return spans.map(({ start, end }) => text.slice(start, end));
};

describe('segment: segmentSentences', () => {
  const cases: Array<[string, string, string[]]> = [
    ['de', 'Das ist z. B. ein Test. Und das z.B. auch.', ['Das ist z. B. ein Test.', 'Und das z.B. auch.']],
    ['de', 'Er traf u. a. Dr. Müller und Prof. Schmidt. Danach ging er.', ['Er traf u. a. Dr. Müller und Prof. Schmidt.', 'Danach ging er.']],
    ['de', 'Am 11. Juli 2023 trafen sie sich. Der 3. Platz ging an Kenia.', ['Am 11. Juli 2023 trafen sie sich.', 'Der 3. Platz ging an Kenia.']],
    ['de', 'Er lebte im 19. Jahrhundert. Er starb 1890. Sein Sohn lebte bis zum 5. Mai 1950.', ['Er lebte im 19. Jahrhundert.', 'Er starb 1890.', 'Sein Sohn lebte bis zum 5. Mai 1950.']],
    ['de', 'Es geschah während des späten 15. Jahrhunderts. Dann nicht mehr.', ['Es geschah während des späten 15. Jahrhunderts.', 'Dann nicht mehr.']],
    ['de', 'Das Ergebnis war 3. Danach kam nichts mehr.', ['Das Ergebnis war 3.', 'Danach kam nichts mehr.']],
    ['de', 'Der Wert stieg um 3.5 Prozent. Er lag bei 1.000 Euro.', ['Der Wert stieg um 3.5 Prozent.', 'Er lag bei 1.000 Euro.']],
    ['de', 'Er sagte: „Wir haben gewonnen.“ Dann ging er.', ['Er sagte: „Wir haben gewonnen.“', 'Dann ging er.']],
    ['de', '„Kommst du?“, fragte er. »Ja!« rief sie. Sie gingen.', ['„Kommst du?“, fragte er.', '»Ja!« rief sie.', 'Sie gingen.']],
    ['de', 'Die Kosten betragen ca. 5 Mio. Euro bzw. 6 Mrd. Dollar. Nr. 5 ist neu.', ['Die Kosten betragen ca. 5 Mio. Euro bzw. 6 Mrd. Dollar.', 'Nr. 5 ist neu.']],
    ['de', 'Papst Benedikt XVI. sagte das. Ludwig XIV. war König.', ['Papst Benedikt XVI. sagte das.', 'Ludwig XIV. war König.']],
    ['de', 'Der Verein St. Pauli gewann. Das Spiel endete 2:1.', ['Der Verein St. Pauli gewann.', 'Das Spiel endete 2:1.']],
    ['de', '1. Einleitung\n2. Hauptteil\n\nText hier.', ['1. Einleitung', '2. Hauptteil', 'Text hier.']],
    ['de', 'Mehr dazu gibt es auf www.example.com. Lesen Sie weiter.', ['Mehr dazu gibt es auf www.example.com.', 'Lesen Sie weiter.']],
    ['de', 'Was? Wirklich?! Ja... Das stimmt.', ['Was?', 'Wirklich?!', 'Ja...', 'Das stimmt.']],
    ['de', 'Lehrer, Schüler usw. Die Schule beginnt.', ['Lehrer, Schüler usw.', 'Die Schule beginnt.']],
    ['de', 'Headline ohne Punkt\nDer erste Satz folgt.', ['Headline ohne Punkt', 'Der erste Satz folgt.']],
    ['de', 'Ein Satz ohne Ende', ['Ein Satz ohne Ende']],
    ['en', 'Mr. Smith met Mrs. Jones in the U.S. capital. They talked, e.g. about trade.', ['Mr. Smith met Mrs. Jones in the U.S. capital.', 'They talked, e.g. about trade.']],
    ['en', 'John F. Kennedy was born in 1917. He died in 1963.', ['John F. Kennedy was born in 1917.', 'He died in 1963.']],
    ['en', 'Apple Inc. said sales rose. Acme Inc. The company is new.', ['Apple Inc. said sales rose.', 'Acme Inc.', 'The company is new.']],
    ['en', 'He said "Yes." Then he left.', ['He said "Yes."', 'Then he left.']],
    ['en', 'See No. 5 on p. 12. It is short.', ['See No. 5 on p. 12.', 'It is short.']],
    ['en', 'I don’t know. You don’t either.', ['I don’t know.', 'You don’t either.']],
    ['en', 'Prices rose 3.5 percent in Jan. 2020 according to St. Louis Fed data.', ['Prices rose 3.5 percent in Jan. 2020 according to St. Louis Fed data.']],
    [
      'en',
      'The firm was founded\nin 1990 by two brothers.\nHeadline Without Period\nThe story starts here.',
      ['The firm was founded\nin 1990 by two brothers.', 'Headline Without Period', 'The story starts here.'],
    ],
    ['en', '  \n  Leading and trailing space.  \n\n ', ['Leading and trailing space.']],
    ['en', 'Windows line ends.\r\nSecond line\r\n\r\nThird.', ['Windows line ends.', 'Second line', 'Third.']],
    ['zh', '政府今天宣布了计划。经济学家表示欢迎！', ['政府今天宣布了计划。', '经济学家表示欢迎！']],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${JSON.stringify(text).slice(0, 70)}`, () => assert.deepEqual(sentencesOf(text, lang), expected));
  }

  it('returns nothing for empty and whitespace-only text', () => {
    assert.deepEqual(segmentSentences('', profileFor('de').segment), []);
    assert.deepEqual(segmentSentences(' \n\t\n ', profileFor('de').segment), []);
  });

  it('splits the reference article into its lines and sentences', () => {
    const text = readSample('nato-suedkorea');
    const sentences = sentencesOf(text, 'de');
    assert.equal(sentences[0], 'Neue Partnerschaft auf dem Vilnius-Hügel: NATO und Südkorea erzielen Kooperationsabkommen in 11 Bereichen');
    assert.ok(sentences.includes('Zusammenarbeit in 11 Bereichen, einschließlich Cyberverteidigung'));
    assert.ok(sentences.includes('NATO über die Entwicklung von Technologie und Cyberabwehr.'));
    assert.ok(sentences.includes('Check Also'));
    assert.ok(sentences.includes('Deine E-Mail-Adresse wird nicht veröffentlicht.'));
    assert.equal(sentences[sentences.length - 1], 'Erforderliche Felder sind mit * markiert');
    assert.ok(sentences.some((s) => s.includes('„die illegalen Provokationen von Atomwaffen und Raketen durch Nordkorea“ senden müsse')));
    assert.equal(sentences.length, 18);
  });

  it('cuts a sentence without any punctuation into bounded pieces at whitespace', () => {
    const text = 'wort '.repeat(5000).trim();
    const spans = segmentSentences(text, profileFor('de').segment);
    assert.ok(spans.length >= 5);
    for (const { start, end } of spans) {
      assert.ok(end - start <= 5000);
      assert.match(text.slice(start, end), /^wort( wort)*$/);
    }
    assert.equal(spans.map(({ start, end }) => text.slice(start, end)).join(' '), text);
  });

  it('segments a 5 MB text (linear time, every non-space character in exactly one sentence)', () => {
    const sample = readSample('nato-suedkorea') + '\n\n';
    const copies = Math.ceil(5e6 / sample.length);
    const text = sample.repeat(copies);
    const spans = segmentSentences(text, profileFor('de').segment);
    assert.equal(spans.length, 18 * copies);
    let covered = 0;
    let previousEnd = 0;
    for (const { start, end } of spans) {
      assert.ok(start >= previousEnd);
      covered += end - start;
      previousEnd = end;
    }
    assert.ok(covered > 0.95 * text.length);
  });

  const unerDir = `${findSharedData() ?? '/nonexistent'}/uner-pud-de-en`;
  (existsSync(unerDir) ? it : it.skip)('finds ≥ 99 % of the sentence ends of UNER-PUD documents (de, en)', () => {
    for (const lang of ['de', 'en']) {
      const docs: string[][] = [];
      for (const line of readFileSync(`${unerDir}/${lang}_pud-ud-test.iob2`, 'utf8').split('\n')) {
        if (line.startsWith('# newdoc')) docs.push([]);
        if (line.startsWith('# text = ')) docs[docs.length - 1]!.push(line.slice('# text = '.length));
      }
      let truePositives = 0;
      let predicted = 0;
      let gold = 0;
      for (const sentences of docs) {
        const text = sentences.join(' ');
        const goldEnds = new Set<number>();
        let position = 0;
        for (const s of sentences) {
          position += s.length;
          goldEnds.add(position);
          position += 1;
        }
        const ends = segmentSentences(text, profileFor(lang).segment).map((s) => s.end);
        predicted += ends.length;
        gold += goldEnds.size;
        truePositives += ends.filter((e) => goldEnds.has(e)).length;
      }
      assert.ok(truePositives / predicted >= 0.99, `${lang} precision ${truePositives / predicted}`);
      assert.ok(truePositives / gold >= 0.99, `${lang} recall ${truePositives / gold}`);
    }
  });
});

describe('segment: pathological input stays linear', () => {
  // 1 MB each; a quadratic pass would hit mocha's timeout. Checks the spans, not the time.
  const units = ['ab.Cd', 'a.', 'A. ', '.', '\n', '11. ', '„a.“ ', 'wort', '(', 'a-', 'Check Also\n'];
  for (const unit of units) {
    it(`${JSON.stringify(unit)} × 1 MB`, () => {
      const text = unit.repeat(Math.ceil(1e6 / unit.length));
      const sentences = segmentSentences(text, profileFor('de').segment);
      const tokens = tokenizeSentences(text, sentences, profileFor('de').segment);
      const sections = detectSections(text, sentences);
      let tokenChars = 0;
      for (const t of tokens) tokenChars += t.end - t.start;
      assert.equal(tokenChars, text.replace(/\s/g, '').length);
      for (const s of sentences) assert.ok(s.end - s.start <= 5000);
      if (sections.length > 0) assert.equal(sections[sections.length - 1]!.end, text.length);
    });
  }
});

describe('segment: tokenizeRange', () => {
  const tokensOf = (text: string, lang = 'de'): string[] => {
    const tokens = tokenizeRange(text, 0, text.length, profileFor(lang).segment);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    return tokens.map((t) => t.text);
  };
  const cases: Array<[string, string, string[]]> = [
    ['de', 'Präsident Yoon Suk-yeol traf NATO-Generalsekretär Stoltenberg.', ['Präsident', 'Yoon', 'Suk-yeol', 'traf', 'NATO-Generalsekretär', 'Stoltenberg', '.']],
    ['de', 'auf dem NATO-Hügel in Baden-Württemberg', ['auf', 'dem', 'NATO-Hügel', 'in', 'Baden-Württemberg']],
    ['de', 'Am 11. Juli 2023 kam Dr. Müller z.B. mit Nr. 5.', ['Am', '11.', 'Juli', '2023', 'kam', 'Dr.', 'Müller', 'z.B.', 'mit', 'Nr.', '5', '.']],
    ['de', 'z. B. und u. a. bzw. ca. 3 Mio. Euro', ['z.', 'B.', 'und', 'u.', 'a.', 'bzw.', 'ca.', '3', 'Mio.', 'Euro']],
    ['de', 'Der 3. Platz, das 21. Jahrhundert', ['Der', '3.', 'Platz', ',', 'das', '21.', 'Jahrhundert']],
    ['de', 'Er starb 1890. Sein Sohn', ['Er', 'starb', '1890', '.', 'Sein', 'Sohn']],
    ['de', 'um 3,5 Prozent auf 1.000 Euro (3.5 %)', ['um', '3,5', 'Prozent', 'auf', '1.000', 'Euro', '(', '3.5', '%', ')']],
    ['de', 'am 11.07.2023 um 6:30 Uhr, Endstand 1:1', ['am', '11.07.2023', 'um', '6:30', 'Uhr', ',', 'Endstand', '1:1']],
    ['de', '„die illegalen Provokationen“ und »Zitat«', ['„', 'die', 'illegalen', 'Provokationen', '“', 'und', '»', 'Zitat', '«']],
    ['de', '"quote" und \'single\'', ['"', 'quote', '"', 'und', "'", 'single', "'"]],
    ['de', 'Atomwaffen- und Raketenprogramme', ['Atomwaffen-', 'und', 'Raketenprogramme']],
    ['de', 'Papst Benedikt XVI. sagte... Was?!', ['Papst', 'Benedikt', 'XVI.', 'sagte', '...', 'Was', '?', '!']],
    ['de', "Pompeius' Truppen, geht's", ["Pompeius'", 'Truppen', ',', "geht's"]],
    ['de', 'Ende.Die nächste', ['Ende', '.', 'Die', 'nächste']],
    ['de', 'Siehe https://www.example.com/a?x=1. Mail an info@example.de', ['Siehe', 'https://www.example.com/a?x=1', '.', 'Mail', 'an', 'info@example.de']],
    ['de', 'Gedankenstrich – em — 😀 Ende', ['Gedankenstrich', '–', 'em', '—', '😀', 'Ende']],
    ['en', 'The U.S. president met Mr. Smith in Washington, D.C. on Jan. 5.', ['The', 'U.S.', 'president', 'met', 'Mr.', 'Smith', 'in', 'Washington', ',', 'D.C.', 'on', 'Jan.', '5', '.']],
    ['en', 'He was 1. Then 2.', ['He', 'was', '1', '.', 'Then', '2', '.']],
  ];
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.deepEqual(tokensOf(text, lang), expected));

  it('gives offsets into the whole text for a range', () => {
    const text = 'Erster Satz. Zweiter Satz mit Dr. Müller.';
    const tokens = tokenizeRange(text, 13, text.length);
    assert.deepEqual(tokens.map((t) => t.text), ['Zweiter', 'Satz', 'mit', 'Dr.', 'Müller', '.']);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(tokens[0]!.start, 13);
    assert.ok(tokens.every((t) => t.sentence === -1));
  });

  it('tokenizeSentences sets the sentence index and covers every non-space character', () => {
    const text = readSample('nato-suedkorea');
    const sentences = segmentSentences(text, profileFor('de').segment);
    const tokens = tokenizeSentences(text, sentences, profileFor('de').segment);
    let characters = 0;
    for (const t of tokens) {
      const s = sentences[t.sentence]!;
      assert.ok(t.start >= s.start && t.end <= s.end);
      assert.equal(text.slice(t.start, t.end), t.text);
      characters += t.end - t.start;
    }
    assert.equal(characters, text.replace(/\s/g, '').length);
    const texts = tokens.map((t) => t.text);
    for (const expected of ['Suk-yeol', 'NATO-Generalsekretär', 'NATO-Hügel', 'Atomwaffen-', 'EU-Untersuchung', 'E-Mail-Adresse', '„', '“']) {
      assert.ok(texts.includes(expected), expected);
    }
    assert.equal(tokens[tokens.length - 1]!.sentence, sentences.length - 1);
  });

  it('tokenises a 5 MB text', () => {
    const sample = readSample('nato-suedkorea') + '\n\n';
    const text = sample.repeat(Math.ceil(5e6 / sample.length));
    const tokens = tokenizeRange(text, 0, text.length, profileFor('de').segment);
    const perSample = tokenizeRange(sample, 0, sample.length, profileFor('de').segment).length;
    assert.equal(tokens.length, perSample * Math.ceil(5e6 / sample.length));
  });
});

describe('segment: detectSections', () => {
  const sectionsOf = (text: string, lang = 'de'): Array<[SectionSpan['kind'], string]> => {
    const sections = detectSections(text, segmentSentences(text, profileFor(lang).segment));
    // contiguous, in order, covering the whole text
    assert.equal(sections[0]?.start ?? 0, 0);
    assert.equal(sections[sections.length - 1]?.end ?? 0, text.length);
    for (let i = 1; i < sections.length; i++) {
      assert.equal(sections[i]!.start, sections[i - 1]!.end);
      assert.notEqual(sections[i]!.kind, sections[i - 1]!.kind);
    }
    return sections.map((s) => [s.kind, text.slice(s.start, s.end).trim()]);
  };

  it('finds headline, body, the "Check Also" teaser and the comment form in the reference article', () => {
    const text = readSample('nato-suedkorea');
    const sections = sectionsOf(text);
    assert.deepEqual(sections.map(([kind]) => kind), ['headline', 'body', 'related', 'boilerplate']);
    assert.equal(sections[0]![1], 'Neue Partnerschaft auf dem Vilnius-Hügel: NATO und Südkorea erzielen Kooperationsabkommen in 11 Bereichen');
    assert.ok(sections[1]![1].endsWith('Neuanfang'));
    assert.ok(sections[2]![1].startsWith('Check Also\n\nEU-Untersuchung gegen Belgien'));
    assert.ok(sections[2]![1].includes('Doel 4 und Tihange 3'));
    assert.ok(sections[3]![1].startsWith('Schreibe einen Kommentar'));
    assert.ok(sections[3]![1].endsWith('Erforderliche Felder sind mit * markiert'));
  });

  const cases: Array<[string, string, Array<[SectionSpan['kind'], string]>]> = [
    [
      'English page with a related block and a comment form',
      'Leaders agree on trade pact\n\nThe leaders met on Monday. They signed a pact.\n\nRelated\n\nOther story headline\n\nOther story text.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nName *',
      [
        ['headline', 'Leaders agree on trade pact'],
        ['body', 'The leaders met on Monday. They signed a pact.'],
        ['related', 'Related\n\nOther story headline\n\nOther story text.'],
        ['boilerplate', 'Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nName *'],
      ],
    ],
    [
      'inline teaser line inside the story',
      'Bahn erhöht Preise\n\nDie Bahn erhöht die Preise.\n\nLesen Sie auch: Warum Züge zu spät kommen\n\nDer Vorstand verteidigte die Erhöhung.',
      [
        ['headline', 'Bahn erhöht Preise'],
        ['body', 'Die Bahn erhöht die Preise.'],
        ['related', 'Lesen Sie auch: Warum Züge zu spät kommen'],
        ['body', 'Der Vorstand verteidigte die Erhöhung.'],
      ],
    ],
    [
      'marker with symbols and colon, then boilerplate ends the related block',
      'Die Regierung tagte am Montag.\n\n» Mehr zum Thema:\n\nAnderer Artikel\n\nWir verwenden Cookies. Mit der Nutzung der Seite stimmen Sie der Verwendung von Cookies zu.\n\nNewsletter abonnieren',
      [
        ['body', 'Die Regierung tagte am Montag.'],
        ['related', '» Mehr zum Thema:\n\nAnderer Artikel'],
        ['boilerplate', 'Wir verwenden Cookies. Mit der Nutzung der Seite stimmen Sie der Verwendung von Cookies zu.\n\nNewsletter abonnieren'],
      ],
    ],
    [
      'share line between body paragraphs',
      'Der Minister reiste nach Paris.\n\nTeilen | Facebook | Twitter | WhatsApp\n\nDort traf er seinen Amtskollegen.',
      [
        ['body', 'Der Minister reiste nach Paris.'],
        ['boilerplate', 'Teilen | Facebook | Twitter | WhatsApp'],
        ['body', 'Dort traf er seinen Amtskollegen.'],
      ],
    ],
    [
      'an article about cookies and related topics is body',
      'Datenschützer kritisieren Cookie-Banner\n\nDie Behörde kritisierte, dass viele Seiten Cookies verwenden, ohne zu fragen, und der Richter sah das ebenso. Related to this, the court fined three companies. Read more about it in the ruling, the judge said.',
      [
        ['headline', 'Datenschützer kritisieren Cookie-Banner'],
        [
          'body',
          'Die Behörde kritisierte, dass viele Seiten Cookies verwenden, ohne zu fragen, und der Richter sah das ebenso. Related to this, the court fined three companies. Read more about it in the ruling, the judge said.',
        ],
      ],
    ],
    [
      'a first line with final punctuation is not a headline',
      'Die Regierung hat am Montag getagt.\nSie beschloss nichts.',
      [['body', 'Die Regierung hat am Montag getagt.\nSie beschloss nichts.']],
    ],
    [
      'photo credit, copyright and tags lines',
      'Gipfel in Rom\n\nFoto: Max Muster/dpa\n\nDie Staatschefs trafen sich in Rom.\n\nSchlagwörter: Italien, Gipfel\n\n© 2024 Beispielverlag. Alle Rechte vorbehalten.',
      [
        ['headline', 'Gipfel in Rom'],
        ['boilerplate', 'Foto: Max Muster/dpa'],
        ['body', 'Die Staatschefs trafen sich in Rom.'],
        ['boilerplate', 'Schlagwörter: Italien, Gipfel\n\n© 2024 Beispielverlag. Alle Rechte vorbehalten.'],
      ],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(sectionsOf(text), expected));

  it('gives one body section for text without sentences, none for empty text', () => {
    assert.deepEqual(detectSections('', []), []);
    assert.deepEqual(detectSections('   ', []), [{ start: 0, end: 3, kind: 'body' }]);
  });
});
