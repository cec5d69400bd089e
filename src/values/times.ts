/**
 * Dates with an ISO 8601 value where day/month/year can be read off the text, read once per document: they are
 * the DATE values of Document.values and the times events take. German goes to our reader in dates.ts
 * ("11. Juli 2023", "Dienstag", "im Jahr 2019"); English to the patterns below ("on Tuesday", "July 11, 2023",
 * "4 May 2021"), which keep event times independent of wink-nlp's tokenisation.
 */
import type { ValueProfile } from '../doc/language-profile.js';
import type { TimeExpression } from '../doc/types.js';
import { profileFor } from '../lang/index.js';
import { findGermanDates } from './dates.js';
import { lowerBound } from '../doc/tokens.js';

export type { TimeExpression } from '../doc/types.js';

/** A date as Document.values gives it: the value may be an interval ("2023-07-11/2023-07-12"). */
export interface DateExpression {
  start: number;
  end: number;
  text: string;
  value?: string;
}

const EN_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const EN_MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const EN_WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

type Reader = (m: RegExpExecArray) => string | undefined;

interface Pattern {
  re: RegExp;
  value: Reader;
}

function iso(year: string | undefined, month: number | undefined, day?: string): string | undefined {
  if (!year || month === undefined) return undefined;
  if (day === undefined) return `${year}-${String(month).padStart(2, '0')}`;
  const d = Number(day);
  if (d < 1 || d > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const month = (table: Record<string, number>, name: string | undefined): number | undefined =>
  name === undefined ? undefined : table[name.toLowerCase().replace(/\.$/, '')];

const EN_PATTERNS: Pattern[] = [
  {
    // "Tuesday, July 11, 2023", "July 11, 2023", "July 11"
    re: new RegExp(`${B}(?:${EN_WEEKDAY},?\\s+)?${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${E}`, 'gu'),
    value: (m) => iso(m[3], month(EN_MONTHS, m[1]), m[2]),
  },
  {
    // "11 July 2023", "Tuesday 11 July"
    re: new RegExp(`${B}(?:${EN_WEEKDAY},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH}(?:,?\\s+(\\d{4}))?${E}`, 'gu'),
    value: (m) => iso(m[3], month(EN_MONTHS, m[2]), m[1]),
  },
  { re: new RegExp(`${B}${EN_MONTH}\\s+(\\d{4})${E}`, 'gu'), value: (m) => iso(m[2], month(EN_MONTHS, m[1])) },
  { re: new RegExp(`${B}${EN_WEEKDAY}${E}`, 'gu'), value: () => undefined },
  { re: new RegExp(`${B}(?:today|yesterday)${E}`, 'giu'), value: () => undefined },
  // A bare year only in "in 2019," / "early 2019" and the like, before punctuation ("in 2000 cases" is no date).
  { re: new RegExp(`${B}(?:(?<=[Ii]n\\s)|(?:early|mid|late)\\s+)(1\\d{3}|20\\d{2})(?=\\s*[,.;:)!?]|\\s*$)`, 'gu'), value: (m) => m[1] },
];

/** English dates, non-overlapping (longest wins), in text order. */
function englishDates(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  for (const { re, value } of EN_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      const v = value(m);
      found.push(v === undefined ? { start: s, end: e, text: m[0] } : { start: s, end: e, text: m[0], value: v });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: DateExpression[] = [];
  for (const t of found) {
    const last = out[out.length - 1];
    if (last && t.start < last.end) continue;
    out.push(t);
  }
  return out;
}

function germanDates(text: string, reference?: string): DateExpression[] {
  return findGermanDates(text, reference).map(({ start, end, text: t, value }) => ({ start, end, text: t, ...(value ? { value } : {}) }));
}

const DATE_READERS: Record<ValueProfile['dateReader'], (text: string, reference?: string) => DateExpression[]> = {
  german: germanDates,
  english: englishDates,
};

/** The dates in `text`, in text order, by the profile's reader; `reference` (ISO date, the article's date) resolves
 * relative dates where the reader can ("gestern", "am Dienstag", "11. Juli" without a year). */
export function readDates(text: string, values: ValueProfile, reference?: string): DateExpression[] {
  return DATE_READERS[values.dateReader](text, reference);
}

/** A date as an event time: an interval value is left out (an event time names one day, month or year). */
export function asTime(d: DateExpression): TimeExpression {
  return { start: d.start, end: d.end, text: d.text, ...(d.value && !d.value.includes('/') ? { value: d.value } : {}) };
}

/** The times inside [start, end) of `times` (in text order), by binary search. */
export function timesWithin(times: readonly TimeExpression[], start: number, end: number): TimeExpression[] {
  const lo = lowerBound(times, (t) => t.start < start);
  const out: TimeExpression[] = [];
  for (let i = lo; i < times.length && times[i]!.start < end; i++) if (times[i]!.end <= end) out.push(times[i]!);
  return out;
}

/** Date expressions in text[start, end), non-overlapping, in text order. `language` is a pipeline code ('de', 'en')
 * or a profile's value readers; a language without them has none. */
export function findTimes(text: string, language: string | ValueProfile, start = 0, end = text.length): TimeExpression[] {
  const values = typeof language === 'string' ? profileFor(language).values : language;
  if (!values) return [];
  return readDates(text.slice(start, end), values).map((d) => asTime({ ...d, start: start + d.start, end: start + d.end }));
}
