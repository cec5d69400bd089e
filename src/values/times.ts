/**
 * Date expressions for event times, with an ISO 8601 value where day/month/year can be read off the text.
 * German goes to the reader behind Document.values (src/values/dates.ts: "11. Juli 2023", "Dienstag",
 * "im Jahr 2019"); English uses the patterns below ("on Tuesday", "July 11, 2023", "4 May 2021"), which keep
 * event times independent of wink-nlp's tokenisation.
 */

import { findGermanDates } from './dates.js';

export interface TimeExpression {
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

/** Date expressions in text[start, end), non-overlapping (longest wins), in text order. */
export function findTimes(text: string, language: 'de' | 'en', start = 0, end = text.length): TimeExpression[] {
  const slice = text.slice(start, end);
  // German: the same reader as Document.values (src/values/dates.ts), so a date reads the same everywhere.
  if (language === 'de') {
    return findGermanDates(slice).map((d) => ({
      start: start + d.start,
      end: start + d.end,
      text: d.text,
      ...(d.value && !d.value.includes('/') ? { value: d.value } : {}),
    }));
  }
  const found: TimeExpression[] = [];
  for (const { re, value } of EN_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const s = start + m.index;
      const e = s + m[0].length;
      const v = value(m);
      found.push(v === undefined ? { start: s, end: e, text: m[0] } : { start: s, end: e, text: m[0], value: v });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: TimeExpression[] = [];
  for (const t of found) {
    const last = out[out.length - 1];
    if (last && t.start < last.end) continue;
    out.push(t);
  }
  return out;
}
