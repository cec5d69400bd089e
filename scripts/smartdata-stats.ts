/**
 * What the SmartData loader (src/ner/train/smartdata.ts) keeps, maps and drops, per split (the counts in docs/models.md).
 *   npx tsx scripts/smartdata-stats.ts [--genres news,rss,tweet] [--conll test=FILE] [--show lower,demonym,descriptive,overlap,inside]
 * --conll test=FILE (or train=FILE) writes that split's sentences as token<TAB>tag lines, for `ereignis eval ner`.
 * --show RULES prints, per rule, the mentions it dropped with their counts (to check the rules by eye).
 */
import { writeFileSync } from 'node:fs';
import { SMARTDATA_GENRES, emptyStats, readSmartdataDocuments, documentSentences, type SmartdataGenre } from '../src/ner/train/smartdata.js';
import { sharedData } from './lib/shared-data.js';
import { exitWithUsageOnHelp } from './lib/usage.js';

exitWithUsageOnHelp(import.meta.url);
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const DATA = sharedData('smartdata-de');
const genres = (opt('genres')?.split(',') ?? SMARTDATA_GENRES) as SmartdataGenre[];
const [conllSplit, conllFile] = (opt('conll') ?? '').split('=');
const show = (opt('show') ?? '').split(',').filter(Boolean);

for (const split of ['train', 'test'] as const) {
  const stats = { ...emptyStats(), examples: new Map<string, string[]>() };
  const sentences = readSmartdataDocuments(DATA, split, genres, stats).flatMap((d) => documentSentences(d, stats));
  const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
  const { examples, ...counts } = stats;
  console.log(`${split} (${genres.join(', ')}): ${JSON.stringify({ ...counts, tokens })}`);
  for (const rule of show) {
    const c = new Map<string, number>();
    for (const s of examples.get(rule) ?? []) c.set(s, (c.get(s) ?? 0) + 1);
    console.log(`  ${rule}: ${[...c].sort((a, b) => b[1] - a[1]).map(([s, n]) => (n > 1 ? `${s} ×${n}` : s)).join(' | ')}`);
  }
  if (split === conllSplit && conllFile) {
    writeFileSync(conllFile, sentences.map((s) => s.words.map((w, i) => `${w}\t${s.tags[i]}`).join('\n') + '\n').join('\n'));
    console.log(`wrote ${sentences.length} sentences to ${conllFile}`);
  }
}
