/** Shared test helpers: the corpus texts and their expected annotations. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLES = join(ROOT, 'corpus', 'samples');
export const EXPECTED = join(ROOT, 'corpus', 'expected');
/** Held-out texts, written blind and never used for development: text and expected JSON side by side. */
export const HELDOUT = join(ROOT, 'corpus', 'heldout');

export interface ExpectedEntity {
  name: string;
  type: string;
  subtype?: string;
  aliases?: string[];
  section?: string;
  optional?: boolean;
}
export interface ExpectedEvent {
  cameo: string;
  participants: string[];
  affiliations?: Record<string, string>;
  location?: string;
  time?: string;
  areas?: string[];
  areaCount?: number;
}
export interface Expected {
  language: string;
  entities: ExpectedEntity[];
  events: ExpectedEvent[];
}

export function sampleNames(dir = SAMPLES): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function readSample(name: string, dir = SAMPLES): string {
  return readFileSync(join(dir, `${name}.txt`), 'utf8');
}

export function readExpected(name: string, dir = EXPECTED): Expected | undefined {
  const p = join(dir, `${name}.json`);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Expected) : undefined;
}

/** Every text in corpus/ (samples and held-out), for invariants that hold on any text. */
export function allTexts(): Array<{ name: string; text: string }> {
  return [
    ...sampleNames(SAMPLES).map((n) => ({ name: `samples/${n}`, text: readSample(n, SAMPLES) })),
    ...sampleNames(HELDOUT).map((n) => ({ name: `heldout/${n}`, text: readSample(n, HELDOUT) })),
  ];
}
