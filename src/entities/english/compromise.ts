/**
 * compromise, loaded on first use: it takes about half a second to load, which German-only users and
 * `ereignis/langid` should not pay. The CommonJS build is loaded through require so that extract() can stay
 * synchronous; everything in ereignis uses this one instance, and never changes its lexicon or plugins. Its word list
 * ships separately (word-tags.ts), so that English without compromise's tagger never loads it. Two speed-ups
 * with identical results are in force during our own calls only (compromise-speed.ts).
 */
import { createRequire } from 'node:module';

export type Compromise = typeof import('compromise').default;

let instance: Compromise | undefined;

export function compromise(): Compromise {
  return (instance ??= createRequire(import.meta.url)('compromise') as Compromise);
}
