/**
 * Gazetteer lookup over tokens: countries, cities, regions, organisations and media from models/gazetteer/
 * (compiled by scripts/build-resources.ts), with German inflection (genitive "Litauens", weak adjectives in
 * names "der Europäischen Union"), hyphen compounds ("NATO-Hügel" → NATO), and country adjectives/demonyms
 * ("südkoreanischen", "South Korean") as derived mentions. Matching is case-sensitive hash lookup over
 * whitespace-joined token sequences, longest match first; no per-entry regex.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EreignisError } from '../errors.js';
import type { RawMention, Token } from '../doc/types.js';
import type { EntityTypeT } from '../schema/document.js';
import { tokenizeRange } from '../segment/tokenize.js';
import { adjectiveStemCandidates, demonymNounForms, genitiveBases, germanNameVariants } from './inflection.js';
import { sharedInstitutions, type SharedInstitutions } from './shared-institutions.js';
import { joinable } from '../doc/tokens.js';

/** One compiled gazetteer entry (the JSON format of models/gazetteer/*.json). */
export interface GazetteerEntry {
  /** Language-independent key: 'iso:KR', 'geo:593116', 'org:NATO', 'media:yonhap', 'region:DE-BY'. */
  key: string;
  type: EntityTypeT;
  subtype: string;
  canonical: { de?: string; en?: string };
  /** Surface forms per language; 'any' forms match in every language. */
  names: { de?: string[]; en?: string[]; any?: string[] };
  /** Surface forms that are also common words or person names: matched only with supporting context. */
  amb?: string[];
  /** Country adjective stems (German, uninflected) and English demonyms. */
  adj?: { de?: string[]; en?: string[] };
  cc?: string;
  population?: number;
  /** For capitals: the country key. */
  capitalOf?: string;
  /** 'phoenix' for organisations taken from the Phoenix dictionary without a hand-written entry. */
  origin?: string;
}

/** world-countries data (ODbL), kept in its own file. */
export interface CountryExtras {
  demonymsEn?: string[];
  capitals?: string[];
}

export interface OrgCue {
  lang: string;
  /**
   * suffix: legal form after a name ("AG"); head: noun heading a name ("Ministerium", "Ministry");
   * compound: German compound head ("…ministerium"); seat: German compound head of an authority named by its
   * seat ("Landgericht Berlin"); tail: last word that makes a company name ("Health", "Payments");
   * descriptor: noun describing an organisation before its name ("Zahlungsdienstleister", "firm"; lowercase German
   * entries are compound tails, capitalised ones whole words); generic: a descriptor too common to name on its own
   * ("Unternehmen").
   */
  kind: 'suffix' | 'head' | 'compound' | 'seat' | 'tail' | 'descriptor' | 'generic';
  word: string;
  subtype: string;
}

export interface Lexicon {
  titles: { de: string[]; en: string[] };
  /** Heads of German compound titles ("minister" in "Außenministerin"). */
  titleHeads: { de: string[] };
  firstNames: string[];
  orgCues: OrgCue[];
}

export interface GazetteerManifest {
  name: string;
  version: string;
  files: Record<string, { sha256: string; bytes: number; entries: number; sources: string[]; licence: string }>;
}

/** What a surface form resolves to. */
interface Candidate {
  entry: GazetteerEntry;
  amb: boolean;
  derived: boolean;
  rank: number;
}

