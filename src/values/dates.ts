/**
 * Dates, times and amounts.
 *
 * English: wink-nlp's built-in entity recogniser (DATE, TIME, DURATION, CARDINAL, ORDINAL, MONEY, PERCENT), with
 * exact character offsets rebuilt from its tokens and their preceding whitespace, and an ISO value for the
 * dates that name a day, month or year. German: wink does not read German dates ("11. Juli 2023" comes out as two
 * cardinals), so a small regex reader handles them.
 */
import { createRequire } from 'node:module';
import type { ItemEntity, WinkMethods } from 'wink-nlp';

export interface EnglishValue {
  start: number;
  end: number;
  text: string;
  /** wink's entity type: DATE, TIME, DURATION, CARDINAL, ORDINAL, MONEY or PERCENT. */
  type: string;
  /** ISO 8601 date ("2023-07-11"), month ("2023-07") or year ("2023") for DATE entities that name one. */
  value?: string;
}

/** wink entity types returned by default (EMAIL, URL, HASHTAG, MENTION, EMOJI, EMOTICON are left out). */
export const ENGLISH_VALUE_TYPES: ReadonlySet<string> = new Set(['DATE', 'TIME', 'DURATION', 'CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT']);

/** wink is run on pieces of at most this many characters, cut at line breaks or spaces (bounded memory). */
const WINK_CHUNK_CHARS = 64_000;

/** The part of wink's core model that its cache grows: every lexeme, known or met in a text, and its index. */
interface WinkLexemes {
  hash: Record<string, number>;
  list: string[];
}

interface WinkInstance {
  nlp: WinkMethods;
  lexemes: WinkLexemes;
  /** Lexemes up to here are the model's own (and those its automata added on loading). */
  ownSize: number;
  /** Lexemes before this index have been forgotten already. */
  forgottenUpTo: number;
}

/** Past this many forgotten lexemes (~80 bytes each, so ~8 MB; ~1,600 news texts) the instance is rebuilt (~0.2 s): a worker's memory stays within its heap limit. */
const MAX_FORGOTTEN_LEXEMES = 100_000;

type WinkModel = Parameters<typeof import('wink-nlp').default>[0] & { core(): unknown; metaCER(): unknown };
let winkInstance: WinkInstance | undefined;
let cerMetaModel: unknown;

/**
 * wink-nlp and its model take ~0.2 s to load: required on first use (both are CommonJS), so that importing
 * ereignis or processing German text does not pay for them. The 'ner' pipe alone is all we need.
 */
function wink(): WinkInstance {
  if (!winkInstance || winkInstance.lexemes.list.length - winkInstance.ownSize > MAX_FORGOTTEN_LEXEMES) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    const model = require('wink-eng-lite-web-model') as WinkModel;
    // We keep the core model to reach its lexicon; metaCER is read once because the model's loader re-encodes
    // its JSON on every call (the twentieth instance in a process would fail with "Invalid string length").
    const core = model.core() as { features: { lexeme: WinkLexemes } };
    cerMetaModel ??= model.metaCER();
    const nlp = winkNLP({ ...model, core: () => core, metaCER: () => cerMetaModel }, ['sbd', 'ner']);
    const ownSize = core.features.lexeme.list.length;
    winkInstance = { nlp, lexemes: core.features.lexeme, ownSize, forgottenUpTo: ownSize };
  }
  return winkInstance;
}

/**
 * wink's cache adds each unknown token to the lexicon with the token type it had where it was first met, and
 * every later text reuses that type: after "the.375" (split into "the", ".", "375" and typed as words) a later
 * "375" is a word, not a number, and loses its CARDINAL. Forgetting the unknown tokens after each text makes
 * every text start from the model's own lexicon. The list keeps its entries because wink's OOV features are
 * stored by list position; only the lookup forgets them.
 */
function forgetUnknownTokens(instance: WinkInstance): void {
  const { hash, list } = instance.lexemes;
  for (let i = instance.forgottenUpTo; i < list.length; i++) delete hash[list[i]!];
  instance.forgottenUpTo = list.length;
}

/**
 * English values found by wink-nlp, with exact offsets (text.slice(start, end) === text) and, for dates, an ISO
 * value where the text names a day, month or year. `types` filters wink's entity types.
 */
export function findEnglishValues(text: string, types: ReadonlySet<string> = ENGLISH_VALUE_TYPES): EnglishValue[] {
  const instance = wink();
  const out: EnglishValue[] = [];
  for (const [chunkStart, chunkEnd] of chunks(text, WINK_CHUNK_CHARS)) {
    try {
      for (const value of valuesOfChunk(instance.nlp, text, chunkStart, chunkEnd, types)) out.push(value);
    } finally {
      forgetUnknownTokens(instance);
    }
  }
  return out;
}

