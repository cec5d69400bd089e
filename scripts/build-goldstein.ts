/**
 * Compiles the Goldstein scale per CAMEO code (models/events/goldstein.json) from the CAMEO codebook table
 * cameo-codes.csv (andybega/icews, MIT; values from the CAMEO manual's CAMEO.SCALE, PSU Event Data Project) in
 * the shared data folder. The event and entity tables (src/batch/tables.ts) read the result; the codebook stays
 * the one source of truth, this file is only its compiled form.
 *
 *   npx tsx scripts/build-goldstein.ts           compile
 *   npx tsx scripts/build-goldstein.ts --check   fail when the shipped file differs from what the codebook gives
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedData } from './lib/shared-data.js';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'models', 'events', 'goldstein.json');
const CSV = join(sharedData('cameo-phoenix-dictionaries'), 'cameo-phoenix-dictionaries', 'cameo-codes.csv');

// Rows start with: "n",id,"NAME","code",goldstein,… ; the free-text fields later in a row may span lines, so
// only line starts of this exact shape are read (latin1: the text fields carry mojibake that does not matter here).
const ROW = /^"\d+",\d+,"[^"]*","(\d{2,4})",(-?\d+(?:\.\d+)?),/gm;

const scale = new Map<string, number>();
for (const m of readFileSync(CSV, 'latin1').matchAll(ROW)) scale.set(m[1]!, Number(m[2]));
if (scale.size !== 312) throw new Error(`${CSV}: expected 312 CAMEO codes, read ${scale.size}`);
for (const root of ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20']) {
  if (!scale.has(root)) throw new Error(`${CSV}: no Goldstein value for CAMEO root ${root}`);
}

const codes = [...scale.keys()].sort();
const text = [
  '{',
  `  "description": ${JSON.stringify('Goldstein conflict-cooperation scale (-10 … +10) per CAMEO event code, compiled by scripts/build-goldstein.ts from the CAMEO codebook table cameo-codes.csv (andybega/icews, MIT; CAMEO manual, PSU Event Data Project). Codes without their own value fall back to their root (first two digits), as Phoenix does.')},`,
  '  "goldstein": {',
  codes.map((c) => `    ${JSON.stringify(c)}: ${scale.get(c)}`).join(',\n'),
  '  }',
  '}',
  '',
].join('\n');

if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== text) {
    console.error(`${OUT} differs from the codebook; run npx tsx scripts/build-goldstein.ts`);
    process.exit(1);
  }
  console.log(`${OUT}: ${codes.length} codes, up to date`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}: ${codes.length} codes`);
}