export interface GazetteerMatcher {
  readonly version: string;
  readonly entryCount: number;
  /** Gazetteer mentions over the tokens (names, compounds, inflected forms and derived adjectives). */
  find(text: string, tokens: Token[], lang: string): RawMention[];
  /** The entry for a key ('iso:KR'). */
  get(key: string): GazetteerEntry | undefined;
  /** The entry a whole surface form names in a language (exact, then German genitive), or undefined. */
  lookup(surface: string, lang: string): GazetteerEntry | undefined;
  /** The country a German adjective/English demonym token points to ("südkoreanische" → KR). */
  countryOfAdjective(word: string, lang: string): GazetteerEntry | undefined;
  /** Canonical name of an entry in a language (falls back to English, then German, then the key). */
  canonical(entry: GazetteerEntry, lang: string): string;
  readonly lexicon: Lexicon;
  readonly firstNames: ReadonlySet<string>;
  /** German surname list (GermaNER): serves the rules as evidence, never produces mentions by itself. */
  readonly surnames: ReadonlySet<string>;
  /** Institutions several countries name alike ("Nationalrat": AT, CH), see shared-institutions.ts. */
  readonly sharedInstitutions: SharedInstitutions;
}

const MODULE_DIR = dirname(fileURLToPath(import.meta.url));
/** models/gazetteer beside src/ or dist/: the same two levels up from src/entities and dist/entities. */
export const DEFAULT_GAZETTEER_DIR = resolve(MODULE_DIR, '..', '..', 'models', 'gazetteer');

const ENTRY_FILES = ['countries.json', 'regions.json', 'cities.json', 'organizations.json', 'media.json'] as const;

const cache = new Map<string, GazetteerMatcher>();

/** Loads (once per directory) and verifies the compiled gazetteer. Throws E002 (missing) or E003 (checksum/format). */
export function loadGazetteer(dir: string = DEFAULT_GAZETTEER_DIR): GazetteerMatcher {
  const abs = resolve(dir);
  let m = cache.get(abs);
  if (!m) {
    m = buildMatcher(abs);
    cache.set(abs, m);
  }
  return m;
}

function readVerified(dir: string, manifest: GazetteerManifest, file: string): unknown {
  const meta = manifest.files[file];
  if (!meta) throw new EreignisError('E003', `${file} is not listed in ${join(dir, 'manifest.json')}`);
  const path = join(dir, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new EreignisError('E002', `${path}: ${(e as Error).message}`);
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== meta.sha256) throw new EreignisError('E003', `${path}: sha256 ${sha} does not match the manifest (${meta.sha256})`);
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new EreignisError('E003', `${path}: not valid JSON (${(e as Error).message})`);
  }
}

function readManifest(dir: string): GazetteerManifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new EreignisError('E002', `${path} not found (run npm run build:resources)`);
  let manifest: GazetteerManifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as GazetteerManifest;
  } catch (e) {
    throw new EreignisError('E003', `${path}: not valid JSON (${(e as Error).message})`);
  }
  if (!manifest || typeof manifest.files !== 'object') throw new EreignisError('E003', `${path}: no files table`);
  return manifest;
}

