/**
 * Gazetteer mentions over tokens: longest phrase first, case-sensitive hash lookup, with the profile's inflection
 * (German genitive "Litauens" and dative plural "den Niederlanden", or the English possessive "Germany's"), hyphen
 * compounds ("NATO-Hügel" → NATO, "Berlin-Mitte"), and country adjectives and demonyms as derived mentions.
 */
import type { GazetteerWords } from '../../doc/language-profile.js';
import type { RawMention, Token } from '../../doc/types.js';
import { joinable } from '../../doc/tokens.js';
import { tokenizeRange } from '../../segment/tokenize.js';
import { hasEvidence } from './evidence.js';
import { adjectiveStemCandidates, genitiveBases } from './inflection.js';
import { phraseKey, type Candidate, type GazetteerTables, type NameTable } from './tables.js';
import type { GazetteerEntry } from './types.js';

/** A company word after the hyphen settles an ambiguous organisation name ("Apple-Chef", "Apple-Aktie"); every language. */
const COMPANY_COMPOUND_HEADS = new Set(['Chef', 'Chefin', 'Chefs', 'Aktie', 'Aktien', 'Konzern', 'Konzerns', 'Sprecher', 'Sprecherin', 'Gründer', 'Gründerin', 'Manager', 'Mitarbeiter', 'Mitarbeitern', 'Vorstand', 'Vorstandschef', 'Zentrale', 'Tochter', 'Werk', 'Werke', 'Kunden', 'Produkte', 'Smartphone', 'Smartphones']);
/** After a city and a hyphen, a part of the city ("Berlin-Mitte", "Hamburg-Nord"); every language. */
const DISTRICT_WORDS = new Set(['Mitte', 'Nord', 'Süd', 'Ost', 'West', 'Nordost', 'Nordwest', 'Südost', 'Südwest', 'Zentrum', 'Altstadt', 'Innenstadt', 'Neustadt']);

/**
 * English combining forms of country names, which stand only as the first part of a pair ("Franco-German",
 * "Sino-US", "Russo-Japanese"). Only unambiguous ones: "Anglo" (England or Britain) and "Indo" ("Indo-European",
 * "Indo-Pacific") are left out.
 */
const COMBINING_FORMS: ReadonlyMap<string, string> = new Map([
  ['Franco', 'iso:FR'], ['Sino', 'iso:CN'], ['Russo', 'iso:RU'], ['Italo', 'iso:IT'], ['Greco', 'iso:GR'],
  ['Turco', 'iso:TR'], ['Austro', 'iso:AT'], ['Luso', 'iso:PT'], ['Hispano', 'iso:ES'], ['Nippo', 'iso:JP'],
]);

const isAcronymLike = (s: string): boolean => /^[\p{Lu}\d.&+-]+$/u.test(s);

export class NameMatcher {
  constructor(
    private readonly tables: GazetteerTables,
    private readonly firstNames: ReadonlySet<string>,
  ) {}

  /** Canonical name of an entry in the profile's order of preference, else its key. */
  canonical(e: GazetteerEntry, words: GazetteerWords): string {
    const [first, second] = words.canonicalOrder;
    return e.canonical[first] ?? e.canonical[second] ?? e.key;
  }

  /** The entry a whole surface form names (exact, then an inflected form); derived forms do not count. */
  lookup(surface: string, words: GazetteerWords): GazetteerEntry | undefined {
    const parts = tokenizeRange(surface).map((t) => t.text);
    if (!parts.length) return undefined;
    const c = this.findCandidate(this.tables.names[words.table], parts, words);
    return c && !c.derived ? c.entry : undefined;
  }

  /** The country a country adjective or demonym points to ("südkoreanische", "South Korean"). */
  countryOfAdjective(word: string, words: GazetteerWords): GazetteerEntry | undefined {
    if (words.inflectedCountryAdjectives) return this.inflectedAdjectiveCountry(word);
    const c = this.tables.names.en.phrases.get(word);
    return c?.derived ? c.entry : undefined;
  }

  private inflectedAdjectiveCountry(word: string): GazetteerEntry | undefined {
    const noun = this.tables.demonymNouns.get(word);
    if (noun) return noun;
    for (const stem of adjectiveStemCandidates(word)) {
      const e = this.tables.adjectiveStems.get(stem);
      if (e) return e;
    }
    return undefined;
  }

