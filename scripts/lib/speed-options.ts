/** The pipeline's speed options as flags of the eval scripts, so that what they change is measured the same way as
 * the defaults: `--compromise` (compromise: true: compromise's tagger too), `--no-event-parse` (eventParse: false);
 * `--no-compromise` is the default. */
import type { PipelineOptions } from '../../src/index.js';

export function speedOptionsFromArgv(argv: readonly string[]): PipelineOptions {
  return {
    ...(argv.includes('--compromise') ? { compromise: true } : {}),
    ...(argv.includes('--no-event-parse') ? { eventParse: false } : {}),
  };
}
