/** Short names: a company found by the rules is later named by its first word alone ("Lumera Energie" … "Lumera"). */
import type { RawMention } from '../../doc/types.js';
import { CONFIDENCE } from './confidence.js';
import { addOrg, joinable, type RuleDoc } from './context.js';
import { isTitleAt } from './titles.js';

/** Remembers the first word of a company name found by the rules, to find it again alone later. */
export function rememberName(doc: RuleDoc, ni: number, nj: number, subtype: string): void {
  const { tokens, rules, stop, g, shortNames } = doc;
  const words = tokens.slice(ni, nj).map((t) => t.text);
  const first = words[0]!;
  if (stop.has(first) || g.firstNames.has(first) || isTitleAt(doc, ni) || first.length < 3) return;
  // "Deutsche Bahn AG": an adjective-shaped first word of a longer name is no short name.
  if (words.length > 1 && rules.adjectiveEnding.test(first)) return;
  // Where other finders already type these, a separate short-form entity would only split the company in two.
  if (words.length > 1 && rules.companies.oneWordShortNames) return;
  if (!shortNames.has(first)) shortNames.set(first, { words, subtype });
}

/** Legal-form names are companies too ("Norvalis AG" … "Norvalis"). */
export function rememberLegalFormNames(doc: RuleDoc): void {
  const { out } = doc;
  for (const m of out) {
    if (m.type === 'ORG' && m.source === 'rule' && m.subtype === 'company' && m.tokenStart !== undefined && m.tokenEnd !== undefined) rememberName(doc, m.tokenStart, m.tokenEnd, 'company');
  }
}

/**
 * Second mentions of the companies found ("Lumera mit Sitz in Essen", "Flinkwagen wies … zurück"). Returns all the
 * rules' mentions: without a headline's short form where a longer name takes it.
 */
export function laterShortMentions(doc: RuleDoc): RawMention[] {
  const { tokens, rules, stop, out, gzCovered, personCovered, capital, orgCovered, shortNames, companyFinds } = doc;
  // "firm Corvane" in the headline and "Corvane Systems" in the text are one company; a separate short-form
  // entity would split it (where other finders type long names, they leave the short form alone or join it themselves).
  let result = out;
  if (rules.companies.oneWordShortNames) {
    const longFirst = new Set<string>();
    for (const m of out) if (m.type === 'ORG' && m.tokenStart !== undefined && m.tokenEnd !== undefined && m.tokenEnd - m.tokenStart > 1) longFirst.add(tokens[m.tokenStart]!.text);
    if (longFirst.size) {
      for (const w of longFirst) shortNames.delete(w);
      result = out.filter((m) => !(m.type === 'ORG' && m.tokenEnd! - m.tokenStart! === 1 && longFirst.has(m.text) && companyFinds.has(m)));
    }
  }
  if (shortNames.size) {
    for (let k = 0; k < tokens.length; k++) {
      if (!capital[k] && !/^\p{Ll}+\p{Lu}/u.test(tokens[k]!.text)) continue;
      const known = shortNames.get(tokens[k]!.text);
      if (!known || orgCovered.has(k) || personCovered.has(k) || gzCovered.has(k)) continue;
      let n = 1;
      while (n < known.words.length && tokens[k + n]?.text === known.words[n] && joinable(doc, k + n - 1, k + n)) n++;
      if (n < known.words.length) {
        // The short form alone: not when another capitalised word follows ("Lumera Solar" is someone else's name).
        n = 1;
        if (joinable(doc, k, k + 1) && capital[k + 1] && !stop.has(tokens[k + 1]!.text)) continue;
      }
      addOrg(doc, k, k + n, known.subtype, CONFIDENCE.shortMention);
      if (result !== out) result.push(out[out.length - 1]!);
      for (let x = k; x < k + n; x++) orgCovered.add(x);
      k += n - 1;
    }
  }
  return result;
}
