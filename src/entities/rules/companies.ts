/**
 * Companies the rules find: after descriptors ("der Lieferdienst Flinkwagen", "the private equity firm Halvard
 * Capital"), in lists ("Volvo, Scania and Saab"), before company tails ("Wardly Health"), before "party".
 */
import type { OrgCue } from '../gazetteer/index.js';
import { authorityAt } from './authorities.js';
import { CONFIDENCE } from './confidence.js';
import { addOrg, descriptorAt, joinable, type Descriptor, type RuleDoc } from './context.js';
import { mentionedElsewhere } from './names.js';
import { rememberName } from './short-names.js';
import { isTitleAt } from './titles.js';

/** Internal capitals, digits or all capitals: "KfW", "BaFin", "techUK", "Eesti 200", "IKEA". */
const unusualShape = (w: string): boolean => /\p{Ll}\p{Lu}/u.test(w) || (/\d/.test(w) && /\p{L}/u.test(w)) || /^\p{Lu}{2,}$/u.test(w);

/** Adds a company found by a descriptor, list, tail or party noun, and remembers its short name. */
function addCompany(doc: RuleDoc, ni: number, nj: number, subtype: string, confidence: number): void {
  const { tokens, out, orgCovered, companyFinds } = doc;
  let end = tokens[nj - 1]!.end;
  // "BlackRock's": the possessive is not part of the name.
  if (/['’]s$/.test(tokens[nj - 1]!.text)) end -= 2;
  if (end <= tokens[ni]!.start) return;
  const before = out.length;
  addOrg(doc, ni, nj, subtype, confidence, tokens[ni]!.start, end);
  if (out.length > before) companyFinds.add(out[out.length - 1]!);
  for (let x = ni; x < nj; x++) orgCovered.add(x);
  rememberName(doc, ni, nj, subtype);
}

/** "der Lieferdienst Flinkwagen", "the private equity firm Halvard Capital": names after descriptors. */
export function companiesAfterDescriptors(doc: RuleDoc): void {
  const { tokens, nouns, capital } = doc;
  for (let k = 0; k < tokens.length; k++) {
    // Where nouns are capitalised, so are descriptors.
    if (nouns && !capital[k]) continue;
    const d = descriptorAt(doc, k);
    if (d) appositionAfter(doc, k, d);
  }
}

/**
 * "Wardly Health": unknown words before a company tail; "Oberlandesgericht Düsseldorf": authorities with their seat.
 * One pass, because each covers its tokens for the other.
 */
export function companiesBeforeTailsAndSeats(doc: RuleDoc): void {
  const { tokens, rules, cx, gzCovered, capital, orgCovered } = doc;
  for (let k = 1; k < tokens.length; k++) {
    if (!capital[k] || orgCovered.has(k) || gzCovered.has(k)) continue;
    const t = tokens[k]!.text;
    const tail = cx.tails.get(t);
    if (tail) companyBeforeTail(doc, k, tail);
    if (rules.seats) authorityAt(doc, k, rules.seats);
  }
}

/** "Estonia's conservative Isamaa party": an unknown capitalised word before a lowercase "party" names it. */
export function partiesBeforePartyNoun(doc: RuleDoc): void {
  const { tokens, rules, stop, gzCovered, personCovered, orgCovered } = doc;
  const parties = rules.parties;
  if (parties) {
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k]!.text;
      if (!parties.nouns.has(t)) continue;
      const p = k - 1;
      const w = tokens[p]!.text;
      if (!joinable(doc, p, k) || !/^\p{Lu}\p{Ll}+$/u.test(w) || stop.has(w) || gzCovered.has(p) || orgCovered.has(p) || personCovered.has(p)) continue;
      if (rules.adjectiveEnding.test(w) || parties.describing.test(w) || rules.companies.commonBeforeTail.has(w) || isTitleAt(doc, p)) continue;
      // The first word of a sentence is capitalised anyway ("Party members …" aside, "Opposition party …").
      if (p === 0 || tokens[p - 1]!.sentence !== tokens[p]!.sentence) continue;
      addCompany(doc, p, k, 'party', CONFIDENCE.party);
    }
  }
}

/**
 * "der Lieferdienst Flinkwagen", "des Energieversorgers Lumera Energie", "the private equity firm Halvard Capital":
 * a descriptor followed by an unknown name. A generic descriptor ("das Unternehmen Restaurants …") needs evidence:
 * a legal form or company tail after the word, an unusual shape ("KfW"), or a second mention plus a non-plural shape.
 */
