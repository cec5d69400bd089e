/**
 * The gazetteer's lexicons (titles, organisation cues) for one language, indexed for the rules: word sets, and
 * inflected compound forms in suffix indexes. Built once per profile and gazetteer.
 */
import type { EntityRuleWords } from '../../doc/language-profile.js';
import type { GazetteerMatcher, OrgCue } from '../gazetteer/index.js';
import { SuffixIndex } from '../../lang/suffix-index.js';

/** The gazetteer's lexicons for one language, indexed for the rules. */
export interface Compiled {
  /** First token of a title → longest title length in tokens. */
  titlePhrases: Map<string, number>;
  /** Title phrases (tokens joined by one space). */
  titleSet: Set<string>;
  /** Inflected forms of compound title heads. */
  headForms: SuffixIndex<string>;
  /** Inflected forms of compound organisation heads. */
  compoundForms: SuffixIndex<OrgCue>;
  suffixCues: Map<string, OrgCue>;
  headCues: Map<string, OrgCue>;
  /** Compound heads of authorities named by their seat ("…gericht", "…staatsanwaltschaft"). */
  seatForms: SuffixIndex<OrgCue>;
  /** Whole words naming an authority by its seat ("Polizei"). */
  seatWords: Map<string, OrgCue>;
  /** Last words that make a company name ("Health", "Payments"). */
  tails: Map<string, OrgCue>;
  /** Descriptor compound tails ("…hersteller") in their inflected forms. */
  descriptorForms: SuffixIndex<OrgCue>;
  /** Whole-word descriptors (German capitalised, English lowercase); `generic` ones need evidence. */
  descriptorWords: Map<string, OrgCue>;
  /** Lowercase compounds of a descriptor ("chipmaker"), when the language has them. */
  descriptorCompound?: RegExp;
}
const compiledFor = new WeakMap<EntityRuleWords, WeakMap<GazetteerMatcher, Compiled>>();

export function compile(g: GazetteerMatcher, rules: EntityRuleWords): Compiled {
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
  const seatForms = new SuffixIndex<OrgCue>();
  const seatWords = new Map<string, OrgCue>();
  const tails = new Map<string, OrgCue>();
  const descriptorForms = new SuffixIndex<OrgCue>();
  const descriptorWords = new Map<string, OrgCue>();
  const addForms = (index: SuffixIndex<OrgCue>, cue: OrgCue, endings: readonly string[]): void => {
    for (const tail of endings) index.add(cue.word + tail, cue);
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
  const headForms = new SuffixIndex<string>();
  const titleHeads = (g.lexicon.titleHeads as Partial<Record<string, string[]>>)[code] ?? [];
  for (const head of titleHeads) {
    for (const tail of rules.compounds?.titleHead ?? []) {
      headForms.add(head + tail, head + tail);
    }
  }
  const compoundForms = new SuffixIndex<OrgCue>();
  for (const cue of compoundCues) {
    if (cue.lang !== code) continue;
    for (const tail of rules.compounds?.organisationHead ?? []) compoundForms.add(cue.word + tail, cue);
  }
  const head = rules.companies.descriptorCompoundHead;
  const descriptorCompound = head ? new RegExp(`^\\p{Ll}+${head}s?$`, 'u') : undefined;
  c = { titlePhrases, titleSet, headForms, compoundForms, suffixCues, headCues, seatForms, seatWords, tails, descriptorForms, descriptorWords, descriptorCompound };
  byMatcher.set(g, c);
  return c;
}

