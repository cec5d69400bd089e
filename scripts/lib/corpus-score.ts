/**
 * Scoring a Document against a corpus/expected file: entity-level precision/recall (a predicted entity is
 * right when its type matches and its name or one of its mentions is the expected name or an alias) and,
 * per expected event, whether an event with that CAMEO code (or root) and those arguments was extracted.
 */
import type { Document, Entity } from '../../src/schema/document.js';
import type { Expected, ExpectedEntity, ExpectedEvent } from '../../test/helpers/corpus.js';

export interface EntityScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  missed: string[];
  spurious: string[];
  perType: Record<string, { tp: number; fp: number; fn: number }>;
}

export interface EventScore {
  cameo: string;
  found: boolean;
  problems: string[];
}

const forms = (e: ExpectedEntity) => new Set([e.name, ...(e.aliases ?? [])].map((s) => s.toLowerCase()));
const entityForms = (e: Entity) => new Set([e.name, ...e.mentions.filter((m) => !m.derived).map((m) => m.text)].map((s) => s.toLowerCase()));

function matches(pred: Entity, gold: ExpectedEntity): boolean {
  if (pred.type !== gold.type) return false;
  const g = forms(gold);
  return [...entityForms(pred)].some((f) => g.has(f));
}

export function scoreEntities(doc: Document, expected: Expected): EntityScore {
  const perType: EntityScore['perType'] = {};
  const bump = (t: string, k: 'tp' | 'fp' | 'fn') => ((perType[t] ??= { tp: 0, fp: 0, fn: 0 })[k] += 1);
  // Entities with only derived mentions ("französische" without "Frankreich") are links, not names in the text.
  const predicted = doc.entities.filter((e) => e.mentions.some((m) => !m.derived));
  const used = new Set<Entity>();
  const missed: string[] = [];
  for (const gold of expected.entities) {
    const hit = predicted.find((p) => !used.has(p) && matches(p, gold));
    if (hit) {
      used.add(hit);
      if (!gold.optional) bump(gold.type, 'tp');
    } else if (!gold.optional) {
      missed.push(`${gold.name}/${gold.type}`);
      bump(gold.type, 'fn');
    }
  }
  const optionalHit = (p: Entity) => expected.entities.some((g) => g.optional && [...entityForms(p)].some((f) => forms(g).has(f)));
  const spurious: string[] = [];
  for (const p of predicted) {
    if (used.has(p) || optionalHit(p)) continue;
    spurious.push(`${p.name}/${p.type}`);
    bump(p.type, 'fp');
  }
  const tp = Object.values(perType).reduce((a, x) => a + x.tp, 0);
  const fp = spurious.length;
  const fn = missed.length;
  return {
    tp,
    fp,
    fn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    missed,
    spurious,
    perType,
  };
}

export function scoreEvents(doc: Document, expected: Expected): EventScore[] {
  const nameOf = new Map(doc.entities.map((e) => [e.id, e.name]));
  const formsOf = new Map(doc.entities.map((e) => [e.id, entityForms(e)]));
  const isEntity = (id: string | undefined, name: string) => id !== undefined && (formsOf.get(id)?.has(name.toLowerCase()) ?? false);
  return expected.events.map((want: ExpectedEvent) => {
    const candidates = doc.events.filter((e) => e.section === undefined && e.cameo.startsWith(want.cameo));
    let best: { problems: string[] } = { problems: [`no main-story event with CAMEO ${want.cameo}*`] };
    for (const ev of candidates) {
      const problems: string[] = [];
      for (const p of want.participants) {
        const part = ev.participants.find((x) => isEntity(x.entity, p));
        if (!part) problems.push(`participant ${p} missing`);
        const aff = want.affiliations?.[p];
        if (part && aff && !isEntity(part.affiliation, aff)) {
          problems.push(`affiliation of ${p}: want ${aff}, got ${part.affiliation ? nameOf.get(part.affiliation) : 'none'}`);
        }
      }
      if (want.location && !isEntity(ev.location?.entity, want.location)) problems.push(`location: want ${want.location}, got ${ev.location?.text ?? 'none'}`);
      if (want.time && ev.time?.value !== want.time) problems.push(`time: want ${want.time}, got ${ev.time?.value ?? 'none'}`);
      const areas = new Set((ev.areas ?? []).map((a) => a.text.toLowerCase()));
      for (const a of want.areas ?? []) if (!areas.has(a.toLowerCase())) problems.push(`area ${a} missing`);
      if (want.areaCount !== undefined && ev.areaCount !== want.areaCount) problems.push(`areaCount: want ${want.areaCount}, got ${ev.areaCount ?? 'none'}`);
      if (problems.length < best.problems.length || best.problems[0]?.startsWith('no main-story')) best = { problems };
      if (!problems.length) break;
    }
    return { cameo: want.cameo, found: best.problems.length === 0, problems: best.problems };
  });
}

export function scoreDocument(doc: Document, expected: Expected) {
  return { entities: scoreEntities(doc, expected), events: scoreEvents(doc, expected) };
}
