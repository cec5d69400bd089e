/**
 * The one place that knows where model files live. Every loader asks resourceDir(kind, modelDir): with the
 * pipeline's `modelDir` option it is `<modelDir>/<kind>`, otherwise the package's own models/<kind>.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders under models/: the German and English NER models, the compiled gazetteer, the event lexicons. */
export type ResourceKind = 'de' | 'en' | 'gazetteer' | 'events';

/** The package's models/ folder: two levels up from src/resources (tsx) and dist/resources (built). */
export const PACKAGE_MODEL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');

/** The folder holding one kind of model file, under `modelDir` when given, else under the package's models/. */
export function resourceDir(kind: ResourceKind, modelDir?: string): string {
  return resolve(modelDir ?? PACKAGE_MODEL_DIR, kind);
}
