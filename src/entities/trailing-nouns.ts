/**
 * Person names from the title and name rules run on over capitalised words, and in German every noun is
 * capitalised: "den Schriftsteller Joseph Victor von Scheffel zu Gast", "Petrus Jesu Hinweis", "dem Wong
 * Kar-wai Film". A last word that the NER model's German word list (the word lexicon; hunspell in 1.x models) knows as a common
 * noun, and that is on no first-name or surname list (after "zu": on no first-name list), is cut off, with the
 * particles before it, while at least two name words remain.
 */
import type { RawMention, Token } from '../doc/types.js';
import { COMMON_NOUN_CLASS, compoundHeadClass, type WordTable } from '../ner/features.js';
import { NAME_PARTICLES } from '../ner/constraints.js';

export interface NounDictionary {
  dict: WordTable;
  dictClasses: readonly string[];
}

/** A word the German dictionary knows as a common noun; with `compounds`, also by its head ("Kernreaktoren" -> "Reaktoren"). */
export function isDictionaryNoun(w: string, nouns: NounDictionary, compounds = false): boolean {
  const c = nouns.dict.get(w) ?? (compounds ? compoundHeadClass(w, nouns) : undefined);
  return c !== undefined && COMMON_NOUN_CLASS.test(nouns.dictClasses[c] ?? '');
}

export function trimTrailingNouns(mentions: RawMention[], text: string, tokens: readonly Token[], nouns: NounDictionary, names: { firstNames: ReadonlySet<string>; surnames: ReadonlySet<string> }): void {
  // after "zu" a common noun is an idiom ("zu Gast", "zu Hilfe") even when it is also a surname
  const isNoun = (w: string, prev: string | undefined) =>
    isDictionaryNoun(w, nouns) && !names.firstNames.has(w) && (!names.surnames.has(w) || prev === 'zu');
  for (const m of mentions) {
    if (m.type !== 'PER' || m.source !== 'rule') continue;
    // word boundaries inside the mention (names are single-spaced within a sentence)
    const words: Array<{ start: number; end: number; text: string }> = [];
    const re = /\S+/gu;
    for (let x = re.exec(m.text); x; x = re.exec(m.text)) words.push({ start: m.start + x.index, end: m.start + x.index + x[0].length, text: x[0] });
    let n = words.length;
    while (n > 2 && isNoun(words[n - 1]!.text, words[n - 2]?.text)) {
      n--;
      while (n > 2 && NAME_PARTICLES.has(words[n - 1]!.text)) n--;
    }
    // name words left: at least two capitalised ones
    if (n === words.length || words.slice(0, n).filter((w) => /^\p{Lu}/u.test(w.text)).length < 2) continue;
    m.end = words[n - 1]!.end;
    m.text = text.slice(m.start, m.end);
    if (m.tokenStart !== undefined) {
      let k = m.tokenStart;
      while (k < tokens.length && tokens[k]!.end < m.end) k++;
      m.tokenEnd = tokens[k]?.end === m.end ? k + 1 : undefined;
    }
  }
}