function valuesOfChunk(nlp: WinkMethods, text: string, chunkStart: number, chunkEnd: number, types: ReadonlySet<string>): EnglishValue[] {
  const its = nlp.its;
  const chunk = text.slice(chunkStart, chunkEnd);
  const doc = nlp.readDoc(chunk);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const starts = new Array<number>(values.length);
  const ends = new Array<number>(values.length);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    pos += spaces[i]!.length;
    const value = values[i]!;
    // The rebuilt text equals the input; resynchronise anyway if wink ever normalised a character.
    if (!chunk.startsWith(value, pos)) {
      const found = chunk.indexOf(value, pos);
      if (found >= 0) pos = found;
    }
    starts[i] = pos;
    pos += value.length;
    ends[i] = pos;
  }
  const out: EnglishValue[] = [];
  doc.entities().each((entity: ItemEntity) => {
    const type = entity.out(its.type) as string;
    if (!types.has(type)) return;
    const [first, last] = entity.out(its.span) as unknown as [number, number];
    const start = chunkStart + starts[first]!;
    const end = chunkStart + ends[last]!;
    const found: EnglishValue = { start, end, text: text.slice(start, end), type };
    if (type === 'DATE') {
      const iso = englishDateValue(found.text);
      if (iso) found.value = iso;
    }
    out.push(found);
  });
  return out;
}

/** [start, end) pieces of at most `size` characters, cut after a line break, else after a space. */
function* chunks(text: string, size: number): Generator<[number, number]> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const newline = text.lastIndexOf('\n', end);
      const space = text.lastIndexOf(' ', end);
      const cut = newline > start + size / 2 ? newline : space > start + size / 2 ? space : -1;
      if (cut > 0) end = cut + 1;
    }
    yield [start, end];
    start = end;
  }
}

// ---------------------------------------------------------------- English date values

const ENGLISH_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const EN_MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const EN_MONTH_DAY_YEAR_RE = new RegExp(`${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const EN_DAY_MONTH_YEAR_RE = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH},?\\s+(\\d{4})`, 'i');
const EN_MONTH_YEAR_RE = new RegExp(`${EN_MONTH},?\\s+(\\d{4})`, 'i');
const ISO_DATE_RE = /(\d{4})-(\d{2})-(\d{2})/;
const YEAR_ONLY_RE = /^(?:(?:in|the year|early|mid|late)\s+)?(1[89]\d\d|20\d\d)$/i;