  private findCandidate(table: NameTable, parts: string[], words: GazetteerWords): Candidate | undefined {
    const direct = table.phrases.get(phraseKey(parts));
    if (direct) return direct;
    const last = parts[parts.length - 1]!;
    if (!words.caseEndings) {
      // English possessive kept in one token by the tokeniser: "Germany's".
      if (!/['’]s$/.test(last) || last.length < 4) return undefined;
      const c = table.phrases.get(phraseKey([...parts.slice(0, -1), last.slice(0, -2)]));
      return c && !c.derived ? c : undefined;
    }
    // Genitive on the last word: "Litauens", "des Europäischen Parlaments" (not a first name: "Nils" is no "Nil").
    if (parts.length === 1 && this.firstNames.has(last)) return undefined;
    for (const base of genitiveBases(last)) {
      const c = table.phrases.get(phraseKey([...parts.slice(0, -1), base]));
      if (c && !c.derived && (c.entry.type === 'LOC' || c.entry.type === 'ORG') && !/[sxzß]$/.test(base) && !isAcronymLike(base)) return c;
    }
    // Dative plural of a plural country name: "in den Niederlanden", "aus den Vereinigten Arabischen Emiraten".
    if (last.length > 5 && last.endsWith('en')) {
      const c = table.phrases.get(phraseKey([...parts.slice(0, -1), last.slice(0, -1)]));
      if (c && !c.derived && c.entry.subtype === 'country') return c;
    }
    return undefined;
  }

  /** Gazetteer mentions over the tokens (names, compounds, inflected forms and derived adjectives). */
  find(text: string, tokens: Token[], words: GazetteerWords): RawMention[] {
    const table = this.tables.names[words.table];
    const firstNames = this.firstNames;
    const findCandidate = (t: NameTable, parts: string[]) => this.findCandidate(t, parts, words);
    const byKey = this.tables.byKey;
    const adjectiveCountry = (word: string) => this.inflectedAdjectiveCountry(word);
    const out: RawMention[] = [];
    const mention = (c: Candidate | { entry: GazetteerEntry; derived: boolean }, start: number, end: number, ti: number, tj: number, confidence: number): void => {
      const e = c.entry;
      const m: RawMention = {
        start,
        end,
        text: text.slice(start, end),
        type: e.type,
        subtype: e.subtype,
        key: e.key,
        canonical: this.canonical(e, words),
        tokenStart: ti,
        tokenEnd: tj,
        source: 'gazetteer',
        confidence,
        sentence: tokens[ti]!.sentence,
      };
      if (c.derived) m.derived = true;
      out.push(m);
    };
    // With case endings any single word may be an inflected name, even one that starts no phrase.
    const minLen = words.caseEndings ? 1 : 0;

    let i = 0;
    while (i < tokens.length) {
      const tok = tokens[i]!;
      const maxLen = Math.max(table.maxLen.get(tok.text) ?? 0, minLen);
      let matched = 0;
      // Longest phrase starting here, within one sentence and without line breaks or punctuation gaps.
      let limit = 1;
      while (limit < maxLen && i + limit < tokens.length && joinable(text, tokens[i + limit - 1]!, tokens[i + limit]!)) limit++;
      const parts: string[] = [];
      for (let k = 0; k < limit; k++) parts.push(tokens[i + k]!.text);
      for (let n = limit; n >= 1; n--) {
        const c = findCandidate(table, n === limit ? parts : parts.slice(0, n));
        if (!c) continue;
        if (c.amb && !hasEvidence(text, tokens, i, i + n, c.entry, words)) continue;
        // "Christopher Columbus", "Margaret Douglas": after a first name a city name is a surname.
        if (c.entry.subtype === 'city' && i > 0 && firstNames.has(tokens[i - 1]!.text) && joinable(text, tokens[i - 1]!, tok)) continue;
        const end = tokens[i + n - 1]!.end;
        mention(c, tok.start, end, i, i + n, c.derived ? 0.8 : c.amb ? 0.6 : n > 1 || c.entry.type !== 'ORG' || c.entry.origin !== 'phoenix' ? 0.9 : 0.75);
        matched = n;
        break;
      }
      if (matched) {
        i += matched;
        continue;
      }
      const wholeAdjective = words.inflectedCountryAdjectives && tok.text.length > 4 ? adjectiveCountry(tok.text) : undefined;
      if (wholeAdjective) mention({ entry: wholeAdjective, derived: true }, tok.start, tok.end, i, i + 1, 0.8);
      else if (tok.text.length > 2 && /[-‐‑]/.test(tok.text)) compoundParts(tok, i, table);
      i++;
    }
    return out;

    /** After a city: a compass or centre word ("Mitte", "Nord") or another place name ("Altona" in Hamburg-Altona). */
    function isDistrictCompound(city: GazetteerEntry, rest: string, t: NameTable): boolean {
      if (city.type !== 'LOC' || city.subtype !== 'city' || !/^\p{Lu}\p{Ll}/u.test(rest)) return false;
      if (DISTRICT_WORDS.has(rest)) return true;
      const c = findCandidate(t, [rest]);
      return !!c && !c.derived && c.entry.type === 'LOC';
    }

    /**
     * The second name of a pair compound: "US-China" (trade talks), "Israel-Hamas" (war), "Russland-Ukraine-Krieg".
     * Only a place or organisation after one, each an unambiguous name of its own, so that "Apple-Chef", "Saint-Gaudens"
     * or "Hans-Dietrich" give no second name. `from`: the piece after the first name, `at`: its offset in the token.
     */
    function pairedName(first: GazetteerEntry, tok: Token, ti: number, pieces: string[], from: number, at: number, t: NameTable): void {
      if (first.type === 'PER' || from >= pieces.length || !/^\p{Lu}/u.test(pieces[from]!)) return;
      for (let m = pieces.length; m > from; m--) {
        const name = pieces.slice(from, m).join('-');
        const c = findCandidate(t, [name]);
        // a demonym only after a country ("US-Chinese relations"), as a derived mention
        if (!c || c.amb || c.entry.type === 'PER' || c.entry.key === first.key) continue;
        if (c.derived && (c.entry.subtype !== 'country' || first.subtype !== 'country')) continue;
        // the longest name first; a compound head may follow it ("Ukraine-Krieg", "China-Handelsgespräche")
        const start = tok.start + tok.text.indexOf(name, at);
        mention(c, start, start + name.length, ti, ti + 1, 0.85);
        return;
      }
    }

    /** "NATO-Hügel" → NATO; "deutsch-französische" → DE, FR (derived); "Baden-Württemberg" whole was tried already. */
    function compoundParts(tok: Token, ti: number, t: NameTable): void {
      const pieces = tok.text.split(/[-‐‑]/);
      // Longest name prefix before a hyphen.
      let offset = tok.text.length;
      for (let k = pieces.length - 1; k >= 1; k--) {
        offset = pieces.slice(0, k).join('-').length;
        const prefix = tok.text.slice(0, offset);
        const c = findCandidate(t, [prefix]);
        // an ambiguous organisation name is settled by a company word after the hyphen ("Apple-Chef", "Apple-Aktie")
        const settled = c?.amb && c.entry.type === 'ORG' && k === pieces.length - 1 && COMPANY_COMPOUND_HEADS.has(pieces[k]!);
        if (c && (!c.amb || settled) && !c.derived) {
          if (k === pieces.length - 1 && isDistrictCompound(c.entry, pieces[k]!, t)) {
            // "Berlin-Mitte", "Hamburg-Altona": a part of the city, named by the whole word (no key: it is not the city)
            out.push({ start: tok.start, end: tok.end, text: tok.text, type: 'LOC', subtype: 'district', canonical: tok.text, tokenStart: ti, tokenEnd: ti + 1, source: 'gazetteer', confidence: 0.85, sentence: tok.sentence });
            return;
          }
          mention(c, tok.start, tok.start + offset, ti, ti + 1, 0.85);
          pairedName(c.entry, tok, ti, pieces, k, offset + 1, t);
          return;
        }
      }
      if (!words.inflectedCountryAdjectives) {
        // English demonym pairs ("Israeli-Palestinian talks", "US-Chinese relations"): each piece a demonym, or a
        // name beside one; only a pair of different countries, so that no single piece is read alone.
        const found: Array<{ c: Candidate; at: number; piece: string }> = [];
        let at = tok.start;
        for (const [k, piece] of pieces.entries()) {
          const combining = k < pieces.length - 1 ? byKey.get(COMBINING_FORMS.get(piece) ?? '') : undefined;
          const c: Candidate | undefined = combining ? { entry: combining, amb: false, derived: true, rank: 0 } : piece.length >= 2 && /^\p{Lu}/u.test(piece) ? findCandidate(t, [piece]) : undefined;
          if (!c || c.amb || c.entry.subtype !== 'country' || found.some((f) => f.c.entry.key === c.entry.key)) return;
          found.push({ c, at, piece });
          at += piece.length + 1;
        }
        if (found.length < 2 || !found.some((f) => f.c.derived)) return;
        for (const f of found) mention(f.c, f.at, f.at + f.piece.length, ti, ti + 1, 0.75);
        return;
      }
      // Hyphenated country adjectives: each piece on its own.
      let pos = tok.start;
      for (const piece of pieces) {
        const e = piece.length >= 4 ? adjectiveCountry(piece) : undefined;
        if (e) mention({ entry: e, derived: true }, pos, pos + piece.length, ti, ti + 1, 0.75);
        pos += piece.length + 1;
      }
    }
  }
}
