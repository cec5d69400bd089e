/**
 * Checks the hand-written event lexicons (models/events/{types,de,en}.json) and rewrites them in canonical form
 * (one trigger entry per line, forms de-duplicated).
 *
 *   npx tsx scripts/build-event-lexicons.ts            check + rewrite
 *   npx tsx scripts/build-event-lexicons.ts --check    check only (exit 1 on errors)
 *
 * Checks: every type has a CAMEO code that exists in the CAMEO codebook (cameo-codes.csv); every trigger names a
 * known type; no form is listed twice for one type; and, for English single-word verb forms, the CAMEO 2.0 verb
 * dictionary (PETRARCH/Phoenix, MIT) is consulted: a form whose dictionary code has a different root (first two
 * digits) than ours is reported, so that disagreements are seen and decided by hand. The dictionary is only read
 * here; nothing from it is shipped verbatim.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawTrigger } from '../src/events/lexicon.js';
import { sharedData } from './lib/shared-data.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MODELS = join(ROOT, 'models', 'events');
const CAMEO_DIR = join(sharedData(), 'cameo-phoenix-dictionaries');
const checkOnly = process.argv.includes('--check');

interface RawLexicon {
  language: string;
  description: string;
  triggers: RawTrigger[];
  cues: Record<string, string[]>;
  frames?: Record<string, { target: string[]; genitive?: string; places?: boolean }>;
}
interface RawTypes {
  description: string;
  types: Record<string, { cameo: string; family: string; rank: number; roles: string; areas: boolean }>;
}

const errors: string[] = [];
const warnings: string[] = [];

/** CAMEO codes of the codebook (cameo-codes.csv, Mac-Roman mojibake in text fields does not matter here). */
function codebook(): Map<string, string> {
  const csv = readFileSync(join(CAMEO_DIR, 'cameo-codes.csv'), 'latin1');
  const out = new Map<string, string>();
  for (const m of csv.matchAll(/^"\d+",\d+,"([^"]*)","(\d+)"/gm)) out.set(m[2]!, m[1]!);
  return out;
}

/** Verb form → CAMEO code from CAMEO.2.0.txt: block headers "--- NAME [code] ---", verb lines "VERB {FORMS} [code]". */
function verbDictionary(): Map<string, string> {
  const text = readFileSync(join(CAMEO_DIR, 'CAMEO.2.0.txt'), 'latin1');
  const out = new Map<string, string>();
  let blockCode: string | undefined;
  for (const line of text.split('\n')) {
    const header = /^---\s+\S+\s+\[([^\]]*)\]\s+---/.exec(line);
    if (header) {
      const code = header[1]!.split(':')[0]!;
      blockCode = /^\d+$/.test(code) ? code : undefined;
      continue;
    }
    if (!blockCode || line.startsWith('-') || line.startsWith('#') || line.startsWith('+') || line.startsWith('&')) continue;
    const verb = /^([A-Z][A-Z_]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/.exec(line);
    if (!verb) continue;
    const own = verb[3] ? verb[3].slice(1, -1).split(':')[0]! : blockCode;
    if (!/^\d+$/.test(own)) continue;
    const base = verb[1]!.toLowerCase();
    const forms = new Set([base]);
    if (verb[2]) for (const f of verb[2].slice(1, -1).trim().split(/\s+/)) if (f) forms.add(f.toLowerCase());
    else {
      // Regular inflection, as PETRARCH generates it.
      const stem = base.endsWith('e') ? base.slice(0, -1) : base;
      forms.add(base.endsWith('s') ? `${base}es` : `${base}s`).add(`${stem}ed`).add(`${stem}ing`);
    }
    for (const f of forms) if (!out.has(f)) out.set(f, own);
  }
  return out;
}

const readJson = <T>(name: string): T => JSON.parse(readFileSync(join(MODELS, name), 'utf8')) as T;

const types = readJson<RawTypes>('types.json');
const haveCodebook = existsSync(join(CAMEO_DIR, 'cameo-codes.csv'));
const codes = haveCodebook ? codebook() : undefined;
for (const [name, t] of Object.entries(types.types)) {
  if (codes && !codes.has(t.cameo)) errors.push(`types.json: ${name} has CAMEO ${t.cameo}, not in the codebook`);
}
const verbs = haveCodebook ? verbDictionary() : undefined;
if (!haveCodebook) warnings.push(`${CAMEO_DIR} not found: CAMEO checks skipped`);

function formatLexicon(lex: RawLexicon): string {
  const lines = ['{'];
  lines.push(`  "language": ${JSON.stringify(lex.language)},`);
  lines.push(`  "description": ${JSON.stringify(lex.description)},`);
  lines.push('  "triggers": [');
  lines.push(lex.triggers.map((t) => `    ${JSON.stringify(t)}`).join(',\n'));
  lines.push('  ],');
  lines.push('  "cues": {');
  lines.push(Object.entries(lex.cues).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n'));
  if (lex.frames) {
    lines.push('  },');
    lines.push('  "frames": {');
    lines.push(Object.entries(lex.frames).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n'));
  }
  lines.push('  }');
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

let agreeing = 0;
let compared = 0;
for (const language of ['de', 'en']) {
  const file = `${language}.json`;
  const lex = readJson<RawLexicon>(file);
  for (const t of lex.triggers) {
    const type = types.types[t.type];
    if (!type) {
      errors.push(`${file}: unknown type ${t.type}`);
      continue;
    }
    const seen = new Set<string>();
    t.forms = t.forms.filter((f) => {
      const key = f.toLowerCase();
      if (seen.has(key)) warnings.push(`${file}: '${f}' listed twice for ${t.type} (removed)`);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (!(t.strength > 0 && t.strength <= 1)) errors.push(`${file}: ${t.type} strength ${t.strength} outside (0, 1]`);
    if (language === 'en' && verbs) {
      for (const f of t.forms) {
        if (f.includes(' ')) continue;
        const code = verbs.get(f.toLowerCase());
        if (!code) continue;
        compared++;
        if (code.slice(0, 2) === type.cameo.slice(0, 2)) agreeing++;
        else warnings.push(`en: '${f}' is ${t.type} (${type.cameo}) here, CAMEO 2.0 verb dictionary says ${code}`);
      }
    }
  }
  if (!checkOnly && errors.length === 0) writeFileSync(join(MODELS, file), formatLexicon(lex));
}

for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.error(`error: ${e}`);
if (verbs) console.log(`English verb forms found in the CAMEO 2.0 dictionary: ${compared}; same CAMEO root: ${agreeing}`);
if (errors.length > 0) process.exit(1);
