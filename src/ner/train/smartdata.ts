/**
 * DFKI SmartData Corpus v1 (shared data `smartdata-de/`, see its SOURCE.md) as PER/LOC/ORG sentences: the documents
 * are split and tokenised with the German run-time segmenter, so the tagger trains on the tokens it sees in use, and
 * the character spans are mapped onto those tokens as IOB2. The corpus has no MISC: train it with partial MISC labels.
 *
 * Mapping (counted in SmartdataStats):
 * - person -> PER; organization, organization-company -> ORG; location, location-city/-street/-stop/-route -> LOC;
 *   every other type (dates, numbers, triggers, positions...) -> O.
 * - overlapping PER/LOC/ORG mentions: the outer (longer) one is kept ("Potsdamer Pegida-Ableger" over "Potsdamer").
 * - a `location` that starts lower-case ("deutschen", "stadtauswärts") and a LOC that is a demonym or adjective
 *   ("Schweizer", "Russen", "Türkische") -> O: GermEval, the in-domain gold, tags these LOCderiv, which we map to O.
 * - an ORG that is a description, not a name ("Unternehmen", "der Konzern", "Schweizer Konzern", "Google-Ableger")
 *   -> O: GermEval leaves such phrases untagged, or (compounds with a name) tags them ORGpart, mapped to O.
 * - a sentence where a mention starts or ends inside a token ("FrankfurtDeutsche", "#PORAUT") or crosses a sentence
 *   break is dropped whole (its other tokens would teach O over a name).
 * The train split leaves out the documents of events-dev-real (45 news documents of v1 train: events are measured on
 * them), documents whose text is also in the test split (the test split is a dev set), and repeated texts.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { german } from '../../lang/index.js';
import { segmentSentences, tokenizeSentences } from '../../segment/index.js';
import type { Sentence } from '../corpus.js';

export type SmartdataGenre = 'news' | 'rss' | 'tweet';
export const SMARTDATA_GENRES: readonly SmartdataGenre[] = ['news', 'rss', 'tweet'];
type EntityType = 'PER' | 'LOC' | 'ORG';

export interface CharSpan { start: number; end: number; type: EntityType }
export interface SmartdataDoc { id: string; genre: SmartdataGenre; text: string; entities: CharSpan[] }

export interface SmartdataStats {
  documents: number;
  excludedEventsDev: number;
  excludedInTestSplit: number;
  excludedRepeated: number;
  /** PER/LOC/ORG mentions before any rule, by coarse type. */
  mentions: Record<EntityType, number>;
  innerOverlapDropped: number;
  lowerCaseLocation: number;
  demonymLocation: number;
  descriptiveOrg: number;
  whitespaceTrimmed: number;
  /** Mapped entities per type after the rules (document level). */
  entities: Record<EntityType, number>;
  sentences: number;
  /** Mentions grown to the edges of a token that has a "#"/"@" before or an abbreviation dot after them. */
  extendedToToken: number;
  /** Names inside a compound token ("Lufthansa-Streik"): the token stays O. */
  compoundPart: number;
  /** Mentions whose edge falls inside a token otherwise, or that cross a sentence break, and the sentences dropped for them. */
  droppedInsideToken: number;
  droppedAcrossSentences: number;
  droppedSentences: number;
  /** Entities inside kept sentences. */
  tokenEntities: Record<EntityType, number>;
  /** When set, the text of every mention a rule dropped, by rule (for checking the rules by eye). */
  examples?: Map<string, string[]>;
}

export const emptyStats = (): SmartdataStats => ({
  documents: 0, excludedEventsDev: 0, excludedInTestSplit: 0, excludedRepeated: 0, mentions: { PER: 0, LOC: 0, ORG: 0 },
  innerOverlapDropped: 0, lowerCaseLocation: 0, demonymLocation: 0, descriptiveOrg: 0, whitespaceTrimmed: 0,
  entities: { PER: 0, LOC: 0, ORG: 0 }, sentences: 0, extendedToToken: 0, compoundPart: 0, droppedInsideToken: 0, droppedAcrossSentences: 0, droppedSentences: 0, tokenEntities: { PER: 0, LOC: 0, ORG: 0 },
});

