/**
 * Context that makes an ambiguous gazetteer form a name ("Essen", "Mitte", "Main", "Apple"): a place cue before a
 * place, a river cue before a river, a media or company cue near an organisation. The place and river cues are the
 * profile's; the organisation cues are one list for every language (German and English cues both occur in either).
 */
import type { GazetteerWords } from '../../doc/language-profile.js';
import type { Token } from '../../doc/types.js';
import type { GazetteerEntry } from './types.js';

const WATER_SUBTYPES = new Set(['river', 'lake', 'sea']);
const ORG_CUES = new Set([
  'laut', 'Laut', 'berichtete', 'berichten', 'berichtet', 'meldete', 'meldet', 'Zeitung', 'Magazin', 'Nachrichtenmagazin', 'Sender',
  'Konzern', 'Unternehmen', 'Firma', 'Agentur', 'Nachrichtenagentur', 'according', 'told', 'reported', 'newspaper', 'magazine',
  'company', 'firm', 'group', 'outlet', 'Partei', 'party', 'sagte', 'sagten', 'gegenüber', 'Interview', 'interview', 'zitiert',
]);

/** True when the tokens around tokens[i..j) make entry `e` the reading of an ambiguous form. */
export function hasEvidence(text: string, tokens: Token[], i: number, j: number, e: GazetteerEntry, words: GazetteerWords): boolean {
  const prev = i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence ? tokens[i - 1]!.text : '';
  const prev2 = i > 1 && tokens[i - 2]!.sentence === tokens[i]!.sentence ? tokens[i - 2]!.text : '';
  const next = j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence ? tokens[j]!.text : '';
  if (e.type === 'LOC') {
    // "bis Mitte nächsten Jahres": a time noun, not Berlin's district Mitte
    if (j === i + 1 && words.timeNouns.has(tokens[i]!.text)) return false;
    if (WATER_SUBTYPES.has(e.subtype) && words.riverCues.has(prev) && i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence) return true;
    // "in Essen", but not "in Essen und Trinken": a following lowercase word makes the noun reading likelier.
    return words.placeCues.has(prev) && !(next === words.nounPairConjunction && /^\p{Ll}/u.test(text.slice(tokens[j + 1]?.start ?? 0, tokens[j + 1]?.end ?? 0)));
  }
  return ORG_CUES.has(prev) || ORG_CUES.has(prev2) || ORG_CUES.has(next) || /^(AG|SE|Inc\.?|GmbH)$/.test(next);
}
