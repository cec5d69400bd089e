import assert from 'node:assert/strict';
import { franc } from 'franc';
import { detectLanguage, toIso639_3 } from '../src/lang/detect/index.js';
import { isEreignisError } from '../src/errors.js';
import { readSample } from './helpers/corpus.js';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import { LOCALE_DIR, readMo } from '../bench/gettext.js';

const GERMAN = [
  'Die Regierung hat am Montag neue Maßnahmen beschlossen.',
  'Der Bundestag stimmte dem Gesetz mit großer Mehrheit zu.',
  'Im Süden des Landes regnet es seit Tagen.',
  'Wir haben keine Zeit mehr.',
  'Der Hund bellt laut.', // plain franc: swe
  'Was ist passiert?',
  'Die Polizei ermittelt gegen zwei Verdächtige.',
  'Schreibe einen Kommentar', // franc-all: gsw
  'Bundeskanzler trifft Präsidenten in Paris',
  'Er sagte, dass er nicht kommen werde.',
  'Deine E-Mail-Adresse wird nicht veröffentlicht.',
  'Erforderliche Felder sind mit * markiert',
  'Lesen Sie auch',
  'Am 11. Juli 2023 trafen sich die Minister in Vilnius.',
  'Bundeskanzler Olaf Scholz traf Präsident Emmanuel Macron in Paris.',
  'Außenministerin Annalena Baerbock besuchte Kiew am Montag.',
  'NATO-Generalsekretär Jens Stoltenberg in Vilnius',
];

const ENGLISH = [
  'The government announced new measures on Monday.',
  'Parliament approved the bill by a large majority.',
  'It has been raining in the south for days.',
  'We have no time left.',
  'What happened?',
  'Police are investigating two suspects.',
  'Your email address will not be published.',
  'Leave a Reply',
  'He said he would not come.',
  'Prime Minister meets president in Paris',
  'On July 11, 2023, the ministers met in Vilnius.',
  'These were almost completely forgotten until after the war.',
  'Like fjords, freshwater lakes are often deep.', // plain franc: sco
  // name-heavy news sentences: plain franc says nld, fin, fra, ekk
  'Prime Minister Justin Trudeau met President Joe Biden in Washington on Tuesday.',
  'Prime Minister Justin Trudeau visited London.',
  'Chancellor Olaf Scholz met President Emmanuel Macron in Paris.',
  'Foreign Minister Annalena Baerbock visited Kyiv on Monday.',
  'UN chief condemns attack on aid convoy in Sudan',
];

