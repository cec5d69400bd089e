/**
 * The entity stage: runs the finders that serve the document's language and merges what they found.
 *   de: gazetteer + title/role rules + the trained German tagger (models/de)
 *   en: gazetteer + title/role rules + compromise (with our fixes)
 *   other languages: gazetteer only (names of countries, organisations, media are often shared)
 */
import type { RawMention, Token, WorkingDoc } from '../doc/types.js';
import { loadGazetteer, type GazetteerMatcher } from './gazetteer.js';
import { findRuleMentions } from './rules/index.js';
import { rekeySharedInstitutions } from './shared-institutions.js';
import { isDictionaryNoun, trimTrailingNouns } from './trailing-nouns.js';
import type { Lexicon } from '../ner/features.js';
import { findEnglishMentions } from './english.js';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultGermanModelDir, loadGermanNer, type NerTagger } from '../ner/index.js';
import { resolveMentions } from './merge.js';
import { isPageFurniture } from '../segment/sections.js';
import { isNonName } from './non-names.js';
import { propagateNames } from './propagate.js';
import { findDatelines } from './dateline.js';
import { clusterMentions } from './cluster.js';

export interface EntityResourceOptions {
  /** Use the statistical taggers (default true). Without them German relies on gazetteers and rules, English on compromise. */
  ner?: boolean;
  /** Folder holding the model folders (gazetteer/, de/); defaults to the package's models/. */
  modelDir?: string;
}

/** Loads each resource on first use and keeps it for the life of the pipeline. */
export class EntityResources {
  private gazetteer?: GazetteerMatcher;
  private germanNer?: NerTagger;
  private englishNer?: NerTagger | null;
  constructor(private readonly options: EntityResourceOptions = {}) {}

  getGazetteer(): GazetteerMatcher {
    return (this.gazetteer ??= loadGazetteer(this.options.modelDir ? `${this.options.modelDir}/gazetteer` : undefined));
  }

  getGermanNer(): NerTagger | undefined {
    if (this.options.ner === false) return undefined;
    return (this.germanNer ??= loadGermanNer(this.options.modelDir ? `${this.options.modelDir}/de` : undefined));
  }

  /** The English tagger, when the package ships one (models/en); the same perceptron format as German. */
  getEnglishNer(): NerTagger | undefined {
    if (this.options.ner === false) return undefined;
    if (this.englishNer === undefined) {
      const dir = this.options.modelDir ? `${this.options.modelDir}/en` : resolve(defaultGermanModelDir(), '..', 'en');
      this.englishNer = existsSync(join(dir, 'manifest.json')) ? loadGermanNer(dir) : null;
    }
    return this.englishNer ?? undefined;
  }
}

/** Mentions from the statistical tagger, sentence by sentence, as token-aligned spans. */
export function taggerMentions(doc: WorkingDoc, tagger: NerTagger, firstNames?: ReadonlySet<string>): RawMention[] {
  const tokens = doc.tokens ?? [];
  const out: RawMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const sentence = tokens[i]!.sentence;
    let j = i;
    while (j < tokens.length && tokens[j]!.sentence === sentence) j++;
    const slice = tokens.slice(i, j);
    const { labels, confidence } = tagger.tagWithScores(slice.map((t) => t.text));
    spansFromLabels(doc.text, slice, labels, confidence, i, out, firstNames, tagger.model.lexicon);
    i = j;
  }
  return out;
}

/**
 * "Kernreaktoren Doel 4", "Modell Astra 5": a one-word PER after a common noun and before a small number names a
 * thing, not a person (a person's age comes after a comma or a verb: "als Kesha 16 war").
 */
function isDesignationNumber(m: RawMention, tokens: readonly Token[], tagger: NerTagger): boolean {
  if (m.type !== 'PER' || m.tokenStart === undefined || m.tokenEnd !== m.tokenStart + 1 || m.tokenStart === 0) return false;
  const next = tokens[m.tokenEnd];
  const prev = tokens[m.tokenStart - 1]!;
  if (!next || next.sentence !== m.sentence || prev.sentence !== m.sentence || !/^\d{1,3}$/.test(next.text)) return false;
  return /^\p{Lu}/u.test(prev.text) && isDictionaryNoun(prev.text, tagger.model.lexicon, true);
}

/** Least confidence of an English tagger span (compromise and rules cover the rest). */
const ENGLISH_TAGGER_MIN_CONFIDENCE = 0.7;

/** Characters of English text that compromise reads per document (about 10 s of work). */
export const COMPROMISE_CHAR_BUDGET = 1_000_000;

const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;

const CONJUNCTIONS = new Set(['und', 'oder', 'sowie', 'bzw.', 'and', 'or']);
/** Capitalised only because they open the sentence. Not here: articles ("Die Zeit" is a name) and name particles ("Von der Leyen", "Zu Guttenberg"). */
const SENTENCE_INITIAL_FUNCTION_WORDS = new Set(
  ('Laut Nach Mit Bei Vor Für Gegen Seit Während Trotz Wegen Auch Auf Aus Als Und Aber Doch Denn Im Am Beim ' +
    'In Um Über Unter Neben Dass Wie Wenn Ob So Dann Nun Jetzt Heute Gestern Noch Schon Nur Sogar Hier Dort Damals Bis Ab ' +
    'Außer Ohne Gemäß Zwischen Hinter According After With From For Against Since During Also And But In On At To').split(' '),
);

