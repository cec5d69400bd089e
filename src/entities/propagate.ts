/**
 * One sense per document: a name found once (by a rule, the gazetteer or the tagger) is found again where
 * the same words recur and no finder marked them ("der Lieferdienst Flinkwagen … Flinkwagen wies … zurück"), and a
 * person named in full is found again by the surname.
 * Matching is on whole tokens, case-sensitive; spans already covered by a mention are left alone.
 */
import type { RawMention, Token } from '../doc/types.js';

/** Least confidence of a mention that may be copied, and the confidence of the copies. */
const MIN_SOURCE_CONFIDENCE = 0.5;
const COPY_FACTOR = 0.9;

export function propagateNames(text: string, tokens: readonly Token[], names: readonly RawMention[]): RawMention[] {
  // Name token sequences, indexed by their first token.
  const byFirst = new Map<string, Array<{ words: string[]; template: RawMention }>>();
  const seen = new Set<string>();
  for (const m of names) {
    if (m.confidence < MIN_SOURCE_CONFIDENCE || m.tokenStart === undefined || m.tokenEnd === undefined) continue;
    if (text.slice(tokens[m.tokenStart]!.start, tokens[m.tokenEnd - 1]!.end) !== m.text) continue; // part of a compound
    const words = tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.text);
    if (!/\p{Lu}/u.test(m.text) || m.text.length < 3) continue;
    const index = (ws: string[]) => {
      const key = ws.join(' ');
      if (seen.has(key)) return;
      seen.add(key);
      const list = byFirst.get(ws[0]!);
      if (list) list.push({ words: ws, template: m });
      else byFirst.set(ws[0]!, [{ words: ws, template: m }]);
    };
    index(words);
    // a person named in full is named again by the surname, particles included ("Ursula von der Leyen" … "von der
    // Leyen", sentence-initial "Von der Leyen"; "Jens Stoltenberg" … "Stoltenberg")
    const surname = words.slice(1);
    if (m.type === 'PER' && surname.length > 0 && /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}\p{L}{2,}/u.test(surname[surname.length - 1]!)) {
      index(surname);
      if (/^\p{Ll}/u.test(surname[0]!)) index([surname[0]!.charAt(0).toUpperCase() + surname[0]!.slice(1), ...surname.slice(1)]);
    }
  }
  if (byFirst.size === 0) return [];
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  const covered = new Uint8Array(tokens.length);
  for (const m of names) {
    if (m.tokenStart === undefined || m.tokenEnd === undefined) continue;
    covered.fill(1, m.tokenStart, m.tokenEnd);
  }
  const out: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const candidates = byFirst.get(tokens[i]!.text);
    if (!candidates) continue;
    for (const { words, template } of candidates) {
      const end = i + words.length;
      if (end > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        const t = tokens[i + k]!;
        if (covered[i + k] || t.text !== words[k] || t.sentence !== tokens[i]!.sentence) ok = false;
      }
      if (!ok) continue;
      const start = tokens[i]!.start;
      const stop = tokens[end - 1]!.end;
      const copy: RawMention = {
        start,
        end: stop,
        text: text.slice(start, stop),
        type: template.type,
        source: 'cluster',
        confidence: Math.round(template.confidence * COPY_FACTOR * 1000) / 1000,
        sentence: tokens[i]!.sentence,
        tokenStart: i,
        tokenEnd: end,
      };
      if (template.subtype) copy.subtype = template.subtype;
      if (template.key) copy.key = template.key;
      if (template.canonical) copy.canonical = template.canonical;
      out.push(copy);
      covered.fill(1, i, end);
      i = end - 1;
      break;
    }
  }
  return out;
}
