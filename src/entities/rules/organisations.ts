/** Organisations by cue words: legal forms ("Siemens AG") and heads ("Europäische Kommission", "Ministry of Defence"). */
import type { OrgCue } from '../gazetteer/index.js';
import { CONFIDENCE } from './confidence.js';
import { addOrg, descriptorAt, joinable, orgHeadAfterHyphen, type RuleDoc } from './context.js';
import { isTitleAt } from './titles.js';

/**
 * "Siemens AG", "Kranzberg Dynamics Inc.", "Ostrander GmbH & Co. KG": capitalised words before a legal form. They run
 * before the heads, so that a head's trailing words stop before them.
 */
export function legalFormNames(doc: RuleDoc): void {
  const { tokens, lang, cx, stop, personCovered, orgCovered } = doc;
  for (let k = 1; k < tokens.length; k++) {
    // The tokeniser may keep an abbreviation's dot ("Inc.") or split it off ("Inc" + ".").
    const tk = tokens[k]!.text;
    const suffix = cx.suffixCues.get(tk) ?? (tk.endsWith('.') ? cx.suffixCues.get(tk.slice(0, -1)) : undefined);
    if (!suffix || !joinable(doc, k - 1, k) || (suffix.lang !== '*' && suffix.lang !== lang)) continue;
    // "Goldman Sachs Group Inc.": the last legal form closes the name.
    const nextText = tokens[k + 1]?.text ?? '';
    if (joinable(doc, k, k + 1) && (cx.suffixCues.has(nextText) || cx.suffixCues.has(nextText.replace(/\.$/, '')))) continue;
    // "Ostrander GmbH & Co. KG": the name closes after "& Co. KG".
    if (nextText === '&' && /^Co\.?$/.test(tokens[k + 2]?.text ?? '')) continue;
    // "Siemens AG", "Apple Inc.": up to three capitalised words (four with another legal form) before the legal form.
    let s = k;
    // "GmbH & Co. KG": step over "& Co." to the legal form before it.
    if (/^Co\.?$/.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === '&' && k >= 4 && cx.suffixCues.has(tokens[k - 3]!.text)) s = k - 3;
    const k0 = s;
    while (s > 0 && k0 - s < 4 && (k0 - s < 3 || cx.suffixCues.has(tokens[k0 - 1]!.text)) && joinable(doc, s - 1, s) && /^[\p{Lu}\d]/u.test(tokens[s - 1]!.text) && !stop.has(tokens[s - 1]!.text) && !personCovered.has(s - 1) && !descriptorAt(doc, s - 1) && !/['’]s$/.test(tokens[s - 1]!.text)) s--;
    if (s === k0) continue;
    let end = tokens[k]!.end;
    let nj = k + 1;
    if (tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === end && /\./.test(suffix.word)) end = tokens[nj++]!.end;
    for (let x = s; x < nj; x++) orgCovered.add(x);
    addOrg(doc, s, nj, suffix.subtype, CONFIDENCE.legalForm, tokens[s]!.start, end);
  }
}

/**
 * Organisations around a head word ("Europäische Kommission", "Bundesamt für Migration", "Ministry of Defence"),
 * after a hyphenated name ("Robert Koch-Institut") and as compounds ("Baltische Handelsagentur").
 */
export function organisationsByHead(doc: RuleDoc): void {
  const { tokens, rules, cx, stop, gzEndingAt, gzCovered, capital, orgCovered } = doc;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    if (orgCovered.has(k)) continue;
    const head = cx.headCues.get(t);
    if (head) {
      orgAroundHead(doc, k, head);
      continue;
    }
    const hyphenHead = rules.compounds && capital[k] ? orgHeadAfterHyphen(doc, t) : undefined;
    if (hyphenHead && !gzCovered.has(k)) {
      // "Robert Koch-Institut": the compound with up to two capitalised words before it.
      let s = k;
      while (s > 0 && k - s < 2 && joinable(doc, s - 1, s) && capital[s - 1] && !stop.has(tokens[s - 1]!.text) && !gzCovered.has(s - 1)) s--;
      addOrg(doc, s, k + 1, hyphenHead.subtype, CONFIDENCE.hyphenHead);
      continue;
    }
    if (rules.compounds && capital[k] && t.length > 5 && /^\p{Lu}\p{Ll}{5,}$/u.test(t) && !rules.media.cueWords.has(t)) {
      const lw = t.toLowerCase();
      const hit = cx.compoundForms.find(lw, 3);
      if (hit && !gzCovered.has(k)) {
        const cue = hit.value;
        // "Verteidigungsministerium" alone is generic; a capitalised adjective before it makes a name
        // ("Baltische Handelsagentur"), a country adjective makes it specific ("Südkoreanisches Außenministerium").
        let s = k;
        while (s > 0 && k - s < 2 && joinable(doc, s - 1, s) && rules.capitalisedAdjective.test(tokens[s - 1]!.text) && !stop.has(tokens[s - 1]!.text)) s--;
        const before = gzEndingAt.get(k);
        // A bare "Polizeibehörde" or "Verteidigungsministerium" is a generic noun, not a name.
        if (s < k || (before?.derived && joinable(doc, k - 1, k))) addOrg(doc, s, k + 1, cue.subtype, s < k ? CONFIDENCE.compoundWithAdjective : CONFIDENCE.compoundAfterCountry);
      }
    }
  }
}

/** The name around the head at k: capitalised words (adjectives) before it, connector phrases after it. */
function orgAroundHead(doc: RuleDoc, k: number, cue: OrgCue): void {
  const { tokens, rules, nouns, cx, stop, gzAt, gzCovered, personCovered, g, orgCovered } = doc;
  const capitalised = (x: number): boolean =>
    /^\p{Lu}/u.test(tokens[x]!.text) && !stop.has(tokens[x]!.text) && !personCovered.has(x) && !orgCovered.has(x) && !cx.suffixCues.has(tokens[x]!.text.replace(/\.$/, ''));
  // Words before the head: capitalised adjectives ("Europäische Kommission") or capitalised words ("Interior Ministry").
  // "National Alliance Party": the name goes on to the next head, which takes it whole.
  const nextText = tokens[k + 1]?.text ?? '';
  const o = rules.organisations;
  if (o.nextHeadTakesName && joinable(doc, k, k + 1) && cx.headCues.has(nextText)) return;
  let s = k;
  let words = 0;
  let coordinated = false;
  while (s > 0 && words < (coordinated ? 4 : 3) && joinable(doc, s - 1, s)) {
    const w = tokens[s - 1]!.text;
    // "Competition and Markets Authority": a coordination inside the name, between two unknown capitalised words.
    const x = tokens[s - 2]?.text ?? '';
    if (o.innerConjunction !== undefined && w === o.innerConjunction && s < k && s > 1 && joinable(doc, s - 2, s - 1) && capitalised(s - 2) && !gzCovered.has(s - 2) && !gzCovered.has(s) && !/['’]s$/.test(x) && !cx.headCues.has(x) && !isTitleAt(doc, s - 2)) {
      s -= 2;
      words++;
      coordinated = true;
      continue;
    }
    // "the pro-Western New Choice Alliance": "New" starts a name before other capitalised words.
    const newName = o.nameOpeners.has(w) && s < k;
    if (!capitalised(s - 1) && !(newName && /^\p{Lu}/u.test(w))) break;
    // Where nouns are capitalised, only adjectives stand before the head.
    if (nouns && !rules.adjectiveEnding.test(w)) break;
    // "Georgia's Interior Ministry": the owner is not part of the name; "the First Coalition" is a war's name.
    if (/['’]s$/.test(w) || o.ordinals.has(w)) break;
    if (gzCovered.has(s - 1) && !gzAt.get(s - 1)?.derived && gzAt.get(s - 1)?.type === 'ORG') break;
    s--;
    words++;
  }
  // Words after the head: "Bundesamt für Migration und Flüchtlinge", "Ministry of Defence", "Universität Hamburg".
  let e = k + 1;
  const connectors = o.connectors;
  // Names may chain phrases: "Alliance of Democratic Forces for the Liberation of Congo".
  for (let round = 0; round < o.connectorPhrases; round++) {
    const before = e;
    if (e < tokens.length && joinable(doc, e - 1, e) && connectors.includes(tokens[e]!.text)) {
      let p = e + 1;
      if (o.articleAfterConnector !== undefined && tokens[p]?.text === o.articleAfterConnector && joinable(doc, p - 1, p)) p++;
      let q = p;
      while (q < tokens.length && q - p < 4 && joinable(doc, q - 1, q)) {
        // A known organisation after "and" is a second name ("the Ministry of Defence and Apple").
        if (capitalised(q) && !(q > p && gzAt.get(q)?.type === 'ORG')) q++;
        else if (o.conjunctions.has(tokens[q]!.text) && q + 1 < tokens.length && joinable(doc, q, q + 1) && capitalised(q + 1) && gzAt.get(q + 1)?.type !== 'ORG') q += 2;
        else break;
      }
      // "in der Regierung der Einzige": a lone nominalised adjective after "der" is no name ("Regierung der Ukraine" is)
      const loneAdjective = !!nouns && q === p + 1 && !gzCovered.has(p) && rules.capitalisedAdjective.test(tokens[p]!.text) && !g.surnames.has(tokens[p]!.text);
      if (q > p && !loneAdjective) e = q;
    } else if (round === 0 && o.placeAfterEducationHead && e < tokens.length && joinable(doc, k, e) && cue.subtype === 'education' && gzAt.get(e)?.type === 'LOC') {
      e = gzAt.get(e)!.tokenEnd ?? e + 1;
    }
    if (e === before) break;
  }
  if (s === k && e === k + 1) return;
  // A lone capitalised word before a generic head is often a sentence start ("The Commission").
  addOrg(doc, s, e, cue.subtype, s < k && e > k + 1 ? CONFIDENCE.headBothSides : CONFIDENCE.headOneSide);
}
