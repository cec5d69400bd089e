/** The shipped copy of compromise's word list (models/en/word-tags.json, src/entities/english/word-tags.ts). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compromise } from '../src/entities/english/compromise.js';
import { WORD_TAGS_FILE, englishWordTags, isLexiconWord, lexiconDemonyms, wordListFromCompromise, type EnglishWordList } from '../src/entities/english/word-tags.js';
import { resourceDir } from '../src/resources/locate.js';

describe('English word list (compromise lexicon)', () => {
  it('equals what the installed compromise gives (rebuild with npm run build:english-words after an upgrade)', () => {
    const shipped = JSON.parse(readFileSync(join(resourceDir('en'), WORD_TAGS_FILE), 'utf8')) as EnglishWordList;
    assert.deepEqual(shipped, wordListFromCompromise(compromise()));
  });

  it('gives a word\'s tags with their parents, and the demonyms', () => {
    const john = englishWordTags('john');
    assert.ok(john?.has('MaleName') && john.has('FirstName') && john.has('Person') && john.has('ProperNoun'), [...(john ?? [])].join());
    assert.equal(englishWordTags('guilbeaultx'), undefined);
    assert.ok(isLexiconWord('the') && !isLexiconWord('yoon'));
    assert.ok(lexiconDemonyms().has('korean'));
  });

  it('English extraction without compromise\'s tagger does not load compromise', async () => {
    const { spawnSync } = await import('node:child_process');
    const script = `
      import { createRequire } from 'node:module';
      const { extract } = await import('./src/index.ts');
      const doc = extract('"We will continue," said Guilbeault. Clinton met Rishi Sunak in London.', { language: 'en' });
      const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/node_modules/compromise/'));
      console.log(JSON.stringify({ loaded, persons: doc.entities.filter((e) => e.type === 'PER').map((e) => e.name) }));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as { loaded: boolean; persons: string[] };
    assert.equal(out.loaded, false);
    assert.ok(out.persons.includes('Guilbeault') && out.persons.includes('Rishi Sunak'), out.persons.join(', '));
  });
});
