/**
 * Scores the pipeline on corpus/ against corpus/expected: entity precision/recall/F1 per type and overall,
 * and which expected events were found. `npm run eval:corpus` prints; `-- --write` also updates docs/evaluation.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import { scoreDocument } from './lib/corpus-score.js';
import { ROOT, readExpected, readSample, sampleNames } from '../test/helpers/corpus.js';

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const pct = (x: number) => (100 * x).toFixed(1);

const totals: Record<string, { tp: number; fp: number; fn: number }> = {};
const perDoc: string[] = [];
const eventRows: string[] = [];
const problems: string[] = [];
for (const name of sampleNames()) {
  const expected = readExpected(name);
  if (!expected) continue;
  const doc = extract(readSample(name));
  const s = scoreDocument(doc, expected);
  for (const [t, c] of Object.entries(s.entities.perType)) {
    const x = (totals[t] ??= { tp: 0, fp: 0, fn: 0 });
    x.tp += c.tp;
    x.fp += c.fp;
    x.fn += c.fn;
  }
  const e = s.entities;
  perDoc.push(`| ${name} | ${doc.language.code} | ${e.tp} | ${e.fp} | ${e.fn} | ${pct(e.precision)} | ${pct(e.recall)} |`);
  if (e.missed.length) problems.push(`- ${name}: missed ${e.missed.join(', ')}`);
  if (e.spurious.length) problems.push(`- ${name}: spurious ${e.spurious.join(', ')}`);
  s.events.forEach((ev, i) => {
    eventRows.push(`| ${name} | ${ev.cameo} (${i + 1}) | ${ev.found ? 'yes' : 'no'} | ${ev.problems.join('; ') || '—'} |`);
  });
}

const typeRows = Object.keys(totals)
  .sort()
  .map((t) => {
    const { tp, fp, fn } = totals[t]!;
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    return `| ${t} | ${tp} | ${fp} | ${fn} | ${pct(p)} | ${pct(r)} | ${pct(f1(p, r))} |`;
  });
const all = Object.values(totals).reduce((a, x) => ({ tp: a.tp + x.tp, fp: a.fp + x.fp, fn: a.fn + x.fn }), { tp: 0, fp: 0, fn: 0 });
const P = all.tp / (all.tp + all.fp || 1);
const R = all.tp / (all.tp + all.fn || 1);
const found = eventRows.filter((r) => r.includes('| yes |')).length;

const report = `## Entities (entity level: one per real-world thing per document; name or a mention must match, type must match)

| type | TP | FP | FN | P | R | F1 |
|---|---|---|---|---|---|---|
${typeRows.join('\n')}
| **all** | ${all.tp} | ${all.fp} | ${all.fn} | ${pct(P)} | ${pct(R)} | ${pct(f1(P, R))} |

| document | lang | TP | FP | FN | P | R |
|---|---|---|---|---|---|---|
${perDoc.join('\n')}

## Events (${found} of ${eventRows.length} expected events found with all expected arguments)

| document | expected CAMEO | found | what is off |
|---|---|---|---|
${eventRows.join('\n')}

## Errors in detail

${problems.join('\n') || 'none'}
`;

process.stdout.write(report);
if (process.argv.includes('--write')) {
  const doc = `# Evaluation on corpus/

Entity and event scores of the full pipeline (\`extract()\` with default options) on the texts in corpus/samples
against corpus/expected (written before the pipeline was run on them; see corpus/README.md). These are small,
hand-made sets: they show what a reader would see, not a benchmark. NER benchmarks on public data sets are in
docs/benchmarks.md.

Reproduce: \`npm run eval:corpus\` (add \`-- --write\` to update this file).

${report}`;
  writeFileSync(join(ROOT, 'docs', 'evaluation.md'), doc);
}
