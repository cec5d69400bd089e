/**
 * The values stage: dates, times, numbers and amounts, read once per document before the events. Dates come
 * from the profile's date reader (times.ts); they are the DATE values and the times events take (`doc.times`).
 * Where the profile says so, wink-nlp's English model adds times, durations, numbers and amounts, and the dates
 * our reader leaves ("next year", "this week").
 */
import type { Value } from '../schema/document.js';
import type { Stage, WorkingDoc } from '../doc/types.js';
import { profileOf } from '../lang/index.js';
import { findEnglishValues } from './dates.js';
import { asTime, readDates, type DateExpression } from './times.js';

export { readNumber } from './numbers.js';
export { referenceDay } from './dates.js';
export { findTimes, readDates, asTime, timesWithin, type DateExpression, type TimeExpression } from './times.js';

/** wink's values with our dates in their place: a wink value inside one of our dates is part of it (wink reads
 * "Thursday, 12 June 2025" as two dates, "3rd of November" as "November", "Sept. 10, 2002" as "2002"); a wider one
 * ("from October 4th to October 19th", a DURATION) stays around the dates it holds. */
function withDates(wink: readonly Value[], dates: readonly Value[]): Value[] {
  // Both lists are in text order and our dates do not overlap: the one date that can hold a wink value is the
  // last one starting at or before it.
  let d = -1;
  const kept = wink.filter((w) => {
    while (d + 1 < dates.length && dates[d + 1]!.start <= w.start) d++;
    const date = dates[d];
    return !(date && w.end <= date.end);
  });
  return [...kept, ...dates].sort((a, b) => a.start - b.start || b.end - a.end);
}

const asDateValue = ({ start, end, text, value }: DateExpression): Value => ({ start, end, text, type: 'DATE', ...(value ? { value } : {}) });

export function valueStage(): Stage {
  return {
    name: 'values',
    requires: ['language'],
    provides: ['values'],
    run(doc: WorkingDoc) {
      const profile = profileOf(doc).values;
      if (!profile) {
        doc.values = [];
        doc.times = [];
        return;
      }
      const dates = readDates(doc.text, profile, doc.referenceDate);
      doc.times = dates.map(asTime);
      const dateValues = dates.map(asDateValue);
      doc.values = profile.winkEnglish ? withDates(findEnglishValues(doc.text), dateValues) : dateValues;
    },
  };
}
