/**
 * Writes models/en/word-tags.json: compromise's word list with tags and their parents (src/entities/english/word-tags.ts
 * says what it is for). Deterministic; run it after upgrading compromise (test/english-word-tags.test.ts fails until
 * then).
 *
 *   npm run build:english-words              (about a second)
 *   npm run build:english-words -- --out DIR (writes DIR/word-tags.json instead)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compromise } from '../src/entities/english/compromise.js';
import { WORD_TAGS_FILE, wordListFromCompromise } from '../src/entities/english/word-tags.js';
import { resourceDir } from '../src/resources/locate.js';

const args = process.argv.slice(2);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1]! : resourceDir('en');
const list = wordListFromCompromise(compromise());
const file = join(out, WORD_TAGS_FILE);
writeFileSync(file, `${JSON.stringify(list)}\n`);
console.log(`${file}: ${Object.keys(list.words).length} words, ${list.tagSets.length} tag lists, ${list.demonyms.length} demonyms (${list.source})`);
