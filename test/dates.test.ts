import assert from 'node:assert/strict';
import { englishDateValue, findEnglishValues, findGermanDates } from '../src/values/dates.js';

describe('findEnglishValues (wink-nlp)', () => {
  it('returns dates, times, money and percentages with exact offsets and ISO dates', () => {
    const text = 'On Tuesday, July 11, 2023, at 3:30 pm the summit cost $5 million (about 12%).';
    const values = findEnglishValues(text);
    const byText = new Map(values.map((v) => [v.text, v]));
    assert.equal(byText.get('July 11, 2023')?.type, 'DATE');
    assert.equal(byText.get('July 11, 2023')?.value, '2023-07-11');
    assert.equal(byText.get('3:30 pm')?.type, 'TIME');
    assert.equal(byText.get('$5 million')?.type, 'MONEY');
    assert.equal(byText.get('about 12%')?.type, 'PERCENT');
    for (const v of values) assert.equal(text.slice(v.start, v.end), v.text);
  });

  it('keeps offsets exact across emoji, tabs and CRLF line breaks', () => {
    const text = '😀😀 Prices rose\t5%\r\non 12 March 2024 and fell by $3 later.';
    const values = findEnglishValues(text);
    assert.ok(values.length >= 3, JSON.stringify(values));
    for (const v of values) assert.equal(text.slice(v.start, v.end), v.text);
    assert.equal(values.find((v) => v.text === '12 March 2024')?.value, '2024-03-12');
  });

  it('filters by type', () => {
    const values = findEnglishValues('Three leaders met on 5 May 2021.', new Set(['DATE']));
    assert.deepEqual(values.map((v) => v.type), ['DATE']);
  });

  it('reads ISO values from English date texts', () => {
    assert.equal(englishDateValue('March 2022'), '2022-03');
    assert.equal(englishDateValue('in 1999'), '1999');
    assert.equal(englishDateValue('February 30, 2023'), undefined);
    assert.equal(englishDateValue('last week'), undefined);
  });
});

describe('findGermanDates', () => {
  const summary = (text: string, reference?: string): string[] =>
    findGermanDates(text, reference).map((d) => `${d.text}|${d.kind}|${d.value ?? ''}`);

  it('reads day, month and year dates with ISO values', () => {
    assert.deepEqual(summary('Der Gipfel begann am 11. Juli 2023 in Vilnius; der Vertrag vom 04.04.1949 gilt.'), [
      '11. Juli 2023|day|2023-07-11',
      '04.04.1949|day|1949-04-04',
    ]);
    assert.deepEqual(summary('Im Juli 2023 und im Jahr 2024.'), ['Juli 2023|month|2023-07', '2024|year|2024']);
  });

  it('joins a weekday with the date after it', () => {
    const [date] = findGermanDates('Am Dienstag, 11. Juli 2023, trafen sie sich.');
    assert.equal(date?.text, 'Dienstag, 11. Juli 2023');
    assert.equal(date?.value, '2023-07-11');
    assert.equal(date?.weekday, 2);
  });

  it('resolves weekdays, relative days and year-less dates only against a reference', () => {
    const text = 'Am Dienstag sprach er, gestern reiste er ab, am 14. Juli kommt er wieder.';
    assert.deepEqual(summary(text), ['Dienstag|weekday|', 'gestern|relative|', '14. Juli|day|']);
    assert.deepEqual(summary(text, '2023-07-13'), [
      'Dienstag|weekday|2023-07-11',
      'gestern|relative|2023-07-12',
      '14. Juli|day|2023-07-14',
    ]);
  });

  it('reads day ranges as ISO intervals', () => {
    assert.deepEqual(summary('Vom 11. bis 12. Juli 2023 tagte die NATO.'), ['11. bis 12. Juli 2023|range|2023-07-11/2023-07-12']);
  });

  it('does not read counts, invalid days or "am Morgen" as dates', () => {
    assert.deepEqual(summary('Es kamen 2023 Menschen und 1950 Euro; am Morgen war es kalt.'), []);
    assert.deepEqual(summary('Am 31. Februar 2023.'), ['31. Februar 2023|day|']);
    assert.deepEqual(summary('Version 2.11.2023a und 3,2023'), []);
  });

  it('gives exact offsets', () => {
    const text = '„Heute“, sagte sie am Sonntagabend, 9. Juli 2023.';
    const dates = findGermanDates(text);
    assert.ok(dates.length >= 2);
    for (const d of dates) assert.equal(text.slice(d.start, d.end), d.text);
  });
});
