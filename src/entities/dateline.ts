/**
 * Wire-copy datelines: "SYDNEY (Reuters) –", "BERLIN, 3. Mai (dpa) -", "WASHINGTON —" at the start of a line.
 * The capitalised place is a location (compromise and the taggers read shouted words as organisations);
 * a known place gets its gazetteer key and canonical name.
 */
import type { RawMention, Token } from '../doc/types.js';
import type { LanguageProfile } from '../doc/language-profile.js';
import type { GazetteerMatcher } from './gazetteer/index.js';

const SHOUTED = /^\p{Lu}[\p{Lu}\p{M}'’.-]+$/u;
/** Kickers and labels that open a line the way a dateline does ("BREAKING:", "UPDATE –", "EILMELDUNG:"): no place. */
const NEWS_LABELS = new Set([
  'BREAKING', 'BREAKING NEWS', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'WATCH', 'LIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL',
  'COMMENT', 'VIDEO', 'PHOTOS', 'PHOTO', 'FACT CHECK', 'FACTBOX', 'EXPLAINER', 'CORRECTION', 'REVIEW', 'INTERVIEW',
  'EILMELDUNG', 'EIL', 'EXKLUSIV', 'ANALYSE', 'KOMMENTAR', 'MEINUNG', 'LIVE-TICKER', 'LIVETICKER', 'FAKTENCHECK',
  'HINTERGRUND', 'KORREKTUR', 'GASTBEITRAG',
]);
const AFTER_DATELINE = new Set(['(', '-', '–', '—', ',', ':']);

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function findDatelines(text: string, tokens: readonly Token[], profile: LanguageProfile, gazetteer: GazetteerMatcher): RawMention[] {
  const out: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    // at the start of the text or of a line
    const lineStart = first.start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, first.start - 8), first.start));
    if (!lineStart || !SHOUTED.test(first.text) || first.text.length < 3) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 3 && SHOUTED.test(tokens[j]!.text) && text.slice(tokens[j - 1]!.end, tokens[j]!.start) === ' ') j++;
    const next = tokens[j];
    if (!next || !AFTER_DATELINE.has(next.text)) continue;
    const start = first.start;
    const end = tokens[j - 1]!.end;
    const surface = text.slice(start, end);
    if (NEWS_LABELS.has(surface.toUpperCase())) continue;
    const entry = gazetteer.lookup(titleCase(surface), profile);
    if (entry && entry.type !== 'LOC') continue;
    const m: RawMention = {
      start,
      end,
      text: surface,
      type: 'LOC',
      subtype: entry?.subtype ?? 'city',
      source: 'rule',
      confidence: entry ? 0.9 : 0.7,
      sentence: first.sentence,
      tokenStart: i,
      tokenEnd: j,
    };
    if (entry) m.key = entry.key;
    m.canonical = entry ? gazetteer.canonical(entry, profile) : titleCase(surface);
    out.push(m);
    i = j;
  }
  return out;
}
