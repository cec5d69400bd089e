/**
 * Choosing one reading where finders disagree: mentions from title rules, gazetteers, the statistical tagger
 * and compromise overlap; we keep a non-overlapping set, preferring the more reliable source, and let a
 * longer tagger span absorb a gazetteer name it contains ("Universität Seoul", "Yonhap News").
 */
import type { MentionSource, RawMention } from '../doc/types.js';
import { lowerBound } from '../doc/tokens.js';

const PRIORITY: Record<MentionSource, number> = { rule: 4, gazetteer: 3, model: 1, compromise: 2, cluster: 0 };

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** True when the span is a whole word, not the name part of a hyphen compound ("NATO" in "NATO-Hügel"). */
function wholeWord(m: RawMention, text: string): boolean {
  return !HYPHENS.has(text[m.start - 1] ?? '') && !HYPHENS.has(text[m.end] ?? '');
}

/**
 * Picks non-overlapping name mentions. Derived mentions (country adjectives) are returned apart: they link
 * to entities but never compete with names, except that a name mention covering the same span wins.
 */
export function resolveMentions(
  candidates: RawMention[],
  text: string,
  orgHeads: ReadonlySet<string> = new Set(),
): { names: RawMention[]; derived: RawMention[] } {
  const derivedAll = candidates.filter((m) => m.derived);
  // Statistical spans that are a country adjective ("Swedish" as MISC) or run into a person's title
  // ("Canadian Trade Minister" as ORG before "Mary Ng") lose to the lexical readings of those words.
  const derivedSpans = new Set(derivedAll.map((d) => `${d.start}:${d.end}`));
  // Title characters marked in one array: a per-mention scan of all titles would be quadratic on long texts.
  const inTitle = new Uint8Array(text.length);
  for (const m of candidates) if (m.title) inTitle.fill(1, m.title.start, m.title.end);
  const overlapsTitle = (m: RawMention) => {
    for (let i = m.start; i < m.end; i++) if (inTitle[i]) return true;
    return false;
  };
  const statistical = (m: RawMention) => m.source === 'model' || m.source === 'compromise';
  const names = candidates.filter(
    (m) => !m.derived && m.end > m.start && !(statistical(m) && (derivedSpans.has(`${m.start}:${m.end}`) || overlapsTitle(m))),
  );

  // English taggers take a sentence-initial article into the name ("The Federal Court of Australia"); names
  // that really start with "The" ("The Hague", "The Associated Press") are in the gazetteer, which then wins.
  for (const m of names) {
    if (!statistical(m)) continue;
    const article = /^(?:The|the)\s+(?=\p{Lu})/u.exec(m.text);
    if (!article) continue;
    m.start += article[0].length;
    m.text = m.text.slice(article[0].length);
    m.tokenStart = undefined;
  }

  // "Britain's Competition and Markets Authority": a known place or organisation in the possessive before
  // a tagger span is the owner, not part of the name.
  const gazetteerAt = new Map(names.filter((m) => m.source === 'gazetteer').map((m) => [m.start, m]));
  for (const m of names) {
    if (!statistical(m)) continue;
    const owner = gazetteerAt.get(m.start);
    if (!owner || owner.end >= m.end) continue;
    // The tokeniser keeps "Britain's" whole, so the possessive may be inside the gazetteer span or after it.
    const rest = text.slice(owner.end, m.end);
    const possessive = /['’]s$/u.test(owner.text) ? /^\s+/u.exec(rest) : /^['’]s\s+/u.exec(rest);
    if (!possessive) continue;
    m.start = owner.end + possessive[0].length;
    m.text = text.slice(m.start, m.end);
    m.tokenStart = undefined;
  }

  // A confident tagger span that strictly contains a whole-word gazetteer span takes it over; with the
  // same type it inherits the gazetteer's key, subtype and canonical name. Gazetteer spans sorted by start
  // make this a binary search per tagger span instead of a scan over all pairs.
  const gazetteer = names.filter((m) => m.source === 'gazetteer' && wholeWord(m, text)).sort((a, b) => a.start - b.start);
  const absorbed = new Set<RawMention>();
  const absorbing = new Set<RawMention>();
  // A less sure tagger organisation still takes a name in when it has an organisation head word around it
  // ("University of North Carolina", "BBC World Service"): the gazetteer name alone would drop the head.
  const headed = (m: RawMention) => m.type === 'ORG' && m.confidence >= 0.5 && m.text.split(/\s+/).some((w) => orgHeads.has(w));
  for (const outer of names) {
    if ((outer.source !== 'model' && outer.source !== 'compromise') || (outer.confidence < 0.8 && !headed(outer))) continue;
    for (let i = firstAtOrAfter(gazetteer, outer.start); i < gazetteer.length && gazetteer[i]!.start < outer.end; i++) {
      const inner = gazetteer[i]!;
      if (inner.end > outer.end || inner.end - inner.start >= outer.end - outer.start) continue;
      absorbed.add(inner);
      absorbing.add(outer);
      if (inner.type === outer.type && inner.key && !outer.key) {
        outer.key = inner.key;
        if (inner.subtype) outer.subtype = inner.subtype;
        if (inner.canonical) outer.canonical = inner.canonical;
      }
    }
  }

  // Rules, gazetteer entries and tagger spans that absorbed a gazetteer name form the reliable tier; inside
  // it the longer span wins ("Austria Presse Agentur" over the rule's "Presse Agentur"), then rule over gazetteer.
  const tier = (m: RawMention) => (absorbing.has(m) || m.source === 'rule' || m.source === 'gazetteer' ? 3 : PRIORITY[m.source]);
  const ranked = names
    .filter((m) => !absorbed.has(m))
    .sort(
      (a, b) =>
        tier(b) - tier(a) ||
        b.end - b.start - (a.end - a.start) ||
        PRIORITY[b.source] - PRIORITY[a.source] ||
        a.start - b.start ||
        (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
    );
  // Greedy choice with an occupancy map over the text: linear in the total length of the spans.
  const taken = new Uint8Array(text.length);
  const kept: RawMention[] = [];
  for (const m of ranked) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);

  // Derived mentions stay unless a name covers them completely.
  const derived = derivedAll
    .filter((d) => {
      for (let i = d.start; i < d.end; i++) if (!taken[i]) return true;
      return false;
    })
    .sort((a, b) => a.start - b.start);
  return { names: kept, derived: dedupe(derived) };
}

function firstAtOrAfter(sorted: RawMention[], start: number): number {
  return lowerBound(sorted, (m) => m.start < start);
}

function dedupe(ms: RawMention[]): RawMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = `${m.start}:${m.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