export function smartdataType(t: string): EntityType | null {
  if (t === 'person') return 'PER';
  if (t === 'organization' || t === 'organization-company') return 'ORG';
  if (t === 'location' || t === 'location-city' || t === 'location-street' || t === 'location-stop' || t === 'location-route') return 'LOC';
  return null;
}

/**
 * Demonyms and place adjectives tagged as locations, as they occur capitalised in v1 train + test (checked by hand
 * against every capitalised one-word `location` there), plus the -isch adjectives by their ending.
 */
const DEMONYMS = new Set(('Afghane Afghanen Afrikaner Amerikaner Amerikanern Ammerländer Berliner Brandenburger Bündner Chinese Chinesen ' +
  'Deutsche Deutschen Deutscher Europäer Franzose Franzosen Frankfurter Gabuner Griechen Hamburger Inder Kladower Kärntner Kärntnerin ' +
  'Lausitzer Lemförder Libanese Mexikaner Münchner Neuköllner Pfälzer Russen Russin Saarländer Schweizer Syrer Tiroler Türken Wiener Ägypter ' +
  'Bundesweite German').split(' '));
export function isDemonym(s: string): boolean {
  const last = s.split('-').pop()!;
  return /^\p{Lu}/u.test(s) && !/\s/u.test(s) && (DEMONYMS.has(s) || DEMONYMS.has(last) || /\p{L}{3}isch(?:e[nmrs]?)?$/u.test(last));
}

/**
 * Generic organisation nouns: a mention made of one of them, optionally after lower-case words or a demonym
 * ("das Unternehmen", "Schweizer Konzern"), or a hyphen compound ending in one ("Google-Ableger"), is a description.
 * "Bank" and "Polizei" count alone only: "Deutsche Bank", "Polizei Gelsenkirchen" are names.
 */
const ORG_HEADS = new Set(('Unternehmen Unternehmens Konzern Konzerns Konzerne Mutterkonzern Fleischkonzern Luxusmodekonzern Gruppe Firma ' +
  'Anbieter Airline Fluggesellschaft Tochter Tochtergesellschaft Ableger Versicherer Marke Autobauer Autoriese Hersteller Klinikkette ' +
  'Parfümeriekooperation Flughafengesellschaft Kripo Aufsteiger Club Institut').split(' '));
const ALONE_ONLY = new Set(['Bank', 'Polizei', 'Armee', 'Bund', 'Zoll']);
export function isDescriptiveOrg(s: string): boolean {
  const words = s.split(/\s+/u);
  const head = words[words.length - 1]!;
  if (words.length === 1 && ALONE_ONLY.has(head)) return true;
  const headPart = head.split('-').pop()!;
  if (!ORG_HEADS.has(head) && !(head.includes('-') && ORG_HEADS.has(headPart))) return false;
  return words.slice(0, -1).every((w) => /^\p{Ll}/u.test(w) || /^(?:Der|Die|Das|Den|Dem|Des)$/u.test(w) || isDemonym(w));
}

interface RawDoc { id: string; text: { string: string }; refids?: { map?: { source?: string } }; conceptMentions?: { array?: Array<{ type: string; span: { start: number; end: number } }> } | null }

/** The file is a stream of pretty-printed JSON objects (Avro JSON encoding), not an array: split before each top-level "{". */
function readRaw(root: string, split: 'train' | 'test'): RawDoc[] {
  const text = gunzipSync(readFileSync(join(root, 'smartdata-de', `${split}.json.gz`))).toString('utf8');
  return text.split(/\n(?=\{\n)/).map((part) => JSON.parse(part) as RawDoc);
}

/** Ids and texts of the SmartData documents of events-dev-real (never trained on). */
function eventsDevDocs(root: string): { ids: Set<string>; texts: Set<string> } {
  const dir = join(root, 'events-dev-real');
  if (!existsSync(dir)) throw new Error(`${dir} not found: cannot keep its SmartData documents out of training`);
  const ids = new Set<string>(), texts = new Set<string>();
  for (const f of readdirSync(dir).filter((f) => f.startsWith('sd-') && f.endsWith('.json')).sort()) {
    const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string; source: { docId: string } };
    ids.add(g.source.docId);
    texts.add(g.text);
  }
  return { ids, texts };
}

