/**
 * Hand-written entity rules (German and English) that find names no list holds:
 *   - persons after titles and roles ("Präsidentin Malwina Oberkirch", "NATO-Generalsekretär Jens Stoltenberg",
 *     "der südkoreanische Präsident Yoon Suk-yeol", "U.N. Secretary-General António Guterres"), with the title
 *     and its affiliation (compound prefix, preceding country adjective or organisation, "of France");
 *   - known first name + capitalised word ("Annalena Baerbock"), Korean-style "Yoon Suk-yeol";
 *   - news agencies in attribution ("die Nachrichtenagentur Kyodo", "Yonhap news agency");
 *   - organisations by cue words ("Siemens AG", "Europäische Kommission", "Bundesamt für Migration",
 *     "Ministry of Defence", "Verteidigungsministerium", "Competition and Markets Authority");
 *   - organisations after descriptors ("der Lieferdienst Flinkwagen", "private equity firm Halvard Capital"),
 *     authorities with their seat ("Oberlandesgericht Düsseldorf"), unknown words before company tails
 *     ("Wardly Health"), and later short mentions of those companies (German).
 * One pass over the tokens with set lookups; no regex per entry.
 */
import { NAME_PARTICLES } from '../ner/constraints.js';
import type { CompoundEndings, EntityRuleWords, LanguageProfile, SeatRuleWords } from '../doc/language-profile.js';
import type { RawMention, Token } from '../doc/types.js';
import type { GazetteerMatcher, OrgCue } from './gazetteer.js';

type Title = NonNullable<RawMention['title']>;

/** Lowercase particles inside names ("Ursula von der Leyen", "Bashar al-Assad" is one token): one list with the tagger's constraint. */
export const PARTICLES = NAME_PARTICLES;
/** Particles that are also articles: inside a name only after another particle. */
const ARTICLE_PARTICLES = new Set(['der', 'den', 'das', 'la', 'le']);
/** Roman numerals of rulers and popes, I–XXIII. */
const REGNAL = /^(?:X{0,2}(?:IX|IV|V?I{0,3}))$/;
/** Internal capitals, digits or all capitals: "KfW", "BaFin", "techUK", "Eesti 200", "IKEA". */
const unusualShape = (w: string): boolean => /\p{Ll}\p{Lu}/u.test(w) || (/\d/.test(w) && /\p{L}/u.test(w)) || /^\p{Lu}{2,}$/u.test(w);

interface TitleMatch {
  /** Token range [i, j) of the title words. */
  i: number;
  j: number;
  /** Span of the title text (a compound's whole token). */
  start: number;
  end: number;
  affiliationStart?: number;
  affiliationEnd?: number;
}

/** The gazetteer's lexicons for one language, indexed for the rules. */
interface Compiled {
  /** First token of a title → longest title length in tokens. */
  titlePhrases: Map<string, number>;
  /** Title phrases (tokens joined by one space). */
  titleSet: Set<string>;
  /** Inflected forms of compound title heads, indexed by their last three letters. */
  headForms: Map<string, string[]>;
  /** Inflected forms of compound organisation heads, indexed by their last three letters. */
  compoundForms: Map<string, { form: string; cue: OrgCue }[]>;
  suffixCues: Map<string, OrgCue>;
  headCues: Map<string, OrgCue>;
  /** Compound heads of authorities named by their seat ("…gericht", "…staatsanwaltschaft"), by last three letters. */
  seatForms: Map<string, { form: string; cue: OrgCue }[]>;
  /** Whole words naming an authority by its seat ("Polizei"). */
  seatWords: Map<string, OrgCue>;
  /** Last words that make a company name ("Health", "Payments"). */
  tails: Map<string, OrgCue>;
  /** Descriptor compound tails ("…hersteller") by last three letters of their inflected forms. */
  descriptorForms: Map<string, { form: string; cue: OrgCue }[]>;
  /** Whole-word descriptors (German capitalised, English lowercase); `generic` ones need evidence. */
  descriptorWords: Map<string, OrgCue>;
  /** Lowercase compounds of a descriptor ("chipmaker"), when the language has them. */
  descriptorCompound?: RegExp;
}
const compiledFor = new WeakMap<EntityRuleWords, WeakMap<GazetteerMatcher, Compiled>>();

function compile(g: GazetteerMatcher, rules: EntityRuleWords): Compiled {
  let byMatcher = compiledFor.get(rules);
  if (!byMatcher) compiledFor.set(rules, (byMatcher = new WeakMap()));
  let c = byMatcher.get(g);
  if (c) return c;
  const code = rules.lexicon;
  const nounEndings = rules.compounds?.noun ?? [];
  const titlePhrases = new Map<string, number>();
  const titleSet = new Set<string>();
  for (const t of g.lexicon.titles[code]) {
    const parts = t.split(/\s+/);
    titleSet.add(parts.join(' '));
    titlePhrases.set(parts[0]!, Math.max(titlePhrases.get(parts[0]!) ?? 0, parts.length));
  }
  const suffixCues = new Map<string, OrgCue>();
  const headCues = new Map<string, OrgCue>();
  const compoundCues: OrgCue[] = [];
  const seatForms = new Map<string, { form: string; cue: OrgCue }[]>();
  const seatWords = new Map<string, OrgCue>();
  const tails = new Map<string, OrgCue>();
  const descriptorForms = new Map<string, { form: string; cue: OrgCue }[]>();
  const descriptorWords = new Map<string, OrgCue>();
  const addForms = (index: Map<string, { form: string; cue: OrgCue }[]>, cue: OrgCue, endings: readonly string[]): void => {
    for (const tail of endings) {
      const f = cue.word + tail;
      const list = index.get(f.slice(-3)) ?? [];
      list.push({ form: f, cue });
      index.set(f.slice(-3), list);
    }
  };
  for (const cue of g.lexicon.orgCues) {
    if (cue.kind === 'suffix') suffixCues.set(cue.word.replace(/\.$/, ''), cue);
    else if (cue.kind === 'head' && cue.lang === code) headCues.set(cue.word, cue);
    else if (cue.kind === 'compound') compoundCues.push(cue);
    else if (cue.kind === 'seat') {
      if (/^\p{Lu}/u.test(cue.word)) seatWords.set(cue.word, cue);
      else addForms(seatForms, cue, nounEndings);
    } else if (cue.kind === 'tail') {
      if (cue.lang === '*' || cue.lang === code) tails.set(cue.word, cue);
    } else if (cue.kind === 'descriptor' || cue.kind === 'generic') {
      // Where nouns compound, a lowercase descriptor is a compound's tail ("…hersteller"); else a whole word.
      if (cue.lang === code && rules.compounds && !/^\p{Lu}/u.test(cue.word)) addForms(descriptorForms, cue, nounEndings);
      else if (cue.lang === code) {
        descriptorWords.set(cue.word, cue);
        for (const e of rules.companies.descriptorEndings) if (!descriptorWords.has(cue.word + e)) descriptorWords.set(cue.word + e, cue);
      }
    }
  }
  compoundCues.sort((a, b) => b.word.length - a.word.length);
  const headForms = new Map<string, string[]>();
  const titleHeads = (g.lexicon.titleHeads as Partial<Record<string, string[]>>)[code] ?? [];
  for (const head of titleHeads) {
    for (const tail of rules.compounds?.titleHead ?? []) {
      const f = head + tail;
      const list = headForms.get(f.slice(-3)) ?? [];
      list.push(f);
      headForms.set(f.slice(-3), list);
    }
  }
  const compoundForms = new Map<string, { form: string; cue: OrgCue }[]>();
  for (const cue of compoundCues) {
    if (cue.lang !== code) continue;
    for (const tail of rules.compounds?.organisationHead ?? []) {
      const f = cue.word + tail;
      const list = compoundForms.get(f.slice(-3)) ?? [];
      list.push({ form: f, cue });
      compoundForms.set(f.slice(-3), list);
    }
  }
  const head = rules.companies.descriptorCompoundHead;
  const descriptorCompound = head ? new RegExp(`^\\p{Ll}+${head}s?$`, 'u') : undefined;
  c = { titlePhrases, titleSet, headForms, compoundForms, suffixCues, headCues, seatForms, seatWords, tails, descriptorForms, descriptorWords, descriptorCompound };
  byMatcher.set(g, c);
  return c;
}

