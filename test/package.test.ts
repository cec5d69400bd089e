/**
 * The package as users install it: exports, light subpaths, the bin, the README's option table, and (slow) the packed
 * tarball installed into a fresh ESM, CommonJS and TypeScript project.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createPipeline } from '../src/index.js';
import { ROOT } from './helpers/corpus.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
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

  it('every export loads with require() and with import (the package refers to itself by name)', () => {
    const names = Object.keys(pkg.exports).map((sub) => `ereignis${sub.slice(1)}`);
    const json = (n: string) => (n.endsWith('.json') ? ", { with: { type: 'json' } }" : '');
    const script = `${names.map((n) => `require(${JSON.stringify(n)});`).join('\n')}
Promise.all([${names.map((n) => `import(${JSON.stringify(n)}${json(n)})`).join(', ')}]).then(() => console.log('ok'));`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'ok');
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

  it('build-time code (src/ner/train/, src/syntax/train/, kept out of dist/) is never loaded by the library or the CLI', () => {
    const entries = ['src/index.ts', 'src/cli/main.ts', 'src/lang/detect/index.ts', 'src/schema/index.ts', 'src/syntax/index.ts'];
    const runtime = new Set(entries.flatMap((e) => [...importGraph(join(ROOT, e))]));
    const buildOnly = [...runtime].map((f) => f.slice(ROOT.length + 1)).filter((f) => f.startsWith('src/ner/train/') || f.startsWith('src/syntax/train/'));
    assert.deepEqual(buildOnly, []);
  });
});

describe('README', () => {
  it('the options table lists every option createPipeline() accepts, and nothing else', () => {
    // The pipeline names its known options when it rejects an unknown one: the public list, without importing internals.
    let known: string[] = [];
    try {
      createPipeline({ notAnOption: true } as never);
    } catch (e) {
      known = /known: (.*)$/.exec((e as Error).message)?.[1]?.split(', ') ?? [];
    }
    assert.ok(known.length >= 8, `could not read the option list from the E001 message (got ${known.join(', ')})`);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Options'), readme.indexOf('\n## ', readme.indexOf('\n## Options') + 1));
    const listed = [...section.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]!);
    assert.deepEqual(known.filter((k) => !listed.includes(k)), [], 'options missing from the README table');
    // `id` is extract()'s per-call option (ExtractOptions), the one row that is not a pipeline option.
    assert.deepEqual(listed.filter((k) => !known.includes(k) && k !== 'id'), [], 'README rows naming no option');
  });
});

/**
 * SLOW (1-2 min in all: npm pack, npm install from the tarball, tsc): the package as a user gets it, in a fresh
 * project outside the repository. npm test runs it; it needs `npm run build` first (the tarball packs dist/ as it is)
 * and the npm registry or a warm npm cache for the six runtime dependencies.
 */
