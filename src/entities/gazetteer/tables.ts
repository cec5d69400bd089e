/**
 * The gazetteer's lookup tables: per name table ('de', 'en', 'other') a hash from whitespace-joined token
 * sequences to the entry they name, with the longest phrase per first token; German country adjective stems
 * and demonym nouns. Built once per loaded gazetteer; matching never uses a per-entry regex.
 */
import type { GazetteerTable } from '../../doc/language-profile.js';
import { tokenizeRange } from '../../segment/tokenize.js';
import { demonymNounForms, germanNameVariants } from './inflection.js';
import type { CountryExtras, GazetteerEntry } from './types.js';

/** What a surface form resolves to. */
export interface Candidate {
  entry: GazetteerEntry;
  amb: boolean;
  derived: boolean;
  rank: number;
}

export interface NameTable {
  phrases: Map<string, Candidate>;
  /** Longest phrase length (in tokens) per first token. */
  maxLen: Map<string, number>;
}

export interface GazetteerTables {
  names: Record<GazetteerTable, NameTable>;
  byKey: Map<string, GazetteerEntry>;
  /** German country adjective stems, uninflected ("südkoreanisch") → country. */
  adjectiveStems: Map<string, GazetteerEntry>;
  /** German demonym nouns ("Südkoreaner", "Südkoreanerin") → country. */
  demonymNouns: Map<string, GazetteerEntry>;
}

const TABLES: readonly GazetteerTable[] = ['de', 'en', 'other'];

/** Key of a token sequence: token texts joined by one space, typographic apostrophes folded. */
export function phraseKey(parts: string[]): string {
  const k = parts.join(' ');
  return k.includes('’') ? k.replace(/’/g, "'") : k;
}
function surfaceKey(surface: string): string {
  return phraseKey(tokenizeRange(surface).map((t) => t.text));
}

/** Preference when one surface form names several entries: countries over organisations over cities… */
function baseRank(e: GazetteerEntry): number {
  if (e.key.startsWith('iso:')) return e.subtype === 'country' ? 60 : 45;
  if (e.key.startsWith('org:')) return e.origin === 'phoenix' ? 20 : 50;
  if (e.key.startsWith('media:')) return 48;
  if (e.key.startsWith('geo:')) return 30 + Math.min(9, Math.log10((e.population ?? 0) + 1));
  return 25; // regions: a city of the same name ("Berlin", "Hamburg") wins
}

export function buildTables(entries: readonly GazetteerEntry[], extras: Record<string, CountryExtras>): GazetteerTables {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const names = Object.fromEntries(TABLES.map((l) => [l, { phrases: new Map(), maxLen: new Map() } as NameTable])) as Record<GazetteerTable, NameTable>;
  const keyCache = new Map<string, string>();
  const add = (table: GazetteerTable, surface: string, c: Candidate): void => {
    if (surface.length < 2 && !c.amb) return;
    // Lowercase-initial forms of places would match common words; media names like "dpa", "taz" are fine.
    if (/^\p{Ll}/u.test(surface) && c.entry.type === 'LOC' && !surface.includes(' ')) return;
    let key = keyCache.get(surface);
    if (key === undefined) keyCache.set(surface, (key = surfaceKey(surface)));
    const t = names[table];
    const prev = t.phrases.get(key);
    if (prev && (prev.rank > c.rank || (prev.rank === c.rank && prev.entry.key <= c.entry.key))) return;
    t.phrases.set(key, c);
    const space = key.indexOf(' ');
    const firstTok = space < 0 ? key : key.slice(0, space);
    let len = 1;
    for (let p = space; p >= 0; p = key.indexOf(' ', p + 1)) len++;
    if ((t.maxLen.get(firstTok) ?? 0) < len) t.maxLen.set(firstTok, len);
  };

  for (const e of entries) {
    const amb = new Set(e.amb ?? []);
    const rank = baseRank(e);
    // a city's GeoNames ASCII spelling alone ("Bali" for the Indian "Bāli") yields to a hand-written region or island
    const asciiOnly = (s: string) => e.key.startsWith('geo:') && s !== e.canonical.de && s !== e.canonical.en && !e.names.de?.includes(s) && !e.names.en?.includes(s) && /[^\x00-\x7f]/.test(e.canonical.de ?? '');
    const cand = (s: string, derived = false): Candidate => ({ entry: e, amb: amb.has(s), derived, rank: rank - (amb.has(s) ? 10 : 0) - (asciiOnly(s) ? 15 : 0) });
    const forms: Record<GazetteerTable, string[]> = { de: [], en: [], other: [] };
    for (const s of e.names.any ?? []) forms.de.push(s), forms.en.push(s), forms.other.push(s);
    for (const s of e.names.de ?? []) {
      forms.de.push(s, ...germanNameVariants(s));
      // "Papua Neuguinea", "Baden Württemberg": hyphenated place names are also written with a space
      if (e.type === 'LOC' && /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)+$/u.test(s)) forms.de.push(s.replace(/-/g, ' '));
    }
    for (const s of e.names.en ?? []) {
      forms.en.push(s), forms.other.push(s);
      // Multi-word English organisation names turn up in German text too ("Human Rights Watch", "Labour Party").
      if (e.type === 'ORG' && s.includes(' ') && /^\p{Lu}/u.test(s)) forms.de.push(s);
    }
    for (const s of e.amb ?? []) for (const l of TABLES) if (!forms[l].includes(s)) forms[l].push(s);
    for (const l of TABLES) for (const s of forms[l]) add(l, s, cand(s));
  }
  // English demonyms ("South Korean", "Germans") are derived phrases.
  for (const [key, x] of Object.entries(extras)) {
    const e = byKey.get(key);
    if (!e) continue;
    for (const d of x.demonymsEn ?? []) {
      for (const form of [d, `${d}s`]) {
        for (const l of ['en', 'other'] as const) add(l, form, { entry: e, amb: false, derived: true, rank: baseRank(e) - 5 });
      }
    }
  }
  // German country adjectives (stem → country) and demonym nouns.
  const adjectiveStems = new Map<string, GazetteerEntry>();
  const demonymNouns = new Map<string, GazetteerEntry>();
  for (const e of entries) {
    for (const stem of e.adj?.de ?? []) {
      if (!adjectiveStems.has(stem)) adjectiveStems.set(stem, e);
      for (const n of demonymNounForms(stem)) if (!demonymNouns.has(n)) demonymNouns.set(n, e);
    }
  }
  return { names, byKey, adjectiveStems, demonymNouns };
}
