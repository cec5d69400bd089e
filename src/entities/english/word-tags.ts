/**
 * compromise's word list (compromise 14.17.0, MIT, © Spencer Kelly) as shipped data: every lexicon entry without a
 * space, with its tags and their parents ("smith" → LastName, Noun, Singular, Person, ProperNoun), and the
 * nationality adjectives (Demonym). scripts/build-english-word-tags.ts writes it to models/en/word-tags.json, and
 * test/english-word-tags.test.ts checks that it equals what the installed compromise gives. The capitalised-run rules
 * read it, so English text without compromise's tagger (the default) does not load compromise (≈ 0.35 s and its
 * memory). Without the file the list is read from compromise itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourceDir } from '../../resources/locate.js';
import { compromise, type Compromise } from './compromise.js';

export interface EnglishWordList {
  /** where the list comes from, with the compromise version */
  readonly source: string;
  /** the distinct tag lists (each tag followed by its parents, duplicates removed) */
  readonly tagSets: readonly (readonly string[])[];
  /** word → index into tagSets */
  readonly words: Readonly<Record<string, number>>;
  /** lexicon entries tagged Demonym ("korean", "new zealander") */
  readonly demonyms: readonly string[];
}

export const WORD_TAGS_FILE = 'word-tags.json';

/** The word list of a compromise instance, deterministically (words sorted). */
export function wordListFromCompromise(nlp: Compromise): EnglishWordList {
  const model = nlp.model() as { one?: { lexicon?: Record<string, string | string[]>; tagSet?: Record<string, { parents?: string[] }> } };
  const lexicon = model.one?.lexicon ?? {};
  const tagSet = model.one?.tagSet ?? {};
  const tagSets: string[][] = [];
  const setIndex = new Map<string, number>();
  const words: Record<string, number> = {};
  const demonyms: string[] = [];
  for (const word of Object.keys(lexicon).sort()) {
    const raw = lexicon[word]!;
    const tags = typeof raw === 'string' ? [raw] : raw;
    if (tags.includes('Demonym')) demonyms.push(word);
    if (word.includes(' ')) continue; // one token never holds a space: such entries are never looked up
    const expanded = [...new Set(tags.flatMap((t) => [t, ...(tagSet[t]?.parents ?? [])]))];
    const key = expanded.join('|');
    let index = setIndex.get(key);
    if (index === undefined) setIndex.set(key, (index = tagSets.push(expanded) - 1));
    words[word] = index;
  }
  return { source: `compromise ${nlp.version} lexicon (MIT, © Spencer Kelly)`, tagSets, words, demonyms };
}

interface Loaded {
  /** word → its tag list as a set, one set per distinct list, shared by every token that reads it */
  tags: Map<string, ReadonlySet<string>>;
  demonyms: ReadonlySet<string>;
}
let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const file = join(resourceDir('en'), WORD_TAGS_FILE);
  const list = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as EnglishWordList) : wordListFromCompromise(compromise());
  const sets = list.tagSets.map((t) => new Set(t));
  const tags = new Map<string, ReadonlySet<string>>();
  for (const [word, index] of Object.entries(list.words)) tags.set(word, sets[index]!);
  loaded = { tags, demonyms: new Set(list.demonyms) };
  return loaded;
}

/** The tags (with parents) of a lower-case word, undefined when compromise's lexicon has no entry for it. The set is
 * shared by every caller (and every token of the word): never change it. */
export function englishWordTags(word: string): ReadonlySet<string> | undefined {
  return load().tags.get(word);
}

/** Whether compromise's lexicon has an entry for the lower-case word. */
export function isLexiconWord(word: string): boolean {
  return load().tags.has(word);
}

/** The lexicon's nationality adjectives (lower case). */
export function lexiconDemonyms(): ReadonlySet<string> {
  return load().demonyms;
}