/**
 * Rule mentions for one document. `gazetteerMentions` are the gazetteer's mentions over the same tokens (used for
 * affiliations, to keep names from running into known places, and to avoid repeating a gazetteer span).
 * Returns mentions with source 'rule', sorted by start offset.
 */
export function findRuleMentions(
  text: string,
  tokens: Token[],
  profile: LanguageProfile,
  gazetteerMentions: RawMention[],
  g: GazetteerMatcher,
): RawMention[] {
  if (!profile.entityRules) return [];
  const rules: EntityRuleWords = profile.entityRules;
  const lang = rules.lexicon;
  const nouns = rules.capitalisedNouns;
  const cx = compile(g, rules);
  const stop = profile.names.capitalisedStopWords;
  const out: RawMention[] = [];

  // Gazetteer mentions by token: which token starts/ends/lies inside one.
  const gzAt = new Map<number, RawMention>(); // tokenStart → mention
  const gzEndingAt = new Map<number, RawMention>(); // tokenEnd → mention (whole-token mentions only)
  const gzCovered = new Set<number>();
  const gzSpans = new Map<string, RawMention>();
  for (const m of gazetteerMentions) {
    gzSpans.set(`${m.start}:${m.end}`, m);
    if (m.tokenStart === undefined || m.tokenEnd === undefined) continue;
    const whole = tokens[m.tokenStart]?.start === m.start && tokens[m.tokenEnd - 1]?.end === m.end;
    if (whole) {
      gzAt.set(m.tokenStart, m);
      gzEndingAt.set(m.tokenEnd, m);
      for (let k = m.tokenStart; k < m.tokenEnd; k++) gzCovered.add(k);
    }
  }
  const personCovered = new Set<number>();
  // Most tokens are lowercase words or punctuation: one pass marks capitalised ones, so the rules skip the rest cheaply.
  const capital = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const c0 = tokens[k]!.text.charCodeAt(0);
    if ((c0 >= 65 && c0 <= 90) || (c0 > 127 && /^\p{Lu}/u.test(tokens[k]!.text))) capital[k] = 1;
  }

  const joinable = (a: number, b: number): boolean => {
    const ta = tokens[a];
    const tb = tokens[b];
    if (!ta || !tb || ta.sentence !== tb.sentence) return false;
    for (let p = ta.end; p < tb.start; p++) {
      const ch = text.charCodeAt(p);
      if (ch !== 0x20 && ch !== 0xa0 && ch !== 0x09) return false;
    }
    return true;
  };

  const isNameWord = (k: number): boolean => {
    const t = tokens[k]!.text;
    if (stop.has(t)) return false;
    const gm = gzAt.get(k);
    if (gm && gm.type !== 'PER' && !gm.derived) return false;
    if (gzCovered.has(k) && !gm) return false;
    if (isTitleAt(k)) return false;
    // Initials ("J.") come as "J" followed by "."; names are capitalised words, possibly hyphenated ("Suk-yeol", "al-Assad").
    if (/^\p{Lu}$/u.test(t)) return tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === tokens[k]!.end;
    if (!/^(\p{Lu}[\p{Ll}\p{M}'’]+|(al|el|ad|as|ash|bin|ibn|abu)[-‐]\p{Lu}[\p{L}\p{M}]+)([-‐'’]\p{L}[\p{L}\p{M}]*)*$/u.test(t) && !/^\p{Lu}[\p{Ll}\p{M}]*\p{Lu}\p{Ll}+$/u.test(t)) {
      return false;
    }
    // "Regierung", "Freiheit" are nouns; "Jung" (Franz Josef Jung) is a surname with the same ending
    if (profile.names.isCommonNounForm(t) && !(t.length <= 5 && g.surnames.has(t))) return false;
    // "Koch-Institut", "Max-Planck-Gesellschaft": an organisation head after the last hyphen.
    if (rules.compounds && orgHeadAfterHyphen(t)) return false;
    // "Zahlungsdienstleister Velora": the descriptor is not part of the name after it.
    if (nouns && descriptorAt(k) && !g.surnames.has(t)) return false;
    return true;
  };

  /** German/English noun describing an organisation at token k ("Batteriehersteller", "Unternehmen", "firm"). */
  function descriptorAt(k: number): { cue: OrgCue; generic: boolean; plural: boolean } | undefined {
    const t = tokens[k]!.text;
    const whole = cx.descriptorWords.get(t);
    if (whole) return { cue: whole, generic: whole.kind === 'generic', plural: rules.companies.isPluralDescriptor(t, whole.word) };
    // "chipmaker", "drugmakers": lowercase compounds of a descriptor.
    const head = rules.companies.descriptorCompoundHead;
    if (head && cx.descriptorCompound && t.length > 7 && cx.descriptorCompound.test(t)) {
      const maker = cx.descriptorWords.get(t.endsWith('s') ? `${head}s` : head);
      if (maker) return { cue: maker, generic: false, plural: false };
    }
    if (!rules.compounds || !capital[k] || t.length < 6 || g.surnames.has(t)) return undefined;
    const lw = t.toLowerCase();
    for (const { form, cue } of cx.descriptorForms.get(lw.slice(-3)) ?? []) {
      if (lw.length >= form.length + 3 && lw.endsWith(form)) return { cue, generic: cue.kind === 'generic', plural: rules.companies.isPluralDescriptor(lw, cue.word) };
    }
    return undefined;
  }

  // Where each capitalised word occurs, built on first use: a second mention is evidence that a word is a name.
  let occurrences: Map<string, number[]> | undefined;
  const nameUses = new Map<string, number>();
  const nameUsesStrict = new Map<string, number>();
  let hyphenPrefixes: Set<string> | undefined;
  function occurrencesOf(w: string): number[] {
    if (!occurrences) {
      occurrences = new Map();
      hyphenPrefixes = new Set();
      for (let x = 0; x < tokens.length; x++) {
        if (!capital[x]) continue;
        const tx = tokens[x]!.text;
        const list = occurrences.get(tx);
        if (list) list.push(x);
        else occurrences.set(tx, [x]);
        const cut = tx.indexOf('-');
        if (cut > 0) hyphenPrefixes.add(tx.slice(0, cut));
      }
    }
    return occurrences.get(w) ?? [];
  }
  /**
   * True when the word at k occurs elsewhere without an article or adjective before it ("Flinkwagen wies … zurück",
   * "bei Lumera"), with a genitive -s, or as the first part of a hyphen compound ("Velora-Kunden"). `strict`: only
   * after punctuation, a sentence start or another capitalised word ("Rutte sagte", "Mark Rutte").
   */
  function mentionedElsewhere(k: number, strict = false): boolean {
    const w = tokens[k]!.text;
    const list = occurrencesOf(w);
    if (hyphenPrefixes!.has(w) || occurrencesOf(`${w}s`).length > 0) return true;
    // Name-like uses per word are counted once (capped at 2), so repeated questions stay linear overall.
    const cache = strict ? nameUsesStrict : nameUses;
    let uses = cache.get(w);
    if (uses === undefined) {
      uses = 0;
      for (let i = 0; i < list.length && uses < 2; i++) if (usedAsName(list[i]!, strict)) uses++;
      cache.set(w, uses);
    }
    return uses - (usedAsName(k, strict) ? 1 : 0) > 0;
  }
  function usedAsName(x: number, strict: boolean): boolean {
    const prev = tokens[x - 1]?.text ?? '';
    if (strict && /^\p{Ll}/u.test(prev)) return false;
    if (rules.marksCommonNoun(prev)) return false;
    return true;
  }
  function orgHeadAfterHyphen(t: string): OrgCue | undefined {
    const cut = t.lastIndexOf('-');
    return cut > 0 ? cx.headCues.get(t.slice(cut + 1)) : undefined;
  }

  /** Name tokens from k: capitalised words, particles inside, at most 4 words. Returns the end token index. */
  const nameFrom = (k: number): number => {
    let j = k;
    let words = 0;
    while (j < tokens.length && words < 4) {
      if (j > k && !joinable(j - 1, j)) break;
      const t = tokens[j]!.text;
      if (isNameWord(j)) {
        // An initial with its dot: "J." → two tokens.
        if (/^\p{Lu}$/u.test(t)) j += 2;
        else j++;
        words++;
        continue;
      }
      // an article-like particle only continues another one ("von der", "van den", "de la"): "Kompany den Rücken" is no name
      if (j > k && PARTICLES.has(t) && !ARTICLE_PARTICLES.has(t) && j + 1 < tokens.length && joinable(j, j + 1)) {
        let p = j + 1;
        while (p < tokens.length && PARTICLES.has(tokens[p]!.text) && joinable(p, p + 1)) p++;
        if (p < tokens.length && isNameWord(p)) {
          j = p;
          continue;
        }
      }
      break;
    }
    if (!words) return k;
    // Capitalised nouns: a last word in -e that is no known name is usually a noun after the name ("Erdogan Pläne", "Johnson Regie").
    const lastTok = tokens[j - 1]!.text;
    if (nouns) {
      const ending = nouns.trailingNounEnding;
      // A known first name before it ("Mark Rutte") or punctuation after it ("Rutte,") says it is a surname after all.
      const nameFirst = (g.firstNames.has(tokens[k]!.text) && words === 2) || (words > 1 && lastTok.endsWith(ending) && mentionedElsewhere(j - 1, true));
      const closesPhrase = /^[,.;:!?)\]–—"“”»«]$/u.test(tokens[j]?.text ?? '.');
      if (words > 1 && lastTok.endsWith(ending) && !/[-‐']/.test(lastTok) && !g.surnames.has(lastTok) && !g.firstNames.has(lastTok) && !nameFirst && !closesPhrase) j--;
    }
    // Regnal numbers: "Franz Joseph I.", "Paul VI.", "Charles III" ("I" without a dot is the English pronoun)
    // (the tokeniser keeps "VI." whole; "VI" + "." when the dot ends the sentence)
    const numeral = tokens[j]?.text ?? '';
    const bare = numeral.endsWith('.') ? numeral.slice(0, -1) : numeral;
    if (bare && j < tokens.length && joinable(j - 1, j) && REGNAL.test(bare)) {
      const dot = numeral.endsWith('.') || (tokens[j + 1]?.text === '.' && tokens[j + 1]!.start === tokens[j]!.end);
      if (dot) j += numeral.endsWith('.') ? 1 : 2;
      else if (bare !== 'I' && bare !== 'V' && bare !== 'X') j++;
    }
    return j;
  };

  // ---- titles ----
  const titlesHere = cx.titleSet;
  /** A title word with case endings or as a compound's last part ("Präsidenten", "Außenministerin"). */
  function compoundTitleWord(word: string, compounds: CompoundEndings): boolean {
    // Such titles are capitalised nouns.
    const c0 = word.charCodeAt(0);
    if (!(c0 >= 65 && c0 <= 90) && !/^\p{Lu}/u.test(word)) return false;
    if (titlesHere.has(word)) return true;
    for (const cut of compounds.titleWord) {
      if (word.length > cut.length + 3 && word.endsWith(cut) && titlesHere.has(word.slice(0, -cut.length))) return true;
    }
    const lw = word.toLowerCase();
    for (const h of cx.headForms.get(lw.slice(-3)) ?? []) if (lw.length >= h.length + 3 && lw.endsWith(h)) return true;
    return false;
  }

  const titleCache: (TitleMatch | null | undefined)[] = new Array(tokens.length);
  function titleAt(k: number): TitleMatch | null {
    const cached = titleCache[k];
    if (cached !== undefined) return cached;
    let found: TitleMatch | null = null;
    const tok = tokens[k]!;
    if (tok.text.length < 2) return (titleCache[k] = null);
    const max = cx.titlePhrases.get(tok.text) ?? 0;
    for (let n = max; n >= 1 && !found; n--) {
      if (k + n > tokens.length) continue;
      let ok = true;
      for (let x = k + 1; x < k + n; x++) if (!joinable(x - 1, x)) ok = false;
      if (!ok) continue;
      const phrase = tokens.slice(k, k + n).map((t) => t.text).join(' ');
      if (titlesHere.has(phrase)) {
        // "Dr." and "Mr." come as "Dr" + "."
        let j = k + n;
        let end = tokens[j - 1]!.end;
        if (tokens[j]?.text === '.' && tokens[j]!.start === end && titlesHere.has(`${phrase}.`)) end = tokens[j++]!.end;
        found = { i: k, j, start: tok.start, end };
      }
    }
    if (!found && tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === tok.end && titlesHere.has(`${tok.text}.`)) {
      found = { i: k, j: k + 2, start: tok.start, end: tokens[k + 1]!.end };
    }
    if (!found && /[-‐]/.test(tok.text)) {
      // "NATO-Generalsekretär", "US-Präsident", "SPD-Chefin", "U.N.-Secretary-General": prefix = affiliation.
      const cut = Math.max(tok.text.lastIndexOf('-'), tok.text.lastIndexOf('‐'));
      const head = tok.text.slice(cut + 1);
      const isTitle = rules.compounds ? compoundTitleWord(head, rules.compounds) : titlesHere.has(head);
      if (cut > 0 && isTitle && /^\p{Lu}/u.test(head)) {
        found = { i: k, j: k + 1, start: tok.start, end: tok.end, affiliationStart: tok.start, affiliationEnd: tok.start + cut };
      } else if (rules.persons.hyphenatedTitles) {
        const first = tok.text.indexOf('-');
        const rest = tok.text.slice(first + 1);
        if (first > 0 && titlesHere.has(rest)) {
          found = { i: k, j: k + 1, start: tok.start, end: tok.end, affiliationStart: tok.start, affiliationEnd: tok.start + first };
        }
      }
    }
    if (!found && rules.compounds && compoundTitleWord(tok.text, rules.compounds)) found = { i: k, j: k + 1, start: tok.start, end: tok.end };
    titleCache[k] = found;
    return found;
  }
  function isTitleAt(k: number): boolean {
    return titleAt(k) !== null;
  }

  function affiliationOf(tm: TitleMatch): { key?: string; text?: string; start?: number; end?: number } | undefined {
    if (tm.affiliationStart !== undefined && tm.affiliationEnd !== undefined) {
      const prefix = text.slice(tm.affiliationStart, tm.affiliationEnd);
      const gm = gzSpans.get(`${tm.affiliationStart}:${tm.affiliationEnd}`);
      const e = gm?.key ? g.get(gm.key) : g.lookup(prefix, lang) ?? g.countryOfAdjective(prefix, lang);
      return { key: e?.key, text: prefix };
    }
    // A country adjective, demonym or organisation right before the title ("südkoreanische Präsident", "U.N. Secretary-General").
    const before = gzEndingAt.get(tm.i);
    if (before && before.key && (before.type === 'LOC' || before.type === 'ORG') && joinable(tm.i - 1, tm.i)) {
      return { key: before.key, text: before.text, start: before.start, end: before.end };
    }
    return undefined;
  }

  const addPerson = (ni: number, nj: number, confidence: number, title?: Title): void => {
    const lastWord = tokens[nj - 1]!.text;
    if (rules.persons.nonPersonHeads.has(lastWord) || rules.media.heads.has(lastWord) || cx.headCues.has(lastWord) || cx.tails.has(lastWord)) return;
    const start = tokens[ni]!.start;
    const end = tokens[nj - 1]!.end;
    for (let x = ni; x < nj; x++) personCovered.add(x);
    const m: RawMention = { start, end, text: text.slice(start, end), type: 'PER', subtype: 'person', source: 'rule', confidence, sentence: tokens[ni]!.sentence, tokenStart: ni, tokenEnd: nj };
    if (title) m.title = title;
    out.push(m);
  };

  for (let k = 0; k < tokens.length; k++) {
    // Where nouns are capitalised, so are titles.
    if ((!capital[k] && nouns) || gzCovered.has(k)) continue;
    const tm = titleAt(k);
    if (!tm) continue;
    // Chains of titles: "Frau Dr. Müller", "Prof. Dr. Karl Lauterbach": the last one before the name counts.
    let last = tm;
    const first = tm;
    while (last.j < tokens.length && joinable(last.j - 1, last.j)) {
      const nxt = titleAt(last.j);
      if (!nxt) break;
      last = nxt;
    }
    let aff = affiliationOf(last) ?? (last !== first ? affiliationOf(first) : undefined);
    let ni = last.j;
    // "Präsident Südkoreas Yoon Suk-yeol" (de) / "Prime Minister of Japan Fumio Kishida" (en).
    if (ni < tokens.length && joinable(ni - 1, ni)) {
      let p = ni;
      const titleOf = rules.persons.titleOf;
      if (titleOf && tokens[p]!.text === titleOf && joinable(p, p + 1)) p++;
      const gm = gzAt.get(p);
      if (gm && !gm.derived && (gm.type === 'LOC' || gm.type === 'ORG') && gm.tokenEnd !== undefined && (p > ni || rules.persons.countryAfterTitle)) {
        const after = gm.tokenEnd;
        if (after < tokens.length && joinable(after - 1, after) && isNameWord(after)) {
          aff ??= { key: gm.key, text: gm.text, start: gm.start, end: gm.end };
          ni = after;
        }
      }
    }
    if (ni >= tokens.length || !joinable(ni - 1, ni)) continue;
    const nj = nameFrom(ni);
    if (nj === ni) continue;
    // "President Emmanuel Macron of France".
    if (!aff && rules.persons.titleOf && tokens[nj]?.text === rules.persons.titleOf && joinable(nj - 1, nj) && joinable(nj, nj + 1)) {
      const gm = gzAt.get(nj + 1);
      if (gm && !gm.derived && (gm.type === 'LOC' || gm.type === 'ORG')) aff = { key: gm.key, text: gm.text };
    }
    const words = tokens.slice(ni, nj).filter((t) => /\p{L}{2}/u.test(t.text)).length;
    const known = g.firstNames.has(tokens[ni]!.text) || g.surnames.has(tokens[nj - 1]!.text);
    const title: Title = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
    if (aff?.key) title.affiliationKey = aff.key;
    if (aff?.text) title.affiliationText = aff.text;
    addPerson(ni, nj, words > 1 ? (known ? 0.9 : 0.85) : known ? 0.8 : 0.7, title);
    k = nj - 1;
  }

  // ---- first name + capitalised word; Korean-style "Yoon Suk-yeol" ----
  for (let k = 0; k < tokens.length; k++) {
    if (!capital[k] || !capital[k + 1] || personCovered.has(k) || !joinable(k, k + 1) || personCovered.has(k + 1)) continue;
    const t = tokens[k]!.text;
    const nextText = tokens[k + 1]!.text;
    const korean = /^\p{Lu}\p{Ll}{1,4}$/u.test(t) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(nextText) && !stop.has(t) && !gzCovered.has(k);
    // Months and function words that are also first names ("August", "May") do not start a name.
    if (!korean && !(g.firstNames.has(t) && !gzCovered.has(k) && !stop.has(t))) continue;
    const nj = nameFrom(k + 1);
    if (nj === k + 1) continue;
    const conf = korean ? 0.8 : g.surnames.has(tokens[nj - 1]!.text) ? 0.85 : 0.75;
    addPerson(k, nj, conf);
    k = nj - 1;
  }

  // ---- news agencies and media ----
  const gzSpanHas = (s: number, e: number): boolean => gzSpans.has(`${s}:${e}`);
  const orgSpans = new Set<string>();
  const addOrg = (ni: number, nj: number, subtype: string, confidence: number, start = tokens[ni]!.start, end = tokens[nj - 1]!.end): void => {
    if (gzSpanHas(start, end) || orgSpans.has(`${start}:${end}`)) return;
    orgSpans.add(`${start}:${end}`);
    out.push({ start, end, text: text.slice(start, end), type: 'ORG', subtype, source: 'rule', confidence, sentence: tokens[ni]!.sentence, tokenStart: ni, tokenEnd: nj });
  };
  const mediaNameFrom = (k: number): number => {
    // Known media (the gazetteer has the lowercase agencies "dpa", "epd"); otherwise capitalised words:
    // an unknown lowercase word after "Zeitung" is a verb ("der Zeitung sind …"), not a name.
    const gm = gzAt.get(k);
    if (gm && gm.type === 'ORG') return gm.tokenEnd ?? k + 1;
    const t = tokens[k]?.text ?? '';
    if (/^\p{Lu}[\p{L}\d&-]*$/u.test(t) && !stop.has(t)) {
      let j = k + 1;
      while (j < tokens.length && j - k < 4 && joinable(j - 1, j) && /^\p{Lu}[\p{L}\d&-]*$/u.test(tokens[j]!.text) && !stop.has(tokens[j]!.text)) j++;
      return j;
    }
    return k;
  };
  const media = rules.media;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    // "die Nachrichtenagentur Kyodo", "der Sender CNN"; "Yonhap-Nachrichtenagentur".
    if (media.cueWords.has(t) && joinable(k, k + 1)) {
      const nj = mediaNameFrom(k + 1);
      if (nj > k + 1 && !personCovered.has(k + 1)) addOrg(k + 1, nj, 'media', media.agencyCue.test(t) ? 0.85 : 0.7);
    }
    const cut = t.lastIndexOf('-');
    if (cut > 0 && !gzCovered.has(k) && media.compoundHeads.has(t.slice(cut + 1))) {
      const s = tokens[k]!.start;
      addOrg(k, k + 1, 'media', 0.8, s, s + cut);
    }
    // "Yonhap news agency", "the state news agency KCNA".
    if (media.agencyPhrase && t === media.agencyPhrase[0] && tokens[k + 1]?.text === media.agencyPhrase[1]) {
      let s = k;
      while (s > 0 && joinable(s - 1, s) && /^\p{Lu}/u.test(tokens[s - 1]!.text) && !stop.has(tokens[s - 1]!.text)) s--;
      if (s < k && !personCovered.has(s)) addOrg(s, k, 'media', 0.85);
      else if (joinable(k + 1, k + 2)) {
        const nj = mediaNameFrom(k + 2);
        if (nj > k + 2) addOrg(k + 2, nj, 'media', 0.85);
      }
    }
    // "laut Yonhap News", "berichtete die Korea Times", "according to Kyodo News".
    if (media.attribution.has(t) && (!media.attributionAfter.has(t) || tokens[k - 1]?.text === media.attributionAfter.get(t))) mediaByHead(k + 1);
  }
  function mediaByHead(k: number): void {
    let p = k;
    if (media.articles.test(tokens[p]?.text ?? '')) p++;
    if (p >= tokens.length || !joinable(k - 1, p) || personCovered.has(p)) return;
    const nj = mediaNameFrom(p);
    if (nj > p && media.heads.has(tokens[nj - 1]!.text) && nj - p > 1) addOrg(p, nj, 'media', 0.8);
  }

  // ---- organisations by cue words ----
  // Legal forms first ("Kranzberg Dynamics Inc."), so that a head's trailing words stop before them.
  const orgCovered = new Set<number>();
  for (let k = 1; k < tokens.length; k++) {
    // The tokeniser may keep an abbreviation's dot ("Inc.") or split it off ("Inc" + ".").
    const tk = tokens[k]!.text;
    const suffix = cx.suffixCues.get(tk) ?? (tk.endsWith('.') ? cx.suffixCues.get(tk.slice(0, -1)) : undefined);
    if (!suffix || !joinable(k - 1, k) || (suffix.lang !== '*' && suffix.lang !== lang)) continue;
    // "Goldman Sachs Group Inc.": the last legal form closes the name.
    const nextText = tokens[k + 1]?.text ?? '';
    if (joinable(k, k + 1) && (cx.suffixCues.has(nextText) || cx.suffixCues.has(nextText.replace(/\.$/, '')))) continue;
    // "Ostrander GmbH & Co. KG": the name closes after "& Co. KG".
    if (nextText === '&' && /^Co\.?$/.test(tokens[k + 2]?.text ?? '')) continue;
    // "Siemens AG", "Apple Inc.": up to three capitalised words (four with another legal form) before the legal form.
    let s = k;
    // "GmbH & Co. KG": step over "& Co." to the legal form before it.
    if (/^Co\.?$/.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === '&' && k >= 4 && cx.suffixCues.has(tokens[k - 3]!.text)) s = k - 3;
    const k0 = s;
    while (s > 0 && k0 - s < 4 && (k0 - s < 3 || cx.suffixCues.has(tokens[k0 - 1]!.text)) && joinable(s - 1, s) && /^[\p{Lu}\d]/u.test(tokens[s - 1]!.text) && !stop.has(tokens[s - 1]!.text) && !personCovered.has(s - 1) && !descriptorAt(s - 1) && !/['’]s$/.test(tokens[s - 1]!.text)) s--;
    if (s === k0) continue;
    let end = tokens[k]!.end;
    let nj = k + 1;
    if (tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === end && /\./.test(suffix.word)) end = tokens[nj++]!.end;
    for (let x = s; x < nj; x++) orgCovered.add(x);
    addOrg(s, nj, suffix.subtype, 0.8, tokens[s]!.start, end);
  }
  // Company names found here; their first word names the company again later ("Lumera Energie" … "Lumera hatte").
  const shortNames = new Map<string, { words: string[]; subtype: string }>();
  /** Mentions found as company names by descriptors, lists and tails (not by heads or legal forms). */
  const companyFinds = new Set<RawMention>();
  const rememberName = (ni: number, nj: number, subtype: string): void => {
    const words = tokens.slice(ni, nj).map((t) => t.text);
    const first = words[0]!;
    if (stop.has(first) || g.firstNames.has(first) || isTitleAt(ni) || first.length < 3) return;
    // "Deutsche Bahn AG": an adjective-shaped first word of a longer name is no short name.
    if (words.length > 1 && rules.adjectiveEnding.test(first)) return;
    // Where other finders already type these, a separate short-form entity would only split the company in two.
    if (words.length > 1 && rules.companies.oneWordShortNames) return;
    if (!shortNames.has(first)) shortNames.set(first, { words, subtype });
  };
  const addCompany = (ni: number, nj: number, subtype: string, confidence: number): void => {
    let end = tokens[nj - 1]!.end;
    // "BlackRock's": the possessive is not part of the name.
    if (/['’]s$/.test(tokens[nj - 1]!.text)) end -= 2;
    if (end <= tokens[ni]!.start) return;
    const before = out.length;
    addOrg(ni, nj, subtype, confidence, tokens[ni]!.start, end);
    if (out.length > before) companyFinds.add(out[out.length - 1]!);
    for (let x = ni; x < nj; x++) orgCovered.add(x);
    rememberName(ni, nj, subtype);
  };
  for (let k = 0; k < tokens.length; k++) {
    // Where nouns are capitalised, so are descriptors.
    if (nouns && !capital[k]) continue;
    const d = descriptorAt(k);
    if (d) appositionAfter(k, d);
  }
  // Legal-form names are companies too ("Norvalis AG" … "Norvalis").
  for (const m of out) {
    if (m.type === 'ORG' && m.source === 'rule' && m.subtype === 'company' && m.tokenStart !== undefined && m.tokenEnd !== undefined) rememberName(m.tokenStart, m.tokenEnd, 'company');
  }
  for (let k = 1; k < tokens.length; k++) {
    if (!capital[k] || orgCovered.has(k) || gzCovered.has(k)) continue;
    const t = tokens[k]!.text;
    const tail = cx.tails.get(t);
    if (tail) companyBeforeTail(k, tail);
    if (rules.seats) authorityAt(k, rules.seats);
  }

  // "Estonia's conservative Isamaa party": an unknown capitalised word before a lowercase "party" names it.
  const parties = rules.parties;
  if (parties) {
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k]!.text;
      if (!parties.nouns.has(t)) continue;
      const p = k - 1;
      const w = tokens[p]!.text;
      if (!joinable(p, k) || !/^\p{Lu}\p{Ll}+$/u.test(w) || stop.has(w) || gzCovered.has(p) || orgCovered.has(p) || personCovered.has(p)) continue;
      if (rules.adjectiveEnding.test(w) || parties.describing.test(w) || rules.companies.commonBeforeTail.has(w) || isTitleAt(p)) continue;
      // The first word of a sentence is capitalised anyway ("Party members …" aside, "Opposition party …").
      if (p === 0 || tokens[p - 1]!.sentence !== tokens[p]!.sentence) continue;
      addCompany(p, k, 'party', 0.7);
    }
  }

  /**
   * "der Lieferdienst Flinkwagen", "des Energieversorgers Lumera Energie", "the private equity firm Halvard Capital":
   * a descriptor followed by an unknown name. A generic descriptor ("das Unternehmen Restaurants …") needs evidence:
   * a legal form or company tail after the word, an unusual shape ("KfW"), or a second mention plus a non-plural shape.
   */
  function appositionAfter(k: number, d: { cue: OrgCue; generic: boolean; plural: boolean }): void {
    const p = k + 1;
    // "developers, Wardly Health and Rotamed": a plural English descriptor before a list of names.
    const listAfterPlural = rules.companies.listAfterPlural;
    if (listAfterPlural && tokens[p]?.text === ',' && listAfterPlural.test(tokens[k]!.text) && joinable(p, p + 1)) {
      listAfter(p + 1, d.cue.subtype);
      return;
    }
    if (p >= tokens.length || !joinable(k, p)) return;
    // "bei mehreren Zahlungsdienstleistern Mängel festgestellt": after a plural descriptor comes the object, unless
    // it is a list of names ("die Lieferdienste Wolt und Lieferando").
    if (nouns && (listAfter(p, d.cue.subtype) || d.plural)) return;
    if (gzAt.has(p) || gzCovered.has(p) || personCovered.has(p) || orgCovered.has(p)) return;
    const w = tokens[p]!.text;
    if (!/^\p{Lu}/u.test(w) && !/^\p{Ll}+\p{Lu}/u.test(w)) return;
    if (stop.has(w) || isTitleAt(p) || descriptorAt(p) || cx.suffixCues.has(w)) return;
    // "seine Tochter Lena": after a generic word a first name is a person; "der Produzent Wenzlaff" may be one.
    if (d.generic && g.firstNames.has(w)) return;
    if (rules.companies.personDescriptors.has(d.cue.word) && (g.surnames.has(w) || g.firstNames.has(w))) return;
    if (listAfterPlural && listAfterPlural.test(tokens[k]!.text) && !rules.companies.listConjunctions.has(w)) {
      // Plural descriptor right before names: "carmakers Volvo and Saab".
      listAfter(p, d.cue.subtype);
      return;
    }
    let q = p + 1;
    let cued = false;
    while (q < tokens.length && q - p < 4 && joinable(q - 1, q)) {
      const t = tokens[q]!.text;
      const more = cx.tails.has(t) || cx.suffixCues.has(t.replace(/\.$/, '')) || (unusualShape(t) && !stop.has(t));
      // Names go on with capitalised words ("firm Halvard Capital Partners"); where nouns are capitalised, with words
      // that do not look like the clause's object ("die Fluggesellschaft Air One", "der Sender Swiss Music Radio").
      const nameWord = /^\p{Lu}/u.test(t) && t.length > 1 && !stop.has(t) && !gzCovered.has(q) && !isTitleAt(q) && !personCovered.has(q);
      // "the ruling party United Russia": a place inside a name.
      const placeInName = !nouns && gzAt.get(q)?.type === 'LOC' && !gzAt.get(q)!.derived && gzAt.get(q)!.tokenEnd === q + 1;
      const enWord = !nouns && (nameWord || placeInName);
      const deWord =
        !!nouns && nameWord && !descriptorAt(q) && !nouns.isObjectNoun(t) && !profile.names.isCommonNounForm(t) && (!nouns.isPluralShaped(t) || t.length <= 4) && !g.surnames.has(t);
      if (!more && !enWord && !deWord) break;
      if (more) cued = true;
      q++;
    }
    if (/^\p{Lu}$/u.test(w)) return;
    // "Biobauer Renzo Blumenthal": a word before a known surname starts a person's name.
    if (nouns && q === p + 1 && joinable(p, p + 1) && capital[p + 1] && g.surnames.has(tokens[p + 1]!.text) && !cx.tails.has(tokens[p + 1]!.text)) return;
    // "der größte Dienstleister Nordeuropas": a region in the genitive, not a name.
    const region = rules.companies.genitiveRegion;
    if (region && /s$/.test(w) && (region.test(w) || g.lookup(w.slice(0, -1), lang)?.type === 'LOC')) return;
    // Evidence: an unusual shape, or a legal form, company tail or unusual word in the name ("Velora Payments").
    const strong = unusualShape(w) || cued;
    if (nouns && !strong) {
      if (profile.names.isCommonNounForm(w) || nouns.objectNouns.has(w) || nouns.derivedAdjective.test(w)) return;
      // Brand names in -er are common ("Tibber"); after a specific descriptor only an umlaut marks a plural ("Häuser").
      const weak = !nouns.isPluralShaped(w) || (!d.generic && nouns.maySingularInEr(w));
      const ok = d.generic ? weak && mentionedElsewhere(p) : weak || mentionedElsewhere(p);
      if (!ok) return;
    }
    // Where nouns are not capitalised, a generic descriptor ("the company Apple") needs strong evidence.
    if (!nouns && d.generic && !strong) return;
    addCompany(p, q, d.cue.subtype, strong ? 0.8 : 0.7);
  }
  /** "Wardly Health and Rotamed", "Volvo, Scania and Saab": names joined by commas and a final "and". */
  function listAfter(p: number, subtype: string): boolean {
    const items: [number, number][] = [];
    let x = p;
    let sawAnd = false;
    const and = rules.companies.listConjunctions;
    // Where nouns are capitalised, items must look like names, not like the plural object of the clause ("Kunden und Händler").
    const nameLike = (y: number): boolean => {
      const w = tokens[y]!.text;
      if (!nouns) return true;
      return gzAt.get(y)?.type === 'ORG' || unusualShape(w) || (!nouns.isPluralShaped(w) && !profile.names.isCommonNounForm(w) && !nouns.isObjectNoun(w) && !descriptorAt(y));
    };
    while (x < tokens.length && items.length < 6) {
      let y = x;
      while (y < tokens.length && y - x < 3 && (y === x || joinable(y - 1, y)) && /^\p{Lu}/u.test(tokens[y]!.text) && !stop.has(tokens[y]!.text) && !personCovered.has(y) && !isTitleAt(y) && nameLike(y)) y++;
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
    for (const [a, b] of items) if (!gzCovered.has(a) && !orgCovered.has(a)) addCompany(a, b, subtype, 0.7);
    return true;
  }
  /** "Wardly Health", "Corvane Systems", "Lumera Energie": an unknown capitalised word before a company tail. */
  function companyBeforeTail(k: number, tail: OrgCue): void {
    // "Consumer Technology Association": the tail must end the name; a head after it takes the whole name.
    const after = tokens[k + 1]?.text ?? '';
    if (joinable(k, k + 1) && /^\p{Lu}/u.test(after) && !stop.has(after) && !cx.suffixCues.has(after.replace(/\.$/, ''))) return;
    let s = k;
    while (s > 0 && k - s < 2 && joinable(s - 1, s) && capital[s - 1]) {
      const w = tokens[s - 1]!.text;
      if (stop.has(w) || personCovered.has(s - 1) || orgCovered.has(s - 1) || isTitleAt(s - 1) || descriptorAt(s - 1)) break;
      // "KFC-parent Yum Brands": a hyphen compound with a lowercase part is a description, not the name.
      if (/['’]s$/.test(w) || cx.tails.has(w) || /-\p{Ll}/u.test(w)) break;
      const gm = gzAt.get(s - 1);
      if (gzCovered.has(s - 1) && !(gm && gm.type === 'LOC' && !gm.derived)) break;
      if (rules.adjectiveEnding.test(w) || profile.names.isCommonNounForm(w) || rules.companies.commonBeforeTail.has(w)) break;
      s--;
    }
    // A place alone before the tail ("Berlin Energie") is not enough; a made-up word is.
    if (s === k || (k - s === 1 && gzAt.has(s))) return;
    addCompany(s, k + 1, tail.subtype, 0.75);
  }
  /**
   * "Oberlandesgericht Düsseldorf", "Staatsanwaltschaft Frankfurt am Main", "Industrie- und Handelskammer Köln":
   * an authority named by its seat, with truncated compounds and adjectives before it.
   */
  function authorityAt(k: number, seats: SeatRuleWords): void {
    const t = tokens[k]!.text;
    let cue = cx.seatWords.get(t);
    if (!cue) {
      const lw = t.toLowerCase();
      for (const { form, cue: c } of cx.seatForms.get(lw.slice(-3)) ?? []) {
        if (lw.endsWith(form) && (lw.length >= form.length + 3 || (lw.length === form.length && form.length >= 8))) {
          cue = c;
          break;
        }
      }
    }
    const compound = cue ?? compoundCue(t);
    if (!compound) return;
    // "Industrie- und Handelskammer": a truncated compound joined by "und"/"oder".
    let s = k;
    if (k >= 2 && seats.truncationConjunctions.has(tokens[k - 1]!.text) && /^\p{Lu}[\p{L}-]*-$/u.test(tokens[k - 2]!.text) && joinable(k - 2, k - 1) && joinable(k - 1, k)) s = k - 2;
    // "Luftfahrt- und Rüstungskonzern EADS": a coordinated descriptor describes the name after it.
    if (s < k && !cue && descriptorAt(k) && !rules.capitalisedAdjective.test(tokens[s - 1]?.text ?? '')) return;
    const coordinated = s < k;
    while (s > 0 && k - s < 4 && joinable(s - 1, s) && rules.capitalisedAdjective.test(tokens[s - 1]!.text) && !stop.has(tokens[s - 1]!.text) && !descriptorAt(s - 1)) s--;
    let e = k + 1;
    if (cue && e < tokens.length && joinable(k, e)) e = seatAfter(e, seats);
    if (e === k + 1 && !coordinated) return;
    addOrg(s, e, compound.subtype, e > k + 1 ? 0.8 : 0.7);
    for (let x = s; x < e; x++) orgCovered.add(x);
  }
  function compoundCue(t: string): OrgCue | undefined {
    const lw = t.toLowerCase();
    return (cx.compoundForms.get(lw.slice(-3)) ?? []).find(({ form }) => lw.endsWith(form) && lw.length >= form.length + 3)?.cue;
  }
  /** End of a seat after an authority ("Düsseldorf", "Frankfurt am Main", "Bad Homburg", "München I"); p when none. */
  function seatAfter(p: number, seats: SeatRuleWords): number {
    // "Industrie- und Handelskammer zu Berlin".
    if (tokens[p]!.text === seats.preposition && joinable(p, p + 1) && gzAt.get(p + 1)?.type === 'LOC') {
      const e = seatAfter(p + 1, seats);
      return e > p + 1 ? e : p;
    }
    const gm = gzAt.get(p);
    let e = p;
    if (gm && gm.type === 'LOC' && gm.tokenEnd !== undefined) e = gm.tokenEnd;
    else {
      const w = tokens[p]!.text;
      let x = p;
      if (seats.placePrefixes.has(w) && joinable(p, p + 1) && capital[p + 1]) x = p + 1;
      const place = tokens[x]!.text;
      if (!capital[x] || gzCovered.has(x) || stop.has(place) || isTitleAt(x) || descriptorAt(x) || !!nouns?.isObjectNoun(place)) return p;
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
    if ((seats.regionJoiners.has(next) || seats.endingPrepositions.has(next)) && joinable(e - 1, e)) {
      let x = e + 1;
      if (tokens[x]?.text === seats.regionArticle && joinable(x - 1, x)) x++;
      if (x < tokens.length && joinable(x - 1, x) && capital[x] && !stop.has(tokens[x]!.text) && seats.regionJoiners.has(next) && !nouns?.isPluralShaped(tokens[x]!.text.replace(/n$/, ''))) e = x + 1;
    } else if (seats.courtNumbers.has(next) && joinable(e - 1, e)) e++;
    return e;
  }

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    if (orgCovered.has(k)) continue;
    const head = cx.headCues.get(t);
    if (head) {
      orgAroundHead(k, head);
      continue;
    }
    const hyphenHead = rules.compounds && capital[k] ? orgHeadAfterHyphen(t) : undefined;
    if (hyphenHead && !gzCovered.has(k)) {
      // "Robert Koch-Institut": the compound with up to two capitalised words before it.
      let s = k;
      while (s > 0 && k - s < 2 && joinable(s - 1, s) && capital[s - 1] && !stop.has(tokens[s - 1]!.text) && !gzCovered.has(s - 1)) s--;
      addOrg(s, k + 1, hyphenHead.subtype, 0.75);
      continue;
    }
    if (rules.compounds && capital[k] && t.length > 5 && /^\p{Lu}\p{Ll}{5,}$/u.test(t) && !media.cueWords.has(t)) {
      const lw = t.toLowerCase();
      const hit = (cx.compoundForms.get(lw.slice(-3)) ?? []).find(({ form }) => lw.endsWith(form) && lw.length >= form.length + 3);
      if (hit && !gzCovered.has(k)) {
        const cue = hit.cue;
        // "Verteidigungsministerium" alone is generic; a capitalised adjective before it makes a name
        // ("Baltische Handelsagentur"), a country adjective makes it specific ("Südkoreanisches Außenministerium").
        let s = k;
        while (s > 0 && k - s < 2 && joinable(s - 1, s) && rules.capitalisedAdjective.test(tokens[s - 1]!.text) && !stop.has(tokens[s - 1]!.text)) s--;
        const before = gzEndingAt.get(k);
        // A bare "Polizeibehörde" or "Verteidigungsministerium" is a generic noun, not a name.
        if (s < k || (before?.derived && joinable(k - 1, k))) addOrg(s, k + 1, cue.subtype, s < k ? 0.7 : 0.6);
      }
    }
  }
  function orgAroundHead(k: number, cue: OrgCue): void {
    const capitalised = (x: number): boolean =>
      /^\p{Lu}/u.test(tokens[x]!.text) && !stop.has(tokens[x]!.text) && !personCovered.has(x) && !orgCovered.has(x) && !cx.suffixCues.has(tokens[x]!.text.replace(/\.$/, ''));
    // Words before the head: German capitalised adjectives ("Europäische Kommission"), English capitalised words.
    // "National Alliance Party": the name goes on to the next head, which takes it whole.
    const nextText = tokens[k + 1]?.text ?? '';
    const o = rules.organisations;
    if (o.nextHeadTakesName && joinable(k, k + 1) && cx.headCues.has(nextText)) return;
    let s = k;
    let words = 0;
    let coordinated = false;
    while (s > 0 && words < (coordinated ? 4 : 3) && joinable(s - 1, s)) {
      const w = tokens[s - 1]!.text;
      // "Competition and Markets Authority": a coordination inside the name, between two unknown capitalised words.
      const x = tokens[s - 2]?.text ?? '';
      if (o.innerConjunction !== undefined && w === o.innerConjunction && s < k && s > 1 && joinable(s - 2, s - 1) && capitalised(s - 2) && !gzCovered.has(s - 2) && !gzCovered.has(s) && !/['’]s$/.test(x) && !cx.headCues.has(x) && !isTitleAt(s - 2)) {
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
      if (e < tokens.length && joinable(e - 1, e) && connectors.includes(tokens[e]!.text)) {
        let p = e + 1;
        if (o.articleAfterConnector !== undefined && tokens[p]?.text === o.articleAfterConnector && joinable(p - 1, p)) p++;
        let q = p;
        while (q < tokens.length && q - p < 4 && joinable(q - 1, q)) {
          // A known organisation after "and" is a second name ("the Ministry of Defence and Apple").
          if (capitalised(q) && !(q > p && gzAt.get(q)?.type === 'ORG')) q++;
          else if (o.conjunctions.has(tokens[q]!.text) && q + 1 < tokens.length && joinable(q, q + 1) && capitalised(q + 1) && gzAt.get(q + 1)?.type !== 'ORG') q += 2;
          else break;
        }
        // "in der Regierung der Einzige": a lone nominalised adjective after "der" is no name ("Regierung der Ukraine" is)
        const loneAdjective = !!nouns && q === p + 1 && !gzCovered.has(p) && rules.capitalisedAdjective.test(tokens[p]!.text) && !g.surnames.has(tokens[p]!.text);
        if (q > p && !loneAdjective) e = q;
      } else if (round === 0 && o.placeAfterEducationHead && e < tokens.length && joinable(k, e) && cue.subtype === 'education' && gzAt.get(e)?.type === 'LOC') {
        e = gzAt.get(e)!.tokenEnd ?? e + 1;
      }
      if (e === before) break;
    }
    if (s === k && e === k + 1) return;
    // In English a lone capitalised word before a generic head is often a sentence start ("The Commission").
    addOrg(s, e, cue.subtype, s < k && e > k + 1 ? 0.8 : 0.7);
  }

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
  // Second mentions of company names found above ("Lumera mit Sitz in Essen", "Flinkwagen wies … zurück").
  if (shortNames.size) {
    for (let k = 0; k < tokens.length; k++) {
      if (!capital[k] && !/^\p{Ll}+\p{Lu}/u.test(tokens[k]!.text)) continue;
      const known = shortNames.get(tokens[k]!.text);
      if (!known || orgCovered.has(k) || personCovered.has(k) || gzCovered.has(k)) continue;
      let n = 1;
      while (n < known.words.length && tokens[k + n]?.text === known.words[n] && joinable(k + n - 1, k + n)) n++;
      if (n < known.words.length) {
        // The short form alone: not when another capitalised word follows ("Lumera Solar" is someone else's name).
        n = 1;
        if (joinable(k, k + 1) && capital[k + 1] && !stop.has(tokens[k + 1]!.text)) continue;
      }
      addOrg(k, k + n, known.subtype, 0.7);
      if (result !== out) result.push(out[out.length - 1]!);
      for (let x = k; x < k + n; x++) orgCovered.add(x);
      k += n - 1;
    }
  }

  result.sort((a, b) => a.start - b.start || b.end - a.end);
  return result;
}
