/** Titles and roles before a name ("Präsidentin", "Prof. Dr.", "NATO-Generalsekretär", "U.N. Secretary-General"). */
import type { CompoundEndings } from '../../doc/language-profile.js';
import { joinable, type RuleDoc, type TitleMatch } from './context.js';

/** A title word with case endings or as a compound's last part ("Präsidenten", "Außenministerin"). */
function compoundTitleWord(doc: RuleDoc, word: string, compounds: CompoundEndings): boolean {
  const { cx } = doc;
  const titlesHere = cx.titleSet;
  // Such titles are capitalised nouns.
  const c0 = word.charCodeAt(0);
  if (!(c0 >= 65 && c0 <= 90) && !/^\p{Lu}/u.test(word)) return false;
  if (titlesHere.has(word)) return true;
  for (const cut of compounds.titleWord) {
    if (word.length > cut.length + 3 && word.endsWith(cut) && titlesHere.has(word.slice(0, -cut.length))) return true;
  }
  const lw = word.toLowerCase();
  return cx.headForms.find(lw, 3) !== undefined;
}

/** The title (or chain element) starting at token k, cached. */
export function titleAt(doc: RuleDoc, k: number): TitleMatch | null {
  const { tokens, rules, cx, titleCache } = doc;
  const titlesHere = cx.titleSet;
  const cached = titleCache[k];
  if (cached !== undefined) return cached;
  let found: TitleMatch | null = null;
  const tok = tokens[k]!;
  if (tok.text.length < 2) return (titleCache[k] = null);
  const max = cx.titlePhrases.get(tok.text) ?? 0;
  for (let n = max; n >= 1 && !found; n--) {
    if (k + n > tokens.length) continue;
    let ok = true;
    for (let x = k + 1; x < k + n; x++) if (!joinable(doc, x - 1, x)) ok = false;
    if (!ok) continue;
    const phrase = tokens.slice(k, k + n).map((t) => t.text).join(' ');
    if (titlesHere.has(phrase)) {
      // "Dr." and "Mr." come as "Dr" + "."
      let j = k + n;
      let end = tokens[j - 1]!.end;
      if (tokens[j]?.text === '.' && tokens[j]!.start === end && titlesHere.has(`${phrase}.`)) end = tokens[j++]!.end;
      found = { i: k, j, start: tok.start, end };
    }
  }
  if (!found && tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === tok.end && titlesHere.has(`${tok.text}.`)) {
    found = { i: k, j: k + 2, start: tok.start, end: tokens[k + 1]!.end };
  }
  if (!found && /[-‐]/.test(tok.text)) {
    // "NATO-Generalsekretär", "US-Präsident", "SPD-Chefin", "U.N.-Secretary-General": prefix = affiliation.
    const cut = Math.max(tok.text.lastIndexOf('-'), tok.text.lastIndexOf('‐'));
    const head = tok.text.slice(cut + 1);
    const isTitle = rules.compounds ? compoundTitleWord(doc, head, rules.compounds) : titlesHere.has(head);
    if (cut > 0 && isTitle && /^\p{Lu}/u.test(head)) {
      found = { i: k, j: k + 1, start: tok.start, end: tok.end, affiliationStart: tok.start, affiliationEnd: tok.start + cut };
    } else if (rules.persons.hyphenatedTitles) {
      const first = tok.text.indexOf('-');
      const rest = tok.text.slice(first + 1);
      if (first > 0 && titlesHere.has(rest)) {
        found = { i: k, j: k + 1, start: tok.start, end: tok.end, affiliationStart: tok.start, affiliationEnd: tok.start + first };
      }
    }
  }
  if (!found && rules.compounds && compoundTitleWord(doc, tok.text, rules.compounds)) found = { i: k, j: k + 1, start: tok.start, end: tok.end };
  titleCache[k] = found;
  return found;
}
export function isTitleAt(doc: RuleDoc, k: number): boolean {
  return titleAt(doc, k) !== null;
}
