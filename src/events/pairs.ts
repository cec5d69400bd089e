/**
 * Parties named by a pair compound: "das deutsch-französische Abkommen", "die US-China-Gespräche", "the Sino-US trade
 * talks" (the entity stage finds both names of the pair, src/entities/gazetteer/match.ts).
 */
import type { DocContext, PlacedMention } from './context.js';
import type { TriggerMatch } from './triggers.js';

/** A lower-case word that can modify a noun in an English compound ("trade", "peace"): no function word or article. */
function isModifierNoun(ctx: DocContext, k: number): boolean {
  const w = ctx.lower[k]!;
  return !ctx.words.capitalisesNouns && /^\p{Ll}+$/u.test(ctx.tokens[k]!.text) && !ctx.lex.cues.functionWords.has(w) && !ctx.lex.cues.determiners.has(w);
}

/** A mention of an entity that is a part of token k, not all of it ("US" in "US-China", "EU" in "EU-Gipfel"). */
function namePartOf(ctx: DocContext, pm: PlacedMention, k: number): boolean {
  if (pm.entity === undefined || pm.tokenStart !== k || pm.tokenEnd !== k + 1) return false;
  const token = ctx.tokens[k]!;
  return !(pm.mention.start === token.start && pm.mention.end === token.end);
}

/**
 * "das deutsch-französische Abkommen", "the US-China trade deal", "die US-China-Gespräche", "the Israeli-Palestinian talks":
 * a hyphen compound naming two or more different entities, right before a symmetric noun trigger or as the modifier
 * part of the trigger word itself, names the parties. One name alone ("NATO-Gipfel") is no pair: it may be the host
 * or only one side (triggerWordName below takes it when a partner is named).
 */
export function pairCompoundParties(ctx: DocContext, trigger: TriggerMatch): string[] {
  // (English noun triggers are not marked nominal: a pair right before the trigger word marks it as a noun there)
  if (trigger.type.roles !== 'symmetric') return [];
  const hyphenated = (k: number): boolean => k >= 0 && /\p{L}[-‐‑]\p{L}/u.test(ctx.tokens[k]?.text ?? '');
  const own = trigger.tokenStart;
  // up to two lower-case modifier nouns may stand between ("the Sino-US trade talks", "the Franco-German friendship treaty")
  let before = own - 1;
  const [sentenceStart] = ctx.sentenceTokens[trigger.sentence]!;
  for (let n = 0; n < 2 && before > sentenceStart && isModifierNoun(ctx, before); n++) before--;
  const ids: string[] = [];
  for (const pm of ctx.mentionsBySentence[trigger.sentence] ?? []) {
    // the names of the trigger word stand before its head
    const inPair = (namePartOf(ctx, pm, before) && hyphenated(before)) ||
      (trigger.nominal && namePartOf(ctx, pm, own) && hyphenated(own) && pm.mention.end < ctx.tokens[own]!.end);
    if (inPair && !ids.includes(pm.entity!.id)) ids.push(pm.entity!.id);
  }
  return ids.length >= 2 ? ids : [];
}

/**
 * The one entity a German symmetric noun trigger names in its own word ("EU" in "EU-Gipfel", "USA" in
 * "USA-Gespräche"), for events that name a partner elsewhere ("der EU-Gipfel mit China": both take part). Alone it
 * names no party: "der NATO-Gipfel" may be hosted, not attended.
 */
export function triggerWordName(ctx: DocContext, trigger: TriggerMatch): string | undefined {
  if (!trigger.nominal || trigger.type.roles !== 'symmetric') return undefined;
  const own = ctx.tokens[trigger.tokenStart]!;
  // the word's first part: "EU" in "EU-Gipfel", not "Gipfel" in "Gipfel-EU"
  const names = (ctx.mentionsBySentence[trigger.sentence] ?? []).filter((pm) => namePartOf(ctx, pm, trigger.tokenStart) && pm.mention.start === own.start);
  return names.length === 1 ? names[0]!.entity!.id : undefined;
}