/** Particles of surnames; German words that could stand there otherwise ("von den", "da", "du", "zu") are left out. */
const JOINABLE_PARTICLES = new Set(['van', 'Van', 'de', 'De', 'del', 'della', 'di', 'dos', 'ten', 'ter']);
const JOINABLE_PARTICLE_PAIRS = new Set(['von der', 'Von der', 'van der', 'Van der', 'van den', 'Van den']);

/** How many particle tokens directly before `first` (outside any span) belong to the name that starts there. */
function particlesBefore(toks: Token[], labels: string[], first: number): number {
  if (first >= 2 && labels[first - 2] === 'O' && labels[first - 1] === 'O' && JOINABLE_PARTICLE_PAIRS.has(`${toks[first - 2]!.text} ${toks[first - 1]!.text}`)) return 2;
  if (first >= 1 && labels[first - 1] === 'O' && JOINABLE_PARTICLES.has(toks[first - 1]!.text)) return 1;
  return 0;
}

/** Particle tokens after `last` that are followed by a capitalised word, all labelled O: how many particles. */
function particlesAfter(toks: Token[], labels: string[], last: number): number {
  const at = (i: number) => (labels[i] === 'O' ? toks[i]?.text ?? '' : '');
  const name = (i: number) => /^\p{Lu}\p{Ll}/u.test(at(i));
  if (JOINABLE_PARTICLE_PAIRS.has(`${at(last + 1)} ${at(last + 2)}`) && name(last + 3)) return 2;
  if (JOINABLE_PARTICLES.has(at(last + 1)) && /^\p{Ll}/u.test(at(last + 1)) && name(last + 2)) return 1;
  return 0;
}

function spansFromLabels(
  text: string,
  toks: Token[],
  labels: string[],
  conf: number[],
  offset: number,
  out: RawMention[],
  firstNames?: ReadonlySet<string>,
  lexicon?: Lexicon,
): void {
  let k = 0;
  while (k < toks.length) {
    const label = labels[k] ?? 'O';
    if (label === 'O') {
      k++;
      continue;
    }
    const type = label.slice(2) as RawMention['type'];
    let e = k + 1;
    while (e < toks.length && labels[e] === `I-${type}`) e++;
    // A truncated compound continues after the conjunction: "Deutscher Hotel- und Gaststättenverband".
    if (toks[e - 1]!.text.endsWith('-') && CONJUNCTIONS.has(toks[e]?.text ?? '') && e + 1 < toks.length) {
      e += 2;
      while (e < toks.length && labels[e] === `I-${type}`) e++;
    }
    // The tagger may run a span over a closing bracket or quote ("Apple)"): names do not end or start in punctuation.
    let first = k;
    let last = e - 1;
    while (first <= last && PUNCTUATION_ONLY.test(toks[first]!.text)) first++;
    // "Laut Bauer habe …": a sentence-initial preposition or adverb is capitalised, but it does not begin a name
    if (first === 0 && first < last && SENTENCE_INITIAL_FUNCTION_WORDS.has(toks[first]!.text)) first++;
    while (last >= first && PUNCTUATION_ONLY.test(toks[last]!.text)) last--;
    let c = 1;
    for (let x = first; x <= last; x++) c = Math.min(c, conf[x] ?? 1);
    // The tagger leaves lower-case name particles out ("von der [Leyen]", "de [Maizière]"): they belong to the name,
    // and join it to a first name just before them ("[Ursula] von der [Leyen]" is one person)
    const particles = type === 'PER' && first === k && first <= last ? particlesBefore(toks, labels, first) : 0;
    if (particles) {
      first -= particles;
      const before = out[out.length - 1];
      if (before?.type === 'PER' && before.source === 'model' && before.tokenStart !== undefined && before.tokenEnd === offset + first) {
        out.pop();
        first = before.tokenStart - offset;
        c = Math.min(c, before.confidence);
      }
    }
    // "[Ursula] von der Leyen": a first name alone, then particles and a capitalised word the tagger left out
    if (type === 'PER' && first === last && e === last + 1 && firstNames?.has(toks[first]!.text)) {
      const n = particlesAfter(toks, labels, last);
      // "Peter von der Post" is a Peter from the post office: the word after the particles must not be a common noun
      if (n && !(lexicon && isDictionaryNoun(toks[last + n + 1]!.text, lexicon, true))) { last += n + 1; e = last + 1; }
    }
    if (first > last) {
      k = e;
      continue;
    }
    const start = toks[first]!.start;
    const end = toks[last]!.end;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      type,
      source: 'model',
      confidence: Math.round(c * 1000) / 1000,
      sentence: toks[first]!.sentence,
      tokenStart: offset + first,
      tokenEnd: offset + last + 1,
    });
    k = e;
  }
}

