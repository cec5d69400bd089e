/** Shared test helpers: the corpus texts and their expected annotations. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLES = join(ROOT, 'corpus', 'samples');
export const EXPECTED = join(ROOT, 'corpus', 'expected');

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

export function sampleNames(): string[] {
  return readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function readSample(name: string): string {
  return readFileSync(join(SAMPLES, `${name}.txt`), 'utf8');
}

export function readExpected(name: string): Expected | undefined {
  const p = join(EXPECTED, `${name}.json`);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Expected) : undefined;
}
