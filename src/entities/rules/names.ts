/**
 * Person-name words: which token may be part of a name, where a name that starts at a token ends, and whether a word
 * is used as a name elsewhere in the document.
 */
import { NAME_PARTICLES } from '../../ner/constraints.js';
import { descriptorAt, joinable, orgHeadAfterHyphen, type RuleDoc } from './context.js';
import { isTitleAt } from './titles.js';

/** Particles that are also articles: inside a name only after another particle. */
const ARTICLE_PARTICLES = new Set(['der', 'den', 'das', 'la', 'le']);
/** Roman numerals of rulers and popes, I–XXIII. */
const REGNAL = /^(?:X{0,2}(?:IX|IV|V?I{0,3}))$/;

/** A word that may be part of a person's name: capitalised, no stop word, title, known non-person or noun. */
export function isNameWord(doc: RuleDoc, k: number): boolean {
  const { tokens, profile, rules, nouns, stop, gzAt, gzCovered, g } = doc;
  const t = tokens[k]!.text;
  if (stop.has(t)) return false;
  const gm = gzAt.get(k);
  if (gm && gm.type !== 'PER' && !gm.derived) return false;
  if (gzCovered.has(k) && !gm) return false;
  if (isTitleAt(doc, k)) return false;
  // Initials ("J.") come as "J" followed by "."; names are capitalised words, possibly hyphenated ("Suk-yeol", "al-Assad").
  if (/^\p{Lu}$/u.test(t)) return tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === tokens[k]!.end;
  if (!/^(\p{Lu}[\p{Ll}\p{M}'’]+|(al|el|ad|as|ash|bin|ibn|abu)[-‐]\p{Lu}[\p{L}\p{M}]+)([-‐'’]\p{L}[\p{L}\p{M}]*)*$/u.test(t) && !/^\p{Lu}[\p{Ll}\p{M}]*\p{Lu}\p{Ll}+$/u.test(t)) {
    return false;
  }
  // "Regierung", "Freiheit" are nouns; "Jung" (Franz Josef Jung) is a surname with the same ending
  if (profile.names.isCommonNounForm(t) && !(t.length <= 5 && g.surnames.has(t))) return false;
  // "Koch-Institut", "Max-Planck-Gesellschaft": an organisation head after the last hyphen.
  if (rules.compounds && orgHeadAfterHyphen(doc, t)) return false;
  // "Zahlungsdienstleister Velora": the descriptor is not part of the name after it.
  if (nouns && descriptorAt(doc, k) && !g.surnames.has(t)) return false;
  return true;
}

/** Where the word occurs capitalised, built on first use: a second mention is evidence that a word is a name. */
function occurrencesOf(doc: RuleDoc, w: string): number[] {
  const { tokens, capital } = doc;
  let occurrences = doc.occurrences;
  if (!occurrences) {
    occurrences = doc.occurrences = new Map();
    const hyphenPrefixes = (doc.hyphenPrefixes = new Set());
    for (let x = 0; x < tokens.length; x++) {
      if (!capital[x]) continue;
      const tx = tokens[x]!.text;
      const list = occurrences.get(tx);
      if (list) list.push(x);
      else occurrences.set(tx, [x]);
      const cut = tx.indexOf('-');
      if (cut > 0) hyphenPrefixes.add(tx.slice(0, cut));
    }
  }
  return occurrences.get(w) ?? [];
}
/**
 * True when the word at k occurs elsewhere without an article or adjective before it ("Flinkwagen wies … zurück",
 * "bei Lumera"), with a genitive -s, or as the first part of a hyphen compound ("Velora-Kunden"). `strict`: only
 * after punctuation, a sentence start or another capitalised word ("Rutte sagte", "Mark Rutte").
 */
