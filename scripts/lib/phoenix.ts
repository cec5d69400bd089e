/**
 * The Phoenix/PETRARCH actor dictionaries (../shared/data/cameo-phoenix-dictionaries, MIT; build time only): blocks of
 * names (the first line and "+" alias lines) with their CAMEO codes, dated codes marking persons in office.
 */
import { readFileSync } from 'node:fs';
import { NAME_PARTICLES } from '../../src/ner/constraints.js';

/** Lower-case inside a name: the tagger's name particles without "das" (in German text almost always the article). */
const PARTICLES = new Set([...NAME_PARTICLES].filter((p) => p !== 'das'));

const readLines = (path: string): string[] => readFileSync(path, 'utf8').split(/\r?\n/);

export interface PhoenixBlock {
  names: string[];
  codes: string[];
}
export function parsePhoenix(path: string): PhoenixBlock[] {
  const blocks: PhoenixBlock[] = [];
  let cur: PhoenixBlock | undefined;
  for (const raw of readLines(path)) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const codes = [...raw.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!.trim());
    const namePart = raw.split(/[[#]/)[0]!;
    if (/^\s/.test(raw)) {
      if (cur) cur.codes.push(...codes);
      continue;
    }
    const name = namePart.replace(/^\+/, '').replace(/[_\t]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (raw.startsWith('+')) {
      if (cur && name) cur.names.push(name);
      if (cur) cur.codes.push(...codes);
      continue;
    }
    cur = { names: name ? [name] : [], codes };
    blocks.push(cur);
  }
  return blocks;
}


/**
 * Persons of a Phoenix actor file as written in text: the first name of each dated block (codes with a date, such as
 * "[DEUGOVHRI 051201-091130]"; its aliases often carry titles) of 2-4 words, particles lower-case, "URSULA VON DER LEYEN" -> "Ursula von der Leyen". Phoenix drops
 * diacritics ("MAIZIERE"), so those names match only where the text has none either.
 */
export function phoenixPersons(path: string): string[] {
  const out = new Set<string>();
  for (const b of parsePhoenix(path)) {
    if (!b.codes.some((c) => /\d{6}/.test(c))) continue;
    const words = (b.names[0] ?? '').split(' ').filter(Boolean);
    if (words.length < 2 || words.length > 4 || words.some((w) => !/^[A-Z][A-Z'-]*$/.test(w))) continue;
    out.add(words.map((w, i) => (i > 0 && PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : w.toLowerCase().replace(/(^|[-'])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase()))).join(' '));
  }
  return [...out].sort();
}