/** ISO value of an English date text when it names a day, a month of a year, or a year; otherwise undefined. */
export function englishDateValue(dateText: string): string | undefined {
  let m = EN_MONTH_DAY_YEAR_RE.exec(dateText);
  if (m) return isoDay(Number(m[3]), ENGLISH_MONTHS[m[1]!.toLowerCase()]!, Number(m[2]));
  m = EN_DAY_MONTH_YEAR_RE.exec(dateText);
  if (m) return isoDay(Number(m[3]), ENGLISH_MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
  m = ISO_DATE_RE.exec(dateText);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = EN_MONTH_YEAR_RE.exec(dateText);
  if (m) return `${m[2]}-${pad2(ENGLISH_MONTHS[m[1]!.toLowerCase()]!)}`;
  m = YEAR_ONLY_RE.exec(dateText.trim());
  if (m) return m[1];
  return undefined;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "YYYY-MM-DD" when the day exists in that month, else undefined. */
function isoDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

// ---------------------------------------------------------------- German dates

export interface GermanDate {
  start: number;
  end: number;
  text: string;
  /** What the text names: a day ("11. Juli 2023"), a day range, a month, a year, a weekday or a relative day. */
  kind: 'day' | 'range' | 'month' | 'year' | 'weekday' | 'relative';
  /** ISO 8601: "2023-07-11", "2023-07", "2023", or an interval "2023-07-11/2023-07-12". Weekdays, relative
   * days and dates without a year get one only when a reference date is given. */
  value?: string;
  /** ISO weekday (1 = Monday … 7 = Sunday) when the text names one. */
  weekday?: number;
}

const GERMAN_MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, jan: 1, februar: 2, feber: 2, feb: 2, febr: 2, märz: 3, maerz: 3, mär: 3, mrz: 3, april: 4,
  apr: 4, mai: 5, juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10,
  okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
};
const GERMAN_WEEKDAYS: Record<string, number> = {
  montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7,
};
// Full names first so that "Juni" is not read as "Jun" + "i"; abbreviations take an optional dot.
const DE_MONTH =
  '(Januar|Jänner|Februar|Feber|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|' +
  '(?:Jan|Febr|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)\\.?)';
const DE_WEEKDAY = '(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(abend|morgen|vormittag|nachmittag|mittag|nacht)?';
const NOT_AFTER = '(?<![\\p{L}\\p{N}.,])';
const NOT_BEFORE_DIGIT = '(?![\\p{L}\\p{N}]|[.,]\\p{N})';

const DE_RANGE_RE = new RegExp(`${NOT_AFTER}(\\d{1,2})\\.?\\s*(?:und|bis|–|-|/)\\s*(\\d{1,2})\\.\\s?${DE_MONTH}(?:\\s+(\\d{4})${NOT_BEFORE_DIGIT})?`, 'gu');
const DE_DAY_MONTH_RE = new RegExp(`${NOT_AFTER}(\\d{1,2})\\.\\s?${DE_MONTH}(?:\\s+(\\d{4})${NOT_BEFORE_DIGIT})?(?![\\p{L}])`, 'gu');
const DE_NUMERIC_RE = new RegExp(`${NOT_AFTER}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})${NOT_BEFORE_DIGIT}`, 'gu');
const DE_ISO_RE = new RegExp(`${NOT_AFTER}(\\d{4})-(\\d{2})-(\\d{2})${NOT_BEFORE_DIGIT}`, 'gu');
const DE_MONTH_YEAR_RE = new RegExp(`(?<![\\p{L}])${DE_MONTH}\\s+(\\d{4})${NOT_BEFORE_DIGIT}`, 'gu');
// A month without a year counts only after a preposition or "Anfang/Mitte/Ende" ("April" alone may be a name).
const DE_BARE_MONTH_RE = new RegExp(`(?<![\\p{L}])(?:im|Im|seit|bis|ab|Anfang|Mitte|Ende|vom|zum)\\s+(?:Monat\\s+)?${DE_MONTH}(?![\\p{L}])`, 'gu');
const DE_WEEKDAY_RE = new RegExp(`(?<![\\p{L}])${DE_WEEKDAY}(?![\\p{L}])`, 'gu');
const DE_YEAR_RE = new RegExp(`${NOT_AFTER}(1[89]\\d\\d|20\\d\\d)${NOT_BEFORE_DIGIT}`, 'gu');
const DE_RELATIVE_RE = /(?<![\p{L}])(vorgestern|gestern|heute|übermorgen|morgen)(?![\p{L}])/giu;
// A bare year must not be a count ("2023 Menschen", "1900 Euro", "1950 km").
const COUNT_AFTER_YEAR_RE = /^\s*(?:%|Prozent|Euro|Dollar|Mal|mal|km|m\b|kg|t\b|Stück|\p{Lu}\p{Ll})/u;
const YEAR_CUE_BEFORE_RE = /(?:Jahr|Jahre|Jahres|im|seit|bis|von|ab|Anfang|Mitte|Ende|Frühjahr|Sommer|Herbst|Winter|Frühling|\()\s*$/u;
const RELATIVE_OFFSETS: Record<string, number> = { vorgestern: -2, gestern: -1, heute: 0, morgen: 1, übermorgen: 2 };

/**
 * German dates with exact offsets: "11. Juli 2023", "11.07.2023", "11. und 12. Juli", "Juli 2023", "im Juli",
 * "Dienstag", "Dienstag, 11. Juli 2023", "2023", "gestern". `reference` (ISO date, e.g. the article's date)
 * resolves weekdays (the latest such day on or before it), relative days and dates without a year.
 */
export function findGermanDates(text: string, reference?: string): GermanDate[] {
  const ref = reference ? parseIsoDate(reference) : undefined;
  const found: GermanDate[] = [];
  const add = (start: number, end: number, kind: GermanDate['kind'], value?: string, weekday?: number): void => {
    const date: GermanDate = { start, end, text: text.slice(start, end), kind };
    if (value) date.value = value;
    if (weekday) date.weekday = weekday;
    found.push(date);
  };

  for (const m of text.matchAll(DE_RANGE_RE)) {
    const month = germanMonth(m[3]!);
    const year = m[4] ? Number(m[4]) : ref?.year;
    const from = year ? isoDay(year, month, Number(m[1])) : undefined;
    const to = year ? isoDay(year, month, Number(m[2])) : undefined;
    add(m.index, m.index + m[0].length, 'range', from && to ? `${from}/${to}` : undefined);
  }
  for (const m of text.matchAll(DE_DAY_MONTH_RE)) {
    const year = m[3] ? Number(m[3]) : ref?.year;
    add(m.index, m.index + m[0].length, 'day', year ? isoDay(year, germanMonth(m[2]!), Number(m[1])) : undefined);
  }
  for (const m of text.matchAll(DE_NUMERIC_RE)) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const iso = isoDay(year, Number(m[2]), Number(m[1]));
    if (iso) add(m.index, m.index + m[0].length, 'day', iso);
  }
  for (const m of text.matchAll(DE_ISO_RE)) {
    const iso = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) add(m.index, m.index + m[0].length, 'day', iso);
  }
  for (const m of text.matchAll(DE_MONTH_YEAR_RE)) {
    add(m.index, m.index + m[0].length, 'month', `${m[2]}-${pad2(germanMonth(m[1]!))}`);
  }
  for (const m of text.matchAll(DE_BARE_MONTH_RE)) {
    // The span is the month name itself (with "Anfang/Mitte/Ende" kept out, like the preposition).
    const monthText = m[1]!;
    const start = m.index + m[0].length - monthText.length;
    add(start, m.index + m[0].length, 'month', ref ? `${ref.year}-${pad2(germanMonth(monthText))}` : undefined);
  }
  for (const m of text.matchAll(DE_WEEKDAY_RE)) {
    const weekday = GERMAN_WEEKDAYS[m[1]!.toLowerCase()]!;
    add(m.index, m.index + m[0].length, 'weekday', ref ? latestWeekday(ref, weekday) : undefined, weekday);
  }
  for (const m of text.matchAll(DE_YEAR_RE)) {
    const end = m.index + m[0].length;
    const cued = YEAR_CUE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 12), m.index));
    if (!cued && COUNT_AFTER_YEAR_RE.test(text.slice(end, end + 12))) continue;
    add(m.index, end, 'year', m[1]);
  }
  for (const m of text.matchAll(DE_RELATIVE_RE)) {
    const word = m[1]!;
    // "morgen" is a day only in lower case and not as "am Morgen"/"jeden Morgen"; "Heute" may open a sentence.
    if (word.toLowerCase() === 'morgen' && (word !== 'morgen' || /(?:am|jeden|den|heute|gestern)\s+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index)))) continue;
    if (word.toLowerCase() === 'übermorgen' && word !== 'übermorgen') continue;
    const offset = RELATIVE_OFFSETS[word.toLowerCase()]!;
    add(m.index, m.index + word.length, 'relative', ref ? shiftDays(ref, offset) : undefined);
  }
  return mergeWeekdayWithDate(text, dropOverlaps(found));
}

