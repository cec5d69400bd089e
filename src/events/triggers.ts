/**
 * Trigger detection: one lexicon lookup per token (exact form, then German compound head), multi-word forms,
 * and companion words that may stand apart in the clause ("einigten sich", "sich … geeinigt hätten",
 * "leitete … ein").
 */
import type { DocContext } from './context.js';
import type { EventTypeInfo, TriggerEntry } from './lexicon.js';
import { CLAUSE_MARKS } from './clauses.js';

export interface TriggerMatch {
  readonly type: EventTypeInfo;
  readonly strength: number;
  readonly sentence: number;
  /** Token range [tokenStart, tokenEnd) of the trigger span. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
  /** True for a (capitalised German) noun trigger, which takes no passive voice. */
  readonly nominal: boolean;
}

/** How far (in tokens, within the sentence) a companion word may stand from the trigger. */
const COMPANION_WINDOW = 25;
const MIN_COMPOUND_MODIFIER = 3;
const PERSON_WINDOW = 6;

/** Whether a person mention starts in tokens [from, to). */
function personFollows(ctx: DocContext, sentence: number, from: number, to: number): boolean {
  for (const pm of ctx.mentionsBySentence[sentence] ?? []) {
    if (pm.entity?.type === 'PER' && !pm.mention.derived && pm.headStart >= from && pm.headStart < to) return true;
  }
  return false;
}

/** "Olaf Scholz hat am Montag Emmanuel Macron in Paris getroffen": a participle or infinitive ends its clause, and the
 * person it needs stands between the finite auxiliary and it. */
function personBeforeClauseFinalVerb(ctx: DocContext, sentence: number, from: number, verb: number): boolean {
  if (!ctx.words.verbSecond) return false;
  for (let k = verb - 1; k >= from; k--) {
    if (ctx.lex.cues.finiteAuxiliaries.has(ctx.lower[k]!)) return personFollows(ctx, sentence, k + 1, verb);
    if (CLAUSE_MARKS.has(ctx.lower[k]!)) return false;
  }
  return false;
}

const QUOTE_CLOSERS = new Set(['“', '"', '”', '«', '»', "'", '’']);

/** Token i follows a closing quote, with or without a comma between ("…“, so Saqib"). */
function afterClosingQuote(ctx: DocContext, from: number, i: number): boolean {
  let j = i - 1;
  if (j >= from && ctx.tokens[j]!.text === ',') j--;
  return j >= from && QUOTE_CLOSERS.has(ctx.tokens[j]!.text);
}

const QUOTE_OPENERS = new Set(['„', '"', '“', '»', '«', '(', ':', '–', '-']);

function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

interface Candidate {
  entry: TriggerEntry;
  end: number;
  companion: number;
}

/** What the parse tells the trigger finder (candidates.ts passes it; without it, word order alone decides). */
export interface TriggerParse {
  /** The verb has an object that names an actor (arguments.ts): it stands in for a person after a verb that needs
   * one ("traf am Montag in Berlin den französischen Präsidenten Macron"). */
  actorObject(sentence: number, verb: number): boolean;
  /** The relation of a token in the parse, undefined without one: a companion that is a preposition or an article
   * ("forderte … auf den Abzug", "leitete ein Verfahren … ein") is no separated particle. */
  relation(sentence: number, token: number): string | undefined;
}

const NO_PARTICLE = new Set(['case', 'det']);