/** Mapped document-level PER/LOC/ORG spans of one document, after the rules above. */
function mapMentions(doc: RawDoc, stats: SmartdataStats): CharSpan[] {
  const text = doc.text.string;
  const raw: Array<CharSpan & { kind: string }> = [];
  for (const m of doc.conceptMentions?.array ?? []) {
    const type = smartdataType(m.type);
    if (!type) continue;
    stats.mentions[type]++;
    let { start, end } = m.span;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (start !== m.span.start || end !== m.span.end) stats.whitespaceTrimmed++;
    if (end > start) raw.push({ start, end, type, kind: m.type });
  }
  // outer span wins: longer first, then earlier; a mention overlapping a kept one is dropped
  raw.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Array<CharSpan & { kind: string }> = [];
  for (const m of raw) {
    const outer = kept.find((k) => k.start < m.end && m.start < k.end);
    if (outer) { stats.innerOverlapDropped++; if (stats.examples) stats.examples.set('overlap', [...(stats.examples.get('overlap') ?? []), `${text.slice(m.start, m.end)} in ${text.slice(outer.start, outer.end)}`]); continue; }
    kept.push(m);
  }
  const out: CharSpan[] = [];
  const example = (rule: string, s: string) => { if (stats.examples) stats.examples.set(rule, [...(stats.examples.get(rule) ?? []), s]); };
  for (const m of kept.sort((a, b) => a.start - b.start)) {
    const s = text.slice(m.start, m.end);
    if (m.kind === 'location' && /^\p{Ll}/u.test(s)) { stats.lowerCaseLocation++; example('lower', s); continue; }
    if (m.type === 'LOC' && isDemonym(s)) { stats.demonymLocation++; example('demonym', s); continue; }
    if (m.type === 'ORG' && isDescriptiveOrg(s)) { stats.descriptiveOrg++; example('descriptive', s); continue; }
    stats.entities[m.type]++;
    out.push({ start: m.start, end: m.end, type: m.type });
  }
  return out;
}

const genreOf = (d: RawDoc): SmartdataGenre => {
  const g = d.refids?.map?.source;
  if (g === 'news' || g === 'rss' || g === 'tweet') return g;
  throw new Error(`SmartData document ${d.id}: unknown source ${String(g)}`);
};

/**
 * The documents of one split with their mapped entity spans. 'train' leaves out the events-dev-real documents,
 * texts also in the test split, and repeats of a text already read.
 */
export function readSmartdataDocuments(root: string, split: 'train' | 'test', genres: readonly SmartdataGenre[] = SMARTDATA_GENRES, stats: SmartdataStats = emptyStats()): SmartdataDoc[] {
  const docs = readRaw(root, split).filter((d) => genres.includes(genreOf(d)));
  const out: SmartdataDoc[] = [];
  if (split === 'test') {
    for (const d of docs) out.push({ id: d.id, genre: genreOf(d), text: d.text.string, entities: mapMentions(d, stats) });
    stats.documents = out.length;
    return out;
  }
  const dev = eventsDevDocs(root);
  const testTexts = new Set(readRaw(root, 'test').map((d) => d.text.string));
  const seen = new Set<string>();
  for (const d of docs) {
    const text = d.text.string;
    if (dev.ids.has(d.id) || dev.texts.has(text)) { stats.excludedEventsDev++; continue; }
    if (testTexts.has(text)) { stats.excludedInTestSplit++; continue; }
    if (seen.has(text)) { stats.excludedRepeated++; continue; }
    seen.add(text);
    out.push({ id: d.id, genre: genreOf(d), text, entities: mapMentions(d, stats) });
  }
  stats.documents = out.length;
  return out;
}