function germanMonth(name: string): number {
  return GERMAN_MONTHS[name.replace(/\.$/, '').toLowerCase()]!;
}

/** Keep the longest of overlapping dates (earliest first on ties), in text order. */
function dropOverlaps(dates: GermanDate[]): GermanDate[] {
  dates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: GermanDate[] = [];
  for (const date of dates) {
    const previous = kept[kept.length - 1];
    if (previous && date.start < previous.end) {
      if (date.end - date.start > previous.end - previous.start) kept[kept.length - 1] = date;
      continue;
    }
    kept.push(date);
  }
  return kept;
}

const WEEKDAY_DATE_GAP_RE = /^,?\s+(?:den\s+|dem\s+)?$/u;

/** "Dienstag, 11. Juli 2023" / "Dienstag, den 11.07.2023" become one day with the weekday attached. */
function mergeWeekdayWithDate(text: string, dates: GermanDate[]): GermanDate[] {
  const out: GermanDate[] = [];
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i]!;
    const next = dates[i + 1];
    if (date.kind === 'weekday' && next && next.kind === 'day' && next.start - date.end <= 6 && WEEKDAY_DATE_GAP_RE.test(text.slice(date.end, next.start))) {
      const merged: GermanDate = { start: date.start, end: next.end, text: text.slice(date.start, next.end), kind: 'day', weekday: date.weekday! };
      if (next.value) merged.value = next.value;
      out.push(merged);
      i++;
      continue;
    }
    out.push(date);
  }
  return out;
}

interface DayRef {
  year: number;
  month: number;
  day: number;
}

/** The YYYY-MM-DD of an ISO 8601 date or timestamp ("2024-03-08", "2024-03-08T23:10:00+01:00") that names a real
 * day, else undefined: what a reference date may be. */
export function referenceDay(date: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(date);
  return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

function parseIsoDate(iso: string): DayRef | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m || !isoDay(Number(m[1]), Number(m[2]), Number(m[3]))) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function shiftDays(ref: DayRef, days: number): string {
  const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + days));
  return d.toISOString().slice(0, 10);
}

/** News speaks mostly of the past: a weekday is the latest such day on or before the reference. */
function latestWeekday(ref: DayRef, weekday: number): string {
  const refWeekday = ((new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay() + 6) % 7) + 1;
  return shiftDays(ref, -((refWeekday - weekday + 7) % 7));
}
