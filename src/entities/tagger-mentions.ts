/**
 * Mentions from a statistical tagger (the German or English perceptron model): IOB labels per sentence become
 * token-aligned spans, with their edges mended (punctuation, sentence openers, name particles the tagger left out).
 */
import type { TaggerUse } from '../doc/language-profile.js';
import type { RawMention, Token, WorkingDoc } from '../doc/types.js';
import type { NerTagger } from '../ner/index.js';
import { GAZ_BITS, type Lexicon } from '../ner/features.js';
import { isDictionaryNoun } from './trailing-nouns.js';
import { genitiveBases } from './gazetteer/inflection.js';
import { POSSESSIVE_RE } from './english/tokens.js';

/** Mentions from the statistical tagger, sentence by sentence, as token-aligned spans, kept as the profile's `use` says. */
export function taggerMentions(doc: WorkingDoc, tagger: NerTagger, use: TaggerUse, firstNames: ReadonlySet<string>): RawMention[] {
  const tokens = doc.tokens ?? [];
  const out: RawMention[] = [];
  const names = use.particlesAfterFirstName ? firstNames : undefined;
  let i = 0;
  while (i < tokens.length) {
    const sentence = tokens[i]!.sentence;
    let j = i;
    while (j < tokens.length && tokens[j]!.sentence === sentence) j++;
    const slice = tokens.slice(i, j);
    const { labels, confidence } = tagger.tagWithLazyScores(slice.map((t) => t.text));
    // confidences are read inside entity spans only: a sentence without one needs none
    if (labels.some((l) => l !== 'O')) spansFromLabels(doc.text, slice, labels, confidence(), i, out, use, names, tagger.model.lexicon);
    i = j;
  }
  return out.filter(
    (m) =>
      (use.minConfidence === undefined || m.confidence >= use.minConfidence) &&
      !use.dropTypes.has(m.type) &&
      !(use.dropsDesignations && isDesignationNumber(m, tokens, tagger)) &&
      !isCountryGenitivePhrase(m, tokens, tagger.model.lexicon),
  );
}

const COUNTRY_BIT = 1 << GAZ_BITS.indexOf('country');
/**
 * "Chinas Armee", "Russlands Regierung": a country in the genitive and common nouns are no organisation's name, though
 * the tagger may read them as one; without the span, the country is found by the gazetteer and the noun stays its agent.
 */
function isCountryGenitivePhrase(m: RawMention, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (m.type !== 'ORG' || m.tokenStart === undefined || m.tokenEnd === undefined || m.tokenEnd - m.tokenStart < 2) return false;
  const first = tokens[m.tokenStart]!.text;
  if (!/^\p{Lu}/u.test(first) || !genitiveBases(first).some((base) => (lexicon.gaz.get(base) ?? 0) & COUNTRY_BIT)) return false;
  for (let k = m.tokenStart + 1; k < m.tokenEnd; k++) if (!isDictionaryNoun(tokens[k]!.text, lexicon, true)) return false;
  return true;
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

const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;

const CONJUNCTIONS = new Set(['und', 'oder', 'sowie', 'bzw.', 'and', 'or']);
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
  use: Pick<TaggerUse, 'sentenceOpeners' | 'possessiveS'>,
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
    if (first === 0 && first < last && use.sentenceOpeners.has(toks[first]!.text)) first++;
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
    // The same for a person span the tagger ran over the particles itself ("[Peter von der Post] kam"): a final common
    // noun after the particles is cut off with them, the first name stays
    if (type === 'PER' && lexicon && last - first >= 2 && isDictionaryNoun(toks[last]!.text, lexicon, true)) {
      const pair = JOINABLE_PARTICLE_PAIRS.has(`${toks[last - 2]!.text} ${toks[last - 1]!.text}`);
      if (pair || (JOINABLE_PARTICLES.has(toks[last - 1]!.text) && /^\p{Ll}/u.test(toks[last - 1]!.text))) last -= pair ? 3 : 2;
    }
    if (first > last) {
      k = e;
      continue;
    }
    const start = toks[first]!.start;
    // English tokens keep a possessive ("Negan's"); the name ends before it, as the English rules' names do.
    const lastToken = toks[last]!;
    const end = use.possessiveS && POSSESSIVE_RE.test(lastToken.text) && lastToken.end - lastToken.start > 2 ? lastToken.end - 2 : lastToken.end;
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
