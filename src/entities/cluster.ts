/**
 * Mention clustering: one entity per real-world thing in a document. Mentions join by language-independent
 * key (from the gazetteer), by identical or inflected text ("Nordkoreas" → "Nordkorea"), by partial person
 * names ("Yoon" → "Yoon Suk-yeol", "Stoltenberg" → "Jens Stoltenberg") and by acronym ("EU" → "Europäische Union").
 */
import type { Entity, EntityTypeT, Mention, SectionKindT } from '../schema/document.js';
import type { RawMention } from '../doc/types.js';

interface Cluster {
  key?: string;
  type: EntityTypeT;
  subtype?: string;
  canonical?: string;
  names: RawMention[];
  derived: RawMention[];
  /** Normalised surface forms that identify this cluster. */
  forms: Set<string>;
}

const SOURCE_RANK: Record<string, number> = { rule: 4, gazetteer: 3, model: 2, compromise: 1, cluster: 0 };

/** Lower-cased form without a German genitive/English possessive ending. */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']s?$/u, '')
    .replace(/\s+/g, ' ');
}

/**
 * A form that ignores German adjective and genitive endings on every word, for multi-word names:
 * "Westdeutschen Allgemeinen Zeitung" and "Westdeutsche Allgemeine Zeitung" share it.
 */
export function looseForm(norm: string): string | undefined {
  const ws = words(norm);
  if (ws.length < 2) return undefined;
  return ws.map((w) => (w.length > 4 ? w.replace(/(?:e[nrsm]?|s)$/u, '') : w)).join(' ');
}

