/**
 * Word-list tags for the capitalised-run rules when compromise's tagger does not run (option `compromise: false`,
 * or past the character budget of a long document): each token gets the tags compromise's lexicon gives its
 * lower-cased form ("smith" → LastName), with their parents (LastName → Person, ProperNoun, …), which is what
 * the rules read. A lookup per token (word-tags.ts): no sentence analysis, no context rules.
 */
import { POSSESSIVE_RE, type TaggedToken } from './tokens.js';
import { englishWordTags } from './word-tags.js';

/** Adds the lexicon's tags (and their parents) of each token's lower-cased form, without a possessive "'s". */
export function addLexiconTags(tokens: TaggedToken[]): void {
  for (const token of tokens) {
    const tags = englishWordTags(token.text.toLowerCase().replace(POSSESSIVE_RE, ''));
    if (tags !== undefined) for (const t of tags) token.tags.add(t);
  }
}
