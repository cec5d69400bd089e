/**
 * Word-list tags for the capitalised-run rules when compromise's tagger does not run (option `compromise: false`,
 * or past the character budget of a long document): each token gets the tags compromise's lexicon gives its
 * lower-cased form ("smith" → LastName), with their parents (LastName → Person, ProperNoun, …), which is what
 * the rules read. A lookup per token (word-tags.ts): no sentence analysis, no context rules. The set is shared by
 * every token of the word, so nothing may add to it (only compromise's reading adds tags, to sets of its own).
 */
import { POSSESSIVE_RE } from './tokens.js';
import { englishWordTags } from './word-tags.js';

const NO_TAGS: ReadonlySet<string> = new Set();

/** The lexicon's tags (and their parents) of a token's lower-cased form, without a possessive "'s"; empty when none. */
export function lexiconTags(tokenText: string): ReadonlySet<string> {
  return englishWordTags(tokenText.toLowerCase().replace(POSSESSIVE_RE, '')) ?? NO_TAGS;
}