/** Triggers in one sentence, in text order; a token starts at most one trigger. */
export function findTriggers(ctx: DocContext, sentence: number, parse?: TriggerParse): TriggerMatch[] {
  const [from, to] = ctx.sentenceTokens[sentence]!;
  const { lower, tokens, lex, words } = ctx;
  const capitalisesNouns = words.capitalisesNouns;
  const out: TriggerMatch[] = [];
  for (let i = from; i < to; i++) {
    const word = lower[i]!;
    let entries = lex.byForm.get(word);
    let viaCompound = false;
    if (!entries && words.compoundNouns && lex.bySuffix.size > 0) {
      for (const len of lex.suffixLengths) {
        if (word.length < len + MIN_COMPOUND_MODIFIER) continue;
        const hit = lex.bySuffix.get(word.slice(word.length - len));
        if (hit) {
          entries = hit;
          viaCompound = true;
          break;
        }
      }
    }
    if (!entries) continue;
    const capitalised = isCapitalised(tokens[i]!.text);
    // A capitalised German word inside the sentence is a noun ("bei einem Treffen"), not the verb ("treffen sich").
    const nounOnly = capitalisesNouns && capitalised && i > from && !QUOTE_OPENERS.has(tokens[i - 1]!.text) && entries.some((e) => e.noun);
    let best: Candidate | undefined;
    for (const entry of entries) {
      if (capitalisesNouns && entry.noun && !capitalised) continue;
      if (nounOnly && !entry.noun) continue;
      if (viaCompound && (!entry.noun || entry.except.some((x) => word.endsWith(x)))) continue;
      let end = i + 1;
      let ok = true;
      for (const w of entry.rest) {
        if (end >= to || lower[end] !== w) {
          ok = false;
          break;
        }
        end++;
      }
      if (!ok) continue;
      if (entry.unlessNext && end < to && entry.unlessNext.has(lower[end]!)) continue;
      if (entry.afterQuote && !afterClosingQuote(ctx, from, i)) continue;
      if (entry.withPerson && !personFollows(ctx, sentence, end, Math.min(to, end + PERSON_WINDOW)) &&
        !personBeforeClauseFinalVerb(ctx, sentence, from, i) && !(parse?.actorObject(sentence, i) ?? false)) continue;
      let companion = -1;
      if (entry.withWords) {
        // "in einigen Bereichen": an inflected adjective between a preposition/article and a noun, not the verb.
        // (A comma before the verb is no such word: ", lernte Kipling … kennen".)
        if (capitalisesNouns && i > from && end < to && isCapitalised(tokens[end]!.text) && /\p{L}/u.test(lower[i - 1]!) &&
          (lex.cues.functionWords.has(lower[i - 1]!) || lex.cues.determiners.has(lower[i - 1]!))) continue;
        const lo = Math.max(from, i - COMPANION_WINDOW);
        const hi = Math.min(to, end + COMPANION_WINDOW);
        // Nearest companion first, so "einigten sich" is preferred to a far-off "sich".
        // Statements are left to word order: parsing their sentences would cost more than it finds.
        const checked = parse && entry.type.roles !== 'source' ? parse : undefined;
        const fits = (k: number): boolean => entry.withWords!.has(lower[k]!) &&
          !(checked && lex.cues.separableParticles.has(lower[k]!) && NO_PARTICLE.has(checked.relation(sentence, k) ?? ''));
        for (let d = 1; companion < 0 && (i - d >= lo || end - 1 + d < hi); d++) {
          if (end - 1 + d < hi && fits(end - 1 + d)) companion = end - 1 + d;
          else if (i - d >= lo && fits(i - d)) companion = i - d;
        }
        if (companion < 0) continue;
      }
      const better =
        !best ||
        end - i > best.end - i ||
        (end === best.end && (companion >= 0 ? 1 : 0) > (best.companion >= 0 ? 1 : 0)) ||
        (end === best.end && (companion >= 0) === (best.companion >= 0) && entry.strength > best.entry.strength);
      if (better) best = { entry, end, companion };
    }
    if (!best) continue;
    // An adjacent reflexive ("einigten sich") belongs to the trigger span; an adjacent particle may be an article
    // ("leitet ein Verfahren … ein"), so it does not.
    const reflexive = best.companion >= 0 && words.reflexives.has(lower[best.companion]!);
    const spanEnd = reflexive && best.companion === best.end ? best.end + 1 : best.end;
    const spanStart = reflexive && best.companion === i - 1 ? i - 1 : i;
    out.push({
      type: best.entry.type,
      strength: best.entry.strength,
      sentence,
      tokenStart: spanStart,
      tokenEnd: spanEnd,
      start: tokens[spanStart]!.start,
      end: tokens[spanEnd - 1]!.end,
      // Where nouns are not capitalised: a determiner before it, or a verb trigger right before it ("condemns
      // attack"), makes it a noun.
      nominal: capitalisesNouns
        ? best.entry.noun
        : (spanStart > from && words.nounCues.has(lower[spanStart - 1]!)) || out[out.length - 1]?.tokenEnd === spanStart,
    });
    i = spanEnd - 1;
  }
  return out;
}
