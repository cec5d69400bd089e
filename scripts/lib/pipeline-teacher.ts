/**
 * The teacher of self-training (src/ner/train/self-training.ts): the entity stage of extract() with a candidate German
 * NER model instead of the shipped one. The model goes into a temporary model folder beside links to every other
 * shipped file (gazetteer, syntax model, word lexicon, event lexicons), which is removed by dispose().
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPipeline } from '../../src/index.js';
import { LABELS } from '../../src/ner/labels.js';
import { serializeModel, type NerModel } from '../../src/ner/model.js';
import { PACKAGE_MODEL_DIR } from '../../src/resources/locate.js';
import type { Teacher } from '../../src/ner/train/self-training.js';

/** Writes `model` as ner-de.bin + a manifest that loadGermanNer() accepts into the folder `deDir`. */
export function writeNerModelFolder(deDir: string, model: NerModel, name: string): void {
  const bytes = serializeModel(model);
  writeFileSync(join(deDir, 'ner-de.bin'), bytes);
  writeFileSync(join(deDir, 'manifest.json'), JSON.stringify({
    name, version: '0', file: 'ner-de.bin', sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, labels: [...LABELS],
  }));
}

export function pipelineTeacher(model: NerModel): { teacher: Teacher; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'ereignis-teacher-'));
  for (const kind of readdirSync(PACKAGE_MODEL_DIR)) {
    if (kind !== 'de') { symlinkSync(join(PACKAGE_MODEL_DIR, kind), join(root, kind)); continue; }
    mkdirSync(join(root, 'de'));
    for (const f of readdirSync(join(PACKAGE_MODEL_DIR, 'de'))) {
      if (f !== 'ner-de.bin' && f !== 'manifest.json') symlinkSync(join(PACKAGE_MODEL_DIR, 'de', f), join(root, 'de', f));
    }
  }
  writeNerModelFolder(join(root, 'de'), model, 'self-training teacher');
  const pipeline = createPipeline({ language: 'de', eventParse: false, modelDir: root });
  const teacher: Teacher = (line) => {
    let doc;
    try {
      doc = pipeline.extract(line);
    } catch {
      return undefined;
    }
    return doc.entities.flatMap((e) => e.mentions.filter((m) => !m.derived).map((m) => ({ start: m.start, end: m.end, type: e.type, confidence: e.confidence })));
  };
  return { teacher, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
