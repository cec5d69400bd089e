/** The entity stage's model files (gazetteer, taggers), each found with resourceDir() and loaded on first use. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TaggerUse } from '../doc/language-profile.js';
import { loadGermanNer, type NerTagger } from '../ner/index.js';
import { resourceDir } from '../resources/locate.js';
import { loadGazetteer, type GazetteerMatcher } from './gazetteer/index.js';

export interface EntityResourceOptions {
  /** Use the statistical taggers (default true). Without them German relies on gazetteers and rules, English on the rules with compromise's word list. */
  ner?: boolean;
  /** Folder holding the model folders (gazetteer/, de/, en/); defaults to the package's models/. */
  modelDir?: string;
  /** English: also run compromise's tagger (default false). By default English names come from the gazetteers, the
   * rules, the English tagger and the capitalised-run rules with compromise's word list; its tagger adds no F1 on
   * UNER-PUD en or WNUT-17 and halves the speed (docs/benchmarks.md, "Throughput"). */
  compromise?: boolean;
}

/** Loads each resource on first use and keeps it for the life of the pipeline. */
export class EntityResources {
  private gazetteer?: GazetteerMatcher;
  /** null: an optional model that is not shipped. */
  private readonly taggers = new Map<TaggerUse['model'], NerTagger | null>();
  constructor(private readonly options: EntityResourceOptions = {}) {}

  /** Whether the profiles that ask for compromise get its tagger (option `compromise`, default false). */
  get compromise(): boolean {
    return this.options.compromise === true;
  }

  getGazetteer(): GazetteerMatcher {
    return (this.gazetteer ??= loadGazetteer(resourceDir('gazetteer', this.options.modelDir)));
  }

  /** The tagger a profile uses (German and English models share the perceptron format); undefined with `ner: false`
   * or when an optional model has no manifest. */
  getTagger(use: TaggerUse): NerTagger | undefined {
    if (this.options.ner === false) return undefined;
    let tagger = this.taggers.get(use.model);
    if (tagger === undefined) {
      const dir = resourceDir(use.model, this.options.modelDir);
      tagger = !use.optional || existsSync(join(dir, 'manifest.json')) ? loadGermanNer(dir) : null;
      this.taggers.set(use.model, tagger);
    }
    return tagger ?? undefined;
  }
}
