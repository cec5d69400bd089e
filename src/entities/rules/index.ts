/**
 * Hand-written entity rules that find names no list holds, for the languages whose profile has entity rules
 * (German and English; other languages run none). The table of contents: each family below is a pass over the
 * tokens that reads the shared RuleDoc (context.ts) and adds what it finds. Later passes see what earlier ones found
 * (covered tokens, company names), so the order matters. Word lists and language behaviours come from the profile
 * (src/lang/{de,en}/entity-rules.ts); confidences are named in confidence.ts.
 */
import type { LanguageProfile } from '../../doc/language-profile.js';
import type { RawMention, Token } from '../../doc/types.js';
import type { GazetteerMatcher } from '../gazetteer/index.js';
import { companiesAfterDescriptors, companiesBeforeTailsAndSeats, partiesBeforePartyNoun } from './companies.js';
import { createRuleDoc, type RuleDoc } from './context.js';
import { mediaNames } from './media.js';
import { legalFormNames, organisationsByHead } from './organisations.js';
import { personsAfterTitles, personsByFirstName } from './persons.js';
import { laterShortMentions, rememberLegalFormNames } from './short-names.js';

/** The rule families, in the order they run. */
const PASSES: readonly ((doc: RuleDoc) => void)[] = [
  personsAfterTitles, // "Präsidentin Malwina Oberkirch", "U.N. Secretary-General António Guterres"
  personsByFirstName, // "Annalena Baerbock", "Yoon Suk-yeol"
  mediaNames, // "die Nachrichtenagentur Kyodo", "Yonhap news agency", "laut Korea Times"
  legalFormNames, // "Siemens AG", "Apple Inc."
  companiesAfterDescriptors, // "der Lieferdienst Flinkwagen", "carmakers Volvo and Saab"
  rememberLegalFormNames, // "Norvalis AG" … "Norvalis" later
  companiesBeforeTailsAndSeats, // "Wardly Health", "Oberlandesgericht Düsseldorf"
  partiesBeforePartyNoun, // "Isamaa party"
  organisationsByHead, // "Europäische Kommission", "Ministry of Defence", "Robert Koch-Institut"
];

/**
 * Rule mentions for one document. `gazetteerMentions` are the gazetteer's mentions over the same tokens (used for
 * affiliations, to keep names from running into known places, and to avoid repeating a gazetteer span); `gazetteer`
 * is the matcher that found them, whose lexicons (titles, first names, organisation cues) the rules read.
 * Returns mentions with source 'rule', sorted by start offset.
 */
export function findRuleMentions(
  text: string,
  tokens: Token[],
  profile: LanguageProfile,
  gazetteerMentions: RawMention[],
  gazetteer: GazetteerMatcher,
): RawMention[] {
  if (!profile.entityRules) return [];
  const doc = createRuleDoc(text, tokens, profile, profile.entityRules, gazetteerMentions, gazetteer);
  for (const pass of PASSES) pass(doc);
  // Later short mentions of the companies found ("Lumera" after "Lumera Energie").
  const result = laterShortMentions(doc);
  result.sort((a, b) => a.start - b.start || b.end - a.end);
  return result;
}
