/** The values stage: dates, times, numbers and amounts (wink-nlp's entity types for English, our German date reader). */
import type { Stage, WorkingDoc } from '../doc/types.js';
import { profileOf } from '../lang/index.js';
import { findEnglishValues, findGermanDates } from './dates.js';

export function valueStage(): Stage {
  return {
    name: 'values',
    requires: ['language'],
    provides: ['values'],
    run(doc: WorkingDoc) {
      const lang = profileOf(doc).pipeline;
      if (lang === 'en') doc.values = findEnglishValues(doc.text);
      else if (lang === 'de') {
        doc.values = findGermanDates(doc.text).map(({ start, end, text, value }) => ({ start, end, text, type: 'DATE', ...(value ? { value } : {}) }));
      } else doc.values = [];
    },
  };
}
