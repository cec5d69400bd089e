/**
 * Word-list tags for the capitalised-run rules when compromise's tagger does not run (option `compromise: false`,
 * or past the character budget of a long document): each token gets the tags compromise's lexicon gives its
 * lower-cased form ("clinton" → LastName), with their parents (LastName → Person, ProperNoun, …), which is what
 * the rules read. A lookup per token: no sentence analysis, no context rules.
 */
import { compromise, compromiseLexicon } from './compromise.js';
import { POSSESSIVE_RE, type TaggedToken } from './tokens.js';

let tagsWithParents: Map<string, readonly string[]> | undefined;

function withParents(tag: string): readonly string[] {
  if (!tagsWithParents) {
    tagsWithParents = new Map();
    const tagSet = (compromise().model() as { one?: { tagSet?: Record<string, { parents?: string[] }> } }).one?.tagSet ?? {};
    for (const [name, info] of Object.entries(tagSet)) tagsWithParents.set(name, [name, ...(info.parents ?? [])]);
  }
  return tagsWithParents.get(tag) ?? [tag];
}

/** Adds the lexicon's tags (and their parents) of each token's lower-cased form, without a possessive "'s". */
export function addLexiconTags(tokens: TaggedToken[]): void {
  const lexicon = compromiseLexicon();
  for (const token of tokens) {
    const entry = lexicon[token.text.toLowerCase().replace(POSSESSIVE_RE, '')];
    if (entry === undefined) continue;
    for (const tag of typeof entry === 'string' ? [entry] : entry) for (const t of withParents(tag)) token.tags.add(t);
  }
}
