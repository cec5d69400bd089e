/**
 * Classes of the German word lexicon (models/de/word-lexicon-de.bin, scripts/build-word-lexicon.ts): what the
 * German NER model stores as its word list since model 2.0 instead of the hunspell dictionary (GPL). A class names
 * the part of speech the syntax tagger gives the form across 27 M words of unlabeled German, e.g. `NOUN=9/f3`
 * (tagged NOUN in >= 90 % of ~1,000+ occurrences) or `PROPN=6+NOUN/f1`.
 */

/** The parts of speech a class can name; every other UPOS counts as OTHER. */
export const LEXICON_UPOS = ['NOUN', 'PROPN', 'ADJ', 'VERB', 'ADV', 'OTHER'] as const;

/** The class of a form from its UPOS counts (indexed like LEXICON_UPOS) and their total. */
export function lexiconClass(counts: ArrayLike<number>, total: number): string {
  let best = 0, second = -1;
  for (let k = 1; k < LEXICON_UPOS.length; k++) if (counts[k]! > counts[best]!) best = k;
  for (let k = 0; k < LEXICON_UPOS.length; k++) if (k !== best && counts[k]! > 0 && (second < 0 || counts[k]! > counts[second]!)) second = k;
  const share = counts[best]! / total;
  const bucket = share >= 0.9 ? '9' : share >= 0.6 ? '6' : '0';
  const freq = Math.min(4, Math.floor(Math.log10(total)));
  return `${LEXICON_UPOS[best]}=${bucket}${bucket !== '9' && second >= 0 ? `+${LEXICON_UPOS[second]}` : ''}/f${freq}`;
}

/** A lexicon class of a common noun: tagged NOUN in at least 90 % of its occurrences. */
export const LEXICON_COMMON_NOUN = /^NOUN=9\//;
