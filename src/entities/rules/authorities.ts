/** Authorities named by their seat after them ("Oberlandesgericht Düsseldorf", "Staatsanwaltschaft Frankfurt am Main"). */
import type { SeatRuleWords } from '../../doc/language-profile.js';
import type { OrgCue } from '../gazetteer/index.js';
import { CONFIDENCE } from './confidence.js';
import { addOrg, descriptorAt, joinable, type RuleDoc } from './context.js';
import { isTitleAt } from './titles.js';

/**
 * "Oberlandesgericht Düsseldorf", "Staatsanwaltschaft Frankfurt am Main", "Industrie- und Handelskammer Köln":
 * an authority named by its seat, with truncated compounds and adjectives before it.
 */
export function authorityAt(doc: RuleDoc, k: number, seats: SeatRuleWords): void {
  const { tokens, rules, cx, stop, orgCovered } = doc;
  const t = tokens[k]!.text;
  let cue = cx.seatWords.get(t);
  if (!cue) {
    const lw = t.toLowerCase();
    // a compound ending in the head ("Oberlandesgericht"), or a long head alone ("Staatsanwaltschaft")
    for (const { form, value } of cx.seatForms.matches(lw, 0)) {
      if (lw.length >= form.length + 3 || (lw.length === form.length && form.length >= 8)) {
        cue = value;
        break;
      }
    }
  }
  const compound = cue ?? compoundCue(doc, t);
  if (!compound) return;
  // "Industrie- und Handelskammer": a truncated compound joined by "und"/"oder".
  let s = k;
  if (k >= 2 && seats.truncationConjunctions.has(tokens[k - 1]!.text) && /^\p{Lu}[\p{L}-]*-$/u.test(tokens[k - 2]!.text) && joinable(doc, k - 2, k - 1) && joinable(doc, k - 1, k)) s = k - 2;
  // "Luftfahrt- und Rüstungskonzern EADS": a coordinated descriptor describes the name after it.
  if (s < k && !cue && descriptorAt(doc, k) && !rules.capitalisedAdjective.test(tokens[s - 1]?.text ?? '')) return;
  const coordinated = s < k;
  while (s > 0 && k - s < 4 && joinable(doc, s - 1, s) && rules.capitalisedAdjective.test(tokens[s - 1]!.text) && !stop.has(tokens[s - 1]!.text) && !descriptorAt(doc, s - 1)) s--;
  let e = k + 1;
  if (cue && e < tokens.length && joinable(doc, k, e)) e = seatAfter(doc, e, seats);
  if (e === k + 1 && !coordinated) return;
  addOrg(doc, s, e, compound.subtype, e > k + 1 ? CONFIDENCE.authorityWithSeat : CONFIDENCE.authorityWithoutSeat);
  for (let x = s; x < e; x++) orgCovered.add(x);
}

/** The organisation compound a word ends in ("…ministerium", "…kammer"). */
function compoundCue(doc: RuleDoc, t: string): OrgCue | undefined {
  const { cx } = doc;
  const lw = t.toLowerCase();
  return cx.compoundForms.find(lw, 3)?.value;
}

/** End of a seat after an authority ("Düsseldorf", "Frankfurt am Main", "Bad Homburg", "München I"); p when none. */
function seatAfter(doc: RuleDoc, p: number, seats: SeatRuleWords): number {
  const { tokens, lang, nouns, stop, gzAt, gzCovered, capital, g } = doc;
  // "Industrie- und Handelskammer zu Berlin".
  if (tokens[p]!.text === seats.preposition && joinable(doc, p, p + 1) && gzAt.get(p + 1)?.type === 'LOC') {
    const e = seatAfter(doc, p + 1, seats);
    return e > p + 1 ? e : p;
  }
  const gm = gzAt.get(p);
  let e = p;
  if (gm && gm.type === 'LOC' && gm.tokenEnd !== undefined) e = gm.tokenEnd;
  else {
    const w = tokens[p]!.text;
    let x = p;
    if (seats.placePrefixes.has(w) && joinable(doc, p, p + 1) && capital[p + 1]) x = p + 1;
    const place = tokens[x]!.text;
    if (!capital[x] || gzCovered.has(x) || stop.has(place) || isTitleAt(doc, x) || descriptorAt(doc, x) || !!nouns?.isObjectNoun(place)) return p;
    if (!/^\p{Lu}\p{Ll}+(-\p{Lu}?\p{Ll}+)*$/u.test(place)) return p;
    // Places that are also words ("Essen", "Hof") only match the gazetteer with context; an authority is that context.
    const placeLike =
      seats.placeEnding.test(place.toLowerCase()) || seats.placeBeginning.test(place) || g.lookup(place, lang)?.type === 'LOC';
    // Unknown places need a place-like shape: "setzte die Polizei Tränengas ein" names no seat.
    if (!placeLike && !(x > p) && !/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(place)) return p;
    e = x + 1;
  }
  // "am Main", "an der Oder", "im Breisgau"; a Roman number for several courts of one city.
  const next = tokens[e]?.text ?? '';
  if ((seats.regionJoiners.has(next) || seats.endingPrepositions.has(next)) && joinable(doc, e - 1, e)) {
    let x = e + 1;
    if (tokens[x]?.text === seats.regionArticle && joinable(doc, x - 1, x)) x++;
    if (x < tokens.length && joinable(doc, x - 1, x) && capital[x] && !stop.has(tokens[x]!.text) && seats.regionJoiners.has(next) && !nouns?.isPluralShaped(tokens[x]!.text.replace(/n$/, ''))) e = x + 1;
  } else if (seats.courtNumbers.has(next) && joinable(doc, e - 1, e)) e++;
  return e;
}
