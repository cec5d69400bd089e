/** The segment stage: sentences, sections (headline, body, related links, boilerplate) and tokens. */
import type { Stage, WorkingDoc } from '../doc/types.js';
import { profileOf } from '../lang/index.js';
import { segmentSentences } from './sentences.js';
import { tokenizeSentences } from './tokenize.js';
import { detectSections } from './sections.js';

export { segmentSentences, type SentenceSpan } from './sentences.js';
export { tokenizeRange, tokenizeSentences } from './tokenize.js';
export { detectSections } from './sections.js';

export function segmentStage(): Stage {
  return {
    name: 'segment',
    requires: ['language'],
    provides: ['sentences', 'sections', 'tokens'],
    run(doc: WorkingDoc) {
      const { segment } = profileOf(doc);
      const spans = segmentSentences(doc.text, segment);
      const sections = detectSections(doc.text, spans);
      let s = 0;
      doc.sentences = spans.map(({ start, end }) => {
        while (s < sections.length - 1 && sections[s]!.end <= start) s++;
        return { start, end, section: s };
      });
      doc.sections = sections;
      doc.tokens = tokenizeSentences(doc.text, doc.sentences, segment);
      const aside = sections.filter((x) => x.kind === 'related' || x.kind === 'boilerplate');
      if (aside.length) {
        doc.diagnostics.push({
          code: 'W005',
          severity: 'info',
          message: `${aside.length} part(s) of the text are not main story (${[...new Set(aside.map((x) => x.kind))].join(', ')}); their events are marked with that section.`,
          start: aside[0]!.start,
          end: aside[aside.length - 1]!.end,
        });
      }
    },
  };
}
