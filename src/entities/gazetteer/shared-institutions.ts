/**
 * Institutions that several German-speaking countries name alike: "Nationalrat" is Austria's and Switzerland's
 * parliament chamber, "Bundesrat" Germany's and Switzerland's. The gazetteer gives the bare name to one country's
 * entry; in a document whose places point to another country that has the same institution (its entry is named
 * "Schweizer Nationalrat", "Schweizerischer Bundesrat", …), the bare name is re-keyed to that country's entry.
 */
import type { RawMention } from '../../doc/types.js';
import type { LanguageProfile } from '../../doc/language-profile.js';
import type { GazetteerEntry, GazetteerMatcher, SharedInstitutions } from './types.js';

const COUNTRY_OF_PREFIX: Record<string, string> = { de: 'DE', at: 'AT', ch: 'CH' };
/** Country adjectives that qualify an institution's name, any German ending. */
const QUALIFIER = /^(?:Schweizer|Schweizerisch|Österreichisch|Oesterreichisch|Deutsch)(?:e[nrs]?)?$/u;

const countryOfKey = (key: string): string | undefined => COUNTRY_OF_PREFIX[/^org:([a-z]{2})-/.exec(key)?.[1] ?? ''];

export function sharedInstitutions(entries: Iterable<GazetteerEntry>): SharedInstitutions {
  const byBare = new Map<string, Map<string, GazetteerEntry>>();
  for (const e of entries) {
    const cc = e.type === 'ORG' ? countryOfKey(e.key) : undefined;
    if (!cc) continue;
    for (const name of e.names.de ?? []) {
      const words = name.split(' ');
      // the bare name itself ("Nationalrat") or the name after a country adjective ("Schweizer Nationalrat")
      const bare = words.length === 1 ? name : words.length === 2 && QUALIFIER.test(words[0]!) ? words[1]! : undefined;
      if (!bare || !/^\p{Lu}/u.test(bare)) continue;
      let m = byBare.get(bare);
      if (!m) byBare.set(bare, (m = new Map()));
      if (!m.has(cc)) m.set(cc, e);
    }
  }
  const bareOf = new Map<string, string>();
  for (const [bare, m] of byBare) {
    if (m.size < 2) byBare.delete(bare);
    else for (const e of m.values()) bareOf.set(e.key, bare);
  }
  return { bareOf, byBare };
}

/** Re-keys bare shared institution names to the country the document's places point to most (in place). */
export function rekeySharedInstitutions(mentions: readonly RawMention[], gazetteer: GazetteerMatcher, profile: LanguageProfile): void {
  const table = gazetteer.sharedInstitutions;
  const candidates = mentions.filter((m) => m.key && table.bareOf.has(m.key) && !QUALIFIER.test(m.text.split(' ')[0]!));
  if (!candidates.length) return;
  const evidence = new Map<string, number>();
  for (const m of mentions) {
    if (!m.key || m.type !== 'LOC') continue;
    const cc = m.key.startsWith('iso:') ? m.key.slice(4) : gazetteer.get(m.key)?.cc;
    if (cc) evidence.set(cc, (evidence.get(cc) ?? 0) + 1);
  }
  for (const m of candidates) {
    const own = countryOfKey(m.key!)!;
    const options = table.byBare.get(table.bareOf.get(m.key!)!)!;
    let best = own;
    for (const cc of options.keys()) if ((evidence.get(cc) ?? 0) > (evidence.get(best) ?? 0)) best = cc;
    if (best === own) continue;
    const e = options.get(best)!;
    m.key = e.key;
    m.canonical = gazetteer.canonical(e, profile);
    m.subtype = e.subtype;
  }
}
