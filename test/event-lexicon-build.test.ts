/** models/events/en.json is rebuilt by a script in the repository (scripts/build-event-triggers.ts), byte for byte. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers/corpus.js';
import { findSharedData } from '../scripts/lib/shared-data.js';

describe('event lexicon build', function () {
  this.timeout(120000);

  it('npm run build:event-triggers writes the shipped models/events/en.json (its derived entries and layout; the hand-written entries are its input)', function () {
    if (!findSharedData('cameo-phoenix-dictionaries')) this.skip();
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build-event-triggers.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  });
});