export function mentionedElsewhere(doc: RuleDoc, k: number, strict = false): boolean {
  const { tokens, nameUses, nameUsesStrict } = doc;
  const w = tokens[k]!.text;
  const list = occurrencesOf(doc, w);
  if (doc.hyphenPrefixes!.has(w) || occurrencesOf(doc, `${w}s`).length > 0) return true;
  // Name-like uses per word are counted once (capped at 2), so repeated questions stay linear overall.
  const cache = strict ? nameUsesStrict : nameUses;
  let uses = cache.get(w);
  if (uses === undefined) {
    uses = 0;
    for (let i = 0; i < list.length && uses < 2; i++) if (usedAsName(doc, list[i]!, strict)) uses++;
    cache.set(w, uses);
  }
  return uses - (usedAsName(doc, k, strict) ? 1 : 0) > 0;
}
function usedAsName(doc: RuleDoc, x: number, strict: boolean): boolean {
  const { tokens, rules } = doc;
  const prev = tokens[x - 1]?.text ?? '';
  if (strict && /^\p{Ll}/u.test(prev)) return false;
  if (rules.marksCommonNoun(prev)) return false;
  return true;
}

/** Name tokens from k: capitalised words, particles inside, at most 4 words. Returns the end token index. */
export function nameFrom(doc: RuleDoc, k: number): number {
  const { tokens, nouns, g } = doc;
  let j = k;
  let words = 0;
  while (j < tokens.length && words < 4) {
    if (j > k && !joinable(doc, j - 1, j)) break;
    const t = tokens[j]!.text;
    if (isNameWord(doc, j)) {
      // An initial with its dot: "J." → two tokens.
      if (/^\p{Lu}$/u.test(t)) j += 2;
      else j++;
      words++;
      continue;
    }
    // an article-like particle only continues another one ("von der", "van den", "de la"): "Kompany den Rücken" is no name
    if (j > k && NAME_PARTICLES.has(t) && !ARTICLE_PARTICLES.has(t) && j + 1 < tokens.length && joinable(doc, j, j + 1)) {
      let p = j + 1;
      while (p < tokens.length && NAME_PARTICLES.has(tokens[p]!.text) && joinable(doc, p, p + 1)) p++;
      if (p < tokens.length && isNameWord(doc, p)) {
        j = p;
        continue;
      }
    }
    break;
  }
  if (!words) return k;
  // Capitalised nouns: a last word in -e that is no known name is usually a noun after the name ("Erdogan Pläne", "Johnson Regie").
  const lastTok = tokens[j - 1]!.text;
  if (nouns) {
    const ending = nouns.trailingNounEnding;
    // A known first name before it ("Mark Rutte") or punctuation after it ("Rutte,") says it is a surname after all.
    const nameFirst = (g.firstNames.has(tokens[k]!.text) && words === 2) || (words > 1 && lastTok.endsWith(ending) && mentionedElsewhere(doc, j - 1, true));
    const closesPhrase = /^[,.;:!?)\]–—"“”»«]$/u.test(tokens[j]?.text ?? '.');
    if (words > 1 && lastTok.endsWith(ending) && !/[-‐']/.test(lastTok) && !g.surnames.has(lastTok) && !g.firstNames.has(lastTok) && !nameFirst && !closesPhrase) j--;
  }
  // Regnal numbers: "Franz Joseph I.", "Paul VI.", "Charles III" ("I" without a dot is the English pronoun)
  // (the tokeniser keeps "VI." whole; "VI" + "." when the dot ends the sentence)
  const numeral = tokens[j]?.text ?? '';
  const bare = numeral.endsWith('.') ? numeral.slice(0, -1) : numeral;
  if (bare && j < tokens.length && joinable(doc, j - 1, j) && REGNAL.test(bare)) {
    const dot = numeral.endsWith('.') || (tokens[j + 1]?.text === '.' && tokens[j + 1]!.start === tokens[j]!.end);
    if (dot) j += numeral.endsWith('.') ? 1 : 2;
    else if (bare !== 'I' && bare !== 'V' && bare !== 'X') j++;
  }
  return j;
}
