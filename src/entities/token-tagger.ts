/**
 * The whole entity stage (gazetteers, title rules, tagger, merge, one sense per document) over pre-tokenised
 * sentences, as IOB2 labels: what `ereignis tag` and `ereignis eval ner` use by default. The tokens are taken as
 * given (joined by single spaces, so every token keeps exact offsets); a mention that covers only part of a
 * token (the name part of a hyphen compound) gives no label.
 */
import type { Token, WorkingDoc } from '../doc/types.js';
import { profileFor } from '../lang/index.js';
import { toIso639_3 } from '../lang/detect/index.js';
import type { EntityResources } from './resources.js';
import { findMentions } from './stage.js';

export function tagSentencesWithPipeline(sentences: readonly (readonly string[])[], lang: 'de' | 'en', resources: EntityResources): string[][] {
  return sentences.map((words) => tagSentence(words, lang, resources));
}

function tagSentence(words: readonly string[], lang: 'de' | 'en', resources: EntityResources): string[] {
  const labels: string[] = words.map(() => 'O');
  if (words.length === 0) return labels;
  const tokens: Token[] = [];
  let text = '';
  for (const w of words) {
    if (text.length) text += ' ';
    tokens.push({ start: text.length, end: text.length + w.length, text: w, sentence: 0 });
    text += w;
  }
  const doc: WorkingDoc = {
    text,
    language: { code: lang, iso639_3: toIso639_3(lang), confidence: 1, method: 'forced', pipeline: lang },
    profile: profileFor(lang),
    sentences: [{ start: 0, end: text.length, section: 0 }],
    sections: [{ start: 0, end: text.length, kind: 'body' }],
    tokens,
    diagnostics: [],
  };
  const startAt = new Map(tokens.map((t, i) => [t.start, i]));
  const endAt = new Map(tokens.map((t, i) => [t.end, i]));
  for (const m of findMentions(doc, resources)) {
    if (m.derived) continue;
    const first = startAt.get(m.start);
    const last = endAt.get(m.end);
    if (first === undefined || last === undefined || last < first) continue;
    if (labels.slice(first, last + 1).some((l) => l !== 'O')) continue;
    labels[first] = `B-${m.type}`;
    for (let i = first + 1; i <= last; i++) labels[i] = `I-${m.type}`;
  }
  return labels;
}
