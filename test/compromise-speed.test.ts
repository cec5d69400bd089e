import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compromise, type Compromise } from '../src/entities/english/compromise.js';
import { FAST_COMPROMISE_VERSION, withFastCompromise } from '../src/entities/english/compromise-speed.js';

/** What ereignis reads from compromise: every term's offsets and tags, and the people, places and organisations. */
function reading(nlp: Compromise, text: string): string {
  const doc = nlp(text);
  const terms = (doc.json({ offset: true }) as Array<{ terms: Array<{ offset: { start: number; length: number }; tags: string[] }> }>).map((s) =>
    s.terms.map((t) => [t.offset.start, t.offset.length, t.tags]),
  );
  const names = (['people', 'places', 'organizations'] as const).map((m) =>
    (doc[m]().json({ offset: true }) as Array<{ terms: Array<{ offset: { start: number; length: number } }> }>).map((x) => x.terms.map((t) => [t.offset.start, t.offset.length])),
  );
  return JSON.stringify({ terms, names });
}

const samples = join(import.meta.dirname, '..', 'corpus', 'samples');
const englishSamples = readdirSync(samples)
  .filter((f) => f.startsWith('en-') && f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(samples, f), 'utf8'));

describe('compromise speed-ups (src/entities/english/compromise-speed.ts)', () => {
  let untouched: Compromise;
  before(async () => {
    // The ES module build is a second compromise instance with its own world, which withFastCompromise never touches.
    untouched = (await import('compromise')).default as unknown as Compromise;
  });

  it('is written for the installed compromise version', () => {
    assert.equal(compromise().version, FAST_COMPROMISE_VERSION, 'compromise was upgraded: check compromise-speed.ts against its sweep code');
  });

  it('gives the same term tags and names as an untouched compromise', () => {
    const texts = [
      ...englishSamples,
      'President Joe Biden met Rishi Sunak in Washington on Tuesday, the White House said.',
      "Mr. O'Neill, who chairs the Senate committee, didn't comment; Apple Inc. and the U.N. declined too.",
      'The NATO summit in Vilnius, Lithuania, ended with an agreement on cyber defence and counter-terrorism.',
    ];
    assert.ok(englishSamples.length >= 5);
    for (const text of texts) assert.equal(withFastCompromise(compromise(), () => reading(compromise(), text)), reading(untouched, text), text.slice(0, 60));
  });

  it('leaves compromise as it was after the call, also when the work throws', () => {
    const nlp = compromise();
    const world = nlp.world() as unknown as { hooks: string[]; methods: { one: { bulkMatch: unknown } } };
    const hooks = world.hooks;
    const bulkMatch = world.methods.one.bulkMatch;
    withFastCompromise(nlp, () => {
      assert.ok(!world.hooks.includes('chunks'));
      assert.notEqual(world.methods.one.bulkMatch, bulkMatch);
    });
    assert.throws(() => withFastCompromise(nlp, () => { throw new Error('inside'); }), /inside/);
    assert.equal(world.hooks, hooks);
    assert.ok(world.hooks.includes('chunks'));
    assert.equal(world.methods.one.bulkMatch, bulkMatch);
  });
});