/** [expected ISO 639-1 code(s), sentence]; close relatives (da/nb, hr/sr/bs) may be swapped on one sentence. */
const OTHER_LANGUAGES: Array<[string, string]> = [
  ['fr', 'Le gouvernement a annoncé mardi une nouvelle réforme des retraites.'],
  ['fr', 'Les deux pays ont signé un accord de coopération dans le domaine de la défense.'],
  ['fr', 'Je ne sais pas.'],
  ['es', 'El presidente se reunió ayer con los líderes de la oposición en Madrid.'],
  ['es', 'Los ciudadanos votarán en las elecciones del domingo.'],
  ['es', 'No lo sé todavía.'],
  ['it', 'Il governo ha approvato la legge di bilancio dopo un lungo dibattito.'],
  ['it', 'Domani ci sarà sciopero dei treni in tutta Italia.'],
  ['it', 'Non lo so ancora.'],
  ['nl', 'De regering heeft gisteren besloten om de belastingen te verhogen.'],
  ['nl', 'Het regent vandaag in Amsterdam.'],
  ['nl', 'Zij hebben de wedstrijd gewonnen.'],
  ['pt', 'O governo brasileiro anunciou novas medidas para combater a inflação.'],
  ['af', 'Die regering het besluit om die belasting te verhoog.'],
  ['da', 'Politiet har anholdt to mænd efter røveriet i går aftes.'],
  ['da nb', 'Det er en god idé.'],
  ['nb', 'Regjeringen har bestemt at skatten skal senkes for de laveste inntektene.'],
  ['sv', 'Polisen grep två män efter rånet i Stockholm i går kväll.'],
  ['pl', 'Prezydent spotkał się z przedstawicielami opozycji w Warszawie.'],
  ['cs', 'Vláda ve středu schválila nový zákon o státním rozpočtu.'],
  ['tr', 'Hükümet yeni ekonomik tedbirleri bugün açıkladı.'],
  ['fi', 'Hallitus päätti tiistaina nostaa polttoaineveroa ensi vuonna.'],
  ['hu', 'A kormány kedden bejelentette az új adócsomagot.'],
  ['ro', 'Guvernul a anunțat marți noi măsuri pentru combaterea inflației.'],
  ['ca', "El govern català ha aprovat els pressupostos per a l'any vinent."],
  ['id ms', 'Pemerintah mengumumkan kebijakan baru untuk mengatasi inflasi.'],
  ['hr sr bs', 'Vlada je u utorak predstavila novi zakon o porezima.'],
  // short news sentences with names
  ['nl', 'De minister-president sprak gisteren met de koning.'],
  ['nl', 'Het kabinet is gevallen.'],
  ['af', 'Die president het gister met die minister gepraat.'],
  ['da', 'Ministeren mødtes med præsidenten i går.'],
  ['sv', 'Statsministern träffade presidenten i Stockholm.'],
  ['fr', 'Le président a rencontré le premier ministre.'],
  ['fr', 'Macron a rencontré Scholz à Berlin.'],
  ['es', 'El presidente visitó Berlín el lunes.'],
  ['es', 'Sánchez se reunió con Scholz en Madrid.'],
  ['it', 'Il presidente ha incontrato il cancelliere tedesco.'],
  ['pt', 'O presidente visitou Lisboa na segunda-feira.'],
  ['pl', 'Premier spotkał się z prezydentem w Berlinie.'],
  ['ru', 'Правительство объявило о новых мерах по борьбе с инфляцией.'],
  ['uk', 'Уряд оголосив про нові заходи для підтримки економіки країни.'],
  ['el', 'Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.'],
  ['zh', '政府今天宣布了新的经济刺激计划。'],
  ['ja', '政府は本日、新しい経済対策を発表しました。'],
  ['ko', '정부는 오늘 새로운 경제 대책을 발표했다.'],
  ['ar', 'أعلنت الحكومة اليوم عن إجراءات اقتصادية جديدة.'],
  ['he', 'הממשלה הודיעה היום על צעדים כלכליים חדשים.'],
  ['hi', 'सरकार ने आज नई आर्थिक योजना की घोषणा की।'],
];