/** Key of a token sequence: token texts joined by one space, typographic apostrophes folded. */
function phraseKey(parts: string[]): string {
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

const LANG_TABLES = ['de', 'en', 'other'] as const;
type LangTable = (typeof LANG_TABLES)[number];
const tableOf = (lang: string): LangTable => (lang === 'de' ? 'de' : lang === 'en' ? 'en' : 'other');

interface Tables {
  phrases: Map<string, Candidate>;
  /** Longest phrase length (in tokens) per first token. */
  maxLen: Map<string, number>;
}

function buildMatcher(dir: string): GazetteerMatcher {
  const manifest = readManifest(dir);
  const entries: GazetteerEntry[] = [];
  for (const f of ENTRY_FILES) entries.push(...(readVerified(dir, manifest, f) as GazetteerEntry[]));
  const extras = readVerified(dir, manifest, 'countries-extra.json') as Record<string, CountryExtras>;
  const lexicon = readVerified(dir, manifest, 'lexicon.json') as Lexicon;
  const surnames = new Set(readVerified(dir, manifest, 'surnames.json') as string[]);
  const byKey = new Map(entries.map((e) => [e.key, e]));

  const tables = Object.fromEntries(LANG_TABLES.map((l) => [l, { phrases: new Map(), maxLen: new Map() } as Tables])) as Record<
    LangTable,
    Tables
  >;
  const keyCache = new Map<string, string>();
  const add = (table: LangTable, surface: string, c: Candidate): void => {
    if (surface.length < 2 && !c.amb) return;
    // Lowercase-initial forms of places would match common words; media names like "dpa", "taz" are fine.
    if (/^\p{Ll}/u.test(surface) && c.entry.type === 'LOC' && !surface.includes(' ')) return;
    let key = keyCache.get(surface);
    if (key === undefined) keyCache.set(surface, (key = surfaceKey(surface)));
    const t = tables[table];
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
    const forms: Record<LangTable, string[]> = { de: [], en: [], other: [] };
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
    for (const s of e.amb ?? []) for (const l of LANG_TABLES) if (!forms[l].includes(s)) forms[l].push(s);
    for (const l of LANG_TABLES) for (const s of forms[l]) add(l, s, cand(s));
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
  const adjDe = new Map<string, GazetteerEntry>();
  const demonymDe = new Map<string, GazetteerEntry>();
  for (const e of entries) {
    for (const stem of e.adj?.de ?? []) {
      if (!adjDe.has(stem)) adjDe.set(stem, e);
      for (const n of demonymNounForms(stem)) if (!demonymDe.has(n)) demonymDe.set(n, e);
    }
  }
  const enDemonym = tables.en.phrases;

  const firstNames = new Set(lexicon.firstNames);
  const canonical = (e: GazetteerEntry, lang: string): string =>
    (lang === 'de' ? e.canonical.de ?? e.canonical.en : e.canonical.en ?? e.canonical.de) ?? e.key;

  const findCandidate = (table: Tables, parts: string[], lang: string): Candidate | undefined => {
    const direct = table.phrases.get(phraseKey(parts));
    if (direct) return direct;
    const last0 = parts[parts.length - 1]!;
    if (lang !== 'de') {
      // English possessive kept in one token by the tokeniser: "Germany's".
      if (!/['’]s$/.test(last0) || last0.length < 4) return undefined;
      const c = table.phrases.get(phraseKey([...parts.slice(0, -1), last0.slice(0, -2)]));
      return c && !c.derived ? c : undefined;
    }
    // Genitive on the last word: "Litauens", "des Europäischen Parlaments" (not a first name: "Nils" is no "Nil").
    const last = parts[parts.length - 1]!;
    if (parts.length === 1 && firstNames.has(last)) return undefined;
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
  };

  const adjectiveCountryDe = (word: string): GazetteerEntry | undefined => {
    const noun = demonymDe.get(word);
    if (noun) return noun;
    for (const stem of adjectiveStemCandidates(word)) {
      const e = adjDe.get(stem);
      if (e) return e;
    }
    return undefined;
  };

  const countryOfAdjective = (word: string, lang: string): GazetteerEntry | undefined => {
    if (lang === 'de') return adjectiveCountryDe(word);
    const c = enDemonym.get(word);
    return c?.derived ? c.entry : undefined;
  };

  const lookup = (surface: string, lang: string): GazetteerEntry | undefined => {
    const parts = tokenizeRange(surface).map((t) => t.text);
    if (!parts.length) return undefined;
    const c = findCandidate(tables[tableOf(lang)], parts, lang);
    return c && !c.derived ? c.entry : undefined;
  };

  const find = (text: string, tokens: Token[], lang: string): RawMention[] => {
    const table = tables[tableOf(lang)];
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
        canonical: canonical(e, lang),
        tokenStart: ti,
        tokenEnd: tj,
        source: 'gazetteer',
        confidence,
        sentence: tokens[ti]!.sentence,
      };
      if (c.derived) m.derived = true;
      out.push(m);
    };

    let i = 0;
    while (i < tokens.length) {
      const tok = tokens[i]!;
      const maxLen = Math.max(table.maxLen.get(tok.text) ?? 0, lang === 'de' ? 1 : 0);
      let matched = 0;
      // Longest phrase starting here, within one sentence and without line breaks or punctuation gaps.
      let limit = 1;
      while (limit < maxLen && i + limit < tokens.length && joinable(text, tokens[i + limit - 1]!, tokens[i + limit]!)) limit++;
      const parts: string[] = [];
      for (let k = 0; k < limit; k++) parts.push(tokens[i + k]!.text);
      for (let n = limit; n >= 1; n--) {
        const c = findCandidate(table, n === limit ? parts : parts.slice(0, n), lang);
        if (!c) continue;
        if (c.amb && !hasEvidence(text, tokens, i, i + n, c.entry, lang)) continue;
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
      const wholeAdjective = lang === 'de' && tok.text.length > 4 ? adjectiveCountryDe(tok.text) : undefined;
      if (wholeAdjective) mention({ entry: wholeAdjective, derived: true }, tok.start, tok.end, i, i + 1, 0.8);
      else if (tok.text.length > 2 && /[-‐‑]/.test(tok.text)) compoundParts(tok, i, table);
      i++;
    }
    return out;

    /** After a city: a compass or centre word ("Mitte", "Nord") or another place name ("Altona" in Hamburg-Altona). */
    function isDistrictCompound(city: GazetteerEntry, rest: string, t: Tables): boolean {
      if (city.type !== 'LOC' || city.subtype !== 'city' || !/^\p{Lu}\p{Ll}/u.test(rest)) return false;
      if (DISTRICT_WORDS_DE.has(rest)) return true;
      const c = findCandidate(t, [rest], lang);
      return !!c && !c.derived && c.entry.type === 'LOC';
    }

    /** "NATO-Hügel" → NATO; "deutsch-französische" → DE, FR (derived); "Baden-Württemberg" whole was tried already. */
    function compoundParts(tok: Token, ti: number, t: Tables): void {
      const pieces = tok.text.split(/[-‐‑]/);
      // Longest name prefix before a hyphen.
      let offset = tok.text.length;
      for (let k = pieces.length - 1; k >= 1; k--) {
        offset = pieces.slice(0, k).join('-').length;
        const prefix = tok.text.slice(0, offset);
        const c = findCandidate(t, [prefix], lang);
        // an ambiguous organisation name is settled by a company word after the hyphen ("Apple-Chef", "Apple-Aktie")
        const settled = c?.amb && c.entry.type === 'ORG' && k === pieces.length - 1 && COMPANY_COMPOUND_HEADS_DE.has(pieces[k]!);
        if (c && (!c.amb || settled) && !c.derived) {
          if (k === pieces.length - 1 && isDistrictCompound(c.entry, pieces[k]!, t)) {
            // "Berlin-Mitte", "Hamburg-Altona": a part of the city, named by the whole word (no key: it is not the city)
            out.push({ start: tok.start, end: tok.end, text: tok.text, type: 'LOC', subtype: 'district', canonical: tok.text, tokenStart: ti, tokenEnd: ti + 1, source: 'gazetteer', confidence: 0.85, sentence: tok.sentence });
            return;
          }
          mention(c, tok.start, tok.start + offset, ti, ti + 1, 0.85);
          return;
        }
      }
      if (lang !== 'de') return;
      // Hyphenated country adjectives: each piece on its own.
      let pos = tok.start;
      for (const piece of pieces) {
        const e = piece.length >= 4 ? adjectiveCountryDe(piece) : undefined;
        if (e) mention({ entry: e, derived: true }, pos, pos + piece.length, ti, ti + 1, 0.75);
        pos += piece.length + 1;
      }
    }
  };

  return {
    version: manifest.version,
    entryCount: entries.length,
    find,
    get: (key) => byKey.get(key),
    lookup,
    countryOfAdjective,
    canonical,
    lexicon,
    firstNames,
    surnames,
    sharedInstitutions: sharedInstitutions(entries),
  };
}

const isAcronymLike = (s: string): boolean => /^[\p{Lu}\d.&+-]+$/u.test(s);


const withCapitals = (words: string[]): Set<string> => new Set(words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]));
const PLACE_CUES_DE = withCapitals(['in', 'nach', 'aus', 'bei', 'von', 'vom', 'zu', 'ab', 'bis', 'nahe', 'Richtung', 'um', 'über', 'durch', 'gegenüber', 'Stadt', 'Hauptstadt', 'Großstadt']);
const PLACE_CUES_EN = withCapitals(['in', 'from', 'to', 'near', 'at', 'outside', 'across', 'city', 'capital', 'town']);
const TIME_NOUNS_DE = new Set(['Mitte', 'Anfang', 'Ende']);
const COMPANY_COMPOUND_HEADS_DE = new Set(['Chef', 'Chefin', 'Chefs', 'Aktie', 'Aktien', 'Konzern', 'Konzerns', 'Sprecher', 'Sprecherin', 'Gründer', 'Gründerin', 'Manager', 'Mitarbeiter', 'Mitarbeitern', 'Vorstand', 'Vorstandschef', 'Zentrale', 'Tochter', 'Werk', 'Werke', 'Kunden', 'Produkte', 'Smartphone', 'Smartphones']);
const DISTRICT_WORDS_DE = new Set(['Mitte', 'Nord', 'Süd', 'Ost', 'West', 'Nordost', 'Nordwest', 'Südost', 'Südwest', 'Zentrum', 'Altstadt', 'Innenstadt', 'Neustadt']);
const WATER_SUBTYPES = new Set(['river', 'lake', 'sea']);
const RIVER_CUES_DE = new Set(['am', 'der', 'den', 'dem', 'des', 'Fluss', 'Flusses', 'Strom', 'Stroms']);
const RIVER_CUES_EN = new Set(['the', 'river', 'River']);
const ORG_CUES = new Set([
  'laut', 'Laut', 'berichtete', 'berichten', 'berichtet', 'meldete', 'meldet', 'Zeitung', 'Magazin', 'Nachrichtenmagazin', 'Sender',
  'Konzern', 'Unternehmen', 'Firma', 'Agentur', 'Nachrichtenagentur', 'according', 'told', 'reported', 'newspaper', 'magazine',
  'company', 'firm', 'group', 'outlet', 'Partei', 'party', 'sagte', 'sagten', 'gegenüber', 'Interview', 'interview', 'zitiert',
]);

/** Context that makes an ambiguous form a name: a place preposition before a place, a media/company cue near an org. */
function hasEvidence(text: string, tokens: Token[], i: number, j: number, e: GazetteerEntry, lang: string): boolean {
  const prev = i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence ? tokens[i - 1]!.text : '';
  const prev2 = i > 1 && tokens[i - 2]!.sentence === tokens[i]!.sentence ? tokens[i - 2]!.text : '';
  const next = j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence ? tokens[j]!.text : '';
  if (e.type === 'LOC') {
    // "bis Mitte nächsten Jahres": a time noun, not Berlin's district Mitte
    if (lang === 'de' && j === i + 1 && TIME_NOUNS_DE.has(tokens[i]!.text)) return false;
    // "am Main", "an der Oder", "den Inn entlang": a river after an article or "am" (the conjunction "oder" is lower-case mid-sentence)
    if (WATER_SUBTYPES.has(e.subtype) && (lang === 'de' ? RIVER_CUES_DE : RIVER_CUES_EN).has(prev) && i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence) return true;
    const cues = lang === 'en' ? PLACE_CUES_EN : PLACE_CUES_DE;
    // "in Essen", but not "in Essen und Trinken": a following lowercase word makes the noun reading likelier.
    return cues.has(prev) && !(lang === 'de' && next === 'und' && /^\p{Ll}/u.test(text.slice(tokens[j + 1]?.start ?? 0, tokens[j + 1]?.end ?? 0)));
  }
  return ORG_CUES.has(prev) || ORG_CUES.has(prev2) || ORG_CUES.has(next) || /^(AG|SE|Inc\.?|GmbH)$/.test(next);
}
