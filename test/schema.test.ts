import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaFiles } from '../scripts/generate-schema.js';
import { validateDocument, validateErrorRecord, SCHEMA_VERSION } from '../src/schema/index.js';
import { extract } from '../src/index.js';
import { VERSION } from '../src/version.js';
import { ROOT, allTexts } from './helpers/corpus.js';

describe('schema', () => {
  it('the committed JSON Schema files equal what the TypeBox definition generates (run `npm run schema`)', () => {
    for (const [path, body] of Object.entries(schemaFiles())) {
      assert.equal(readFileSync(join(ROOT, path), 'utf8'), body, `${path} is stale`);
    }
  });

  it('the package version and the generator version agree', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(VERSION, pkg.version);
  });

  it('every corpus Document validates, in both offset units', () => {
    for (const { name, text } of allTexts()) {
      for (const offsets of ['utf16', 'codepoint'] as const) {
        const doc = extract(text, { id: name, offsets });
        const r = validateDocument(doc, text);
        assert.ok(r.valid, `${name} (${offsets}): ${r.errors.slice(0, 5).join('; ')}`);
        assert.equal(doc.schemaVersion, SCHEMA_VERSION);
      }
    }
  });

  it('rejects a Document with a misspelt field or a wrong type', () => {
    const doc = extract('Angela Merkel traf Emmanuel Macron in Berlin.') as unknown as Record<string, unknown>;
    assert.ok(validateDocument(doc).valid);
    assert.equal(validateDocument({ ...doc, entitys: [] }).valid, false);
    assert.equal(validateDocument({ ...doc, language: { code: 'deutsch', iso639_3: 'deu', confidence: 1 } }).valid, false);
    const broken = structuredClone(doc) as { entities: Array<{ type: string }> };
    if (broken.entities[0]) broken.entities[0].type = 'PERSON';
    assert.equal(validateDocument(broken).valid, broken.entities.length === 0);
  });

  it('the span check catches an offset that does not match its text', () => {
    const text = 'Olaf Scholz besuchte Paris.';
    const doc = extract(text);
    assert.ok(doc.entities.length > 0);
    const bad = structuredClone(doc);
    bad.entities[0]!.mentions[0]!.start += 1;
    const r = validateDocument(bad, text);
    assert.equal(r.valid, false);
    assert.match(r.errors.join(' '), /slice/);
  });

  it('error records validate', () => {
    assert.ok(validateErrorRecord({ schemaVersion: SCHEMA_VERSION, source: 'a.txt', error: { code: 'E101', message: 'x' } }).valid);
    assert.equal(validateErrorRecord({ schemaVersion: SCHEMA_VERSION, error: { code: 'oops', message: 'x' } }).valid, false);
  });
});
