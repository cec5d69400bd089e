/** The package as users install it: exports, light subpaths, the bin. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './helpers/corpus.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
  bin: Record<string, string>;
  files: string[];
};

/** Every relative import reachable from a source file (static imports and re-exports). */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
      const spec = (m[1] ?? m[2])!;
      queue.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
    }
  }
  return seen;
}

describe('package', () => {
  it('ereignis/langid and ereignis/schema load no entity, NER or event code and read no model', () => {
    for (const entry of ['src/lang/detect/index.ts', 'src/schema/index.ts']) {
      const files = [...importGraph(join(ROOT, entry))].map((f) => f.slice(ROOT.length + 1));
      const heavy = files.filter((f) => /^src\/(entities|ner|events|pipeline)\//.test(f));
      assert.deepEqual(heavy, [], `${entry} pulls in ${heavy.join(', ')}`);
      for (const f of files) assert.doesNotMatch(readFileSync(join(ROOT, f), 'utf8'), /models\//, `${f} mentions models/`);
    }
  });

  it('every export points at a built file (npm run build)', () => {
    for (const [sub, target] of Object.entries(pkg.exports)) {
      const paths = typeof target === 'string' ? [target] : Object.values(target);
      for (const p of paths) assert.ok(existsSync(join(ROOT, p)), `exports["${sub}"] -> ${p} missing; run npm run build`);
    }
  });

  it('the built bin runs: ereignis --version', () => {
    const bin = join(ROOT, pkg.bin.ereignis!);
    assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node/);
    assert.ok((statSync(bin).mode & 0o111) !== 0, `${bin} is not executable: npx ereignis would fail (npm run build sets the bit)`);
    const r = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('ships the models and the schema; what the library and CLI load never reads ../shared', () => {
    for (const f of ['models', 'schema', 'dist']) assert.ok(pkg.files.includes(f));
    const entries = ['src/index.ts', 'src/cli/main.ts', 'src/cli/commands/extract.ts', 'src/cli/commands/tag.ts', 'src/cli/commands/eval.ts'];
    const runtime = new Set(entries.flatMap((e) => [...importGraph(join(ROOT, e))]));
    const offending = [...runtime].filter((f) => /shared\/data|\.\.\/shared/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offending, []);
  });
});
