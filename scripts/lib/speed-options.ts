/** The pipeline's two speed options as flags of the eval scripts, so that their accuracy cost is measured the same
 * way as the defaults: `--no-compromise` (compromise: false), `--no-event-parse` (eventParse: false). */
import type { PipelineOptions } from '../../src/index.js';

export function speedOptionsFromArgv(argv: readonly string[]): PipelineOptions {
  return {
    ...(argv.includes('--no-compromise') ? { compromise: false } : {}),
    ...(argv.includes('--no-event-parse') ? { eventParse: false } : {}),
  };
}
