/** Span fixes for compromise's matches: titles, determiners, possessives and lowercase words off the edges, types mended. */
import { DETERMINERS, NON_NAME_WORDS, ORG_ROLE_NOUNS, PLACE_ACRONYMS } from '../../lang/en/name-words.js';
import { type Candidate, HAS_LOWER_RE, type TaggedToken, headType, isCapitalised, isDemonym, isPlausibleSingleName, isTitleAt } from './tokens.js';

const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«', '„']);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'", '»', '“']);

/** Trim determiners, lowercase words and (for people) titles off a candidate's edges; undefined when nothing is left. */
export function trimCandidate(tokens: TaggedToken[], c: Candidate): Candidate | undefined {
  let { first, last } = c;
  const keepEdge = (k: number): boolean => {
    const token = tokens[k]!;
    if (!isCapitalised(token) && !/^\d/.test(token.text)) return false;
    if (NON_NAME_WORDS.has(token.text.toLowerCase())) return false;
    if (c.type === 'PER' && (isTitleAt(tokens, k) || token.tags.has('Honorific'))) return false;
    return true;
  };
  if (c.type === 'PER') {
    // "U.S. President Joe Biden": everything up to the last title goes.
    for (let k = last - 1; k >= first; k--) {
      if (isTitleAt(tokens, k) || tokens[k]!.tags.has('Honorific')) {
        first = k + 1;
        break;
      }
    }
  }
  while (first <= last && !keepEdge(first)) first++;
  while (last >= first && !keepEdge(last)) last--;
  if (first > last) return undefined;
  // "South Korean", "Mexican": a nationality adjective, not a name.
  if (isDemonym(tokens[last]!)) return undefined;
  if (c.type === 'PER') {
    while (first < last && isDemonym(tokens[first]!)) first++;
    // "First Nations", "Hack Forums": a plural last word is not a surname.
    const lastTags = tokens[last]!.tags;
    if (lastTags.has('Plural') && !lastTags.has('LastName')) return undefined;
  }
  if (first === last && !isPlausibleSingleName(tokens[first]!)) return undefined;
  if (c.type === 'PER') {
    // "a Harley-Davidson spokeswoman", "the Obama administration": a name modifying a role is an organisation.
    if (DETERMINERS.has(tokens[first - 1]?.text.toLowerCase() ?? '') && ORG_ROLE_NOUNS.has(tokens[last + 1]?.text ?? '')) return { ...c, first, last, type: 'ORG' };
  }
  // compromise reads some acronyms as first names ("IRENA").
  if (first === last && c.type === 'PER' && !HAS_LOWER_RE.test(tokens[first]!.text) && tokens[first]!.text.length > 1) return { ...c, first, last, type: 'ORG' };
  // A head word overrides compromise's type ("State Department", "Andrew Marr Show", "Clinton Foundation").
  if (last > first) {
    const head = headType(tokens, { first, last });
    if (head && head !== c.type && head !== 'LOC') return { ...c, first, last, type: head };
  }
  // compromise calls "U.S." an organisation.
  if (first === last && PLACE_ACRONYMS.has(tokens[first]!.text.replace(/\./g, ''))) return { ...c, first, last, type: 'LOC' };
  return { ...c, first, last };
}

export function isQuoted(tokens: TaggedToken[], first: number, last: number): boolean {
  const before = tokens[first - 1]?.text ?? '';
  let after = tokens[last + 1]?.text ?? '';
  if (after === '.' || after === ',') after = tokens[last + 2]?.text ?? '';
  return OPENING_QUOTES.has(before) && CLOSING_QUOTES.has(after);
}