describe('langid: detectLanguage', () => {
  it('calls the reference article German with high confidence and no diagnostics', () => {
    const { language, diagnostics } = detectLanguage(readSample('nato-suedkorea'));
    assert.equal(language.code, 'de');
    assert.equal(language.iso639_3, 'deu');
    assert.equal(language.method, 'franc');
    assert.ok(language.confidence >= 0.9, `confidence ${language.confidence}`);
    assert.deepEqual(diagnostics, []);
  });

  for (const sentence of GERMAN) {
    it(`de: ${sentence}`, () => assert.equal(detectLanguage(sentence).language.code, 'de'));
  }
  for (const sentence of ENGLISH) {
    it(`en: ${sentence}`, () => assert.equal(detectLanguage(sentence).language.code, 'en'));
  }
  for (const [codes, sentence] of OTHER_LANGUAGES) {
    it(`${codes}: ${sentence}`, () => {
      const { language } = detectLanguage(sentence);
      assert.ok(codes.split(' ').includes(language.code), `got ${language.code} (${language.iso639_3})`);
      assert.equal(language.code.length, 2);
    });
  }

  it('beats plain franc, which calls some of these sentences Scots or Swedish', () => {
    assert.notEqual(franc('Der Hund bellt laut.'), 'deu');
    assert.notEqual(franc('Like fjords, freshwater lakes are often deep.'), 'eng');
  });

  it('gives und + W001 for empty and whitespace-only text', () => {
    for (const text of ['', '   ', '\n\t \n']) {
      const { language, diagnostics } = detectLanguage(text);
      assert.equal(language.code, 'und');
      assert.equal(language.iso639_3, 'und');
      assert.equal(language.confidence, 0);
      assert.deepEqual(diagnostics.map((d) => d.code), ['W001']);
      assert.equal(diagnostics[0]!.severity, 'warning');
    }
  });

  it('gives und + W002 for digits, punctuation and too-short text', () => {
    for (const text of ['12345 678', '2023-07-11, 14:30', '*** --- !!!', 'Hello world', 'Read more', 'OK']) {
      const { language, diagnostics } = detectLanguage(text);
      assert.equal(language.code, 'und', text);
      assert.deepEqual(diagnostics.map((d) => d.code), ['W002'], text);
    }
  });

  it('gives und + W002 for a long text that is half German, half English', () => {
    const text =
      'Die Regierung hat am Montag neue Maßnahmen beschlossen, die das Land verändern werden. '.repeat(120) +
      'The government announced new measures on Monday that will change the country for years. '.repeat(120);
    const { language, diagnostics } = detectLanguage(text);
    assert.equal(language.code, 'und');
    assert.match(diagnostics[0]!.message, /mixed/);
  });

  it('keeps the majority language of a long text with a foreign passage', () => {
    const text =
      'Die Regierung hat am Montag neue Maßnahmen beschlossen, die das Land verändern werden. '.repeat(300) +
      'The government announced new measures on Monday that will change the country for years. '.repeat(40);
    assert.equal(detectLanguage(text).language.code, 'de');
  });

  it('is more confident on more text', () => {
    const short = detectLanguage('Was ist passiert?').language.confidence;
    const long = detectLanguage('Was ist passiert? Die Polizei ermittelt gegen zwei Verdächtige, sagte ein Sprecher am Abend.').language
      .confidence;
    assert.ok(short < long, `${short} vs ${long}`);
    assert.ok(short > 0 && long <= 1);
  });

  it('samples a 10 MB text instead of reading all of it', () => {
    const sample = readSample('nato-suedkorea');
    const text = sample.repeat(Math.ceil(10e6 / sample.length));
    assert.ok(text.length >= 10e6);
    assert.equal(detectLanguage(text).language.code, 'de');
  });

  it('restricts candidates with only (639-1 or 639-3 codes)', () => {
    assert.equal(detectLanguage('Het regent vandaag in Amsterdam.', { only: ['de', 'en'] }).language.code, 'de');
    assert.equal(detectLanguage('Het regent vandaag in Amsterdam.', { only: ['deu', 'nld'] }).language.code, 'nl');
  });

  it('gives und + W002 when no candidate in only writes the script of the text', () => {
    const { language, diagnostics } = detectLanguage('Правительство объявило о новых мерах по борьбе с инфляцией.', { only: ['de', 'en'] });
    assert.equal(language.code, 'und');
    assert.match(diagnostics[0]!.message, /script/);
  });

  it('throws E005 for an unknown language in only, E001 for an empty list', () => {
    assert.throws(() => detectLanguage('Hallo', { only: ['xx'] }), (e: unknown) => isEreignisError(e) && e.code === 'E005');
    assert.throws(() => detectLanguage('Hallo', { only: [] }), (e: unknown) => isEreignisError(e) && e.code === 'E001');
  });
});

