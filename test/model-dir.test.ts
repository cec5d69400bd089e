/**
 * `modelDir` is honoured by every loader: a copy of the package without its models/ folder runs extract() from a
 * model folder elsewhere, and fails with E002 without the option (so the package's own models were not read).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('modelDir: every model file comes from the given folder', function () {
  this.timeout(120_000);
  let work: string;
  let pkg: string;
  let models: string;

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'ereignis-modeldir-'));
    pkg = join(work, 'package'); // the package, without models/
    models = join(work, 'elsewhere', 'my-models');
    cpSync(join(ROOT, 'src'), join(pkg, 'src'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
    cpSync(join(ROOT, 'models'), models, { recursive: true });
    writeFileSync(
      join(pkg, 'run.ts'),
      `import { extract } from './src/index.js';
const text = 'Der südkoreanische Präsident Yoon Suk-yeol und NATO-Generalsekretär Jens Stoltenberg einigten sich in Vilnius auf eine Partnerschaft.';
const modelDir = process.argv[2];
try {
  const doc = extract(text, modelDir ? { modelDir } : {});
  console.log(JSON.stringify({ entities: doc.entities.map((e) => e.name), events: doc.events.map((e) => e.type) }));
} catch (e) {
  console.log(JSON.stringify({ error: (e as { code?: string }).code ?? String(e) }));
}
`,
    );
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'run.ts', ...args], { cwd: pkg, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as { entities?: string[]; events?: string[]; error?: string };
  };

  it('without modelDir the copy has no models: E002', () => {
    assert.equal(run().error, 'E002');
  });

  it('with modelDir: gazetteer, German tagger and event lexicons all load from it', () => {
    const out = run(models);
    assert.equal(out.error, undefined);
    for (const name of ['Yoon Suk-yeol', 'Jens Stoltenberg', 'Vilnius', 'NATO']) assert.ok(out.entities!.includes(name), `${name} in ${out.entities}`);
    assert.ok(out.events!.includes('agree'), `agree in ${out.events}`);
  });
});
