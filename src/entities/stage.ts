/**
 * The entity stage: runs the finders the document's profile names (entityFinders) and merges what they found.
 * Every language gets the gazetteer; German adds title/role rules and the German tagger (models/de), English adds
 * the rules, its tagger (models/en, if shipped), the capitalised-run rules with compromise's word list and, with the
 * option `compromise`, compromise's tagger; other languages stop at the gazetteer (names of
 * countries, organisations and media are often shared).
 */
import type { RawMention, WorkingDoc } from '../doc/types.js';
import { profileOf } from '../lang/index.js';
import { rekeySharedInstitutions, type GazetteerMatcher } from './gazetteer/index.js';
import { findRuleMentions } from './rules/index.js';
import { trimTrailingNouns } from './trailing-nouns.js';
import { findEnglishMentions } from './english/index.js';
import { resolveMentions } from './merge.js';
import { isPageFurniture } from '../segment/sections.js';
import { isNonName } from './non-names.js';
import { propagateNames } from './propagate.js';
import { findDatelines } from './dateline.js';
import { clusterMentions } from './cluster.js';
import type { EntityResources } from './resources.js';
import { taggerMentions } from './tagger-mentions.js';

/** Characters of text that compromise reads per document (about 10 s of work). */
export const COMPROMISE_CHAR_BUDGET = 1_000_000;

export function findMentions(doc: WorkingDoc, resources: EntityResources): RawMention[] {
  const profile = profileOf(doc);
  const finders = profile.entityFinders;
  const tokens = doc.tokens ?? [];
  const matcher = resources.getGazetteer();
  const gazetteer = matcher.find(doc.text, tokens, profile);
  // Appended in loops: push(...list) overflows the call stack on the long lists of a 10 MB document.
  const candidates: RawMention[] = [];
  const add = (list: readonly RawMention[]) => {
    for (const m of list) candidates.push(m);
  };
  add(gazetteer);
  const tagger = finders.tagger && resources.getTagger(finders.tagger);
  if (finders.rules) {
    const ruleMentions = findRuleMentions(doc.text, tokens, profile, gazetteer, matcher);
    if (finders.trimTrailingNouns && tagger) trimTrailingNouns(ruleMentions, doc.text, tokens, tagger.model.lexicon, matcher);
    add(ruleMentions);
    add(findDatelines(doc.text, tokens, profile, matcher));
  }
  if (finders.tagger && tagger) add(taggerMentions(doc, tagger, finders.tagger, matcher.firstNames));
  if (finders.compromise) {
    // compromise's tagger reads ~20k words/s: past the budget (or with `compromise: false`) the capitalised-run
    // rules carry on with tags from its word list.
    const budget = resources.compromise ? COMPROMISE_CHAR_BUDGET : 0;
    add(findEnglishMentions(doc.text, doc.sentences ?? [], tokens, { compromiseCharBudget: budget }));
    if (resources.compromise && doc.text.length > COMPROMISE_CHAR_BUDGET) {
      doc.diagnostics.push({
        code: 'W006',
        severity: 'info',
        message: `Long English text: compromise read the first ${COMPROMISE_CHAR_BUDGET.toLocaleString('en')} characters; the rest was tagged by gazetteers, rules and the tagger only.`,
      });
    }
  }
  const { names, derived } = resolveMentions(candidates.filter(notInPageFurniture(doc)), doc.text, orgHeadWords(matcher));
  rekeySharedInstitutions(names, matcher, profile);
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
