/**
 * State organs and agents named for a country: "türkische Sicherheitskräfte", "the Israeli army", "Russlands Armee",
 * "Israel's police" act for the country, with a CAMEO/Phoenix agent code (GOV, MIL, COP, JUD, LEG, BUS, MED, SPY),
 * as PETRARCH's agent dictionary codes them. The nouns are data (models/events cues.agents).
 */
import type { DocContext, PlacedMention } from './context.js';
import { actsAsName, isCountry } from './context.js';

/** Agent code of the noun phrase starting at token k ("Sicherheitskräfte", "security forces"; German compounds by
 * their head: "Landesregierung" → GOV); undefined when none. */
export function agentAt(ctx: DocContext, k: number): string | undefined {
  const word = ctx.lower[k];
  if (word === undefined) return undefined;
  // German nouns are capitalised: "die türkische sicherheit" is not a phrase we read.
  if (ctx.words.capitalisesNouns && !/^\p{Lu}/u.test(ctx.tokens[k]!.text)) return undefined;
  for (const noun of ctx.lex.cues.agents.get(word) ?? []) {
    if (noun.words.every((w, i) => ctx.lower[k + i] === w)) return noun.code;
  }
  return agentOfCompound(ctx, word);
}

/** Where nouns compound, a word ending in an agent noun head names that agent ("Landesregierung" → GOV). */
function agentOfCompound(ctx: DocContext, word: string): string | undefined {
  if (!ctx.words.compoundNouns) return undefined;
  return ctx.lex.cues.agentHeads.find((n) => word.length >= n.words[0]!.length + 3 && word.endsWith(n.words[0]!))?.code;
}

/** The agent a country mention names: the agent noun right after a nationality adjective ("Israeli police"), a
 * possessive or genitive ("Israel's army", "Russlands Armee") or a hyphenated prefix ("US-Armee" when the entity
 * stage split it). `possessive`: the caller's reading of the mention as a genitive/possessive. */
export function agentOf(ctx: DocContext, pm: PlacedMention, possessive: boolean): string | undefined {
  return countryAgentOf(ctx, pm, possessive) ?? placeAgent(ctx, pm);
}

function countryAgentOf(ctx: DocContext, pm: PlacedMention, possessive: boolean): string | undefined {
  const e = pm.entity;
  if (!e || !isCountry(e)) return undefined;
  let k = pm.tokenEnd;
  if (possessive) {
    if (ctx.tokens[k]?.text === "'" || ctx.tokens[k]?.text === '’') k++;
    if (ctx.lower[k] === 's') k++;
  } else if (ctx.tokens[k]?.text === '-') {
    k++;
  } else if (!pm.mention.derived) {
    return undefined;
  }
  return agentAt(ctx, k);
}

/** "US-Armee", "US-Außenministerium": an organisation named by a country prefix and an agent noun keeps its entity
 * (the entity stage found no country in it) but gets the noun's agent code. */
export function organAgent(ctx: DocContext, pm: PlacedMention): string | undefined {
  if (pm.entity?.type !== 'ORG') return undefined;
  const m = /^\p{Lu}{2,}-(\p{L}+)$/u.exec(pm.mention.text);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  const exact = (ctx.lex.cues.agents.get(word) ?? []).find((n) => n.words.length === 1);
  return exact ? exact.code : agentOfCompound(ctx, word);
}

/** Prepositions that tie an agent noun to the place it serves: "Regierung von Hongkong", "the government of Hong Kong". */
const OF_PLACE = new Set(['of', 'von']);
/** The one agent that "in" ties to a place ("die Polizei in Essen"): "troops in Syria", "die Behörde in Bonn", "the
 * embassy in Stockholm" are not that place's (arguments.ts reads the same exception). */
export const AGENT_OF_PLACE_IN = 'COP';

/**
 * The agent a place (a city as well as a country) names by an agent noun next to it: "the Essen police", "the Hong
 * Kong government" (a modifier, where nouns do not compound), "die Regierung von Hongkong", "police in Essen".
 * Phoenix codes such local organs for their place as well.
 */
export function placeAgent(ctx: DocContext, pm: PlacedMention): string | undefined {
  const e = pm.entity;
  if (!e || e.type !== 'LOC' || pm.mention.derived) return undefined;
  if (!ctx.words.compoundNouns) {
    const after = agentAt(ctx, pm.tokenEnd);
    if (after) return after;
  }
  const preposition = ctx.lower[pm.tokenStart - 1];
  if (preposition === undefined || pm.tokenStart < 2) return undefined;
  const before = agentAt(ctx, pm.tokenStart - 2);
  if (!before) return undefined;
  if (OF_PLACE.has(preposition)) return before;
  return preposition === 'in' && before === AGENT_OF_PLACE_IN ? before : undefined;
}

/** actsAsName, and a place that names an agent ("the Essen police") acts too. */
export function actsAsNameOrAgent(ctx: DocContext, pm: PlacedMention, places = false): boolean {
  return actsAsName(ctx, pm, places) || (placeAgent(ctx, pm) !== undefined && actsAsName(ctx, pm, true));
}
