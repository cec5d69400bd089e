/**
 * An acronym defined in parentheses right after an organisation ("Bundesverband deutscher Banken ( BdB )") names the
 * same organisation. A first-order tagger cannot see that: the acronym's label depends on the "(" before it, which
 * is O. Applied after decoding; the GermEval cross-validation missed 6 such acronyms and found 8 (docs/models.md).
 */
import { LABELS } from './labels.js';

const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}&]{0,7}$/u;
const B_ORG = LABELS.indexOf('B-ORG');
const I_ORG = LABELS.indexOf('I-ORG');
const O = LABELS.indexOf('O');

/** True for "BdB", "DVAG", "VKSt": 2–8 letters, at least two capitals, not a capitalised word ("Bank"). */
export function isAcronym(w: string): boolean {
  if (!ACRONYM.test(w)) return false;
  let caps = 0;
  for (const ch of w) if (ch !== ch.toLowerCase()) caps++;
  return caps >= 2;
}

/** Label path (indices into LABELS) with parenthesised acronyms after an ORG span set to B-ORG; changes `path` in place. */
export function linkParentheticalAcronyms(words: readonly string[], path: Uint8Array): void {
  for (let i = 2; i + 1 < words.length; i++) {
    if (path[i] !== O || words[i - 1] !== '(' || words[i + 1] !== ')' || !isAcronym(words[i]!)) continue;
    const before = path[i - 2];
    if (before === B_ORG || before === I_ORG) path[i] = B_ORG;
  }
}
