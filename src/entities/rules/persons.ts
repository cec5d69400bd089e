/** Persons the rules find: after titles and roles, after known first names, Korean-style names. */
import type { RawMention } from '../../doc/types.js';
import { CONFIDENCE } from './confidence.js';
import { joinable, type RuleDoc, type TitleMatch } from './context.js';
import { isNameWord, nameFrom } from './names.js';
import { titleAt } from './titles.js';

type Title = NonNullable<RawMention['title']>;

/** The country or organisation a title belongs to: its compound prefix or the known name right before it. */
function affiliationOf(doc: RuleDoc, tm: TitleMatch): { key?: string; text?: string; start?: number; end?: number } | undefined {
  const { text, lang, gzEndingAt, gzSpans, g } = doc;
  if (tm.affiliationStart !== undefined && tm.affiliationEnd !== undefined) {
    const prefix = text.slice(tm.affiliationStart, tm.affiliationEnd);
    const gm = gzSpans.get(`${tm.affiliationStart}:${tm.affiliationEnd}`);
    const e = gm?.key ? g.get(gm.key) : g.lookup(prefix, lang) ?? g.countryOfAdjective(prefix, lang);
    return { key: e?.key, text: prefix };
  }
  // A country adjective, demonym or organisation right before the title ("südkoreanische Präsident", "U.N. Secretary-General").
  const before = gzEndingAt.get(tm.i);
  if (before && before.key && (before.type === 'LOC' || before.type === 'ORG') && joinable(doc, tm.i - 1, tm.i)) {
    return { key: before.key, text: before.text, start: before.start, end: before.end };
  }
  return undefined;
}

/** Adds a person over tokens [ni, nj) unless its last word makes it a thing ("Roman Empire", "Korea Times"). */
function addPerson(doc: RuleDoc, ni: number, nj: number, confidence: number, title?: Title): void {
  const { text, tokens, rules, cx, out, personCovered } = doc;
  const lastWord = tokens[nj - 1]!.text;
  if (rules.persons.nonPersonHeads.has(lastWord) || rules.media.heads.has(lastWord) || cx.headCues.has(lastWord) || cx.tails.has(lastWord)) return;
  const start = tokens[ni]!.start;
  const end = tokens[nj - 1]!.end;
  for (let x = ni; x < nj; x++) personCovered.add(x);
  const m: RawMention = { start, end, text: text.slice(start, end), type: 'PER', subtype: 'person', source: 'rule', confidence, sentence: tokens[ni]!.sentence, tokenStart: ni, tokenEnd: nj };
  if (title) m.title = title;
  out.push(m);
}

/**
 * Persons after titles and roles ("Präsidentin Malwina Oberkirch", "NATO-Generalsekretär Jens Stoltenberg",
 * "der südkoreanische Präsident Yoon Suk-yeol", "U.N. Secretary-General António Guterres"), with the title and its
 * affiliation (compound prefix, preceding country adjective or organisation, "of France").
 */
export function personsAfterTitles(doc: RuleDoc): void {
  const { text, tokens, rules, nouns, gzAt, gzCovered, capital, g } = doc;
  for (let k = 0; k < tokens.length; k++) {
    // Where nouns are capitalised, so are titles.
    if ((!capital[k] && nouns) || gzCovered.has(k)) continue;
    const tm = titleAt(doc, k);
    if (!tm) continue;
    // Chains of titles: "Frau Dr. Müller", "Prof. Dr. Karl Lauterbach": the last one before the name counts.
    let last = tm;
    const first = tm;
    while (last.j < tokens.length && joinable(doc, last.j - 1, last.j)) {
      const nxt = titleAt(doc, last.j);
      if (!nxt) break;
      last = nxt;
    }
    let aff = affiliationOf(doc, last) ?? (last !== first ? affiliationOf(doc, first) : undefined);
    let ni = last.j;
    // "Präsident Südkoreas Yoon Suk-yeol" (de) / "Prime Minister of Japan Fumio Kishida" (en).
    if (ni < tokens.length && joinable(doc, ni - 1, ni)) {
      let p = ni;
      const titleOf = rules.persons.titleOf;
      if (titleOf && tokens[p]!.text === titleOf && joinable(doc, p, p + 1)) p++;
      const gm = gzAt.get(p);
      if (gm && !gm.derived && (gm.type === 'LOC' || gm.type === 'ORG') && gm.tokenEnd !== undefined && (p > ni || rules.persons.countryAfterTitle)) {
        const after = gm.tokenEnd;
        if (after < tokens.length && joinable(doc, after - 1, after) && isNameWord(doc, after)) {
          aff ??= { key: gm.key, text: gm.text, start: gm.start, end: gm.end };
          ni = after;
        }
      }
    }
    if (ni >= tokens.length || !joinable(doc, ni - 1, ni)) continue;
    const nj = nameFrom(doc, ni);
    if (nj === ni) continue;
    // "President Emmanuel Macron of France".
    if (!aff && rules.persons.titleOf && tokens[nj]?.text === rules.persons.titleOf && joinable(doc, nj - 1, nj) && joinable(doc, nj, nj + 1)) {
      const gm = gzAt.get(nj + 1);
      if (gm && !gm.derived && (gm.type === 'LOC' || gm.type === 'ORG')) aff = { key: gm.key, text: gm.text };
    }
    const words = tokens.slice(ni, nj).filter((t) => /\p{L}{2}/u.test(t.text)).length;
    const known = g.firstNames.has(tokens[ni]!.text) || g.surnames.has(tokens[nj - 1]!.text);
    const title: Title = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
    if (aff?.key) title.affiliationKey = aff.key;
    if (aff?.text) title.affiliationText = aff.text;
    const confidence =
      words > 1 ? (known ? CONFIDENCE.titledKnownName : CONFIDENCE.titledName) : known ? CONFIDENCE.titledKnownWord : CONFIDENCE.titledWord;
    addPerson(doc, ni, nj, confidence, title);
    k = nj - 1;
  }
}

/** A known first name + capitalised words ("Annalena Baerbock"); Korean-style names ("Yoon Suk-yeol"). */
export function personsByFirstName(doc: RuleDoc): void {
  const { tokens, stop, gzCovered, personCovered, capital, g } = doc;
  for (let k = 0; k < tokens.length; k++) {
    if (!capital[k] || !capital[k + 1] || personCovered.has(k) || !joinable(doc, k, k + 1) || personCovered.has(k + 1)) continue;
    const t = tokens[k]!.text;
    const nextText = tokens[k + 1]!.text;
    const korean = /^\p{Lu}\p{Ll}{1,4}$/u.test(t) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(nextText) && !stop.has(t) && !gzCovered.has(k);
    // Months and function words that are also first names ("August", "May") do not start a name.
    if (!korean && !(g.firstNames.has(t) && !gzCovered.has(k) && !stop.has(t))) continue;
    const nj = nameFrom(doc, k + 1);
    if (nj === k + 1) continue;
    const conf = korean ? CONFIDENCE.koreanName : g.surnames.has(tokens[nj - 1]!.text) ? CONFIDENCE.firstNameSurname : CONFIDENCE.firstNameWord;
    addPerson(doc, k, nj, conf);
    k = nj - 1;
  }
}