function appositionAfter(doc: RuleDoc, k: number, d: Descriptor): void {
  const { tokens, profile, rules, lang, nouns, cx, stop, gzAt, gzCovered, personCovered, capital, g, orgCovered } = doc;
  const p = k + 1;
  // "developers, Wardly Health and Rotamed": a plural descriptor before a list of names.
  const listAfterPlural = rules.companies.listAfterPlural;
  if (listAfterPlural && tokens[p]?.text === ',' && listAfterPlural.test(tokens[k]!.text) && joinable(doc, p, p + 1)) {
    listAfter(doc, p + 1, d.cue.subtype);
    return;
  }
  if (p >= tokens.length || !joinable(doc, k, p)) return;
  // "bei mehreren Zahlungsdienstleistern Mängel festgestellt": after a plural descriptor comes the object, unless
  // it is a list of names ("die Lieferdienste Wolt und Lieferando").
  if (nouns && (listAfter(doc, p, d.cue.subtype) || d.plural)) return;
  if (gzAt.has(p) || gzCovered.has(p) || personCovered.has(p) || orgCovered.has(p)) return;
  const w = tokens[p]!.text;
  if (!/^\p{Lu}/u.test(w) && !/^\p{Ll}+\p{Lu}/u.test(w)) return;
  if (stop.has(w) || isTitleAt(doc, p) || descriptorAt(doc, p) || cx.suffixCues.has(w)) return;
  // "seine Tochter Lena": after a generic word a first name is a person; "der Produzent Wenzlaff" may be one.
  if (d.generic && g.firstNames.has(w)) return;
  if (rules.companies.personDescriptors.has(d.cue.word) && (g.surnames.has(w) || g.firstNames.has(w))) return;
  if (listAfterPlural && listAfterPlural.test(tokens[k]!.text) && !rules.companies.listConjunctions.has(w)) {
    // Plural descriptor right before names: "carmakers Volvo and Saab".
    listAfter(doc, p, d.cue.subtype);
    return;
  }
  let q = p + 1;
  let cued = false;
  while (q < tokens.length && q - p < 4 && joinable(doc, q - 1, q)) {
    const t = tokens[q]!.text;
    const more = cx.tails.has(t) || cx.suffixCues.has(t.replace(/\.$/, '')) || (unusualShape(t) && !stop.has(t));
    // Names go on with capitalised words ("firm Halvard Capital Partners"); where nouns are capitalised, with words
    // that do not look like the clause's object ("die Fluggesellschaft Air One", "der Sender Swiss Music Radio").
    const nameWord = /^\p{Lu}/u.test(t) && t.length > 1 && !stop.has(t) && !gzCovered.has(q) && !isTitleAt(doc, q) && !personCovered.has(q);
    // "the ruling party United Russia": a place inside a name.
    const placeInName = !nouns && gzAt.get(q)?.type === 'LOC' && !gzAt.get(q)!.derived && gzAt.get(q)!.tokenEnd === q + 1;
    const enWord = !nouns && (nameWord || placeInName);
    const deWord =
      !!nouns && nameWord && !descriptorAt(doc, q) && !nouns.isObjectNoun(t) && !profile.names.isCommonNounForm(t) && (!nouns.isPluralShaped(t) || t.length <= 4) && !g.surnames.has(t);
    if (!more && !enWord && !deWord) break;
    if (more) cued = true;
    q++;
  }
  if (/^\p{Lu}$/u.test(w)) return;
  // "Biobauer Renzo Blumenthal": a word before a known surname starts a person's name.
  if (nouns && q === p + 1 && joinable(doc, p, p + 1) && capital[p + 1] && g.surnames.has(tokens[p + 1]!.text) && !cx.tails.has(tokens[p + 1]!.text)) return;
  // "der größte Dienstleister Nordeuropas": a region in the genitive, not a name.
  const region = rules.companies.genitiveRegion;
  if (region && /s$/.test(w) && (region.test(w) || g.lookup(w.slice(0, -1), lang)?.type === 'LOC')) return;
  // Evidence: an unusual shape, or a legal form, company tail or unusual word in the name ("Velora Payments").
  const strong = unusualShape(w) || cued;
  if (nouns && !strong) {
    if (profile.names.isCommonNounForm(w) || nouns.objectNouns.has(w) || nouns.derivedAdjective.test(w)) return;
    // Brand names in -er are common ("Tibber"); after a specific descriptor only an umlaut marks a plural ("Häuser").
    const weak = !nouns.isPluralShaped(w) || (!d.generic && nouns.mayBeSingularInEr(w));
    const ok = d.generic ? weak && mentionedElsewhere(doc, p) : weak || mentionedElsewhere(doc, p);
    if (!ok) return;
  }
  // Where nouns are not capitalised, a generic descriptor ("the company Apple") needs strong evidence.
  if (!nouns && d.generic && !strong) return;
  addCompany(doc, p, q, d.cue.subtype, strong ? CONFIDENCE.descriptorWithEvidence : CONFIDENCE.descriptorName);
}