describe('packed tarball in a fresh project (slow)', function () {
  this.timeout(300_000);
  let project = '';
  let packed: string[] = [];
  const SENTENCE = 'Bundeskanzler Olaf Scholz traf den französischen Präsidenten Emmanuel Macron in Berlin.';

  /** Child processes get no npm_* variables: npm test's own config (prefix, …) must not steer the nested npm. */
  function run(cmd: string, args: string[], cwd = project): SpawnSyncReturns<string> {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    return r;
  }

  /** What each consumer script prints: enough to check the package loaded from the project and worked. */
  interface Report {
    resolved: string;
    language: string;
    persons: string[];
    valid: boolean;
    langid: string;
    schemaValidates: boolean;
    schemaJsonId: string;
    version: string;
  }

  function checkReport(stdout: string): void {
    const r = JSON.parse(stdout) as Report;
    assert.ok(r.resolved.startsWith(join(project, 'node_modules', 'ereignis')), `ereignis resolved to ${r.resolved}, not the installed copy`);
    assert.equal(r.language, 'de');
    assert.ok(r.persons.includes('Olaf Scholz') && r.persons.includes('Emmanuel Macron'), `persons: ${r.persons.join(', ')}`);
    assert.equal(r.valid, true);
    assert.equal(r.langid, 'de');
    assert.equal(r.schemaValidates, true);
    assert.match(r.schemaJsonId, /document\.schema\.json$/);
    assert.equal(r.version, pkg.version);
  }

  before(function () {
    this.timeout(300_000);
    project = mkdtempSync(join(tmpdir(), 'ereignis-consumer-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }));
    // --ignore-scripts: pack dist/ as built, without the prepare script rebuilding it.
    const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], ROOT);
    const info = (JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[])[0]!;
    packed = info.files.map((f) => f.path);
    // --prefer-offline: dependencies from the npm cache when it has them (CI's npm ci fills it), else the registry.
    run('npm', ['install', `./${info.filename}`, '--prefer-offline', '--no-audit', '--no-fund']);
  });

  after(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('the tarball holds dist, models, schema, docs, README.md, LICENSE and package.json only', () => {
    const top = [...new Set(packed.map((f) => f.split('/')[0]!))].sort();
    assert.deepEqual(top, ['LICENSE', 'README.md', 'dist', 'docs', 'models', 'package.json', 'schema']);
    for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'models/de/manifest.json', 'models/en/manifest.json',
      'models/gazetteer/manifest.json', 'models/events/types.json', 'schema/document.schema.json']) {
      assert.ok(packed.includes(f), `${f} is not in the tarball`);
    }
  });

  it('ESM: import from ereignis, ereignis/langid, ereignis/schema, ereignis/schema.json, ereignis/package.json', () => {
    writeFileSync(join(project, 'esm.mjs'), `
import { fileURLToPath } from 'node:url';
import { extract, validateDocument as validateFromRoot } from 'ereignis';
import { detectLanguage } from 'ereignis/langid';
import { validateDocument } from 'ereignis/schema';
import schema from 'ereignis/schema.json' with { type: 'json' };
import pkg from 'ereignis/package.json' with { type: 'json' };
const doc = extract(${JSON.stringify(SENTENCE)});
console.log(JSON.stringify({
  resolved: fileURLToPath(import.meta.resolve('ereignis')),
  language: doc.language.code,
  persons: doc.entities.filter((e) => e.type === 'PER').map((e) => e.name),
  valid: validateFromRoot(doc).valid,
  langid: detectLanguage(${JSON.stringify(SENTENCE)}).language.code,
  schemaValidates: validateDocument(doc).valid,
  schemaJsonId: schema.$id,
  version: pkg.version,
}));
`);
    checkReport(run(process.execPath, ['esm.mjs']).stdout);
  });

  it('CommonJS: require() of ereignis and every subpath (Node >= 20.19 loads the ES modules synchronously)', () => {
    writeFileSync(join(project, 'cjs.js'), `
const { extract, validateDocument: validateFromRoot } = require('ereignis');
const { detectLanguage } = require('ereignis/langid');
const { validateDocument } = require('ereignis/schema');
const schema = require('ereignis/schema.json');
const pkg = require('ereignis/package.json');
const doc = extract(${JSON.stringify(SENTENCE)});
console.log(JSON.stringify({
  resolved: require.resolve('ereignis'),
  language: doc.language.code,
  persons: doc.entities.filter((e) => e.type === 'PER').map((e) => e.name),
  valid: validateFromRoot(doc).valid,
  langid: detectLanguage(${JSON.stringify(SENTENCE)}).language.code,
  schemaValidates: validateDocument(doc).valid,
  schemaJsonId: schema.$id,
  version: pkg.version,
}));
`);
    checkReport(run(process.execPath, ['cjs.js']).stdout);
  });

  it('TypeScript, "type": "commonjs", module nodenext: tsc type-checks (no skipLibCheck) and the output runs', () => {
    writeFileSync(join(project, 'main.ts'), `
import { extract, validateDocument as validateFromRoot, type Document, type Entity } from 'ereignis';
import { detectLanguage } from 'ereignis/langid';
import { validateDocument, SCHEMA_VERSION } from 'ereignis/schema';
import schema = require('ereignis/schema.json');
import pkg = require('ereignis/package.json');
const doc: Document = extract(${JSON.stringify(SENTENCE)});
const persons: string[] = doc.entities.filter((e: Entity) => e.type === 'PER').map((e) => e.name);
const version: string = pkg.version;
console.log(JSON.stringify({
  resolved: require.resolve('ereignis'),
  language: doc.language.code,
  persons,
  valid: validateFromRoot(doc).valid,
  langid: detectLanguage(${JSON.stringify(SENTENCE)}).language.code,
  schemaValidates: validateDocument(doc).valid && typeof SCHEMA_VERSION === 'string',
  schemaJsonId: schema.$id,
  version,
}));
`);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        module: 'nodenext', target: 'ES2022', strict: true, outDir: 'out', resolveJsonModule: true,
        // The repository's own @types/node and TypeScript, so the test installs neither.
        typeRoots: [join(ROOT, 'node_modules', '@types')], types: ['node'],
      },
      files: ['main.ts'],
    }));
    run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']);
    assert.match(readFileSync(join(project, 'out', 'main.js'), 'utf8'), /require\("ereignis"\)/, 'tsc did not emit CommonJS');
    checkReport(run(process.execPath, [join('out', 'main.js')]).stdout);
  });
});
