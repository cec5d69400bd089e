/**
 * Scores extract() on events-dev-real (shared data: 45 German SmartData news documents, 70 PUD sentence pairs
 * de/en with gold CAMEO-rooted events) with the scorer its README describes (scripts/lib/event-score.ts states
 * every matching rule). Prints one column per subset (SmartData de, PUD de, PUD en, all): events found, roles on
 * found two-group events, locations, spurious events per document with and without 010, entity P/R/F1, and the
 * cross-lingual agreement over the PUD pairs. docs/evaluation.md records the runs.
 *
 *   npm run eval:events                       # the table
 *   npm run eval:events -- --verbose          # plus every miss (nearest system event and what it lacks),
 *                                             # every spurious event, wrong role, wrong location, pair disagreement
 *   npm run eval:events -- --json             # everything as one JSON object
 *   npm run eval:events -- --dir PATH         # another folder of gold files in the same format
 *   npm run eval:events -- --compromise       # with compromise's tagger too (also --no-event-parse)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import type { Entity } from '../src/schema/document.js';
import { sharedData } from './lib/shared-data.js';
import { speedOptionsFromArgv } from './lib/speed-options.js';
import { exitWithUsageOnHelp } from './lib/usage.js';
import {
  comparePair,
  describeEvent,
  describeGold,
  isStatement,
  MISS_CLASSES,
  scoreEntities,
  scoreEvents,
  type EntityResult,
  type EventResult,
  type GoldDocument,
  type MissClass,
} from './lib/event-score.js';

exitWithUsageOnHelp(import.meta.url);
const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose') || argv.includes('-v');
const json = argv.includes('--json');
const dirArg = argv.includes('--dir') ? argv[argv.indexOf('--dir') + 1] : undefined;
const dir = dirArg ?? join(sharedData('events-dev-real'), 'events-dev-real');
const options = speedOptionsFromArgv(argv);

function subsetOf(g: GoldDocument): string {
  if (g.id.startsWith('sd-')) return 'SmartData de';
  if (g.id.startsWith('pud-')) return `PUD ${g.language}`;
  return `other ${g.language}`;
}

interface Scored {
  gold: GoldDocument;
  subset: string;
  entities: EntityResult;
  events: EventResult;
  byId: Map<string, Entity>;
}

const scored: Scored[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldDocument;
  const doc = extract(gold.text, options);
  scored.push({
    gold,
    subset: subsetOf(gold),
    entities: scoreEntities(gold, doc),
    events: scoreEvents(gold, doc),
    byId: new Map(doc.entities.map((e) => [e.id, e])),
  });
}

// ---------------------------------------------------------------------------------------------------- sums

interface Totals {
  docs: number;
  gold: number;
  found: number;
  twoGroup: number;
  roles: Record<'right' | 'swapped' | 'party' | 'other', number>;
  goldWithLocation: number;
  foundWithLocation: number;
  locationRight: number;
  emitted: number;
  spurious: number;
  spuriousStatements: number;
  entities: { tp: number; fp: number; fn: number };
  misses: Record<MissClass, number>;
}

function sum(docs: Scored[]): Totals {
  const t: Totals = {
    docs: docs.length, gold: 0, found: 0, twoGroup: 0, roles: { right: 0, swapped: 0, party: 0, other: 0 },
    goldWithLocation: 0, foundWithLocation: 0, locationRight: 0, emitted: 0, spurious: 0, spuriousStatements: 0,
    entities: { tp: 0, fp: 0, fn: 0 },
    misses: Object.fromEntries(MISS_CLASSES.map((c) => [c, 0])) as Record<MissClass, number>,
  };
  for (const d of docs) {
    for (const r of d.events.events) {
      t.gold++;
      if (r.gold.location) t.goldWithLocation++;
      if (!r.match) {
        if (r.missClass) t.misses[r.missClass]++;
        continue;
      }
      t.found++;
      if (r.roles) {
        t.twoGroup++;
        t.roles[r.roles]++;
      }
      if (r.location !== undefined) {
        t.foundWithLocation++;
        if (r.location) t.locationRight++;
      }
    }
    t.emitted += d.events.emitted;
    t.spurious += d.events.spurious.length;
    t.spuriousStatements += d.events.spurious.filter(isStatement).length;
    t.entities.tp += d.entities.tp;
    t.entities.fp += d.entities.fp;
    t.entities.fn += d.entities.fn;
  }
  return t;
}

const subsets = [...new Set(scored.map((s) => s.subset))].sort((a, b) => order(a) - order(b));
function order(s: string) {
  const i = ['SmartData de', 'PUD de', 'PUD en'].indexOf(s);
  return i < 0 ? 9 : i;
}
const columns: Array<[string, Totals]> = [...subsets.map((s): [string, Totals] => [s, sum(scored.filter((d) => d.subset === s))]), ['all', sum(scored)]];

// Cross-lingual pairs: a German gold file and the English one its source.parallelDoc names.
const byGoldId = new Map(scored.map((s) => [s.gold.id, s]));
const pairs = scored
  .filter((s) => s.gold.language === 'de' && s.gold.source?.parallelDoc && byGoldId.has(s.gold.source.parallelDoc))
  .map((de) => {
    const en = byGoldId.get(de.gold.source!.parallelDoc!)!;
    return { id: de.gold.id.replace(/^pud-de-/, ''), ...comparePair(de.events, en.events, ['de', 'en']) };
  });
const pairTotals = pairs.reduce((a, p) => ({ either: a.either + p.either, agree: a.agree + p.agree, rootDiffers: a.rootDiffers + p.rootDiffers }), { either: 0, agree: 0, rootDiffers: 0 });

// ---------------------------------------------------------------------------------------------------- output

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');
const perDoc = (n: number, docs: number) => (docs ? (n / docs).toFixed(2) : '–');
const directed = (t: Totals) => t.roles.right + t.roles.swapped + t.roles.other;
function prf(e: Totals['entities']) {
  const p = e.tp / (e.tp + e.fp || 1);
  const r = e.tp / (e.tp + e.fn || 1);
  return `${(100 * p).toFixed(1)} / ${(100 * r).toFixed(1)} / ${((200 * p * r) / (p + r || 1)).toFixed(1)}`;
}

const rows: Array<[string, (t: Totals) => string, string]> = [
  ['documents', (t) => `${t.docs}`, ''],
  ['gold events', (t) => `${t.gold}`, ''],
  ['**events found** (root and every participant group)', (t) => `**${t.found}** (${pct(t.found, t.gold)})`, '≥ 60 %'],
  ['roles right among found directed events', (t) => `${t.roles.right} of ${directed(t)} (${pct(t.roles.right, directed(t))})`, '≥ 90 %'],
  ['found two-group events: right / swapped / other / party', (t) => `${t.roles.right} / ${t.roles.swapped} / ${t.roles.other} / ${t.roles.party}`, ''],
  ['location right among found events with a gold location', (t) => `${t.locationRight} of ${t.foundWithLocation} (gold: ${t.goldWithLocation})`, ''],
  ['events emitted', (t) => `${t.emitted}`, ''],
  ['spurious events per document', (t) => `${perDoc(t.spurious, t.docs)} (${t.spurious})`, '≤ 1 (hidden set)'],
  ['spurious per document without 010', (t) => `${perDoc(t.spurious - t.spuriousStatements, t.docs)} (${t.spurious - t.spuriousStatements})`, '≤ 0.8'],
  ['entities P / R / F1', (t) => prf(t.entities), ''],
];

const report = {
  date: new Date().toISOString(),
  dir,
  subsets: Object.fromEntries(columns),
  crossLingual: { pairs: pairs.length, ...pairTotals },
  documents: scored.map((s) => ({
    id: s.gold.id,
    subset: s.subset,
    entities: { tp: s.entities.tp, fp: s.entities.fp, fn: s.entities.fn, missed: s.entities.missed, spurious: s.entities.spurious },
    events: s.events.events.map((r) => ({
      index: r.index + 1,
      gold: describeGold(r.gold),
      found: r.match ? describeEvent(r.match, s.byId) : null,
      ...(r.roles ? { roles: r.roles } : {}),
      ...(r.location !== undefined ? { location: r.location } : {}),
      ...(r.missClass ? { missClass: r.missClass } : {}),
      ...(r.diagnosis ? { diagnosis: r.diagnosis } : {}),
    })),
    spurious: s.events.spurious.map((ev) => describeEvent(ev, s.byId)),
  })),
  pairDisagreements: pairs.filter((p) => p.disagreements.length).map((p) => ({ id: p.id, disagreements: p.disagreements })),
};

if (json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const out: string[] = [];
  out.push(`events-dev-real: ${dir}`, '');
  out.push(`| measure | ${columns.map(([n]) => n).join(' | ')} | target (issue 13) |`);
  out.push(`|---|${columns.map(() => '---|').join('')}---|`);
  for (const [label, cell, target] of rows) out.push(`| ${label} | ${columns.map(([, t]) => cell(t)).join(' | ')} | ${target} |`);
  out.push('');
  out.push(`| missed events by class (nearest system event) | ${columns.map(([n]) => n).join(' | ')} |`);
  out.push(`|---|${columns.map(() => '---|').join('')}`);
  for (const c of MISS_CLASSES) out.push(`| ${c} | ${columns.map(([, t]) => t.misses[c]).join(' | ')} |`);
  out.push('');
  out.push(`Cross-lingual (${pairs.length} PUD pairs): ${pairTotals.agree} of ${pairTotals.either} events found in either language are found in both with the same root (${pct(pairTotals.agree, pairTotals.either)}; target ≥ 70 %); found in both with different roots: ${pairTotals.rootDiffers}.`);
  if (verbose) {
    out.push('', '## Missed gold events (nearest system event and what it lacks)', '');
    for (const s of scored) for (const r of s.events.events) if (!r.match) out.push(`- ${s.gold.id} #${r.index + 1} ${describeGold(r.gold)}\n    ${r.missClass}: ${r.diagnosis}`);
    out.push('', '## Found events with roles not right', '');
    for (const s of scored) for (const r of s.events.events) if (r.match && r.roles && r.roles !== 'right') out.push(`- ${s.gold.id} #${r.index + 1} ${r.roles}: gold ${describeGold(r.gold)}; system ${describeEvent(r.match, s.byId)}`);
    out.push('', '## Found events with a wrong or missing location', '');
    for (const s of scored) for (const r of s.events.events) if (r.location === false) out.push(`- ${s.gold.id} #${r.index + 1}: want [${r.gold.location!.join('|')}], got ${r.match!.location?.text ?? 'none'}`);
    out.push('', '## Spurious system events', '');
    for (const s of scored) for (const ev of s.events.spurious) out.push(`- ${s.gold.id}: ${describeEvent(ev, s.byId)}`);
    out.push('', '## PUD pairs that disagree', '');
    for (const p of pairs) for (const d of p.disagreements) out.push(`- ${p.id} ${d}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