/** Candidate base forms of an inflected name: "Nordkoreas" → "nordkorea", "Stoltenbergs" → "stoltenberg". */
function baseForms(norm: string): string[] {
  const out: string[] = [];
  if (norm.length > 3 && norm.endsWith('s')) out.push(norm.slice(0, -1));
  if (norm.length > 4 && norm.endsWith('es')) out.push(norm.slice(0, -2));
  if (norm.length > 4 && norm.endsWith('en')) out.push(norm.slice(0, -2), norm.slice(0, -1)); // "Europäischen" forms
  if (norm.length > 4 && norm.endsWith('n')) out.push(norm.slice(0, -1));
  return out;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Initials of the capitalised words: "Europäische Union" → "EU", "Vereinte Nationen" → "VN". */
function initials(text: string): string {
  return words(text)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function isPartialName(part: string[], full: string[]): boolean {
  if (part.length >= full.length) return false;
  const prefix = part.every((w, i) => w === full[i]);
  const suffix = part.every((w, i) => w === full[full.length - part.length + i]);
  // Long names are often shortened to an inner word: "Lula" for "Luiz Inácio Lula da Silva".
  const inner = full.length >= 3 && part.length === 1 && part[0]!.length > 2 && full.includes(part[0]!);
  return prefix || suffix || inner;
}

export interface ClusterInput {
  /** The document text (to see which mentions stand in parentheses right after another). */
  text: string;
  names: RawMention[];
  derived: RawMention[];
  /** Section kind of each sentence (for marking entities that only occur outside the main story). */
  sentenceSection: (sentence: number) => SectionKindT | undefined;
}

/** Lookup tables over the clusters, so that each mention finds its cluster without scanning them all. */
class ClusterIndex {
  readonly clusters: Cluster[] = [];
  private readonly known = new Set<Cluster>();
  private readonly ofMention = new Map<RawMention, Cluster>();
  private readonly byForm = new Map<string, Cluster[]>();
  private readonly byLooseForm = new Map<string, Cluster[]>();
  private readonly byPersonWord = new Map<string, Set<Cluster>>();
  private readonly byInitials = new Map<string, Set<Cluster>>();
  private readonly byOrgFirstWord = new Map<string, Set<Cluster>>();

  add(c: Cluster, m: RawMention): void {
    if (!this.known.has(c)) {
      this.known.add(c);
      this.clusters.push(c);
    }
    c.names.push(m);
    this.ofMention.set(m, c);
    for (const form of [m.text, m.canonical]) if (form) this.addForm(c, form);
    if (c.type === 'ORG') addTo(this.byInitials, initials(m.text), c);
  }

  addForm(c: Cluster, form: string): void {
    const norm = normalizeName(form);
    if (c.forms.has(norm)) return;
    c.forms.add(norm);
    push(this.byForm, norm, c);
    const loose = looseForm(norm);
    if (loose) push(this.byLooseForm, loose, c);
    if (c.type === 'PER') for (const w of words(norm)) addTo(this.byPersonWord, w, c);
    const ws = words(norm);
    if (c.type === 'ORG' && ws.length >= 2) addTo(this.byOrgFirstWord, ws[0]!, c);
  }

  /** Organisation clusters with a multi-word name starting with `word` ("velora" → "Velora Payments"). */
  orgsStartingWith(word: string): Cluster[] {
    return [...(this.byOrgFirstWord.get(word) ?? [])];
  }

  clusterOf(m: RawMention): Cluster | undefined {
    return this.ofMention.get(m);
  }

  withForm(norm: string): Cluster[] {
    return this.byForm.get(norm) ?? [];
  }

  withLooseForm(norm: string): Cluster[] {
    const loose = looseForm(norm);
    return loose ? this.byLooseForm.get(loose) ?? [] : [];
  }

  /** Person clusters one of whose names starts or ends with the words of `part`. */
  personsContaining(part: string[]): Cluster[] {
    const first = part[0];
    if (first === undefined) return [];
    return [...(this.byPersonWord.get(first) ?? [])].filter((c) => [...c.forms].some((f) => isPartialName(part, words(f))));
  }

  withInitials(acronym: string): Cluster[] {
    return [...(this.byInitials.get(acronym) ?? [])];
  }
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

function addTo<K, V>(map: Map<K, Set<V>>, k: K, v: V): void {
  const set = map.get(k);
  if (set) set.add(v);
  else map.set(k, new Set([v]));
}

/**
 * "Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin)", "Competition and Markets Authority (CMA)":
 * a short name in parentheses right after a name introduces an alias of it. Returns alias → antecedent.
 */
export function parentheticalAliases(text: string, names: readonly RawMention[]): Map<RawMention, RawMention> {
  const out = new Map<RawMention, RawMention>();
  const sorted = [...names].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const alias = sorted[i]!;
    const prev = sorted[i - 1]!;
    if (alias.text.length > 12 || /\s/.test(alias.text) || !/\p{Lu}.*\p{Lu}|\p{Lu}{2}/u.test(alias.text)) continue;
    if (text[alias.end] !== ')' || !/^\s*\($/.test(text.slice(prev.end, alias.start))) continue;
    if (prev.type !== alias.type && alias.source !== 'model' && alias.source !== 'compromise') continue;
    out.set(alias, prev);
  }
  return out;
}

/**
 * "Frankfurt an der Oder … in Frankfurt": a place name that begins a longer place name of the same document, with
 * another key, means that place when its own key's place is never named in full there (the gazetteer alone would
 * read "Frankfurt" as Frankfurt am Main; the tagger finds "Halle" without a key). Cities only. Changes key, canonical name and subtype of such mentions in place.
 */
export function rekeyShortPlaceNames(names: RawMention[]): void {
  // cities only: "Mexico" stays the country next to "Mexico City"
  const places = names.filter((m) => m.type === 'LOC' && (!m.key || m.subtype === 'city'));
  const long = places.filter((m) => m.key && m.subtype === 'city' && /\s/.test(m.text));
  if (!long.length) return;
  const namedInFull = new Set(long.map((m) => m.key!));
  // word prefixes of the long names -> the long mentions (one per key) they begin
  const byPrefix = new Map<string, Map<string, RawMention>>();
  for (const n of long) {
    const ws = words(n.text);
    for (let j = 1; j < ws.length; j++) {
      const prefix = ws.slice(0, j).join(' ');
      let targets = byPrefix.get(prefix);
      if (!targets) byPrefix.set(prefix, (targets = new Map()));
      if (!targets.has(n.key!)) targets.set(n.key!, n);
    }
  }
  for (const m of places) {
    if (m.key && namedInFull.has(m.key)) continue;
    const targets = byPrefix.get(m.text);
    if (!targets || targets.size !== 1) continue;
    const target = [...targets.values()][0]!;
    if (target.key === m.key) continue;
    m.key = target.key;
    if (target.canonical) m.canonical = target.canonical;
    else delete m.canonical;
    if (target.subtype) m.subtype = target.subtype;
  }
}

const ACRONYM_AFTER_RE = /^\s*\((\p{Lu}[\p{L}\d]{1,10})\)/u;

export function clusterMentions({ text, names, derived, sentenceSection }: ClusterInput): Entity[] {
  const index = new ClusterIndex();
  const aliases = parentheticalAliases(text, names);
  const byKey = new Map<string, Cluster>();
  const newCluster = (m: RawMention, key?: string): Cluster => {
    const c: Cluster = { type: m.type, names: [], derived: [], forms: new Set() };
    if (key) c.key = key;
    if (m.subtype) c.subtype = m.subtype;
    if (m.canonical) c.canonical = m.canonical;
    return c;
  };

  rekeyShortPlaceNames(names);
  // 1. Keyed mentions: one cluster per key.
  for (const m of names) {
    if (!m.key) continue;
    let c = byKey.get(m.key);
    if (!c) {
      c = newCluster(m, m.key);
      byKey.set(m.key, c);
    }
    index.add(c, m);
  }

  // 2. Unkeyed mentions, fullest first, so that partial names find the full one.
  const unkeyed = names
    .filter((m) => !m.key)
    .sort((a, b) => words(b.text).length - words(a.text).length || b.text.length - a.text.length || a.start - b.start);
  // Acronyms in parentheses that no finder marked still become forms of the name before them.
  const acronymForms = (m: RawMention, c: Cluster) => {
    const a = ACRONYM_AFTER_RE.exec(text.slice(m.end, m.end + 16));
    if (a && /\p{Lu}.*\p{Lu}/u.test(a[1]!)) index.addForm(c, a[1]!);
  };
  for (const c of index.clusters) for (const m of c.names) acronymForms(m, c);
  for (const m of unkeyed) {
    const antecedent = aliases.get(m);
    const viaAlias = antecedent ? index.clusterOf(antecedent) : undefined;
    const c = viaAlias ?? findCluster(index, m) ?? newCluster(m);
    index.add(c, m);
    acronymForms(m, c);
  }

  // 3. Derived mentions (country adjectives) join their key's cluster or found one.
  const clusters = index.clusters;
  for (const d of derived) {
    const k = d.key ?? `name:${normalizeName(d.canonical ?? d.text)}`;
    let c = byKey.get(k);
    if (!c) {
      c = newCluster(d, d.key);
      byKey.set(k, c);
      clusters.push(c);
    }
    c.derived.push(d);
  }

  return toEntities(clusters, sentenceSection);
}

function findCluster(index: ClusterIndex, m: RawMention): Cluster | undefined {
  const norm = normalizeName(m.text);
  const compatible = (c: Cluster) => c.type === m.type || (m.source !== 'rule' && c.key !== undefined);
  // identical or inflected form
  for (const form of [norm, ...baseForms(norm)]) {
    const hit = index.withForm(form).find(compatible);
    if (hit) return hit;
  }
  const loose = index.withLooseForm(norm).filter(compatible);
  if (loose.length === 1) return loose[0];
  // partial person name: join only when exactly one person cluster fits. A statistical mention may carry
  // the wrong type ("Stoltenberg" as ORG after "Jens Stoltenberg" was found by a title rule): it joins too.
  if (m.type === 'PER' || ((m.source === 'model' || m.source === 'compromise') && /^\p{Lu}/u.test(m.text))) {
    const part = words(norm);
    const fits = index.personsContaining(part);
    if (fits.length === 1) return fits[0];
    if (fits.length === 0 && part.length === 1) {
      const inflected = new Set(baseForms(part[0]!).flatMap((b) => index.personsContaining([b])));
      if (inflected.size === 1) return [...inflected][0];
    }
  }
  // short form of an organisation: the first word of exactly one multi-word organisation name
  // ("Velora" after "Velora Payments"); a short form tagged with another type joins too.
  if (/^\p{Lu}/u.test(m.text) && words(norm).length === 1 && (m.type === 'ORG' || m.source !== 'rule')) {
    const fits = index.orgsStartingWith(norm);
    if (fits.length === 1) return fits[0];
  }
  // acronym of an organisation named in full
  if (m.type === 'ORG' && /^\p{Lu}{2,6}$/u.test(m.text)) {
    const fits = index.withInitials(m.text);
    if (fits.length === 1) return fits[0];
  }
  return undefined;
}

function toEntities(clusters: Cluster[], sentenceSection: (s: number) => SectionKindT | undefined): Entity[] {
  const firstStart = new Map<Cluster, number>();
  for (const c of clusters) {
    let min = Infinity;
    for (const m of c.names) if (m.start < min) min = m.start;
    for (const m of c.derived) if (m.start < min) min = m.start;
    firstStart.set(c, min);
  }
  const ordered = clusters.filter((c) => c.names.length + c.derived.length > 0).sort((a, b) => firstStart.get(a)! - firstStart.get(b)!);
  return ordered.map((c, i) => {
    const id = `e${i + 1}`;
    const all = [...c.names, ...c.derived].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const m of all) m.entity = id;
    const best = [...c.names].sort(
      (a, b) => SOURCE_RANK[b.source]! - SOURCE_RANK[a.source]! || b.confidence - a.confidence || a.start - b.start,
    )[0];
    const type = best?.type ?? c.type;
    const mentions: Mention[] = all.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      sentence: m.sentence,
      source: m.source,
      ...(m.derived ? { derived: true } : {}),
    }));
    const sections = new Set(all.map((m) => sentenceSection(m.sentence) ?? 'body'));
    const mainStory = sections.has('body') || sections.has('headline');
    const maxConfidence = (ms: RawMention[]) => ms.reduce((a, m) => Math.max(a, m.confidence), 0);
    const confidence = c.names.length
      ? Math.min(1, maxConfidence(c.names) + 0.02 * (c.names.length - 1))
      : maxConfidence(c.derived) * 0.8;
    const entity: Entity = {
      id,
      type,
      ...(c.subtype ?? best?.subtype ? { subtype: (c.subtype ?? best?.subtype)! } : {}),
      name: c.canonical ?? fullestName(c.names, type),
      ...(c.key ? { key: c.key } : {}),
      mentions,
      confidence: round(confidence),
      ...(mainStory ? {} : { section: [...sections][0] as SectionKindT }),
    };
    return entity;
  });
}

/** The fullest mention, preferring a form that is not an inflected variant of another mention. */
function fullestName(ms: RawMention[], type: EntityTypeT): string {
  const texts = [...new Set(ms.map((m) => m.text))];
  const forms = new Set(texts.map(normalizeName));
  const uninflected = texts.filter((t) => !baseForms(normalizeName(t)).some((b) => forms.has(b)));
  const pool = uninflected.length ? uninflected : texts;
  pool.sort((a, b) => words(b).length - words(a).length || b.length - a.length || (a < b ? -1 : 1));
  const name = pool[0] ?? '';
  return type === 'PER' ? name.replace(/[’']s$/u, '') : name;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