describe('langid: short text is judged on its words, not its names', () => {
  // Plain franc calls most of these Dutch, Afrikaans or Italian: "met" and "in" are Dutch words too.
  const meetings = [
    'Boris Johnson met Joe Biden in London.',
    'Angela Merkel met Emmanuel Macron in Paris.',
    'Olaf Scholz met Rishi Sunak in Berlin.',
    'Justin Trudeau met Narendra Modi in Delhi.',
    'Pedro Sanchez met Giorgia Meloni in Rome.',
    'Jens Stoltenberg met Yoon Suk-yeol in Vilnius.',
  ];
  for (const sentence of meetings) {
    it(`en: ${sentence}`, () => assert.equal(detectLanguage(sentence).language.code, 'en'));
  }

  it('keeps the people of "Boris Johnson met Joe Biden in London." (it was Dutch, 0.82, and lost them)', () => {
    const doc = extract('Boris Johnson met Joe Biden in London.');
    assert.equal(doc.language.code, 'en');
    assert.equal(doc.language.pipeline, 'en');
    const names = doc.entities.map((e) => `${e.name}/${e.type}`);
    for (const n of ['Boris Johnson/PER', 'Joe Biden/PER']) assert.ok(names.includes(n), names.join(', '));
  });

  it('gives the headline "NATO-Gipfel in Vilnius beendet" the German pipeline (it was Dutch)', () => {
    // one word outside its names: German, or at worst undetermined, which the stage serves with German too
    const { language } = detectLanguage('NATO-Gipfel in Vilnius beendet');
    assert.ok(['de', 'und'].includes(language.code), language.code);
    const doc = extract('NATO-Gipfel in Vilnius beendet');
    assert.equal(doc.language.pipeline, 'de');
    assert.ok(doc.entities.some((e) => e.name === 'Vilnius'));
  });

  it('still tells real other languages in short name-heavy sentences', () => {
    assert.equal(detectLanguage('Mark Rutte ontmoette Joe Biden gisteren in Washington.').language.code, 'nl');
    assert.equal(detectLanguage('Emmanuel Macron a rencontré Olaf Scholz à Berlin.').language.code, 'fr');
  });

  it('still detects long French and Dutch text (the German/English prior fades with length)', () => {
    const french = OTHER_LANGUAGES.filter(([code]) => code === 'fr').map(([, s]) => s).join(' ');
    const dutch = OTHER_LANGUAGES.filter(([code]) => code === 'nl').map(([, s]) => s).join(' ');
    assert.ok(french.length > 200 && dutch.length > 200);
    assert.equal(detectLanguage(french).language.code, 'fr');
    assert.equal(detectLanguage(dutch).language.code, 'nl');
  });

  // Text nobody here wrote: the translators' --help texts of GNU coreutils in this machine's catalogues.
  for (const lang of ['fr', 'nl', 'sv', 'da', 'es', 'pl']) {
    const file = join(LOCALE_DIR, lang, 'LC_MESSAGES', 'coreutils.mo');
    it(`detects the long ${lang} coreutils help texts as ${lang}`, function () {
      if (!existsSync(file)) this.skip();
      const texts = readMo(file).map(([, t]) => t).filter((t) => t.length >= 300);
      assert.ok(texts.length >= 10, `${texts.length} texts`);
      const right = texts.filter((t) => detectLanguage(t).language.code === lang).length;
      const homeLanguage = texts.filter((t) => ['de', 'en'].includes(detectLanguage(t).language.code)).length;
      assert.ok(right >= 0.9 * texts.length, `${right} of ${texts.length}`);
      assert.ok(homeLanguage <= 0.05 * texts.length, `${homeLanguage} of ${texts.length} taken for de/en`);
    });
  }
});

describe('langid: W003 for a forced language without a pipeline', () => {
  it("extract(text, { language: 'fr' }) says that French has no pipeline", () => {
    const doc = extract('Emmanuel Macron a rencontré Olaf Scholz à Berlin.', { language: 'fr' });
    assert.equal(doc.language.method, 'forced');
    assert.equal(doc.language.pipeline, 'none');
    const w003 = doc.diagnostics.filter((d) => d.code === 'W003');
    assert.equal(w003.length, 1);
    assert.match(w003[0]!.message, /fr/);
  });

  it('gives no W003 when the forced language has a pipeline', () => {
    assert.ok(!extract('Olaf Scholz traf Emmanuel Macron.', { language: 'de' }).diagnostics.some((d) => d.code === 'W003'));
  });
});

describe('langid: toIso639_3', () => {
  const cases: Array<[string, string]> = [['de', 'deu'], ['en', 'eng'], ['EN', 'eng'], ['nb', 'nob'], ['no', 'nob'], ['deu', 'deu'], ['xx', 'und']];
  for (const [input, expected] of cases) it(`${input} → ${expected}`, () => assert.equal(toIso639_3(input), expected));
});