/** One document as sentences of run-time tokens with IOB2 tags; sentences with a mention off the token edges are dropped. */
export function documentSentences(doc: SmartdataDoc, stats: SmartdataStats = emptyStats()): Sentence[] {
  const segment = german.segment;
  const spans = segmentSentences(doc.text, segment);
  const tokens = tokenizeSentences(doc.text, spans, segment);
  const bad = new Set<number>();
  const tags = tokens.map(() => 'O');
  const startAt = new Map(tokens.map((t, i) => [t.start, i]));
  const endAt = new Map(tokens.map((t, i) => [t.end, i]));
  const tokenAt = (offset: number) => tokens.findIndex((t) => t.start <= offset && offset < t.end);
  for (const e of doc.entities) {
    let first = startAt.get(e.start), last = endAt.get(e.end);
    if (first === undefined || last === undefined) {
      const a = tokenAt(e.start), b = tokenAt(e.end - 1);
      const ta = tokens[a], tb = tokens[b];
      const before = ta ? doc.text.slice(ta.start, e.start) : '', after = tb ? doc.text.slice(e.end, tb.end) : '';
      // the run-time tokens "#Hamburg", "@YouTube" and "Hbf." are the name: the mention grows to the token's edges
      if (ta && tb && /^[#@]?$/u.test(before) && /^\.?$/u.test(after)) { first = a; last = b; stats.extendedToToken++; }
      else if (ta && a === b && (before === '' || /[-\u2010\u2011]$/u.test(before)) && (after === '' || /^[-\u2010\u2011]|^\p{Ll}/u.test(after))) {
        // a name inside a compound ("Lufthansa-Streik", "Bahnchef", "Siemens-Gamesa-Deal"): GermEval's *part, mapped to O
        stats.compoundPart++;
        if (stats.examples) stats.examples.set('compound', [...(stats.examples.get('compound') ?? []), ta.text]);
        continue;
      }
    }
    if (first === undefined || last === undefined || last < first) {
      // the sentence(s) holding the broken edge(s)
      for (const t of tokens) if (t.start < e.end && e.start < t.end) bad.add(t.sentence);
      stats.droppedInsideToken++;
      if (stats.examples) stats.examples.set('inside', [...(stats.examples.get('inside') ?? []), `${e.type} ${doc.text.slice(Math.max(0, e.start - 10), e.start)}[${doc.text.slice(e.start, e.end)}]${doc.text.slice(e.end, e.end + 10)}`.replace(/\n/g, '⏎')]);
      continue;
    }
    if (tokens[first]!.sentence !== tokens[last]!.sentence) {
      for (let i = first; i <= last; i++) bad.add(tokens[i]!.sentence);
      stats.droppedAcrossSentences++;
      continue;
    }
    tags[first] = `B-${e.type}`;
    for (let i = first + 1; i <= last; i++) tags[i] = `I-${e.type}`;
  }
  const out: Sentence[] = [];
  let i = 0;
  while (i < tokens.length) {
    const s = tokens[i]!.sentence;
    let j = i;
    while (j < tokens.length && tokens[j]!.sentence === s) j++;
    if (bad.has(s)) stats.droppedSentences++;
    else {
      const sentence = { words: tokens.slice(i, j).map((t) => t.text), tags: tags.slice(i, j) };
      for (const t of sentence.tags) if (t.startsWith('B-')) stats.tokenEntities[t.slice(2) as EntityType]++;
      out.push(sentence);
    }
    i = j;
  }
  stats.sentences += out.length;
  return out;
}

/** Sentences of one split, optionally of some genres only (refids.map.source). */
export function smartdataSentences(root: string, split: 'train' | 'test', genres: readonly SmartdataGenre[] = SMARTDATA_GENRES, stats: SmartdataStats = emptyStats()): Sentence[] {
  return readSmartdataDocuments(root, split, genres, stats).flatMap((d) => documentSentences(d, stats));
}