/** "Wardly Health and Rotamed", "Volvo, Scania and Saab": names joined by commas and a final "and". */
function listAfter(doc: RuleDoc, p: number, subtype: string): boolean {
  const { tokens, profile, rules, nouns, stop, gzAt, gzCovered, personCovered, orgCovered } = doc;
  const items: [number, number][] = [];
  let x = p;
  let sawAnd = false;
  const and = rules.companies.listConjunctions;
  // Where nouns are capitalised, items must look like names, not like the plural object of the clause ("Kunden und Händler").
  const nameLike = (y: number): boolean => {
    const w = tokens[y]!.text;
    if (!nouns) return true;
    return gzAt.get(y)?.type === 'ORG' || unusualShape(w) || (!nouns.isPluralShaped(w) && !profile.names.isCommonNounForm(w) && !nouns.isObjectNoun(w) && !descriptorAt(doc, y));
  };
  while (x < tokens.length && items.length < 6) {
    let y = x;
    while (y < tokens.length && y - x < 3 && (y === x || joinable(doc, y - 1, y)) && /^\p{Lu}/u.test(tokens[y]!.text) && !stop.has(tokens[y]!.text) && !personCovered.has(y) && !isTitleAt(doc, y) && nameLike(y)) y++;
    if (y === x) break;
    items.push([x, y]);
    const sep = tokens[y]?.text ?? '';
    if (sawAnd || (sep !== ',' && !and.has(sep))) break;
    if (and.has(sep)) sawAnd = true;
    x = y + 1;
    if (sep === ',' && and.has(tokens[x]?.text ?? '')) {
      sawAnd = true;
      x++;
    }
  }
  if (!sawAnd || items.length < 2) return false;
  for (const [a, b] of items) if (!gzCovered.has(a) && !orgCovered.has(a)) addCompany(doc, a, b, subtype, CONFIDENCE.listItem);
  return true;
}

/** "Wardly Health", "Corvane Systems", "Lumera Energie": an unknown capitalised word before a company tail. */
function companyBeforeTail(doc: RuleDoc, k: number, tail: OrgCue): void {
  const { tokens, profile, rules, cx, stop, gzAt, gzCovered, personCovered, capital, orgCovered } = doc;
  // "Consumer Technology Association": the tail must end the name; a head after it takes the whole name.
  const after = tokens[k + 1]?.text ?? '';
  if (joinable(doc, k, k + 1) && /^\p{Lu}/u.test(after) && !stop.has(after) && !cx.suffixCues.has(after.replace(/\.$/, ''))) return;
  let s = k;
  while (s > 0 && k - s < 2 && joinable(doc, s - 1, s) && capital[s - 1]) {
    const w = tokens[s - 1]!.text;
    if (stop.has(w) || personCovered.has(s - 1) || orgCovered.has(s - 1) || isTitleAt(doc, s - 1) || descriptorAt(doc, s - 1)) break;
    // "KFC-parent Yum Brands": a hyphen compound with a lowercase part is a description, not the name.
    if (/['’]s$/.test(w) || cx.tails.has(w) || /-\p{Ll}/u.test(w)) break;
    const gm = gzAt.get(s - 1);
    if (gzCovered.has(s - 1) && !(gm && gm.type === 'LOC' && !gm.derived)) break;
    if (rules.adjectiveEnding.test(w) || profile.names.isCommonNounForm(w) || rules.companies.commonBeforeTail.has(w)) break;
    s--;
  }
  // A place alone before the tail ("Berlin Energie") is not enough; a made-up word is.
  if (s === k || (k - s === 1 && gzAt.has(s))) return;
  addCompany(doc, s, k + 1, tail.subtype, CONFIDENCE.beforeTail);
}
