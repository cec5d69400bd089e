/**
 * Choosing one reading where finders disagree: mentions from title rules, gazetteers, the statistical tagger
 * and compromise overlap; we keep a non-overlapping set, preferring the more reliable source, and let a
 * longer tagger span absorb a gazetteer name it contains ("Universität Seoul", "Yonhap News").
 */
import type { MentionSource, RawMention } from '../pipeline/types.js';

const PRIORITY: Record<MentionSource, number> = { rule: 4, gazetteer: 3, model: 2, compromise: 1, cluster: 0 };

/** True when the span starts and ends on token boundaries (not a part of a hyphen compound). */
function tokenAligned(m: RawMention): boolean {
  return m.tokenStart !== undefined && m.tokenEnd !== undefined;
}

function overlaps(a: RawMention, b: RawMention): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Picks non-overlapping name mentions. Derived mentions (country adjectives) are returned apart: they link
 * to entities but never compete with names, except that a name mention covering the same span wins.
 */
export function resolveMentions(candidates: RawMention[]): { names: RawMention[]; derived: RawMention[] } {
  const derivedAll = candidates.filter((m) => m.derived);
  const names = candidates.filter((m) => !m.derived && m.end > m.start);

  // A confident tagger/rule span that strictly contains a token-aligned gazetteer span takes it over;
  // with the same type it inherits the gazetteer's key, subtype and canonical name.
  const absorbed = new Set<RawMention>();
  for (const outer of names) {
    if (outer.source !== 'model' && outer.source !== 'compromise') continue;
    if (outer.confidence < 0.8) continue;
    for (const inner of names) {
      if (inner.source !== 'gazetteer' || !tokenAligned(inner)) continue;
      if (inner.start >= outer.start && inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start) {
        absorbed.add(inner);
        if (inner.type === outer.type && inner.key && !outer.key) {
          outer.key = inner.key;
          if (inner.subtype) outer.subtype = inner.subtype;
          if (inner.canonical) outer.canonical = inner.canonical;
        }
      }
    }
  }

  const ranked = names
    .filter((m) => !absorbed.has(m))
    .map((m) => ({ m, rank: absorbedBonus(m, absorbed) }))
    .sort(
      (a, b) =>
        b.rank - a.rank ||
        b.m.end - b.m.start - (a.m.end - a.m.start) ||
        a.m.start - b.m.start ||
        (a.m.type < b.m.type ? -1 : a.m.type > b.m.type ? 1 : 0),
    );
  const kept: RawMention[] = [];
  for (const { m } of ranked) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  kept.sort((a, b) => a.start - b.start || a.end - b.end);

  const derived = derivedAll
    .filter((d) => !kept.some((k) => overlaps(k, d) && !(k.start > d.start || k.end < d.end)))
    .sort((a, b) => a.start - b.start);
  return { names: kept, derived: dedupe(derived) };
}

// A span that absorbed a gazetteer name ranks as high as the gazetteer itself.
function absorbedBonus(m: RawMention, absorbed: Set<RawMention>): number {
  const base = PRIORITY[m.source];
  if (absorbed.size && (m.source === 'model' || m.source === 'compromise')) {
    for (const a of absorbed) if (a.start >= m.start && a.end <= m.end) return Math.max(base, PRIORITY.gazetteer) + 0.5;
  }
  return base;
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
