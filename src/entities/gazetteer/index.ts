/**
 * The gazetteer: countries, cities, regions, organisations and media from models/gazetteer/ (compiled by
 * scripts/build-resources.ts), read and verified (load.ts), indexed (tables.ts) and matched over tokens (match.ts)
 * in the document's language (its profile's GazetteerWords).
 */
import { resolve } from 'node:path';
import type { GazetteerWords } from '../../doc/language-profile.js';
import { profileFor } from '../../lang/index.js';
import { resourceDir } from '../../resources/locate.js';
import { sharedInstitutions } from './shared-institutions.js';
import { readGazetteerFiles } from './load.js';
import { NameMatcher } from './match.js';
import { buildTables } from './tables.js';
import type { GazetteerLanguage, GazetteerMatcher } from './types.js';

export type * from './types.js';
export { rekeySharedInstitutions } from './shared-institutions.js';

const cache = new Map<string, GazetteerMatcher>();

/** Loads (once per folder) and verifies the compiled gazetteer, by default the package's models/gazetteer.
 * Throws E002 (missing) or E003 (checksum/format). */
export function loadGazetteer(dir: string = resourceDir('gazetteer')): GazetteerMatcher {
  const abs = resolve(dir);
  let m = cache.get(abs);
  if (!m) {
    m = buildMatcher(abs);
    cache.set(abs, m);
  }
  return m;
}

const wordsOf = (lang: GazetteerLanguage): GazetteerWords => (typeof lang === 'string' ? profileFor(lang) : lang).gazetteer;

function buildMatcher(dir: string): GazetteerMatcher {
  const { manifest, entries, extras, lexicon, surnames } = readGazetteerFiles(dir);
  const tables = buildTables(entries, extras);
  const firstNames = new Set(lexicon.firstNames);
  const names = new NameMatcher(tables, firstNames);
  return {
    version: manifest.version,
    entryCount: entries.length,
    find: (text, tokens, lang) => names.find(text, tokens, wordsOf(lang)),
    get: (key) => tables.byKey.get(key),
    lookup: (surface, lang) => names.lookup(surface, wordsOf(lang)),
    countryOfAdjective: (word, lang) => names.countryOfAdjective(word, wordsOf(lang)),
    canonical: (entry, lang) => names.canonical(entry, wordsOf(lang)),
    lexicon,
    firstNames,
    surnames,
    sharedInstitutions: sharedInstitutions(entries),
  };
}