export function findMentions(doc: WorkingDoc, resources: EntityResources): RawMention[] {
  const lang = doc.profile?.pipeline ?? 'none';
  const tokens = doc.tokens ?? [];
  const matcher = resources.getGazetteer();
  const gazetteer = matcher.find(doc.text, tokens, lang);
  // Appended in loops: push(...list) overflows the call stack on the long lists of a 10 MB document.
  const candidates: RawMention[] = [];
  const add = (list: readonly RawMention[]) => {
    for (const m of list) candidates.push(m);
  };
  add(gazetteer);
  if (lang === 'de' || lang === 'en') {
    const ruleMentions = findRuleMentions(doc.text, tokens, doc.profile!, gazetteer, matcher); // lang came from doc.profile
    const german = lang === 'de' ? resources.getGermanNer() : undefined;
    if (german) trimTrailingNouns(ruleMentions, doc.text, tokens, german.model.lexicon, matcher);
    add(ruleMentions);
    add(findDatelines(doc.text, tokens, lang, matcher));
  }
  if (lang === 'de') {
    const tagger = resources.getGermanNer();
    if (tagger) add(taggerMentions(doc, tagger, matcher.firstNames).filter((m) => !isDesignationNumber(m, tokens, tagger)));
  }
  if (lang === 'en') {
    const tagger = resources.getEnglishNer();
    // Chosen on UNER-PUD en (dev): less sure tagger spans cost more precision than they add recall.
    // Its MISC is CoNLL's (nationalities mostly), which the gazetteer reads as derived forms instead.
    if (tagger) add(taggerMentions(doc, tagger).filter((m) => m.confidence >= ENGLISH_TAGGER_MIN_CONFIDENCE && m.type !== 'MISC'));
    // compromise reads ~20k words/s: past the budget, capitalised-run rules and the gazetteer carry on alone.
    add(findEnglishMentions(doc.text, doc.sentences ?? [], tokens, { compromiseCharBudget: COMPROMISE_CHAR_BUDGET }));
    if (doc.text.length > COMPROMISE_CHAR_BUDGET) {
      doc.diagnostics.push({
        code: 'W006',
        severity: 'info',
        message: `Long English text: compromise read the first ${COMPROMISE_CHAR_BUDGET.toLocaleString('en')} characters; the rest was tagged by gazetteers and rules only.`,
      });
    }
  }
  const { names, derived } = resolveMentions(candidates.filter(notInPageFurniture(doc)), doc.text, orgHeadWords(matcher));
  rekeySharedInstitutions(names, matcher, lang);
  const copies = propagateNames(doc.text, tokens, names).filter(notInPageFurniture(doc));
  // A copy never overlaps a name; it may cover a derived form ("Deutsche" as part of a copied name).
  let keptDerived = derived;
  if (copies.length) {
    const copied = new Uint8Array(doc.text.length);
    for (const c of copies) copied.fill(1, c.start, c.end);
    keptDerived = derived.filter((d) => !(copied[d.start] && copied[d.end - 1]));
  }
  return names.concat(copies, keptDerived).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Organisation head words of the cue lexicon ("Universität", "University", "Service"), one set per matcher. */
const orgHeadCache = new WeakMap<GazetteerMatcher, ReadonlySet<string>>();
function orgHeadWords(matcher: GazetteerMatcher): ReadonlySet<string> {
  let heads = orgHeadCache.get(matcher);
  if (!heads) orgHeadCache.set(matcher, (heads = new Set(matcher.lexicon.orgCues.filter((c) => c.kind === 'head').map((c) => c.word))));
  return heads;
}

/** Statistical finders read "Check Also" or "Leave a Reply" as names, and "Euro" as MISC: drop those mentions. */
function notInPageFurniture(doc: WorkingDoc): (m: RawMention) => boolean {
  const sentences = doc.sentences ?? [];
  const furniture = new Map<number, boolean>();
  const isFurniture = (i: number): boolean => {
    let v = furniture.get(i);
    if (v === undefined) {
      const s = sentences[i];
      v = s !== undefined && s.end - s.start <= 200 && isPageFurniture(doc.text.slice(s.start, s.end));
      furniture.set(i, v);
    }
    return v;
  };
  return (m) => (m.source !== 'model' && m.source !== 'compromise' && m.source !== 'cluster') || (!isFurniture(m.sentence) && !isNonName(m.text));
}

/** Clusters the stage's mentions into entities; sets RawMention.entity. */
export function buildEntities(doc: WorkingDoc) {
  const mentions = doc.mentions ?? [];
  const sections = doc.sections ?? [];
  const sentences = doc.sentences ?? [];
  return clusterMentions({
    text: doc.text,
    names: mentions.filter((m) => !m.derived),
    derived: mentions.filter((m) => m.derived),
    sentenceSection: (s) => {
      const idx = sentences[s]?.section;
      return idx === undefined ? undefined : sections[idx]?.kind;
    },
  });
}
