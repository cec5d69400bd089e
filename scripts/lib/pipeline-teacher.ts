/**
 * The teacher of self-training (src/ner/train/self-training.ts): the entity stage of extract() with a candidate German
 * or English NER model instead of the shipped one. The model goes into a temporary model folder beside links to every
 * other shipped file (gazetteer, syntax models, word lexicon, event lexicons), which is removed by dispose().
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

/** Writes `model` as ner-<language>.bin + a manifest that loadGermanNer() accepts into the folder `dir`. */
export function writeNerModelFolder(dir: string, model: NerModel, name: string, language: 'de' | 'en' = 'de'): void {
  const bytes = serializeModel(model);
  const file = `ner-${language}.bin`;
  writeFileSync(join(dir, file), bytes);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    name, version: '0', file, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, labels: [...LABELS],
  }));
}

/** A folder laid out like models/ with `model` as the NER model of `language` and links to every other shipped file. */
function modelFolderWith(model: NerModel, language: 'de' | 'en', name: string): { root: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'ereignis-teacher-'));
  for (const kind of readdirSync(PACKAGE_MODEL_DIR)) {
    if (kind !== language) { symlinkSync(join(PACKAGE_MODEL_DIR, kind), join(root, kind)); continue; }
    mkdirSync(join(root, kind));
    for (const f of readdirSync(join(PACKAGE_MODEL_DIR, kind))) {
      if (f !== `ner-${language}.bin` && f !== 'manifest.json') symlinkSync(join(PACKAGE_MODEL_DIR, kind, f), join(root, kind, f));
    }
  }
  writeNerModelFolder(join(root, language), model, name, language);
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** `language` 'en' keeps compromise in the teacher (the default pipeline): its names are what the tagger learns. */
export function pipelineTeacher(model: NerModel, language: 'de' | 'en' = 'de'): { teacher: Teacher; dispose: () => void } {
  const { root, dispose } = modelFolderWith(model, language, 'self-training teacher');
  const pipeline = createPipeline({ language, eventParse: false, modelDir: root });
  const teacher: Teacher = (line) => {
    let doc;
    try {
      doc = pipeline.extract(line);
    } catch {
      return undefined;
    }
    return doc.entities.flatMap((e) => e.mentions.filter((m) => !m.derived).map((m) => ({ start: m.start, end: m.end, type: e.type, confidence: e.confidence })));
  };
  return { teacher, dispose };
}
