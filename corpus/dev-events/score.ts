/** Scores the pipeline's events (and entities, for context) on corpus/dev-events: `npx tsx corpus/dev-events/score.ts`. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/index.js';
import { scoreDocument } from '../../scripts/lib/corpus-score.js';
import type { Expected } from '../../test/helpers/corpus.js';

const dir = dirname(fileURLToPath(import.meta.url));
const verbose = process.argv.includes('-v');
let found = 0;
let total = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const name = file.slice(0, -4);
  const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
  const doc = extract(readFileSync(join(dir, file), 'utf8'));
  const s = scoreDocument(doc, expected);
  const e = s.entities;
  console.log(`${name}: entities tp ${e.tp} fp ${e.fp} fn ${e.fn}${e.missed.length ? ` missed ${e.missed.join(', ')}` : ''}${e.spurious.length ? ` spurious ${e.spurious.join(', ')}` : ''}`);
  s.events.forEach((ev, i) => {
    total += 1;
    if (ev.found) found += 1;
    console.log(`  ${ev.cameo} (${i + 1}) ${ev.found ? 'yes' : 'no: ' + ev.problems.join('; ')}`);
  });
  if (verbose) {
    const nameOf = new Map(doc.entities.map((x) => [x.id, x.name]));
    for (const ev of doc.events) {
      const parts = ev.participants.map((p) => `${nameOf.get(p.entity ?? '') ?? '?'}${p.affiliation ? '@' + nameOf.get(p.affiliation) : ''}/${p.role}`);
      console.log(`    > ${ev.cameo} ${ev.type} "${ev.trigger.text}" [${parts.join(', ')}] loc=${ev.location?.text ?? ''} time=${ev.time?.value ?? ''} areas=${(ev.areas ?? []).map((a) => a.text).join('|')} n=${ev.areaCount ?? ''}${ev.section ? ' sec=' + ev.section : ''}`);
    }
  }
}
console.log(`events: ${found} of ${total}`);
