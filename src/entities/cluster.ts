/**
 * Mention clustering: one entity per real-world thing in a document. Mentions join by language-independent
 * key (from the gazetteer), by identical or inflected text ("Nordkoreas" → "Nordkorea"), by partial person
 * names ("Yoon" → "Yoon Suk-yeol", "Stoltenberg" → "Jens Stoltenberg") and by acronym ("EU" → "Europäische Union").
 */
import type { Entity, EntityTypeT, Mention, SectionKindT } from '../schema/document.js';
import type { RawMention } from '../pipeline/types.js';

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
  return prefix || suffix;
}

export interface ClusterInput {
  names: RawMention[];
  derived: RawMention[];
  /** Section kind of each sentence (for marking entities that only occur outside the main story). */
  sentenceSection: (sentence: number) => SectionKindT | undefined;
}

export function clusterMentions({ names, derived, sentenceSection }: ClusterInput): Entity[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const add = (c: Cluster, m: RawMention) => {
    c.names.push(m);
    c.forms.add(normalizeName(m.text));
    if (m.canonical) c.forms.add(normalizeName(m.canonical));
  };

  // 1. Keyed mentions: one cluster per key.
  for (const m of names) {
    if (!m.key) continue;
    let c = byKey.get(m.key);
    if (!c) {
      c = { key: m.key, type: m.type, names: [], derived: [], forms: new Set() };
      if (m.subtype) c.subtype = m.subtype;
      if (m.canonical) c.canonical = m.canonical;
      byKey.set(m.key, c);
      clusters.push(c);
    }
    add(c, m);
  }

  // 2. Unkeyed mentions, fullest first, so that partial names find the full one.
  const unkeyed = names
    .filter((m) => !m.key)
    .sort((a, b) => words(b.text).length - words(a.text).length || b.text.length - a.text.length || a.start - b.start);
  for (const m of unkeyed) {
    const norm = normalizeName(m.text);
    const target = findCluster(clusters, m, norm);
    if (target) add(target, m);
    else {
      const c: Cluster = { type: m.type, names: [], derived: [], forms: new Set() };
      if (m.subtype) c.subtype = m.subtype;
      clusters.push(c);
      add(c, m);
    }
  }

  // 3. Derived mentions (country adjectives) join their key's cluster or found one.
  for (const d of derived) {
    const k = d.key ?? `name:${normalizeName(d.canonical ?? d.text)}`;
    let c = byKey.get(k);
    if (!c) {
      c = { key: d.key, type: d.type, names: [], derived: [], forms: new Set() } as Cluster;
      if (!d.key) delete c.key;
      if (d.subtype) c.subtype = d.subtype;
      if (d.canonical) c.canonical = d.canonical;
      byKey.set(k, c);
      clusters.push(c);
    }
    c.derived.push(d);
  }

  return toEntities(clusters, sentenceSection);
}

function findCluster(clusters: Cluster[], m: RawMention, norm: string): Cluster | undefined {
  const compatible = (c: Cluster) => c.type === m.type || (m.source !== 'rule' && c.key !== undefined);
  // identical or inflected form
  for (const c of clusters) if (compatible(c) && c.forms.has(norm)) return c;
  for (const base of baseForms(norm)) for (const c of clusters) if (compatible(c) && c.forms.has(base)) return c;
  // partial person name: join only when exactly one person cluster fits
  if (m.type === 'PER') {
    const part = words(norm);
    const fits = clusters.filter((c) => c.type === 'PER' && [...c.forms].some((f) => isPartialName(part, words(f))));
    const partBases = part.length === 1 ? baseForms(part[0]!) : [];
    const fitsInflected = partBases.length
      ? clusters.filter((c) => c.type === 'PER' && [...c.forms].some((f) => partBases.some((b) => isPartialName([b], words(f)))))
      : [];
    if (fits.length === 1) return fits[0];
    if (fits.length === 0 && fitsInflected.length === 1) return fitsInflected[0];
  }
  // acronym of an organisation named in full
  if (m.type === 'ORG' && /^\p{Lu}{2,6}$/u.test(m.text)) {
    const fits = clusters.filter((c) => c.type === 'ORG' && c.names.some((n) => initials(n.text) === m.text));
    if (fits.length === 1) return fits[0];
  }
  return undefined;
}

function toEntities(clusters: Cluster[], sentenceSection: (s: number) => SectionKindT | undefined): Entity[] {
  const firstStart = (c: Cluster) => Math.min(...c.names.map((m) => m.start), ...c.derived.map((m) => m.start));
  const ordered = clusters.filter((c) => c.names.length + c.derived.length > 0).sort((a, b) => firstStart(a) - firstStart(b));
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
    const confidence = c.names.length
      ? Math.min(1, Math.max(...c.names.map((m) => m.confidence)) + 0.02 * (c.names.length - 1))
      : Math.max(...c.derived.map((m) => m.confidence)) * 0.8;
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
