/**
 * German preposition + article contractions, split into the syntactic words UD trees are made of
 * ("im" -> "in dem"), as the UD German treebanks do with multi-word tokens. English needs no split here
 * (EWT keeps clitics such as "n't" and "'s" as separate tokens already).
 */

const DE: Record<string, [string, string]> = {
  im: ['in', 'dem'], am: ['an', 'dem'], zum: ['zu', 'dem'], zur: ['zu', 'der'], vom: ['von', 'dem'], beim: ['bei', 'dem'],
  ins: ['in', 'das'], ans: ['an', 'das'], aufs: ['auf', 'das'], ums: ['um', 'das'], übers: ['über', 'das'], fürs: ['für', 'das'],
  durchs: ['durch', 'das'], hinterm: ['hinter', 'dem'], überm: ['über', 'dem'], unterm: ['unter', 'dem'], vorm: ['vor', 'dem'],
};

export interface SplitWords {
  /** syntactic words */
  words: string[];
  /** for each syntactic word, the index of the input token it comes from */
  source: number[];
}

/** Split German contractions; the case of the first letter is kept ("Im" -> "In dem", "ZUR" -> "ZU DER"). */
export function splitGermanContractions(tokens: readonly string[]): SplitWords {
  const words: string[] = [], source: number[] = [];
  tokens.forEach((t, i) => {
    const parts = DE[t.toLowerCase()];
    if (!parts) { words.push(t); source.push(i); return; }
    const upper = t.length > 1 && t === t.toUpperCase();
    const cap = t.charAt(0) !== t.charAt(0).toLowerCase();
    const [a, b] = parts;
    words.push(upper ? a.toUpperCase() : cap ? a.charAt(0).toUpperCase() + a.slice(1) : a, upper ? b.toUpperCase() : b);
    source.push(i, i);
  });
  return { words, source };
}
